import type { OkrStore } from '@okrkit/core';
import type { CycleStore } from '@okrkit/core/cycle';
import { useOkrContext } from '../provider/okr-provider';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlanningStory, type PlanningStoryProps } from './planning-board.fixtures';
import { PlanningBoard } from './index';

async function renderBoard(props: Omit<PlanningStoryProps, 'children'>) {
  let cycles: CycleStore | undefined;
  let okrStore: OkrStore | undefined;
  function TakeStore() {
    okrStore = useOkrContext().store;
    return null;
  }
  render(
    <PlanningStory locale="en-US" {...props}>
      {(store) => {
        cycles = store;
        return (
          <>
            <TakeStore />
            <PlanningBoard cycleStore={store} cycleId="plan-q2" />
          </>
        );
      }}
    </PlanningStory>,
  );
  const board = await screen.findByRole('region', { name: 'Planning: q2-2026' });
  return { board: within(board), cycles: () => cycles!, okrSet: () => okrStore!.getSnapshot().okrSet };
}

describe('PlanningBoard', () => {
  it('given a proposer, "Propose an objective" opens the objective editor; the title, strategy and a key result with its metric kind are proposed in one batch, owned by the proposer in the cycle\'s period', async () => {
    const { board, cycles, okrSet } = await renderBoard({ userId: 'eve', seed: { proposals: 1 } });
    fireEvent.click(board.getByRole('button', { name: 'Propose an objective' }));
    const editor = within(board.getByRole('form', { name: 'Propose an objective' }));
    fireEvent.change(editor.getByLabelText('Objective'), { target: { value: 'Cut onboarding time in half' } });
    fireEvent.change(editor.getByLabelText('Description'), { target: { value: 'New teams reach their first report within a day.' } });
    fireEvent.click(editor.getByRole('button', { name: 'Add key result' }));
    fireEvent.change(editor.getByLabelText('Key result 1'), { target: { value: 'Time to first report' } });
    fireEvent.change(editor.getByLabelText('Measured as'), { target: { value: 'decrease' } });
    // Without the strategy the proposal is refused, and nothing typed is lost.
    await act(async () => fireEvent.click(editor.getByRole('button', { name: 'Submit proposal' })));
    expect(editor.getByLabelText('Strategy it answers')).toHaveAttribute('aria-invalid', 'true');
    expect(editor.getByRole('alert')).toHaveTextContent('Strategy it answers: Required');
    expect(cycles().getSnapshot().records.proposals).toHaveLength(1);
    expect(editor.getByLabelText('Objective')).toHaveValue('Cut onboarding time in half');
    fireEvent.change(editor.getByLabelText('Strategy it answers'), { target: { value: 'Grow the user base' } });
    await act(async () => fireEvent.click(editor.getByRole('button', { name: 'Submit proposal' })));
    await waitFor(() => expect(cycles().getSnapshot().records.proposals).toHaveLength(2));
    const proposal = cycles().getSnapshot().records.proposals[1]!;
    expect(proposal).toMatchObject({ proposerId: 'eve', strategy: 'Grow the user base', cycleId: 'plan-q2' });
    const objective = okrSet().objectives.find((candidate) => candidate.id === proposal.objectiveId);
    expect(objective).toMatchObject({ title: 'Cut onboarding time in half', description: 'New teams reach their first report within a day.', state: 'proposed', periodId: 'q2-2026', ownerId: 'eve' });
    expect(okrSet().keyResults.filter((keyResult) => keyResult.objectiveId === proposal.objectiveId)).toEqual([
      expect.objectContaining({ title: 'Time to first report', position: 1, metric: expect.objectContaining({ kind: 'numeric', direction: 'decrease' }) }),
    ]);
    expect(await board.findByRole('heading', { name: 'Cut onboarding time in half' })).toBeInTheDocument();
    expect(board.queryByRole('form', { name: 'Propose an objective' })).toBeNull();
    expect(board.getByText('Proposal submitted.')).toBeInTheDocument();
  });

  it('given storage refuses the proposal, the editor keeps the objective, its key result and the strategy with the reason, and Retry proposes them', async () => {
    const { board, cycles, okrSet } = await renderBoard({ userId: 'finn', seed: { proposals: 0 }, offline: 'once' });
    fireEvent.click(board.getByRole('button', { name: 'Propose an objective' }));
    const editor = within(board.getByRole('form', { name: 'Propose an objective' }));
    fireEvent.change(editor.getByLabelText('Objective'), { target: { value: 'Lead technical innovation in the industry' } });
    fireEvent.change(editor.getByLabelText('Strategy it answers'), { target: { value: 'Lead in technology' } });
    fireEvent.click(editor.getByRole('button', { name: 'Add key result' }));
    fireEvent.change(editor.getByLabelText('Key result 1'), { target: { value: 'File at least 5 core patents' } });
    await act(async () => fireEvent.click(editor.getByRole('button', { name: 'Submit proposal' })));
    expect(await editor.findByRole('alert')).toHaveTextContent(/Storage could not be reached/);
    expect(editor.getByLabelText('Objective')).toHaveValue('Lead technical innovation in the industry');
    expect(editor.getByLabelText('Strategy it answers')).toHaveValue('Lead in technology');
    expect(editor.getByLabelText('Key result 1')).toHaveValue('File at least 5 core patents');
    expect(cycles().getSnapshot().records.proposals).toHaveLength(0);
    await act(async () => fireEvent.click(editor.getByRole('button', { name: 'Retry' })));
    await waitFor(() => expect(cycles().getSnapshot().records.proposals).toHaveLength(1));
    const { objectiveId, proposerId, strategy } = cycles().getSnapshot().records.proposals[0]!;
    expect({ proposerId, strategy }).toEqual({ proposerId: 'finn', strategy: 'Lead in technology' });
    expect(okrSet().keyResults.filter((keyResult) => keyResult.objectiveId === objectiveId).map((keyResult) => keyResult.title)).toEqual(['File at least 5 core patents']);
  });

  it('given a voter in the proposal phase, "Propose an objective" is not offered and the board says why', async () => {
    const { board } = await renderBoard({ userId: 'ben', seed: { proposals: 1 } });
    expect(board.queryByRole('button', { name: 'Propose an objective' })).toBeNull();
    expect(board.getByText('Only proposers of this cycle can propose.')).toBeInTheDocument();
  });

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
