/**
 * The benchmark page: one React root holding okrkit's `ObjectiveEditorForm` editing one
 * objective of a store with 10,000 objectives (live validation and the method's hints on, as
 * by default), and beside it, the peer, a bare React-controlled `<input>` (same page, same
 * React, same root). The store is loaded before anything is timed.
 *
 * A keystroke sample runs from a real keydown's `event.timeStamp` to the end of the next
 * frame's rendering work on the main thread: a `requestAnimationFrame` callback, then a message
 * posted from it (`afterPaint`). The wait for the frame's beat counts on both sides alike.
 */
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { createOkrStore } from '@okrkit/core';
import { generateOrganisation } from '@okrkit/core/examples';
import { ObjectiveEditorForm, OkrProvider } from '@okrkit/react';
import '../../../packages/react/src/styles/styles.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

interface BenchState {
  ready?: boolean;
  error?: string;
  objectives?: number;
  keyResults?: number;
  editedId?: string;
  /** Keystroke-to-paint samples, ms, while `recording` is true. */
  keys: number[];
  recording: boolean;
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}

const OBJECTIVES = 10_000;
const state: BenchState = { keys: [], recording: false };
window.__bench = state;

function afterPaint(done: () => void) {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  });
}

window.addEventListener(
  'keydown',
  (event) => {
    if (!state.recording) return;
    const t0 = event.timeStamp;
    afterPaint(() => state.keys.push(performance.now() - t0));
  },
  true,
);

/** The peer: what a developer writes for one text field. */
function PlainInput() {
  const [value, setValue] = useState('Grow the partner channel');
  return (
    <label>
      Plain input <input id="plain" value={value} onChange={(event) => setValue(event.target.value)} />
    </label>
  );
}

async function run() {
  const generated = generateOrganisation({ objectives: OBJECTIVES, seed: 7 });
  const { okrSet, now } = generated;
  const people = Object.fromEntries(generated.people.map((person) => [person.id, { name: person.name }]));
  const teams = Object.fromEntries(generated.teams.map((team) => [team.id, { name: team.name }]));
  const store = createOkrStore({ adapter: createMemoryAdapter({ initial: okrSet }), now: () => new Date(now) });
  await store.load();
  // A personal objective deep in the tree, with a parent and key results: hints look at all of it.
  const edited = okrSet.objectives.find((objective) => objective.parentId !== undefined && objective.teamId !== undefined && okrSet.keyResults.some((keyResult) => keyResult.objectiveId === objective.id) && objective.ownerId !== undefined) ?? okrSet.objectives[0]!;
  state.objectives = store.getSnapshot().okrSet.objectives.length;
  state.keyResults = store.getSnapshot().okrSet.keyResults.filter((keyResult) => keyResult.objectiveId === edited.id).length;
  state.editedId = edited.id;
  createRoot(document.getElementById('stage')!).render(
    <OkrProvider store={store} locale="en-US" now={now} directory={{ people, teams }} userId={edited.ownerId}>
      <ObjectiveEditorForm objectiveId={edited.id} />
      <div>
        <PlainInput />
      </div>
    </OkrProvider>,
  );
  const title = () => document.querySelector('[data-slot="objective-editor-title"] input');
  await new Promise<void>((resolve) => {
    const check = () => (title() ? afterPaint(resolve) : requestAnimationFrame(check));
    check();
  });
  state.ready = true;
}

run().catch((error: unknown) => {
  state.error = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
});
