import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PlanningStory, type PlanningSeed } from './planning-board.fixtures';
import { PlanningBoard } from './index';
import type { OkrPolicy } from '@okrkit/core';

interface Args {
  seed: PlanningSeed;
  userId: string;
  can?: OkrPolicy;
  offline?: boolean | 'once';
}

const meta = {
  title: 'Components/PlanningBoard',
  tags: ['autodocs'],
  args: { seed: {}, userId: 'ben' },
  render: (args, context) => (
    <PlanningStory seed={args.seed} userId={args.userId} can={args.can} offline={args.offline} locale={context.globals.locale as string | undefined}>
      {(cycles) => <PlanningBoard cycleStore={cycles} cycleId="plan-q2" />}
    </PlanningStory>
  ),
  parameters: {
    docs: {
      description: {
        component:
          'The quarterly planning meeting: phases as a stepper, proposals and their discussion, the voter’s ranking (drag or Alt+↑/↓) or points, ' +
          'the live tally with its explanation, and the confirmer’s decision. Every control follows the cycle’s roles and phase and the provider’s `can`.',
      },
    },
  },
} satisfies Meta<Args>;
export default meta;
type Story = StoryObj<typeof meta>;

const board = async (canvasElement: HTMLElement) => within(await within(canvasElement).findByRole('region', { name: 'Planning: q2-2026' }));

