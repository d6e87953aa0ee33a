import type { OkrPolicy } from '@okrkit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { withOkrStore } from '../internal/story-store';
import { exampleDirectory } from '../provider/directory.fixtures';
import { CheckInTimeline } from './index';
import { timelineStorySet } from './check-in-timeline.story-data';

const withStore = (options: { offline?: boolean; can?: OkrPolicy } = {}) => withOkrStore(timelineStorySet, { directory: exampleDirectory, ...options });

const meta = {
  title: 'Components/CheckInTimeline',
  component: CheckInTimeline,
  tags: ['autodocs'],
  decorators: [withStore()],
  args: { keyResultId: 'kr-mau' },
  argTypes: {
    keyResultId: { control: 'select', options: timelineStorySet.keyResults.map((keyResult) => keyResult.id) },
    canEdit: { control: 'boolean' },
    onEditingIdChange: { action: 'editingIdChange' },
    onCheckInChange: { action: 'checkInChange' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The feed of a key result’s or an objective’s check-ins, newest first: value change, confidence, author (from the ' +
          'provider’s directory), note and date. With `canEdit`, a past check-in can be corrected or deleted (after a ' +
          'confirmation); the store recomputes the KR’s value from the log. Page Down / Page Up move between entries.',
      },
    },
  },
} satisfies Meta<typeof CheckInTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Six weekly check-ins of monthly active users. The play function walks the feed by keyboard. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const entries = await canvas.findAllByRole('article');
    await expect(entries).toHaveLength(6);
    await expect(within(entries[0]!).getByText('1,081,000 → 1,100,000')).toBeInTheDocument();
    await expect(within(entries[0]!).getByText('Jonas Weber, Head of Product')).toBeInTheDocument();
    entries[0]!.focus();
    await userEvent.keyboard('{PageDown}');
    await expect(entries[1]).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(entries[5]).toHaveFocus();
  },
};

/** Never checked in: a named group says so. */
export const Empty: Story = {
  args: { keyResultId: 'kr-story-none' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No check-ins yet')).toBeInTheDocument();
  },
};

/** Checked in once: the first reading has no change to show. */
export const One: Story = { args: { keyResultId: 'kr-story-once' } };

/** Every KR of an objective, interleaved by date, each entry named by its KR. */
export const Many: Story = { args: { objectiveId: 'obj-user-activity', keyResultId: undefined } };

/** A KR off track: maths scores falling behind. */
export const OffTrack: Story = { args: { keyResultId: 'kr-maths-scores' } };

/** Over-achieved: help articles beyond their target. */
export const OverAchieved: Story = { args: { keyResultId: 'kr-help-articles' } };

/** Long notes in two writing directions, a long KR title, and an author the directory does not know (shown by id). */
export const LongNotes: Story = { args: { keyResultId: 'kr-story-long' } };

/** Correcting the latest reading: the play function edits the value and the KR follows. */
export const Editing: Story = {
  args: { canEdit: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [newest] = await canvas.findAllByRole('article');
    await userEvent.click(within(newest!).getByRole('button', { name: 'Edit check-in' }));
    const value = within(newest!).getByRole('textbox', { name: 'Value' });
    await userEvent.clear(value);
    await userEvent.type(value, '1102000{Enter}');
    await waitFor(() => expect(within(canvas.getAllByRole('article')[0]!).getByText('1,081,000 → 1,102,000')).toBeInTheDocument());
    await waitFor(() => expect(canvas.getAllByRole('button', { name: 'Edit check-in' })[0]).toHaveFocus());
  },
};

/** Deleting asks first; Keep leaves it, the confirmed delete removes it. */
export const DeleteConfirm: Story = {
  args: { canEdit: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [newest] = await canvas.findAllByRole('article');
    await userEvent.click(within(newest!).getByRole('button', { name: 'Delete check-in' }));
    const confirm = within(newest!).getByRole('group', { name: /^Delete this check-in\?/ });
    await expect(within(confirm).getByRole('button', { name: 'Delete check-in' })).toHaveFocus();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    await expect(canvas.getAllByRole('article')).toHaveLength(6);
    await userEvent.click(within(canvas.getAllByRole('article')[0]!).getByRole('button', { name: 'Delete check-in' }));
    await userEvent.click(within(within(canvas.getAllByRole('article')[0]!).getByRole('group')).getByRole('button', { name: 'Delete check-in' }));
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(5));
  },
};

/** Storage is unreachable: a correction keeps the typed note with the reason; a delete comes back with it. */
export const Refused: Story = {
  args: { canEdit: true },
  decorators: [withStore({ offline: true })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [newest] = await canvas.findAllByRole('article');
    await userEvent.click(within(newest!).getByRole('button', { name: 'Edit check-in' }));
    const note = within(newest!).getByRole('textbox', { name: 'Note' });
    await userEvent.clear(note);
    await userEvent.type(note, 'Corrected after the export bug');
    await userEvent.click(within(newest!).getByRole('button', { name: 'Save' }));
    await expect(await within(newest!).findByRole('alert')).toHaveTextContent(/could not be reached/);
    await expect(note).toHaveValue('Corrected after the export bug');
  },
};

/**
 * The provider's policy decides instead of `canEdit`: here it allows correcting only the newest
 * check-in and deleting none. Refused buttons stay, `aria-disabled`, and say why — as their
 * accessible description, in the tooltip, and in words while they have focus.
 */
export const ReadOnlyByPolicy: Story = {
  decorators: [withStore({ can: (action, target) => action === 'update' && target.kind === 'checkIn' && target.record.id === 'ci-mau-2026-02-13' })],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const articles = await canvas.findAllByRole('article');
    await expect(articles.length).toBeGreaterThan(1);
    const newestEdit = within(articles[0]!).getByRole('button', { name: 'Edit check-in' });
    await expect(newestEdit).not.toHaveAttribute('aria-disabled');
    const newestDelete = within(articles[0]!).getByRole('button', { name: 'Delete check-in' });
    await expect(newestDelete).toHaveAttribute('aria-disabled', 'true');
    await expect(newestDelete).toHaveAccessibleDescription(expect.stringContaining("You can't delete check-ins on this objective's key results"));
    await expect(newestDelete).toHaveAttribute('title', "You can't delete check-ins on this objective's key results");

    const older = articles[1]!;
    const edit = within(older).getByRole('button', { name: 'Edit check-in' });
    await expect(edit).toHaveAttribute('aria-disabled', 'true');
    await expect(edit).toHaveAccessibleDescription(expect.stringContaining("You can't edit check-ins on this objective's key results"));
    await expect(edit).toHaveAttribute('title', "You can't edit check-ins on this objective's key results");
    const reason = within(older).getByText("You can't edit check-ins on this objective's key results");
    // Hidden to the eye until the actions have focus, then shown in words.
    await expect(getComputedStyle(reason).position).toBe('absolute');
    edit.focus();
    await waitFor(() => expect(getComputedStyle(reason).position).not.toBe('absolute'));
    await expect(edit).toHaveFocus();
    // Refused: pressing it opens nothing.
    await userEvent.keyboard('{Enter}');
    await userEvent.click(edit);
    await expect(within(older).queryByRole('textbox')).toBeNull();
    await expect(older).toHaveAttribute('data-state', 'idle');
  },
};

export const Dark: Story = { globals: { colorScheme: 'dark' }, args: { canEdit: true } };

export const RightToLeft: Story = { globals: { direction: 'rtl', locale: 'ar-EG' }, args: { keyResultId: 'kr-story-long' } };
