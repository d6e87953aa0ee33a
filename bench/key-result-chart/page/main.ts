/**
 * The benchmark page. `?lib=okrkit|recharts&n=1000`.
 *
 * What is timed (`performance.now()`):
 * - first paint: from `start` (the side's chunk evaluated, data ready: okrkit a loaded memory
 *   store, Recharts the raw OkrSet) to the frame holding the actual line having been painted
 *   (a MutationObserver sees the line, then `afterNextPaint`). Both sides read the check-in log
 *   inside this region (okrkit: keyResultHistory; Recharts' host: filter, parse, sort). Intl is
 *   already in use on both sides before `start`, as on any host page (see run()).
 * - hover-to-tooltip: from the pointer's `pointermove` arriving (a capture listener on window)
 *   to the tooltip's new text in the DOM (a MutationObserver), and to the frame showing it
 *   having been painted (two animation frames: bound below by the display's beat on both sides).
 */
import { chartData, valueText } from './data';
import type { ChartSide } from './shared';

interface BenchState {
  marks: Record<string, number>;
  done?: boolean;
  error?: string;
  side?: ChartSide;
  pointCount?: () => number;
  pointCentre?: (index: number) => { x: number; y: number };
  tooltipText?: () => string;
  armHover?: () => Promise<{ ms: number; domMs: number; text: string }>;
  /** The `index`-th check-in's value as both tooltips write it (en-GB). */
  valueText?: (index: number) => string;
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}

const params = new URLSearchParams(location.search);
const lib = params.get('lib') ?? 'okrkit';
const n = Number(params.get('n') ?? 1000);
const state: BenchState = { marks: {} };
window.__bench = state;
const mark = (name: string) => (state.marks[name] = performance.now());

/** After the next frame has been painted and rasterised (see bench/alignment-tree/page/main.ts). */
function afterNextPaint(callback: () => void) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback();
      channel.port2.postMessage(0);
    }),
  );
}

async function run() {
  const loading = lib === 'recharts' ? import('./recharts-side') : import('./okrkit-side');
  const { okrSet, now } = chartData(n);
  // A host page has written a date or a number before a chart mounts. The first Intl object
  // in a fresh page loads the ICU data (5–190 ms here, whatever its kind); the Recharts host
  // builds its date formats at module scope, i.e. before `start`, so without this okrkit alone
  // would pay that one-off inside the timed region. Both sides start with Intl in use.
  // `?intl=cold` leaves it out (BENCH_COLD_INTL=1), to see that one-off.
  if (params.get('intl') !== 'cold') new Intl.NumberFormat('en-GB').format(1);
  state.valueText = (index) => valueText(okrSet.checkIns[index]?.value ?? Number.NaN);
  const { side } = await loading;
  await side.prepare(okrSet, now);
  const container = document.getElementById('chart') as HTMLElement;
  const observer = new MutationObserver(() => {
    if (!container.querySelector(side.lineSelector)) return;
    observer.disconnect();
    mark('firstLine');
    afterNextPaint(() => {
      mark('painted');
      state.done = true;
    });
  });
  observer.observe(container, { childList: true, subtree: true, attributes: true });
  mark('start');
  side.mount(container, okrSet, now);
  state.pointCount = () => side.pointCount(container);
  state.pointCentre = (index) => side.pointCentre(container, index);
  state.tooltipText = () => side.tooltipText(container);
  state.armHover = () =>
    new Promise((resolve) => {
      const before = side.tooltipText(container);
      let t0 = 0;
      const onMove = () => {
        if (t0 === 0) t0 = performance.now();
      };
      window.addEventListener('pointermove', onMove, { capture: true });
      const watcher = new MutationObserver(() => {
        const text = side.tooltipText(container);
        if (t0 === 0 || !text || text === before) return;
        const domMs = performance.now() - t0;
        watcher.disconnect();
        afterNextPaint(() => {
          window.removeEventListener('pointermove', onMove, { capture: true });
          resolve({ ms: performance.now() - t0, domMs, text });
        });
      });
      watcher.observe(container, { childList: true, subtree: true, attributes: true, characterData: true });
    });
}

run().catch((error: unknown) => {
  state.error = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
});
