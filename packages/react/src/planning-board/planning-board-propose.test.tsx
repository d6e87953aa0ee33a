import type { OkrPolicy } from '@okrkit/core';
import { act, fireEvent, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PlanningStoryProps } from './planning-board.fixtures';
import { renderPlanningPart } from './planning-board.test-utils';
import { PlanningBoard } from './index';

// PlanningBoard.Propose alone inside a real PlanningBoard.Root over a seeded memory cycle
// (planning-board.fixtures.tsx). The whole batch a proposal writes is specified in
// planning-board.test.tsx; here: who sees the trigger, opening and cancelling, the required strategy.

const renderPropose = (props: Omit<PlanningStoryProps, 'children'> = {}) => renderPlanningPart(<PlanningBoard.Propose />, props);

describe('PlanningBoard.Propose', () => {
  it('given a proposer in the proposal phase, the trigger opens the editor named for the proposal and closes it again, reporting its state', async () => {
    const user = userEvent.setup();
    const { board } = await renderPropose({ userId: 'eve', seed: { proposals: 0 } });
    const trigger = board.getByRole('button', { name: 'Propose an objective' });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(board.queryByRole('form')).toBeNull();
    await user.click(trigger);
    const form = board.getByRole('form', { name: 'Propose an objective' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(trigger).toHaveAttribute('aria-controls', form.id);
    expect(within(form).getByLabelText('Objective')).toHaveFocus();
    expect(within(form).getByLabelText('Strategy it answers')).toHaveAttribute('dir', 'auto');
    expect(within(form).getByRole('button', { name: 'Submit proposal' })).toBeInTheDocument();
    await user.click(trigger);
    expect(board.queryByRole('form')).toBeNull();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
  });

  it('given Cancel, what was typed is dropped: the next opening starts blank', async () => {
    const user = userEvent.setup();
    const { board, cycles } = await renderPropose({ userId: 'eve', seed: { proposals: 0 } });
    await user.click(board.getByRole('button', { name: 'Propose an objective' }));
    await user.type(board.getByLabelText('Objective'), 'Cut onboarding time in half');
    await user.type(board.getByLabelText('Strategy it answers'), 'Grow the user base');
    await user.click(within(board.getByRole('form')).getByRole('button', { name: 'Cancel' }));
    // Typed changes are asked about before they go.
    await user.click(within(board.getByRole('alertdialog', { name: 'Discard your unsaved changes?' })).getByRole('button', { name: 'Discard' }));
    expect(board.queryByRole('form')).toBeNull();
    expect(board.getByRole('button', { name: 'Propose an objective' })).toHaveAttribute('aria-expanded', 'false');
    await user.click(board.getByRole('button', { name: 'Propose an objective' }));
    expect(board.getByLabelText('Objective')).toHaveValue('');
    expect(board.getByLabelText('Strategy it answers')).toHaveValue('');
    expect(cycles().getSnapshot().records.proposals).toHaveLength(0);
  });

  it('given no strategy, it marks the field required and proposes nothing; typing one clears the mark', async () => {
    const user = userEvent.setup();
    const { board, cycles } = await renderPropose({ userId: 'finn', seed: { proposals: 0 } });
    await user.click(board.getByRole('button', { name: 'Propose an objective' }));
    await user.type(board.getByLabelText('Objective'), 'Lead technical innovation in the industry');
    await act(async () => fireEvent.click(board.getByRole('button', { name: 'Submit proposal' })));
    const strategy = board.getByLabelText('Strategy it answers');
    expect(strategy).toHaveAttribute('aria-invalid', 'true');
    expect(strategy).toHaveAccessibleDescription('Required');
    expect(cycles().getSnapshot().records.proposals).toHaveLength(0);
    await user.type(strategy, 'L');
    expect(strategy).not.toHaveAttribute('aria-invalid');
    expect(board.getByLabelText('Objective')).toHaveValue('Lead technical innovation in the industry');
  });

  it('given a strategy made only of spaces, it is still refused as missing', async () => {
    const user = userEvent.setup();
    const { board, cycles } = await renderPropose({ userId: 'eve', seed: { proposals: 0 } });
    await user.click(board.getByRole('button', { name: 'Propose an objective' }));
    await user.type(board.getByLabelText('Objective'), 'Cut onboarding time in half');
    await user.type(board.getByLabelText('Strategy it answers'), '   ');
    await act(async () => fireEvent.click(board.getByRole('button', { name: 'Submit proposal' })));
    expect(board.getByLabelText('Strategy it answers')).toHaveAttribute('aria-invalid', 'true');
    expect(cycles().getSnapshot().records.proposals).toHaveLength(0);
  });

  it('given a proposal that goes through, the editor closes and the status says so, with the proposer as owner', async () => {
    const user = userEvent.setup();
    const { board, cycles } = await renderPropose({ userId: 'eve', seed: { proposals: 0 } });
    await user.click(board.getByRole('button', { name: 'Propose an objective' }));
    await user.type(board.getByLabelText('Objective'), 'Cut onboarding time in half');
    await user.type(board.getByLabelText('Strategy it answers'), '  Grow the user base ');
    await act(async () => fireEvent.click(board.getByRole('button', { name: 'Submit proposal' })));
    await waitFor(() => expect(board.queryByRole('form')).toBeNull());
    expect(board.getByRole('status')).toHaveTextContent('Proposal submitted.');
    expect(cycles().getSnapshot().records.proposals).toEqual([expect.objectContaining({ proposerId: 'eve', strategy: 'Grow the user base' })]);
  });

  it('given a voter, there is no trigger, and the reason stands in its place', async () => {
    const { board } = await renderPropose({ userId: 'ben', seed: { proposals: 0 } });
    expect(board.queryByRole('button', { name: 'Propose an objective' })).toBeNull();
    expect(board.getByText('Only proposers of this cycle can propose.')).toBeInTheDocument();
  });

  it('given a proposer after the proposal phase, the phase is the reason', async () => {
    const { board } = await renderPropose({ userId: 'eve', seed: { proposals: 1, phase: 'screening' } });
    expect(board.queryByRole('button', { name: 'Propose an objective' })).toBeNull();
    expect(board.getByText('This happens in Proposal; the cycle is in Screening.')).toBeInTheDocument();
  });

  it('given a policy that refuses proposals, its reason is shown and the policy was asked with the cycle', async () => {
    const can = vi.fn<OkrPolicy>((action, target) => !(action === 'create' && target.kind === 'proposal'));
    const { board } = await renderPropose({ userId: 'eve', seed: { proposals: 0 }, can });
    expect(board.queryByRole('button', { name: 'Propose an objective' })).toBeNull();
    expect(board.getByText("You can't add proposals in this cycle")).toHaveAttribute('data-slot', 'planning-board-not-allowed');
    expect(can).toHaveBeenCalledWith('create', expect.objectContaining({ kind: 'proposal', cycle: expect.objectContaining({ id: 'plan-q2' }) }));
  });
});
