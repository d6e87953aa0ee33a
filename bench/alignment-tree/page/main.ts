/**
 * The benchmark page. `?lib=okrkit|d3tree&n=1000[&expanded=all]`.
 *
 * What is timed (`window.__bench.marks`, all `performance.now()`, i.e. from navigation start):
 * - `generated`: the organisation exists in memory (generation is NOT in the timed region);
 * - `start`: the side's chunk is evaluated and its data is ready to hand over (okrkit: a
 *   memory store already loaded with the set; react-d3-tree: the raw `OkrSet`), then the
 *   side mounts: okrkit builds graph, rollups, layout and renders; react-d3-tree's host
 *   computes each objective's progress (`assessOkrSet`), builds `{ name, attributes, children }`
 *   and renders `<Tree>`;
 * - `firstNode`: a MutationObserver saw the first tree node in the container;
 * - `painted`: a message posted from the second `requestAnimationFrame` callback after that
 *   arrived: the frame holding the tree has been laid out, painted and rasterised (see
 *   `afterNextPaint`).
 * "First paint" = painted − start.
 */
import { generateOrganisation } from '@okrkit/core/examples';
import { descendantsOf, type SideOptions } from './shared';

interface BenchState {
  lib: string;
  n: number;
  marks: Record<string, number>;
  domAtPaint?: number;
  done?: boolean;
  error?: string;
  domNow?: () => number;
  labels?: () => Record<string, string>;
  objectiveCount?: number;
  toggleSetup?: (id: string | undefined) => Promise<{ id: string; descendants: number; state: string }>;
  toggle?: () => Promise<{ ms: number; state: string }>;
}

declare global {
  interface Window {
    __bench: BenchState;
  }
}

const params = new URLSearchParams(location.search);
const lib = params.get('lib') ?? 'okrkit';
const n = Number(params.get('n') ?? 1000);
const options: SideOptions = { expandAll: params.get('expanded') === 'all' };
const state: BenchState = { lib, n, marks: {} };
window.__bench = state;
const mark = (name: string) => (state.marks[name] = performance.now());

/**
 * After the next frame has been drawn. A requestAnimationFrame callback runs before that frame's
 * style, layout and paint; the frame after it cannot commit until the first has been rasterised,
 * so a message posted from the second callback arrives after both the paint and the raster of
 * the first. The cost: up to one frame interval (16.7 ms) of waiting for the display's beat, on
 * both sides alike.
 */
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
  const loading = lib === 'd3tree' ? import('./d3tree-side') : import('./okrkit-side');
  mark('generate');
  const organisation = generateOrganisation({ objectives: n, seed: 7 });
  mark('generated');
  const { side } = await loading;
  await side.prepare(organisation, options);
  mark('prepared');

  const container = document.getElementById('tree') as HTMLElement;
  const observer = new MutationObserver(() => {
    if (!container.querySelector(side.nodeSelector)) return;
    observer.disconnect();
    mark('firstNode');
    afterNextPaint(() => {
      mark('painted');
      state.domAtPaint = container.querySelectorAll('*').length;
      state.done = true;
    });
  });
  observer.observe(container, { childList: true, subtree: true });

  mark('start');
  side.mount(container, organisation, options);

  state.domNow = () => container.querySelectorAll('*').length;
  state.labels = () => side.labels(container);
  state.objectiveCount = side.objectiveCount(organisation);
  let target: { id: string; toggle: () => void; state: () => string } | undefined;
  state.toggleSetup = async (id) => {
    target = await side.toggleTarget(container, organisation, id);
    return { id: target.id, descendants: descendantsOf(organisation, target.id), state: target.state() };
  };
  state.toggle = () =>
    new Promise((resolve) => {
      const current = target;
      if (!current) throw new Error('toggleSetup first');
      const t0 = performance.now();
      current.toggle();
      afterNextPaint(() => resolve({ ms: performance.now() - t0, state: current.state() }));
    });
}

run().catch((error: unknown) => {
  state.error = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
});
