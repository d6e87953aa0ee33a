import { act, fireEvent, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPlanningPart } from './planning-board.test-utils';
import { PlanningBoard } from './index';

// The board's parts one by one (planning-board-parts.tsx), each alone inside a real
// PlanningBoard.Root over a cycle seeded through the cycle store's own commands. The meeting as a
// whole (proposing, voting, overriding the order) is specified in planning-board.test.tsx.

const renderPart = renderPlanningPart;

const originalClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
afterEach(() => {
  if (originalClipboard) Object.defineProperty(navigator, 'clipboard', originalClipboard);
});

describe('PlanningBoard.Phases', () => {
  it('draws the seven phases with the current one as the step, the done ones ticked, and the deadlines in the locale', async () => {
    const { board } = await renderPart(<PlanningBoard.Phases />, { seed: { phase: 'screening' } });
    const steps = within(board.getByRole('navigation', { name: 'Phases' })).getAllByRole('listitem');
    expect(steps.map((step) => step.dataset.state)).toEqual(['done', 'current', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(steps[1]).toHaveAttribute('aria-current', 'step');
    expect(steps.filter((step) => step.hasAttribute('aria-current'))).toHaveLength(1);
    expect(steps[0]).toHaveTextContent('✓Proposaluntil Mar 10, 2026');
    expect(steps[1]).toHaveTextContent('2Screeninguntil Mar 17, 2026');
    expect(steps[6]).toHaveTextContent('7Announcement');
  });

  it('given the confirmer, moving on advances the cycle and says which phase it is in now', async () => {
    const user = userEvent.setup();
    const { board, cycles } = await renderPart(<PlanningBoard.Phases />, { userId: 'ceo' });
    const advance = board.getByRole('button', { name: 'Move on to Screening' });
    expect(advance).toHaveAttribute('aria-disabled', 'false');
    await user.click(advance);
    await waitFor(() => expect(cycles().getSnapshot().records.planningCycles[0]?.phase).toBe('screening'));
    expect(board.getByRole('status')).toHaveTextContent('The cycle is now in Screening.');
    expect(board.getByRole('button', { name: 'Move on to Preliminary presentation' })).toBeInTheDocument();
  });

  it('given someone else, the button says why on focus and pressing it moves nothing', async () => {
    const user = userEvent.setup();
    const { board, cycles } = await renderPart(<PlanningBoard.Phases />, { userId: 'ben' });
    const advance = board.getByRole('button', { name: 'Move on to Screening' });
    expect(advance).toHaveAttribute('aria-disabled', 'true');
    expect(advance).toHaveAccessibleDescription('Only the confirmer of this cycle can do this.');
    expect(advance).toHaveAttribute('title', 'Only the confirmer of this cycle can do this.');
    await user.click(advance);
    expect(cycles().getSnapshot().records.planningCycles[0]?.phase).toBe('proposal');
  });
});

describe('PlanningBoard.Proposals', () => {
  it('given no proposals, it says so', async () => {
    const { board } = await renderPart(<PlanningBoard.Proposals />, { seed: { proposals: 0 } });
    expect(within(board.getByRole('region', { name: 'Proposals' })).getByText('No proposals yet.')).toBeInTheDocument();
  });

  it('names each proposal by its objective, proposer (from the directory) and strategy, all isolated, with its threaded discussion', async () => {
    const { board } = await renderPart(<PlanningBoard.Proposals />, { seed: { comments: true } });
    const first = within(board.getByRole('listitem', { name: 'Significantly increase user activity' }));
    expect(first.getByRole('heading', { level: 3 }).firstElementChild?.tagName).toBe('BDI');
    const meta = first.getByText('Proposed by Eve Adams');
    expect(meta.tagName).toBe('BDI');
    expect(first.getByText('Answers: Grow the user base').tagName).toBe('BDI');
    expect(first.getByText('Discussion (3)')).toBeInTheDocument();
    const comments = board.getAllByRole('listitem').filter((item) => item.dataset.slot === 'planning-board-comment');
    // Each top-level comment is followed by its replies.
    expect(comments.map((comment) => [comment.dataset.stance, comment.dataset.reply ?? '', comment.querySelector('[data-slot="planning-board-comment-text"]')?.textContent])).toEqual([
      ['question', '', 'Which users count as active?'],
      ['for', 'true', 'Anyone with a session in the last 30 days.'],
      ['against', '', 'Activity without revenue does not pay the bills.'],
    ]);
    expect(comments[0]).toHaveTextContent('Question Ben Okafor');
    expect(comments[0]!.querySelector('[data-slot="planning-board-comment-text"]')).toHaveAttribute('dir', 'auto');
    // Replies go one level deep: a reply has no Reply button of its own.
    expect(within(comments[0]!).getByRole('button', { name: 'Reply' })).toBeInTheDocument();
    expect(within(comments[1]!).queryByRole('button', { name: 'Reply' })).toBeNull();
  });

  it('given an empty comment, it is marked required and nothing is posted; a comment with a stance is posted and the field cleared', async () => {
    const user = userEvent.setup();
    const { board, cycles } = await renderPart(<PlanningBoard.Proposals />, { seed: { proposals: 1 } });
    const proposal = within(board.getByRole('listitem', { name: 'Significantly increase user activity' }));
    await user.click(proposal.getByText('Discussion (0)'));
    await act(async () => fireEvent.click(proposal.getByRole('button', { name: 'Post' })));
    const field = proposal.getByLabelText('Comment');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Required');
    expect(cycles().getSnapshot().records.proposalComments).toHaveLength(0);
    await user.click(proposal.getByRole('radio', { name: 'Against' }));
    await user.type(field, '  Too vague to measure. ');
    await act(async () => fireEvent.click(proposal.getByRole('button', { name: 'Post' })));
    await waitFor(() => expect(cycles().getSnapshot().records.proposalComments).toEqual([expect.objectContaining({ authorId: 'ben', stance: 'against', text: 'Too vague to measure.' })]));
    expect(proposal.getByLabelText('Comment')).toHaveValue('');
    expect(proposal.getByText('Discussion (1)')).toBeInTheDocument();
  });

  it('given Reply, it posts an answer to that comment and closes the reply form', async () => {
    const user = userEvent.setup();
    const { board, cycles } = await renderPart(<PlanningBoard.Proposals />, { seed: { proposals: 1, comments: true }, userId: 'cai' });
    const question = board.getByText('Which users count as active?').closest('li') as HTMLElement;
    await user.click(within(question).getByRole('button', { name: 'Reply' }));
    await user.type(within(question).getByLabelText('Reply'), 'Then count paying users only.');
    await act(async () => fireEvent.click(within(question).getByRole('button', { name: 'Post' })));
    const asked = cycles().getSnapshot().records.proposalComments.find((comment) => comment.text === 'Which users count as active?')!;
    await waitFor(() => expect(cycles().getSnapshot().records.proposalComments.at(-1)).toMatchObject({ authorId: 'cai', replyToId: asked.id, text: 'Then count paying users only.' }));
    expect(within(question).queryByLabelText('Reply')).toBeNull();
  });

  it('given a proposer looking at another proposer’s proposal, its discussion has no form, only the reason', async () => {
    const { board } = await renderPart(<PlanningBoard.Proposals />, { seed: { proposals: 2 }, userId: 'eve' });
    const other = within(board.getByRole('listitem', { name: 'Lead technical innovation in the industry' }));
    expect(other.queryByRole('button', { name: 'Post' })).toBeNull();
    expect(other.getByText('Only the voters, the confirmer and the proposer of a proposal can discuss it.')).toBeInTheDocument();
    const own = within(board.getByRole('listitem', { name: 'Significantly increase user activity' }));
    expect(own.getByRole('button', { name: 'Post' })).toBeInTheDocument();
  });
});

describe('PlanningBoard.Ballot (points)', () => {
  it('counts the points spent against the budget, refuses going over it with an alert, and saves only proposals given points', async () => {
    const user = userEvent.setup();
    const { board, cycles } = await renderPart(<PlanningBoard.Ballot />, { seed: { phase: 'screening', votingMethod: { kind: 'points', budget: 10 } } });
    const ballot = within(board.getByRole('region', { name: 'Your vote' }));
    expect(ballot.getByRole('group', { name: '0 of 10 points spent' })).toBeInTheDocument();
    const first = ballot.getByLabelText('Significantly increase user activity');
    const second = ballot.getByLabelText('Lead technical innovation in the industry');
    await user.type(first, '8');
    await user.type(second, '5');
    expect(ballot.getByRole('alert')).toHaveTextContent('At most 10 points in all.');
    expect(ballot.getByRole('button', { name: 'Save my vote' })).toHaveAttribute('aria-disabled', 'true');
    await act(async () => fireEvent.click(ballot.getByRole('button', { name: 'Save my vote' })));
    expect(cycles().getSnapshot().records.votes).toHaveLength(0);
    await user.clear(second);
    await user.type(second, '2');
    expect(ballot.getByRole('group', { name: '10 of 10 points spent' })).toBeInTheDocument();
    expect(ballot.queryByRole('alert')).toBeNull();
    await act(async () => fireEvent.click(ballot.getByRole('button', { name: 'Save my vote' })));
    await waitFor(() => expect(cycles().getSnapshot().records.votes).toHaveLength(1));
    const [a, b] = cycles().getSnapshot().records.proposals.map((proposal) => proposal.id);
    expect(cycles().getSnapshot().records.votes[0]?.ballot).toEqual({ kind: 'points', points: { [a!]: 8, [b!]: 2 } });
    expect(ballot.getByRole('status')).toHaveTextContent('Your vote is saved. Voting again replaces it.');
  });

  it('given a fraction of a point, that field is marked invalid and the vote is not saved', async () => {
    const user = userEvent.setup();
    const { board, cycles } = await renderPart(<PlanningBoard.Ballot />, { seed: { phase: 'screening', votingMethod: { kind: 'points', budget: 10 } } });
    const first = board.getByLabelText('Significantly increase user activity');
    await user.type(first, '1.5');
    expect(first).toHaveAttribute('aria-invalid', 'true');
    await act(async () => fireEvent.click(board.getByRole('button', { name: 'Save my vote' })));
    expect(cycles().getSnapshot().records.votes).toHaveLength(0);
  });
});

describe('PlanningBoard.Tally', () => {
  it('draws nothing in the proposal phase', async () => {
    const { board } = await renderPart(<PlanningBoard.Tally />);
    expect(board.queryByRole('region', { name: 'Tally' })).toBeNull();
  });

  it('given ballots, it ranks the proposals with their numbers, explains the rule, and names who did not vote', async () => {
    const { board } = await renderPart(<PlanningBoard.Tally />, { seed: { phase: 'screening', votes: { ben: [2, 0, 1], cai: [2, 1, 0] } } });
    const table = board.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Become the most popular healthy-dining brand locally');
    expect(within(rows[0]!).getByRole('rowheader').firstElementChild?.tagName).toBe('BDI');
    // Borda with 3 proposals: two first places are 3 + 3.
    expect(within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '6', '2', '2']);
    expect(table).toHaveAccessibleDescription(/Borda count: with 3 proposals a first place earns 3 points.*Ballots counted: 2/);
    const abstained = board.getByText(/Did not vote/);
    expect(abstained).toHaveTextContent('Dora Lima');
    expect(abstained).toHaveTextContent('Dana Lee');
    expect(abstained).not.toHaveTextContent('Ben Okafor');
  });

  it('given a tie, it says how it was settled and names the tied proposals', async () => {
    const { board } = await renderPart(<PlanningBoard.Tally />, { seed: { phase: 'screening', proposals: 2, votes: { ben: [0, 1], cai: [1, 0] } } });
    const tie = board.getByText(/Tied at 3/);
    expect(tie.closest('li')).toHaveTextContent(/Significantly increase user activity.*Lead technical innovation in the industry|Lead technical innovation in the industry.*Significantly increase user activity/);
    expect(board.queryByText('No ties.')).toBeNull();
  });
});

describe('PlanningBoard.Decision', () => {
  it('draws nothing before the confirmation phase', async () => {
    const { board } = await renderPart(<PlanningBoard.Decision />, { userId: 'ceo', seed: { phase: 'screening', votes: { ben: [0, 1, 2] } } });
    expect(board.queryByRole('region', { name: 'Decision' })).toBeNull();
  });

  it('given a voter in confirmation, the reason stands where the form would be', async () => {
    const { board } = await renderPart(<PlanningBoard.Decision />, { userId: 'ben', seed: { phase: 'confirmation', votes: { ben: [0, 1, 2] } } });
    const decision = within(board.getByRole('region', { name: 'Decision' }));
    expect(decision.getByText('Only the confirmer of this cycle can do this.')).toBeInTheDocument();
    expect(decision.queryByRole('button', { name: 'Confirm' })).toBeNull();
  });

  it('given a rejection without a reason, it asks for one; with it, the rejection is stored and the decision then shown as stored', async () => {
    const user = userEvent.setup();
    const { board, cycles } = await renderPart(<PlanningBoard.Decision />, { userId: 'ceo', seed: { phase: 'confirmation', votes: { ben: [0, 1, 2], cai: [0, 1, 2] } } });
    const decision = within(board.getByRole('region', { name: 'Decision' }));
    await user.click(decision.getByRole('checkbox', { name: 'Reject: Lead technical innovation in the industry' }));
    const reason = decision.getByLabelText('Reason for rejecting: Lead technical innovation in the industry');
    await act(async () => fireEvent.click(decision.getByRole('button', { name: 'Confirm' })));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(cycles().getSnapshot().records.planningCycles[0]?.decision).toBeUndefined();
    await user.type(reason, 'No budget this quarter');
    await act(async () => fireEvent.click(decision.getByRole('button', { name: 'Confirm' })));
    await waitFor(() => expect(cycles().getSnapshot().records.planningCycles[0]?.decision?.rejections).toEqual([expect.objectContaining({ reason: 'No budget this quarter' })]));
    const stored = within(board.getByRole('region', { name: 'Decision' }));
    expect(stored.getByText('Confirmed by Dana Lee')).toBeInTheDocument();
    const confirmed = board.getByRole('region', { name: 'Decision' }).querySelector('[data-slot="planning-board-confirmed"]') as HTMLElement;
    expect([...confirmed.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['Significantly increase user activity', 'Become the most popular healthy-dining brand locally']);
    const rejection = stored.getByText('No budget this quarter');
    expect(rejection).toHaveAttribute('dir', 'auto');
    expect(rejection.closest('li')).toHaveTextContent('Rejected: Lead technical innovation in the industry — No budget this quarter');
  });
});

describe('PlanningBoard.Announcement', () => {
  it('draws nothing until the confirmer has decided', async () => {
    const { board } = await renderPart(<PlanningBoard.Announcement />, { userId: 'ceo', seed: { phase: 'confirmation', votes: { ben: [0, 1, 2] } } });
    expect(board.queryByRole('region', { name: 'Announcement preview' })).toBeNull();
  });

  it('once decided, previews the confirmed objectives and copies them as Markdown; a refusing clipboard is an alert', async () => {
    const user = userEvent.setup();
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    const { board, cycles } = await renderPart(<PlanningBoard.Announcement />, { userId: 'ceo', seed: { phase: 'confirmation', votes: { ben: [0, 1, 2] } } });
    await act(async () => void (await cycles().confirm('plan-q2', { confirmerId: 'ceo' })));
    const region = within(await board.findByRole('region', { name: 'Announcement preview' }));
    const preview = region.getByText(/Significantly increase user activity/, { selector: 'pre' });
    expect(preview).toHaveAttribute('dir', 'auto');
    expect(preview).toHaveTextContent('Lead technical innovation in the industry');
    await user.click(region.getByRole('button', { name: 'Copy Markdown' }));
    expect(region.getByRole('status')).toHaveTextContent('Copied.');
    expect(written[0]).toMatch(/^#/);
    expect(written[0]).toContain('Significantly increase user activity');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    await user.click(region.getByRole('button', { name: 'Copy HTML' }));
    expect(region.getByRole('alert')).toHaveTextContent('Could not copy: select the preview and copy it.');
    expect(region.getByRole('status')).toHaveTextContent('');
  });
});
