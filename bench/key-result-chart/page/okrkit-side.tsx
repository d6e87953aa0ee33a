import { createOkrStore, type OkrSet, type OkrStore } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { KeyResultChart, OkrProvider } from '@okrkit/react';
import '@okrkit/react/styles.css';
import { createRoot } from 'react-dom/client';
import type { ChartSide } from './shared';

let store: OkrStore | undefined;

export const side: ChartSide = {
  lineSelector: '[data-slot="key-result-chart-actual"]',
  // A memory store already holding the set: loading storage is not what is compared.
  async prepare(okrSet: OkrSet, now: string) {
    store = createOkrStore({ adapter: createMemoryAdapter({ initial: okrSet }), now: () => new Date(now) });
    await store.load();
  },
  mount(container, _okrSet, now) {
    if (!store) throw new Error('prepare first');
    createRoot(container).render(
      <OkrProvider store={store} now={now} locale="en-GB">
        <KeyResultChart keyResultId="kr-bench" />
      </OkrProvider>,
    );
  },
  // Every check-in is a dot in the dot paths (one `M` each); the slider counts them too.
  pointCount: (container) =>
    [...container.querySelectorAll('[data-slot="key-result-chart-dots"]')].reduce((sum, path) => sum + (path.getAttribute('d')?.split('M').length ?? 1) - 1, 0),
  pointCentre(container, index) {
    const svg = container.querySelector('[data-slot="key-result-chart-svg"]') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    const dots = [...container.querySelectorAll('[data-slot="key-result-chart-dots"]')].flatMap((path) => (path.getAttribute('d') ?? '').split('M').slice(1));
    // Dots are grouped by confidence, so find the index-th in time by x: the check-ins are spread
    // evenly. Each dot is `M{x − r},{y}a{r},{r} …`: its centre is r right of where it starts, and
    // r is the look's own (4, 3.5 or 3 px), so the mouse lands on the check-in Recharts' side hovers.
    const centres = dots
      .map((dot) => dot.split(/[,a]/).map(Number))
      .map(([left, y, r]) => ({ x: (left as number) + (r as number), y: y as number }))
      .sort((a, b) => a.x - b.x);
    const centre = centres[index] as { x: number; y: number };
    return { x: box.left + centre.x * scale, y: box.top + centre.y * scale };
  },
  tooltipText(container) {
    const tooltip = container.querySelector<HTMLElement>('[data-slot="key-result-chart-tooltip"]');
    return tooltip && !tooltip.hidden ? (tooltip.textContent ?? '') : '';
  },
};
