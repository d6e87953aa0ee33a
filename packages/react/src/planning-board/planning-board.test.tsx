import type { CycleStore } from '@okrkit/core/cycle';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlanningStory, type PlanningStoryProps } from './planning-board.fixtures';
import { PlanningBoard } from './index';

async function renderBoard(props: Omit<PlanningStoryProps, 'children'>) {
  let cycles: CycleStore | undefined;
  render(
    <PlanningStory locale="en-US" {...props}>
      {(store) => {
        cycles = store;
        return <PlanningBoard cycleStore={store} cycleId="plan-q2" />;
      }}
    </PlanningStory>,
  );
  const board = await screen.findByRole('region', { name: 'Planning: q2-2026' });
  return { board: within(board), cycles: () => cycles! };
}

describe('PlanningBoard', () => {
  it('given a voter in screening, Alt+↓ moves the focused proposal, announces its place, and saving stores the ranking as their one vote; voting again replaces it', async () => {
    const { board, cycles } = await renderBoard({ userId: 'ben', seed: { phase: 'screening' } });
    const ballot = within(board.getByRole('list', { name: 'Your vote' }));
    const first = ballot.getByRole('listitem', { name: /^Significantly increase user activity/ });
    fireEvent.keyDown(first, { key: 'ArrowDown', altKey: true });
    expect(board.getByText('Significantly increase user activity: place 2 of 3', { selector: '[role=status]' })).toBeInTheDocument();
    // Without Alt the row stays where it is.
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(ballot.getAllByRole('listitem').map((item) => item.querySelector('bdi')?.textContent)).toEqual([
      'Lead technical innovation in the industry',
      'Significantly increase user activity',
      'Become the most popular healthy-dining brand locally',
    ]);
    await act(async () => fireEvent.click(board.getByRole('button', { name: 'Save my vote' })));
    await waitFor(() => expect(cycles().getSnapshot().records.votes).toHaveLength(1));
    const [proposalA, proposalB, proposalC] = cycles().getSnapshot().records.proposals.map((proposal) => proposal.id);
    expect(cycles().getSnapshot().records.votes[0]).toMatchObject({ voterId: 'ben', ballot: { kind: 'ranking', ranking: [proposalB, proposalA, proposalC] } });
    fireEvent.keyDown(ballot.getAllByRole('listitem')[2]!, { key: 'ArrowUp', altKey: true });
    await act(async () => fireEvent.click(board.getByRole('button', { name: 'Save my vote' })));
    await waitFor(() => expect(cycles().getSnapshot().records.votes[0]?.ballot).toEqual({ kind: 'ranking', ranking: [proposalB, proposalC, proposalA] }));
    expect(cycles().getSnapshot().records.votes).toHaveLength(1);
  });

  it('given a proposer, the ballot and the decision are not offered and the board says why; the confirmer alone may move the cycle on', async () => {
    const { board } = await renderBoard({ userId: 'eve', seed: { phase: 'screening' } });
    expect(within(board.getByRole('region', { name: 'Your vote' })).getByText('Only the voters of this cycle can vote.')).toBeInTheDocument();
    expect(board.queryByRole('button', { name: 'Save my vote' })).toBeNull();
    const advance = board.getByRole('button', { name: 'Move on to Preliminary presentation' });
    expect(advance).toHaveAttribute('aria-disabled', 'true');
    expect(advance).toHaveAccessibleDescription('Only the confirmer of this cycle can do this.');
  });

  it('given the confirmer, overriding the tallied order needs a reason, and the decision keeps it', async () => {
    const { board, cycles } = await renderBoard({ userId: 'ceo', seed: { phase: 'confirmation', votes: { ben: [0, 1, 2], cai: [0, 1, 2] } } });
    const decision = within(board.getByRole('region', { name: 'Decision' }));
    fireEvent.click(decision.getByRole('checkbox', { name: 'Confirm in a different order' }));
    const ranking = within(decision.getByRole('list', { name: 'Confirm in a different order' }));
    fireEvent.keyDown(ranking.getAllByRole('listitem')[2]!, { key: 'ArrowUp', altKey: true });
    await act(async () => fireEvent.click(decision.getByRole('button', { name: 'Confirm' })));
    expect(decision.getByLabelText('Why the order differs from the tally')).toHaveAttribute('aria-invalid', 'true');
    expect(cycles().getSnapshot().records.planningCycles[0]?.decision).toBeUndefined();
    fireEvent.change(decision.getByLabelText('Why the order differs from the tally'), { target: { value: 'Healthy dining is the board’s priority' } });
    await act(async () => fireEvent.click(decision.getByRole('button', { name: 'Confirm' })));
    await waitFor(() => expect(cycles().getSnapshot().records.planningCycles[0]?.decision).toMatchObject({ confirmerId: 'ceo', overrideReason: 'Healthy dining is the board’s priority' }));
    const [a, b, c] = cycles().getSnapshot().records.proposals.map((proposal) => proposal.id);
    expect(cycles().getSnapshot().records.planningCycles[0]?.decision?.order).toEqual([a, c, b]);
    expect(cycles().getSnapshot().records.planningCycles[0]?.decision?.talliedOrder).toEqual([a, b, c]);
    expect(await board.findByText('Confirmed by Dana Lee')).toBeInTheDocument();
  });
});
