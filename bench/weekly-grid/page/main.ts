/**
 * The benchmark page. `?lib=okrkit|bare[&window=rows|none]`, always the same 2,000 tasks.
 *
 * Every timing runs from just before the action (a click on the Task header, a change of the
 * status filter, a real keydown's `event.timeStamp`) to the end of the next frame's rendering
 * work on the main thread: a `requestAnimationFrame` callback, then a message posted from it,
 * which runs once that frame's style, layout and paint are done (`afterPaint`). Rasterising on
 * the compositor is not counted; the wait for the frame's beat is, on both sides alike.
 */
import type { Side } from './shared';

interface BenchState {
  lib: string;
  ready?: boolean;
  error?: string;
  mountMs?: number;
  /** Mount → everything the side shows is painted, parts mounted after the first paint included (info). */
  settledMs?: number;
  /** The page's first Intl.DateTimeFormat, before anything else (untimed, info). */
  intlMs?: number;
  sort?: () => Promise<number>;
  filter?: (index: number) => Promise<number>;
  count?: () => string;
  firstTitle?: () => string;
  renderedRows?: () => number;
  /** Keystroke-to-paint samples, ms, while `recordKeys` is true. */
  keys: number[];
  /** keydown dispatched → its handlers run: the queueing part of each sample. */
  keyQueue: number[];
  recordKeys: boolean;
  /** With `&hold`: starts the timed mount. */
  go?: () => void;
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}

const TASKS = 2000;
const params = new URLSearchParams(location.search);
const lib = params.get('lib') ?? 'okrkit';
const state: BenchState = { lib, keys: [], keyQueue: [], recordKeys: false };
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

window.addEventListener(
  'keydown',
  (event) => {
    if (!state.recordKeys) return;
    const t0 = event.timeStamp;
    state.keyQueue.push(performance.now() - t0);
    afterPaint(() => state.keys.push(performance.now() - t0));
  },
  true,
);

async function run() {
  // ICU's one-time start-up: a page's first Intl.DateTimeFormat costs 30–240 ms here (the data is
  // loaded then), every later one well under 1 ms. The bare page builds its date format at module
  // scope, so it paid this before its timer while okrkit, which knows its locale only when it
  // renders, paid it inside. Both pay it here now, before the side is even imported; the time is
  // printed as info.
  const intlStart = performance.now();
  new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(0);
  state.intlMs = performance.now() - intlStart;
  const { side }: { side: Side } = lib === 'bare' ? await import('./bare-side') : await import('./okrkit-side');
  const container = document.getElementById('stage') as HTMLElement;
  await side.prepare(TASKS);
  // `&hold`: profile.mjs starts Chrome's profiler first, then calls `go()` (the benchmark never holds).
  if (params.has('hold')) await new Promise<void>((resolve) => (state.go = resolve));
  // The marks bound the timed region in a trace (profile.mjs); they cost the same on both sides.
  performance.mark('bench:start');
  const t0 = performance.now();
  await side.mount(container);
  await new Promise<void>((resolve) => {
    const check = () => (container.querySelector(side.rowSelector) ? afterPaint(resolve) : requestAnimationFrame(check));
    check();
  });
  state.mountMs = performance.now() - t0;
  performance.mark('bench:end');
  // Info: until every part the side mounts later (okrkit: the sections below its task grid) is painted too.
  await new Promise<void>((resolve) => {
    const check = () => (side.settled?.(container) ?? true ? afterPaint(resolve) : requestAnimationFrame(check));
    check();
  });
  state.settledMs = performance.now() - t0;
  state.sort = () => timed(() => side.sortButton(container).click());
  state.filter = (index) =>
    timed(() => {
      const select = side.statusFilter(container);
      select.selectedIndex = index;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  state.count = () => side.count(container);
  state.firstTitle = () => side.firstTitle(container);
  state.renderedRows = () => side.renderedRows(container);
  state.ready = true;
}

run().catch((error: unknown) => {
  state.error = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
});
