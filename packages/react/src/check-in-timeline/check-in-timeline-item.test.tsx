import type { OkrPolicy } from '@okrkit/core';
import { domainExamplesNow } from '@okrkit/core/examples';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { exampleDirectory } from '../provider/directory.fixtures';
import { OkrProvider } from '../provider/index';
import { CheckInTimeline, type CheckInTimelineProps } from './index';
import { timelineStorySet } from './check-in-timeline.story-data';

// CheckInTimeline.Item through a real CheckInTimeline.Root (children as a function of the
// entries, as a host composes it) over the timeline's story data: what one entry draws, its
// actions under the provider's `can`, the delete confirmation and where focus goes.

async function renderItems(props: CheckInTimelineProps, can?: OkrPolicy) {
  const { store } = await loadedStore({ initial: timelineStorySet });
  render(
    <OkrProvider store={store} now={domainExamplesNow} locale="en-US" directory={exampleDirectory} can={can}>
      <CheckInTimeline.Root {...props}>
        {(entries) => entries.map((entry, index) => <CheckInTimeline.Item key={entry.checkIn.id} entry={entry} index={index} data-host="item" />)}
      </CheckInTimeline.Root>
    </OkrProvider>,
  );
  return { store, items: () => screen.getAllByRole('article') };
}

describe('CheckInTimeline.Item', () => {
  it('draws one check-in: named by its date, placed in the feed, the change isolated, the confidence, the author by name and the note, with the host’s props', async () => {
    const { items } = await renderItems({ keyResultId: 'kr-story-long' });
    const [newest, older] = items();
    expect(newest).toHaveAccessibleName('Feb 13, 2026');
    expect(newest).toHaveAttribute('aria-posinset', '1');
    expect(newest).toHaveAttribute('aria-setsize', '2');
    expect(newest).toHaveAttribute('data-host', 'item');
    expect(newest).toHaveAttribute('data-state', 'idle');
    expect(newest).toHaveAttribute('tabindex', '0');
    const change = newest!.querySelector('[data-slot="check-in-timeline-change"] > bdi');
    expect(change).toHaveTextContent('860 → 905');
    expect(newest!.querySelector('time')).toHaveAttribute('dateTime', '2026-02-13T16:00:00Z');
    expect(within(newest!).getByText('Confidence 55%')).toBeInTheDocument();
    // A mixed-direction note takes its own direction.
    const note = newest!.querySelector('[data-slot="check-in-timeline-note"]')!;
    expect(note).toHaveAttribute('dir', 'auto');
    expect(note).toHaveTextContent(/مراجعة الأرقام/);
    // An author the directory does not know is shown by id, marked unknown, direction-isolated.
    const unknown = newest!.querySelector('[data-slot="person-name"]')!;
    expect(unknown).toHaveTextContent('someone-not-in-the-directory');
    expect(unknown).toHaveAttribute('data-known', 'false');
    expect(unknown).toHaveAttribute('dir', 'auto');
    expect(within(older!).getByText('Jonas Weber, Head of Product')).toHaveAttribute('data-known', 'true');
    // The first reading has nothing before it: just the value.
    expect(older!.querySelector('[data-slot="check-in-timeline-change"]')).toHaveTextContent(/^860$/);
  });

  it('given an objective’s timeline, each entry is named by its key result and date', async () => {
    const { items } = await renderItems({ objectiveId: 'obj-user-activity' });
    const named = items().map((item) => item.getAttribute('aria-label'));
    expect(named).toContain('Launch the referral page, Feb 10, 2026');
    const entry = items().find((item) => item.getAttribute('aria-label') === 'Launch the referral page, Feb 10, 2026')!;
    expect(entry.querySelector('[data-slot="check-in-timeline-key-result"]')).toHaveTextContent('Launch the referral page');
  });

  it('given no way to edit, it has no actions', async () => {
    const { items } = await renderItems({ keyResultId: 'kr-story-long' });
    expect(within(items()[0]!).queryByRole('button')).toBeNull();
  });

  it('given a policy refusing edits and deletes, both buttons stay, aria-disabled, each described by the entry and its own reason', async () => {
    const { items } = await renderItems({ keyResultId: 'kr-story-long' }, (action) => action === 'read');
    const entry = items()[0]!;
    const edit = within(entry).getByRole('button', { name: 'Edit check-in' });
    const remove = within(entry).getByRole('button', { name: 'Delete check-in' });
    expect(edit).toHaveAttribute('aria-disabled', 'true');
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    expect(edit).toHaveAccessibleDescription(/^Feb 13, 2026 You can't edit check-ins on this objective's key results$/);
    const reasons = entry.querySelectorAll('[data-slot="check-in-timeline-not-allowed"]');
    expect([...reasons].map((reason) => reason.getAttribute('data-action'))).toEqual(['edit', 'delete']);
    expect(remove).toHaveAccessibleDescription(/You can't delete check-ins/);
  });

  it('given Delete, it asks in a named group with focus on the confirm button; Escape keeps the entry and returns focus to Delete', async () => {
    const user = userEvent.setup();
    const { items } = await renderItems({ keyResultId: 'kr-story-long', canEdit: true });
    const entry = items()[0]!;
    await user.click(within(entry).getByRole('button', { name: 'Delete check-in' }));
    expect(entry).toHaveAttribute('data-state', 'confirming-delete');
    const confirm = within(entry).getByRole('group', { name: 'Delete this check-in? The key result’s value is recomputed from the check-ins that remain.' });
    expect(within(confirm).getByRole('button', { name: 'Delete check-in' })).toHaveFocus();
    // While asking, the Edit and Delete actions are out of the way.
    expect(within(entry).queryByRole('button', { name: 'Edit check-in' })).toBeNull();
    await user.keyboard('{Escape}');
    expect(entry).toHaveAttribute('data-state', 'idle');
    await waitFor(() => expect(within(entry).getByRole('button', { name: 'Delete check-in' })).toHaveFocus());
    expect(items()).toHaveLength(2);
  });

  it('given Edit, the entry is editing with the editor in place of the note, and Cancel brings focus back to Edit', async () => {
    const user = userEvent.setup();
    const { items } = await renderItems({ keyResultId: 'kr-story-long', canEdit: true });
    const entry = items()[1]!;
    await user.click(within(entry).getByRole('button', { name: 'Edit check-in' }));
    expect(entry).toHaveAttribute('data-state', 'editing');
    expect(entry.querySelector('[data-slot="check-in-timeline-note"]')).toBeNull();
    expect(within(entry).getByRole('form', { name: 'Edit check-in' })).toBeInTheDocument();
    await user.click(within(entry).getByRole('button', { name: 'Cancel' }));
    expect(entry).toHaveAttribute('data-state', 'idle');
    await waitFor(() => expect(within(entry).getByRole('button', { name: 'Edit check-in' })).toHaveFocus());
  });
});
