// @vitest-environment node
import { createOkrStore, type OkrStore } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamplePeople, domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import { act, version as reactVersion } from 'react';
import { renderToString } from 'react-dom/server';
import { builtinEnvironments } from 'vitest/runtime';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AlignmentTree, CheckInDialog, KeyResultProgress, ObjectiveCard, OkrProvider } from '../src/index';

/**
 * Server rendering as a host does it: in plain Node (no `window`, no `document`), with a
 * store loaded before rendering and a fixed `now`, so the server and the browser judge
 * statuses at the same instant. Then the browser half: the same tree hydrated over the
 * server's HTML (happy-dom, installed only after the server render) must adopt it as is.
 * Runs on React 19 (`ssr` project) and React 18 (`react18` project).
 */

async function loadedStore(): Promise<OkrStore> {
  const store = createOkrStore({ adapter: createMemoryAdapter({ initial: domainExamples }), now: () => new Date(domainExamplesNow) });
  await store.load();
  return store;
}

function App({ store }: { store: OkrStore }) {
  const [firstKeyResult] = domainExamples.keyResults;
  return (
    <OkrProvider store={store} locale="en-GB" now={domainExamplesNow}>
      <main>
        {domainExamples.objectives.map((objective) => (
          <ObjectiveCard key={objective.id} objectiveId={objective.id} renderOwner={(id) => domainExamplePeople[id] ?? id} />
        ))}
        {domainExamples.keyResults.slice(0, 4).map((keyResult) => (
          <KeyResultProgress key={keyResult.id} keyResultId={keyResult.id} />
        ))}
        {firstKeyResult ? <CheckInDialog keyResultId={firstKeyResult.id} trigger={<button type="button">Check in</button>} /> : null}
      </main>
    </OkrProvider>
  );
}

let teardownDom: (() => unknown) | undefined;
afterEach(async () => {
  await teardownDom?.();
  teardownDom = undefined;
  vi.restoreAllMocks();
});

describe(`server rendering on React ${reactVersion}`, () => {
  it('given a loaded store and a fixed now, when rendered to a string in Node, it writes the widgets without touching window', async () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<App store={await loadedStore()} />);
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('data-slot');
    // Every objective of the examples is on the page, by title.
    for (const objective of domainExamples.objectives) expect(html).toContain(escapeHtml(objective.title));
  });

  it('given the alignment tree, when rendered in Node, it writes a tree at the default view size without touching window', async () => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <OkrProvider store={await loadedStore()} locale="en-GB" now={domainExamplesNow}>
        <AlignmentTree topLevelTeamIds={['brightline', 'kestrel-labs', 'green-table', 'bright-minds']} defaultExpanded="all" />
      </OkrProvider>,
    );
    expect(html).toContain('role="tree"');
    expect(html).toContain('role="treeitem"');
    expect(html).toContain('tabindex="0"');
    expect(html).toContain(escapeHtml('Make Brightline the app our users open every day'));
  });

  it('when the browser hydrates the server HTML, React adopts it with no warning and no change', async () => {
    const serverHtml = renderToString(<App store={await loadedStore()} />);

    // The browser half: a DOM appears only now, as it would on the client.
    const environment = await builtinEnvironments['happy-dom'].setup(globalThis, { happyDOM: { url: 'http://localhost/' } });
    teardownDom = () => environment.teardown(globalThis);
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const consoleError = vi.spyOn(console, 'error');
    const consoleWarn = vi.spyOn(console, 'warn');
    const recoverableErrors: unknown[] = [];

    const container = document.createElement('div');
    container.innerHTML = serverHtml;
    document.body.append(container);
    // As the browser serialises the server's HTML (attribute case, entities): the yardstick.
    const parsedServerHtml = container.innerHTML;
    // Loaded after the DOM exists, as in a browser (react-dom checks for a DOM when it loads).
    const { hydrateRoot } = await import('react-dom/client');
    const clientStore = await loadedStore();
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <App store={clientStore} />, { onRecoverableError: (error) => recoverableErrors.push(error) });
    });

    expect(recoverableErrors).toEqual([]);
    expect(consoleError.mock.calls).toEqual([]);
    expect(consoleWarn.mock.calls).toEqual([]);
    expect(container.innerHTML).toBe(parsedServerHtml);
    await act(async () => root?.unmount());
    // Two renders of every widget and a DOM set up mid-test: slow when Chromium shares the CPU.
  }, 30_000);
});

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
