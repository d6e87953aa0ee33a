import type { CycleStore } from '@okrkit/core/cycle';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { PlanningStory, type PlanningStoryProps } from './planning-board.fixtures';
import { PlanningBoard } from './index';

/**
 * Renders `part` alone inside a real `PlanningBoard.Root` over the seeded memory cycle
 * (`PlanningStory`), once the board is shown: queries within it, the element, and the cycle store.
 */
export async function renderPlanningPart(part: ReactNode, props: Omit<PlanningStoryProps, 'children'> = {}) {
  let cycles: CycleStore | undefined;
  render(
    <PlanningStory locale="en-US" {...props}>
      {(store) => {
        cycles = store;
        return (
          <PlanningBoard.Root cycleStore={store} cycleId="plan-q2">
            {part}
          </PlanningBoard.Root>
        );
      }}
    </PlanningStory>,
  );
  const element = await screen.findByRole('region', { name: 'Planning: Q2 2026' });
  return { board: within(element), element, cycles: () => cycles! };
}
