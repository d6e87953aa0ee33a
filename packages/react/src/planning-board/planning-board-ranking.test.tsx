import type { CycleStore } from '@okrkit/core/cycle';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PlanningStory } from './planning-board.fixtures';
import { usePlanningBoardContext } from './planning-board-context';
import { RankingList } from './planning-board-ranking';
import { PlanningBoard } from './index';

// RankingList inside a real PlanningBoard.Root (titles come from the board's proposals). The
// pointer drag is dnd-kit's and needs a layout: it is exercised by the ballot story in Chromium.

/** The list over the board's proposals, in order, controlled here; every change also goes to `onChange`. */
function Ranking({ onChange, disabled }: { onChange: (order: string[]) => void; disabled?: boolean }) {
  const { proposals } = usePlanningBoardContext();
  const [order, setOrder] = useState(() => proposals.map((entry) => entry.proposal.id));
  return <RankingList order={order} onOrderChange={(next) => { onChange(next); setOrder(next); }} label="My ranking" disabled={disabled} />;
}

async function renderRanking(disabled = false) {
  const onChange = vi.fn<(order: string[]) => void>();
  let cycles: CycleStore | undefined;
  render(
    <PlanningStory locale="en-US" seed={{ phase: 'screening' }}>
      {(store) => {
        cycles = store;
        return (
          <PlanningBoard.Root cycleStore={store} cycleId="plan-q2">
            <Ranking onChange={onChange} disabled={disabled} />
          </PlanningBoard.Root>
        );
      }}
    </PlanningStory>,
  );
  const list = await screen.findByRole('list', { name: 'My ranking' });
  const ids = cycles!.getSnapshot().records.proposals.map((proposal) => proposal.id);
  return { list, onChange, ids };
}

/** The list's own announcer (dnd-kit adds a live region of its own). */
const live = () => document.querySelector('[data-slot="planning-board-live"]') as HTMLElement;

const titles = (list: HTMLElement) => within(list).getAllByRole('listitem').map((row) => row.querySelector('[data-slot="planning-board-rank-title"]')?.textContent);

describe('RankingList', () => {
  it('draws the proposals best first, each row named with its place and described by the hint, titles isolated', async () => {
    const { list } = await renderRanking();
    expect(list).toHaveAccessibleDescription('Best first. Drag a row, or focus it and press Alt+Up or Alt+Down to move it.');
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.getAttribute('aria-label'))).toEqual([
      'Significantly increase user activity: place 1 of 3',
      'Lead technical innovation in the industry: place 2 of 3',
      'Become the most popular healthy-dining brand locally: place 3 of 3',
    ]);
    expect(rows[0]!.querySelector('[data-slot="planning-board-rank-title"]')?.tagName).toBe('BDI');
    expect(rows.every((row) => row.tabIndex === 0)).toBe(true);
    expect(live()).toHaveAttribute('role', 'status');
    expect(live()).toHaveAttribute('aria-live', 'polite');
  });

  it('given Alt+↓ on the focused row, it moves down one place, reports the new order and announces the place', async () => {
    const { list, onChange, ids } = await renderRanking();
    const first = within(list).getAllByRole('listitem')[0]!;
    fireEvent.keyDown(first, { key: 'ArrowDown', altKey: true });
    expect(onChange).toHaveBeenLastCalledWith([ids[1], ids[0], ids[2]]);
    expect(titles(list)).toEqual(['Lead technical innovation in the industry', 'Significantly increase user activity', 'Become the most popular healthy-dining brand locally']);
    expect(live()).toHaveTextContent('Significantly increase user activity: place 2 of 3');
  });

  it('at the ends and without Alt, the keys move nothing', async () => {
    const { list, onChange } = await renderRanking();
    const rows = within(list).getAllByRole('listitem');
    fireEvent.keyDown(rows[0]!, { key: 'ArrowUp', altKey: true });
    fireEvent.keyDown(rows[2]!, { key: 'ArrowDown', altKey: true });
    fireEvent.keyDown(rows[1]!, { key: 'ArrowDown' });
    expect(onChange).not.toHaveBeenCalled();
    expect(live()).toHaveTextContent('');
  });

  it('given the move buttons, each moves its own row; the first row cannot go up nor the last down', async () => {
    const user = userEvent.setup();
    const { list, onChange, ids } = await renderRanking();
    expect(within(list).getByRole('button', { name: 'Move up: Significantly increase user activity' })).toBeDisabled();
    expect(within(list).getByRole('button', { name: 'Move down: Become the most popular healthy-dining brand locally' })).toBeDisabled();
    await user.click(within(list).getByRole('button', { name: 'Move up: Become the most popular healthy-dining brand locally' }));
    expect(onChange).toHaveBeenLastCalledWith([ids[0], ids[2], ids[1]]);
    expect(live()).toHaveTextContent('Become the most popular healthy-dining brand locally: place 2 of 3');
  });

  it('given disabled, the rows are not focusable, have no buttons and ignore the keys', async () => {
    const { list, onChange } = await renderRanking(true);
    const rows = within(list).getAllByRole('listitem');
    expect(rows.some((row) => row.hasAttribute('tabindex'))).toBe(false);
    expect(within(list).queryAllByRole('button')).toHaveLength(0);
    fireEvent.keyDown(rows[0]!, { key: 'ArrowDown', altKey: true });
    expect(onChange).not.toHaveBeenCalled();
  });
});