/** Proposal phase, seen by an employee who proposes: the stepper marks the phase; "Propose an objective" opens the objective editor with the strategy it answers, and submitting proposes it. */
export const ProposalPhase: Story = {
  args: { userId: 'eve', seed: { proposals: 2 } },
  play: async ({ canvasElement }) => {
    const canvas = await board(canvasElement);
    const steps = within(canvas.getByRole('navigation', { name: 'Phases' })).getAllByRole('listitem');
    await expect(steps).toHaveLength(7);
    await expect(steps[0]).toHaveAttribute('aria-current', 'step');
    await expect(steps[0]).toHaveTextContent('until Mar 10, 2026');
    // Moving on is the confirmer's; the proposer is told why.
    await expect(canvas.getByRole('button', { name: 'Move on to Screening' })).toHaveAttribute('aria-disabled', 'true');
    await expect(within(canvas.getByRole('navigation', { name: 'Phases' })).getByText('Only the confirmer of this cycle can do this.')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Propose an objective' }));
    const editor = within(canvas.getByRole('form', { name: 'Propose an objective' }));
    await userEvent.type(editor.getByLabelText('Objective'), 'Cut onboarding time in half');
    await userEvent.type(editor.getByLabelText('Strategy it answers'), 'Grow the user base');
    await userEvent.click(editor.getByRole('button', { name: 'Add key result' }));
    await userEvent.keyboard('Time to first report');
    await userEvent.selectOptions(editor.getByLabelText('Measured as'), 'decrease');
    await userEvent.click(editor.getByRole('button', { name: 'Submit proposal' }));
    await expect(await canvas.findByRole('heading', { name: 'Cut onboarding time in half' })).toBeInTheDocument();
    await expect(canvas.getByText('Proposal submitted.')).toBeInTheDocument();
    await expect(within(canvas.getByRole('listitem', { name: 'Cut onboarding time in half' })).getByText(/Answers: Grow the user base/)).toBeInTheDocument();
    await expect(canvas.queryByRole('form', { name: 'Propose an objective' })).toBeNull();
  },
};

/** The proposer has opened "Propose an objective": the editor has the focus on its title, every field of an objective and the proposal's strategy. */
export const ProposeOpen: Story = {
  args: { userId: 'eve', seed: { proposals: 1 } },
  play: async ({ canvasElement }) => {
    const canvas = await board(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Propose an objective' });
    await userEvent.click(trigger);
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const editor = within(canvas.getByRole('form', { name: 'Propose an objective' }));
    await expect(editor.getByLabelText('Objective')).toHaveFocus();
    for (const field of ['Strategy it answers', 'Description', 'Team']) await expect(editor.getByLabelText(field)).toBeInTheDocument();
    await expect(editor.getAllByLabelText('Aligned to').length).toBeGreaterThan(0);
    await expect(editor.getByRole('region', { name: 'Key results' })).toBeInTheDocument();
    await expect(editor.queryByLabelText('Period')).toBeNull();
    // Esc asks before the new draft goes; Discard closes it.
    await userEvent.keyboard('{Escape}');
    await userEvent.click(editor.getByRole('button', { name: 'Discard' }));
    await expect(canvas.queryByRole('form', { name: 'Propose an objective' })).toBeNull();
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
  },
};

/** Typing a proposal: the title's error goes once there is one; submitting without the strategy is refused with the reason, and nothing typed is lost. */
export const ProposeTyping: Story = {
  args: { userId: 'finn', seed: { proposals: 1 } },
  play: async ({ canvasElement }) => {
    const canvas = await board(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Propose an objective' }));
    const editor = within(canvas.getByRole('form', { name: 'Propose an objective' }));
    await expect(editor.getByLabelText('Objective')).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(editor.getByLabelText('Objective'), 'Most popular healthy-dining brand locally');
    await expect(editor.getByLabelText('Objective')).not.toHaveAttribute('aria-invalid');
    await userEvent.click(editor.getByRole('button', { name: 'Submit proposal' }));
    await expect(await editor.findByRole('alert')).toHaveTextContent('Strategy it answers: Required');
    await expect(editor.getByLabelText('Strategy it answers')).toHaveAttribute('aria-invalid', 'true');
    await expect(editor.getByLabelText('Objective')).toHaveValue('Most popular healthy-dining brand locally');
  },
};

/** Storage refuses the proposal: the editor keeps the objective, its key result and the strategy, says why, and Retry submits them. */
export const ProposeRefused: Story = {
  args: { userId: 'eve', seed: { proposals: 1 }, offline: 'once' },
  play: async ({ canvasElement }) => {
    const canvas = await board(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Propose an objective' }));
    const editor = within(canvas.getByRole('form', { name: 'Propose an objective' }));
    await userEvent.type(editor.getByLabelText('Objective'), 'Lead technical innovation in our industry');
    await userEvent.type(editor.getByLabelText('Strategy it answers'), 'Lead in technology');
    await userEvent.click(editor.getByRole('button', { name: 'Add key result' }));
    await userEvent.keyboard('File at least 5 core patents');
    await userEvent.click(editor.getByRole('button', { name: 'Submit proposal' }));
    await expect(await editor.findByRole('alert')).toHaveTextContent(/Storage could not be reached/);
    await expect(editor.getByLabelText('Objective')).toHaveValue('Lead technical innovation in our industry');
    await expect(editor.getByLabelText('Strategy it answers')).toHaveValue('Lead in technology');
    await expect(editor.getByLabelText('Key result 1')).toHaveValue('File at least 5 core patents');
    await userEvent.click(editor.getByRole('button', { name: 'Retry' }));
    await expect(await canvas.findByRole('heading', { name: 'Lead technical innovation in our industry' })).toBeInTheDocument();
  },
};

/** Read-only by role: the host's policy lets this proposer read proposals but not make them; "Propose an objective" is not offered and the reason stands in its place. */
export const ProposeReadOnlyByRole: Story = {
  args: { userId: 'eve', seed: { proposals: 2 }, can: (action, target) => !(target.kind === 'proposal' && action === 'create') },
  play: async ({ canvasElement }) => {
    const canvas = await board(canvasElement);
    await expect(canvas.queryByRole('button', { name: 'Propose an objective' })).toBeNull();
    await expect(within(canvas.getByRole('region', { name: 'Proposals' })).getByText(/can't add proposals/)).toBeInTheDocument();
    await expect(canvas.getAllByRole('heading', { level: 3 })).toHaveLength(2);
  },
};

/** No proposals yet, seen by a manager: nothing to rank, and proposing is the proposers' (not offered, with the reason). */
export const Empty: Story = {
  args: { seed: { proposals: 0 } },
  play: async ({ canvasElement }) => {
    const canvas = await board(canvasElement);
    await expect(canvas.getAllByText('No proposals yet.').length).toBeGreaterThan(0);
    await expect(canvas.queryByRole('button', { name: 'Propose an objective' })).toBeNull();
    await expect(canvas.getByText('Only proposers of this cycle can propose.')).toBeInTheDocument();
  },
};

/** Proposals with a discussion: a question, its answer as a reply, an objection; a manager adds a comment. */
export const WithComments: Story = {
  args: { seed: { comments: true } },
  play: async ({ canvasElement }) => {
    const canvas = await board(canvasElement);
    const first = within(canvas.getByRole('listitem', { name: 'Significantly increase user activity' }));
    await userEvent.click(first.getByText('Discussion (3)'));
    await expect(first.getByText('Which users count as active?')).toBeInTheDocument();
    await expect(first.getByText('Anyone with a session in the last 30 days.').closest('li')).toHaveAttribute('data-reply', 'true');
    await userEvent.click(first.getByRole('radio', { name: 'Against' }));
    await userEvent.type(first.getByLabelText('Comment'), 'Too close to last quarter’s objective.');
    await userEvent.click(first.getByRole('button', { name: 'Post' }));
    await expect(await first.findByText('Discussion (4)')).toBeInTheDocument();
    await expect(first.getByText('Too close to last quarter’s objective.').closest('li')).toHaveAttribute('data-stance', 'against');
  },
};

/** Screening, a manager ranks by keyboard: Alt+↓ on a focused row moves it and says where; the vote is saved and the tally follows. */
export const VotingByKeyboard: Story = {
  args: { seed: { phase: 'screening' } },
  play: async ({ canvasElement }) => {
    const canvas = await board(canvasElement);
    const ballot = within(canvas.getByRole('list', { name: 'Your vote' }));
    const first = ballot.getByRole('listitem', { name: /^Significantly increase user activity/ });
    first.focus();
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await expect(canvas.getByText('Significantly increase user activity: place 2 of 3', { selector: '[role=status]' })).toBeInTheDocument();
    await expect(ballot.getAllByRole('listitem')[0]).toHaveTextContent('Lead technical innovation in the industry');
    await expect(first).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Save my vote' }));
    await expect(await canvas.findByText('Your vote is saved. Voting again replaces it.')).toBeInTheDocument();
    const table = within(canvas.getByRole('table'));
    await waitFor(() => expect(table.getAllByRole('row')[1]).toHaveTextContent('1Lead technical innovation in the industry311'));
    await expect(canvas.getByText('Ballots counted: 1')).toBeInTheDocument();
  },
};

/** A cycle that votes by points: each voter spreads 10; more is refused with its reason. */
export const VotingByPoints: Story = {
  args: { seed: { phase: 'screening', votingMethod: { kind: 'points', budget: 10 } } },
  play: async ({ canvasElement }) => {
    const canvas = await board(canvasElement);
    const points = within(canvas.getByRole('group', { name: /points spent/ }));
    await userEvent.type(points.getByLabelText('Significantly increase user activity'), '7');
    await userEvent.type(points.getByLabelText('Lead technical innovation in the industry'), '6');
    await expect(canvas.getByRole('alert')).toHaveTextContent('At most 10 points in all.');
    await userEvent.clear(points.getByLabelText('Lead technical innovation in the industry'));
    await userEvent.type(points.getByLabelText('Lead technical innovation in the industry'), '3');
    await expect(canvas.getByText('10 of 10 points spent')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Save my vote' }));
    await expect(await canvas.findByText('Your vote is saved. Voting again replaces it.')).toBeInTheDocument();
  },
};

/** The tally with a tie that first choices cannot break, abstentions named. */
export const TallyWithTie: Story = {
  args: { seed: { phase: 'screening', votes: { ben: [0, 1, 2], cai: [1, 0, 2] } } },
  play: async ({ canvasElement }) => {
    const canvas = await board(canvasElement);
    const rows = within(canvas.getByRole('table')).getAllByRole('row');
    await expect(rows[1]).toHaveTextContent('1Significantly increase user activity521');
    await expect(rows[2]).toHaveTextContent('1Lead technical innovation in the industry521');
    await expect(canvas.getByText(/Tied at 5: unresolved, the confirmer decides\./)).toBeInTheDocument();
    await expect(canvas.getByText(/Did not vote/)).toHaveTextContent('Did not vote: Dora Lima, Dana Lee');
    await expect(canvas.getByText(/Borda count: with 3 proposals/)).toBeInTheDocument();
  },
};

/** The confirmer in the confirmation phase: rejects one proposal with its reason and confirms the rest in the tallied order. */
export const ConfirmerView: Story = {
  args: { userId: 'ceo', seed: { phase: 'confirmation', votes: { ben: [0, 1, 2], cai: [0, 2, 1], dora: [2, 0, 1] } } },
  play: async ({ canvasElement }) => {
    const canvas = await board(canvasElement);
    await expect(within(canvas.getByRole('navigation', { name: 'Phases' })).getAllByRole('listitem')[3]).toHaveAttribute('aria-current', 'step');
    const decision = within(canvas.getByRole('region', { name: 'Decision' }));
    await userEvent.click(decision.getByRole('checkbox', { name: 'Reject: Lead technical innovation in the industry' }));
    await userEvent.click(decision.getByRole('button', { name: 'Confirm' }));
    const reason = decision.getByLabelText('Reason for rejecting: Lead technical innovation in the industry');
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(reason, 'No budget this quarter');
    await userEvent.click(decision.getByRole('button', { name: 'Confirm' }));
    await expect(await decision.findByText('Confirmed by Dana Lee')).toBeInTheDocument();
    await expect(within(decision.getAllByRole('list')[0]!).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Significantly increase user activity', 'Become the most popular healthy-dining brand locally']);
    await expect(decision.getByText(/No budget this quarter/)).toBeInTheDocument();
    // The announcement: the confirmed objectives by priority, copied as Markdown.
    const announcement = within(canvas.getByRole('region', { name: 'Announcement preview' }));
    await expect(announcement.getByText(/Significantly increase user activity/)).toHaveTextContent(/OKRs: Q2 2026/);
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => { written.push(text); } } });
    await userEvent.click(announcement.getByRole('button', { name: 'Copy Markdown' }));
    await expect(await announcement.findByText('Copied.')).toBeInTheDocument();
    await expect(written[0]).toMatch(/^# \u2068OKRs: Q2 2026\u2069/);
    await expect(written[0]).toContain('Become the most popular healthy-dining brand locally');
    await expect(written[0]).not.toContain('Lead technical innovation');
  },
};

/** The host's policy refuses this person's votes: the ballot is not offered and the reason stands in its place. */
export const NotAllowed: Story = {
  args: { seed: { phase: 'screening' }, can: (action, target) => !(target.kind === 'vote' || target.kind === 'proposalComment') || action === 'read' },
  play: async ({ canvasElement }) => {
    const canvas = await board(canvasElement);
    const ballot = within(canvas.getByRole('region', { name: 'Your vote' }));
    await expect(ballot.queryByRole('button', { name: 'Save my vote' })).toBeNull();
    await expect(ballot.getByText("You can't add votes in this cycle")).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Move on to Preliminary presentation' })).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.queryByRole('region', { name: 'Decision' })).toBeNull();
  },
};

/** Storage refuses the write: the comment stays typed, and the board says so. */
export const SaveFails: Story = {
  args: { seed: { proposals: 1 }, offline: true },
  play: async ({ canvasElement }) => {
    const canvas = await board(canvasElement);
    await userEvent.click(canvas.getByText('Discussion (0)'));
    await userEvent.type(canvas.getByLabelText('Comment'), 'Which market first?');
    await userEvent.click(canvas.getByRole('button', { name: 'Post' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Not saved. What you entered is kept: try again.');
    await expect(canvas.getByLabelText('Comment')).toHaveValue('Which market first?');
  },
};

export const Dark: Story = {
  args: { seed: { phase: 'screening', comments: true, votes: { ben: [0, 1, 2] } } },
  globals: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = await board(canvasElement);
    await expect(canvas.getByRole('table')).toBeVisible();
  },
};

export const RightToLeft: Story = {
  args: { seed: { phase: 'screening', comments: true, votes: { ben: [0, 1, 2] } } },
  globals: { direction: 'rtl', locale: 'ar-EG' },
  play: async ({ canvasElement }) => {
    const canvas = await board(canvasElement);
    await expect(within(canvas.getByRole('table')).getAllByRole('row')[1]).toHaveTextContent('١');
  },
};
