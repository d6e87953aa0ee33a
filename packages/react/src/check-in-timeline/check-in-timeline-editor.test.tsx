import type { OkrSet } from '@okrkit/core';
import { domainExamplesNow } from '@okrkit/core/examples';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { exampleDirectory } from '../provider/directory.fixtures';
import { OkrProvider } from '../provider/index';
import { CheckInTimeline, type CheckInTimelineProps } from './index';
import { timelineStorySet } from './check-in-timeline.story-data';

// The in-place editor of one check-in (check-in-timeline-editor.tsx), opened through a real
// timeline (defaultEditingId) over a memory store: its field per metric kind, its checks and what
// it sends. Rollback and Retry on a refused save are specified in check-in-timeline.test.tsx.

async function renderEditor(props: CheckInTimelineProps, initial: OkrSet = timelineStorySet) {
  const { store, adapter } = await loadedStore({ initial });
  render(
    <OkrProvider store={store} now={domainExamplesNow} locale="en-US" directory={exampleDirectory}>
      <CheckInTimeline canEdit {...props} />
    </OkrProvider>,
  );
  const form = screen.getByRole('form', { name: 'Edit check-in' });
  return { store, adapter, form: within(form), element: form };
}

const checkIn = (store: Awaited<ReturnType<typeof loadedStore>>['store'], id: string) => store.getSnapshot().okrSet.checkIns.find((candidate) => candidate.id === id);

describe('CheckInTimeline editor', () => {
  it('given a numeric check-in, it starts from its reading, confidence as a percentage and note, the value field focused', async () => {
    const { form } = await renderEditor({ keyResultId: 'kr-mau', defaultEditingId: 'ci-mau-2026-01-30' });
    const value = form.getByRole('textbox', { name: 'Value' });
    expect(value).toHaveValue('1058000');
    expect(value).toHaveFocus();
    expect(form.getByRole('textbox', { name: 'Confidence (%)' })).toHaveValue('70');
    const note = form.getByRole('textbox', { name: 'Note' });
    expect(note).toHaveValue('Referral programme launched.');
    expect(note).toHaveAttribute('dir', 'auto');
    expect(form.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('given a corrected reading, confidence and note, Save sends them as one change and closes, told to onCheckInChange', async () => {
    const user = userEvent.setup();
    const onCheckInChange = vi.fn();
    const { form, store } = await renderEditor({ keyResultId: 'kr-mau', defaultEditingId: 'ci-mau-2026-01-30', onCheckInChange });
    await user.clear(form.getByRole('textbox', { name: 'Value' }));
    await user.type(form.getByRole('textbox', { name: 'Value' }), '1060000');
    await user.clear(form.getByRole('textbox', { name: 'Confidence (%)' }));
    await user.type(form.getByRole('textbox', { name: 'Confidence (%)' }), '55');
    await user.clear(form.getByRole('textbox', { name: 'Note' }));
    await user.type(form.getByRole('textbox', { name: 'Note' }), 'Recounted after the export fix');
    await user.click(form.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(checkIn(store, 'ci-mau-2026-01-30')).toMatchObject({ value: 1_060_000, confidence: 0.55, note: 'Recounted after the export fix' });
    expect(onCheckInChange).toHaveBeenCalledWith({ type: 'updated', checkInId: 'ci-mau-2026-01-30' });
  });

  it('given Escape or Cancel, it closes without sending anything', async () => {
    const user = userEvent.setup();
    const { form, store } = await renderEditor({ keyResultId: 'kr-mau', defaultEditingId: 'ci-mau-2026-01-30' });
    await user.clear(form.getByRole('textbox', { name: 'Value' }));
    await user.type(form.getByRole('textbox', { name: 'Value' }), '9{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    expect(checkIn(store, 'ci-mau-2026-01-30')?.value).toBe(1_058_000);
    await user.click(within(screen.getAllByRole('article')[2]!).getByRole('button', { name: 'Edit check-in' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('given milestones, the field counts the milestones done and refuses more than there are, naming the limit', async () => {
    const user = userEvent.setup();
    const { form, store } = await renderEditor({ keyResultId: 'kr-training-application', defaultEditingId: 'ci-training-application-2026-02-13' });
    const done = form.getByRole('textbox', { name: 'Milestones done' });
    expect(done).toHaveValue('1');
    await user.clear(done);
    await user.type(done, '7{Enter}');
    expect(done).toHaveAttribute('aria-invalid', 'true');
    expect(done).toHaveAccessibleDescription('Enter a whole number from 0 to 4');
    expect(checkIn(store, 'ci-training-application-2026-02-13')?.value).toBe(1);
    // Typing again takes the message away.
    await user.type(done, '{Backspace}');
    expect(done).not.toHaveAttribute('aria-invalid');
  });

  it('given a binary key result, it is a Done checkbox; unticking saves a reading of 0', async () => {
    const user = userEvent.setup();
    const { form, store } = await renderEditor({ keyResultId: 'kr-story-once', defaultEditingId: 'ci-story-once' });
    expect(form.queryByRole('textbox', { name: 'Value' })).toBeNull();
    const box = form.getByRole('checkbox', { name: 'Done' });
    expect(box).toBeChecked();
    await user.click(box);
    await user.click(form.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(checkIn(store, 'ci-story-once')?.value).toBe(0));
  });

  it('given an empty confidence, the check-in keeps no confidence rather than 0', async () => {
    const user = userEvent.setup();
    const { form, store } = await renderEditor({ keyResultId: 'kr-mau', defaultEditingId: 'ci-mau-2026-01-30' });
    await user.clear(form.getByRole('textbox', { name: 'Confidence (%)' }));
    await user.click(form.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(checkIn(store, 'ci-mau-2026-01-30')?.confidence).toBeUndefined();
  });
});
