/**
 * The benchmark page. `?lib=okrkit|bare`, always the same 2,000 objectives.
 *
 * Every timing runs from just before the action (a click on the Title header, a change of the
 * status filter, a real Alt+↓ keydown's `event.timeStamp`) to the end of the next frame's
 * rendering work on the main thread once the result is in the DOM: a `requestAnimationFrame`
 * callback, then a message posted from it (`afterPaint`). For Alt+↓ the page checks each frame
 * whether the moved row is drawn one line lower, then waits for that frame's paint.
 */
import type { Side } from './shared';

interface BenchState {
  lib: string;
  ready?: boolean;
  error?: string;
  mountMs?: number;
  sort?: () => Promise<number>;
  filter?: (index: number) => Promise<number>;
  focusRow?: (line: number) => string | null;
  count?: () => number;
  firstTitle?: () => string;
  renderedRows?: () => number;
  lineOf?: (id: string) => number;
  /** Alt+↓ → moved row painted, ms, while `recordMoves` is true. */
  moves: number[];
  recordMoves: boolean;
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}

const OBJECTIVES = 2000;
const params = new URLSearchParams(location.search);
const lib = params.get('lib') ?? 'okrkit';
const state: BenchState = { lib, moves: [], recordMoves: false };
window.__bench = state;

function afterPaint(done: () => void) {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done();
    channel.port2.postMessage(null);
  });
}

const timed = (act: () => void) =>
  new Promise<number>((resolve) => {
    const t0 = performance.now();
    act();
    afterPaint(() => resolve(performance.now() - t0));
  });

async function run() {
  const { side }: { side: Side } = lib === 'bare' ? await import('./bare-side') : await import('./okrkit-side');
  const container = document.getElementById('stage') as HTMLElement;
  await side.prepare(OBJECTIVES);
  const t0 = performance.now();
  await side.mount(container);
  await new Promise<void>((resolve) => {
    const check = () => (container.querySelector(side.rowSelector) ? afterPaint(resolve) : requestAnimationFrame(check));
    check();
  });
  state.mountMs = performance.now() - t0;

  window.addEventListener(
    'keydown',
    (event) => {
      if (!state.recordMoves || !event.altKey || event.key !== 'ArrowDown') return;
      const t0 = event.timeStamp;
      const id = side.idOf(event.target as Element);
      if (id === null) return;
      const target = side.lineOf(container, id) + 1;
      const wait = () => {
        if (side.lineOf(container, id) === target) afterPaint(() => state.moves.push(performance.now() - t0));
        else if (performance.now() - t0 > 5000) state.error = `Alt+↓ did not move ${id} to line ${target}`;
        else requestAnimationFrame(wait);
      };
      // Checked after the handlers of this keydown ran (a task later), then every frame.
      setTimeout(wait, 0);
    },
    true,
  );

  state.sort = () => timed(() => side.sortButton(container).click());
  state.filter = (index) =>
    timed(() => {
      const select = side.statusFilter(container);
      select.selectedIndex = index;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  state.focusRow = (line) => {
    const target = side.rowTarget(container, line);
    target?.focus();
    return target && document.activeElement === target ? side.idOf(target) : null;
  };
  state.count = () => side.count(container);
  state.firstTitle = () => side.firstTitle(container);
  state.renderedRows = () => side.renderedRows(container);
  state.lineOf = (id) => side.lineOf(container, id);
  state.ready = true;
}

run().catch((error: unknown) => {
  state.error = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
});
