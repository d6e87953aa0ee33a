import type { OkrSet } from '@okrkit/core';
import { createRoot } from 'react-dom/client';
import { RechartsBurnUp } from './recharts-burn-up';
import type { ChartSide } from './shared';

export const side: ChartSide = {
  lineSelector: '.recharts-line-curve',
  async prepare() {},
  mount(container, okrSet: OkrSet, now) {
    createRoot(container).render(<RechartsBurnUp okrSet={okrSet} keyResultId="kr-bench" now={now} />);
  },
  pointCount: (container) => container.querySelectorAll('.recharts-line-dots .recharts-dot').length,
  pointCentre(container, index) {
    const box = (container.querySelectorAll('.recharts-line-dots .recharts-dot')[index] as Element).getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  },
  tooltipText(container) {
    const wrapper = container.querySelector<HTMLElement>('.recharts-tooltip-wrapper');
    return wrapper && wrapper.style.visibility !== 'hidden' ? (wrapper.textContent ?? '') : '';
  },
};
