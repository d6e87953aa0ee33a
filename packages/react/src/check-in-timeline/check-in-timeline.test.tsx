import type { CheckIn, OkrPolicy, OkrStore } from '@okrkit/core';
import { domainExamplesNow } from '@okrkit/core/examples';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { loadedStore, type AdapterMode } from '../objective-card/objective-card.test-utils';
import { exampleDirectory } from '../provider/directory.fixtures';
import { OkrProvider } from '../provider/index';
import { CheckInTimeline, type CheckInTimelineProps } from './index';

async function renderTimeline(props: CheckInTimelineProps, options: { mode?: AdapterMode; around?: (children: ReactNode) => ReactNode; can?: OkrPolicy } = {}) {
  const { store, adapter } = await loadedStore({ mode: options.mode });
  const ui = (extra: Partial<CheckInTimelineProps> = {}) => (
    <OkrProvider store={store} now={domainExamplesNow} locale="en-US" directory={exampleDirectory} can={options.can}>
      <CheckInTimeline {...props} {...extra} />
    </OkrProvider>
  );
  const result = render(ui());
  return { ...result, store, adapter, rerenderWith: (extra: Partial<CheckInTimelineProps>) => result.rerender(ui(extra)) };
}

const feed = () => screen.getByRole('feed', { name: 'Check-ins' });
const entries = () => within(feed()).getAllByRole('article');
const currentOf = (store: OkrStore, keyResultId: string) => {
  const metric = store.getSnapshot().okrSet.keyResults.find((keyResult) => keyResult.id === keyResultId)?.metric;
  return metric && 'current' in metric ? metric.current : undefined;
};

describe('CheckInTimeline: reading', () => {
  it('given a KR with six check-ins, it lists them newest first with the change, confidence, author by name, note and date', async () => {
    await renderTimeline({ keyResultId: 'kr-mau' });
    const list = entries();
    expect(list).toHaveLength(6);
    const newest = list[0]!;
    expect(newest).toHaveAccessibleName('Feb 13, 2026');
    expect(newest).toHaveAttribute('aria-posinset', '1');
    expect(newest).toHaveAttribute('aria-setsize', '6');
    expect(within(newest).getByText('1,081,000 → 1,100,000')).toBeInTheDocument();
    expect(within(newest).getByText('Confidence 75%')).toBeInTheDocument();
    expect(within(newest).getByText('Jonas Weber, Head of Product')).toBeInTheDocument();
    expect(within(newest).getByText('Half way to 1.2 M.')).toHaveAttribute('dir', 'auto');
    expect(newest.textContent).not.toContain('jonas-weber');
    // The first reading has nothing before it.
    expect(within(list[5]!).getByText('1,012,000')).toBeInTheDocument();
  });

  it('given an objective, it interleaves its KRs’ check-ins by date, each named by its KR', async () => {
    await renderTimeline({ objectiveId: 'obj-user-activity' });
    expect(entries().length).toBeGreaterThan(6);
    expect(entries().map((entry) => entry.getAttribute('aria-label'))).toContain('Monthly active users +20 %, Feb 13, 2026');
    const dates = entries().map((entry) => entry.querySelector('time')?.getAttribute('datetime') ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('given a KR without check-ins, it says so in a named group (not an empty feed)', async () => {
    const { store } = await loadedStore();
    await act(() => store.createKeyResult({ id: 'kr-new', objectiveId: 'obj-user-activity', title: 'New', metric: { kind: 'binary', done: false } }));
    render(
      <OkrProvider store={store} now={domainExamplesNow} locale="en-US">
        <CheckInTimeline keyResultId="kr-new" canEdit />
      </OkrProvider>,
    );
    expect(screen.getByRole('group', { name: 'Check-ins' })).toHaveTextContent('No check-ins yet');
    expect(screen.queryByRole('feed')).toBeNull();
  });

  it('given no canEdit, or a read-only store, it offers no Edit or Delete', async () => {
    const { unmount } = await renderTimeline({ keyResultId: 'kr-mau' });
    expect(screen.queryByRole('button', { name: /Edit check-in/ })).toBeNull();
    unmount();
    await renderTimeline({ keyResultId: 'kr-mau', canEdit: true }, { mode: 'read-only' });
    expect(screen.queryByRole('button', { name: /Edit check-in|Delete check-in/ })).toBeNull();
  });

  it('given canEdit as a function, only the entries it allows get the buttons', async () => {
    await renderTimeline({ keyResultId: 'kr-mau', canEdit: (entry) => entry.checkIn.note !== undefined });
    expect(screen.getAllByRole('button', { name: 'Edit check-in' })).toHaveLength(2);
  });

  it('given the provider\'s can, it decides per check-in with the objective found from the store — refused buttons stay, aria-disabled with the reason; canEdit (deprecated) still overrides it', async () => {
    const asked: string[] = [];
    const can: OkrPolicy = (action, target) => {
      asked.push(`${action}:${target.kind}:${target.objective?.id ?? 'none'}`);
      return action === 'update' && target.kind === 'checkIn' && target.objective?.id === 'obj-user-activity' && (target.record as CheckIn).note !== undefined;
    };
    const { unmount } = await renderTimeline({ keyResultId: 'kr-mau' }, { can });
    const edits = screen.getAllByRole('button', { name: 'Edit check-in' });
    expect(edits.filter((button) => !button.hasAttribute('aria-disabled'))).toHaveLength(2);
    expect(asked).toContain('update:checkIn:obj-user-activity');
    expect(asked).toContain('delete:checkIn:obj-user-activity');
    for (const button of screen.getAllByRole('button', { name: 'Delete check-in' })) {
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleDescription(expect.stringContaining("You can't delete check-ins on this objective's key results"));
    }
    unmount();
    await renderTimeline({ keyResultId: 'kr-mau', canEdit: false }, { can: () => true });
    expect(screen.queryByRole('button', { name: /Edit check-in|Delete check-in/ })).toBeNull();
  });

  it('given a policy that refuses, Edit and Delete are aria-disabled, say why, and open nothing', async () => {
    await renderTimeline({ keyResultId: 'kr-mau' }, { can: () => false });
    const [edit] = screen.getAllByRole('button', { name: 'Edit check-in' });
    const [remove] = screen.getAllByRole('button', { name: 'Delete check-in' });
    expect(edit).toHaveAttribute('aria-disabled', 'true');
    expect(edit).toHaveAttribute('title', "You can't edit check-ins on this objective's key results");
    expect(edit).toHaveAccessibleDescription(expect.stringContaining("You can't edit check-ins on this objective's key results"));
    expect(remove).toHaveAccessibleDescription(expect.stringContaining("You can't delete check-ins on this objective's key results"));
    await userEvent.click(edit!);
    await userEvent.click(remove!);
    expect(document.querySelector('[data-slot="check-in-timeline-confirm"]')).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    for (const article of screen.getAllByRole('article')) expect(article).toHaveAttribute('data-state', 'idle');
  });

  it('given a pageSize, it draws that many, counts them all in aria-setsize, and "Show older" adds the next page with focus on its first entry', async () => {
    const user = userEvent.setup();
    await renderTimeline({ keyResultId: 'kr-mau', pageSize: 4 });
    expect(entries()).toHaveLength(4);
    expect(entries()[0]).toHaveAttribute('aria-setsize', '6');
    await user.click(screen.getByRole('button', { name: 'Show 2 older check-ins' }));
    expect(entries()).toHaveLength(6);
    expect(document.activeElement).toBe(entries()[4]);
    expect(screen.queryByRole('button', { name: /older check-ins/ })).toBeNull();
  });

  it('given a pageSize out of range or not a number, it keeps to 1…1,000 (25 when absent)', async () => {
    const { unmount } = await renderTimeline({ keyResultId: 'kr-mau', pageSize: 0 });
    expect(entries()).toHaveLength(1);
    unmount();
    await renderTimeline({ keyResultId: 'kr-mau', pageSize: Number.NaN });
    expect(entries()).toHaveLength(6);
  });

  it('when Page Down / Page Up / End / Home are pressed on an entry, focus moves through the feed', async () => {
    await renderTimeline({ keyResultId: 'kr-mau' });
    const list = entries();
    act(() => list[0]!.focus());
    fireEvent.keyDown(list[0]!, { key: 'PageDown' });
    expect(document.activeElement).toBe(list[1]);
    fireEvent.keyDown(list[1]!, { key: 'End' });
    expect(document.activeElement).toBe(list[5]);
    fireEvent.keyDown(list[5]!, { key: 'PageUp' });
    expect(document.activeElement).toBe(list[4]);
    fireEvent.keyDown(list[4]!, { key: 'Home' });
    expect(document.activeElement).toBe(list[0]);
  });
});

describe('CheckInTimeline: correcting and deleting', () => {
  it('given the latest check-in is corrected, the store takes it and the KR’s current value follows; focus returns to Edit', async () => {
    const user = userEvent.setup();
    const { store } = await renderTimeline({ keyResultId: 'kr-mau', canEdit: true });
    const newest = entries()[0]!;
    await user.click(within(newest).getByRole('button', { name: 'Edit check-in' }));
    const value = within(newest).getByRole('textbox', { name: 'Value' });
    expect(value).toHaveValue('1100000');
    expect(within(newest).getByRole('textbox', { name: 'Confidence (%)' })).toHaveValue('75');
    await user.clear(value);
    await user.type(value, '1105000{Enter}');
    await waitFor(() => expect(currentOf(store, 'kr-mau')).toBe(1_105_000));
    expect(within(entries()[0]!).getByText('1,081,000 → 1,105,000')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Check-in updated');
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('Edit check-in'));
  });

  it('given a value that is not a number or a confidence over 100, it says so at the field and sends nothing', async () => {
    const user = userEvent.setup();
    const { adapter } = await renderTimeline({ keyResultId: 'kr-mau', canEdit: true });
    const before = (await adapter.load()).records.length;
    const newest = entries()[0]!;
    await user.click(within(newest).getByRole('button', { name: 'Edit check-in' }));
    const value = within(newest).getByRole('textbox', { name: 'Value' });
    await user.clear(value);
    await user.type(value, 'lots');
    const confidence = within(newest).getByRole('textbox', { name: 'Confidence (%)' });
    await user.clear(confidence);
    await user.type(confidence, '140{Enter}');
    expect(value).toHaveAccessibleDescription('Enter a number');
    expect(confidence).toHaveAccessibleDescription('Confidence must be between 0 and 100 %');
    expect(document.activeElement).toBe(value);
    expect((await adapter.load()).records.length).toBe(before);
  });

  it('given storage is unreachable, a correction is rolled back, the typed text stays with the reason, and Save becomes Retry', async () => {
    const user = userEvent.setup();
    const { store } = await renderTimeline({ keyResultId: 'kr-mau', canEdit: true }, { mode: 'offline' });
    const newest = entries()[0]!;
    await user.click(within(newest).getByRole('button', { name: 'Edit check-in' }));
    const note = within(newest).getByRole('textbox', { name: 'Note' });
    await user.clear(note);
    await user.type(note, 'Corrected after the export bug');
    await user.click(within(newest).getByRole('button', { name: 'Save' }));
    expect(await within(newest).findByRole('alert')).toHaveTextContent(/^Not saved\. Storage could not be reached/);
    expect(note).toHaveValue('Corrected after the export bug');
    expect(currentOf(store, 'kr-mau')).toBe(1_100_000);
    expect(within(newest).getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('given Delete, it asks first; Keep (or Esc) leaves the entry; confirming deletes it and the KR falls back to the previous reading', async () => {
    const user = userEvent.setup();
    const { store } = await renderTimeline({ keyResultId: 'kr-mau', canEdit: true });
    let newest = entries()[0]!;
    await user.click(within(newest).getByRole('button', { name: 'Delete check-in' }));
    const confirm = within(newest).getByRole('group', { name: /^Delete this check-in\?/ });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Delete check-in' }));
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(entries()).toHaveLength(6);
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('Delete check-in'));
    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');
    expect(within(entries()[0]!).queryByRole('group')).toBeNull();

    newest = entries()[0]!;
    await user.click(within(newest).getByRole('button', { name: 'Delete check-in' }));
    await user.click(within(within(newest).getByRole('group')).getByRole('button', { name: 'Delete check-in' }));
    await waitFor(() => expect(entries()).toHaveLength(5));
    expect(currentOf(store, 'kr-mau')).toBe(1_081_000);
    expect(screen.getByRole('status')).toHaveTextContent('Check-in deleted');
  });

  it('given storage refuses a delete, the entry comes back with the reason and the KR keeps its value', async () => {
    const user = userEvent.setup();
    const { store } = await renderTimeline({ keyResultId: 'kr-mau', canEdit: true }, { mode: 'offline' });
    const newest = entries()[0]!;
    await user.click(within(newest).getByRole('button', { name: 'Delete check-in' }));
    await user.click(within(within(newest).getByRole('group')).getByRole('button', { name: 'Delete check-in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Storage could not be reached/);
    expect(entries()).toHaveLength(6);
    expect(currentOf(store, 'kr-mau')).toBe(1_100_000);
    expect(alert.closest('article')).toHaveAttribute('data-state', 'failed');
  });

  it('given editingId controlled, the host opens and closes the editor and hears every request', async () => {
    const requests: (string | null)[] = [];
    const { rerenderWith } = await renderTimeline({ keyResultId: 'kr-mau', canEdit: true, editingId: 'ci-mau-2026-01-30', onEditingIdChange: (id) => requests.push(id) });
    const editing = entries().find((entry) => entry.getAttribute('data-state') === 'editing');
    expect(editing).toHaveAccessibleName('Jan 30, 2026');
    fireEvent.click(within(editing!).getByRole('button', { name: 'Cancel' }));
    expect(requests).toEqual([null]);
    expect(entries().find((entry) => entry.getAttribute('data-state') === 'editing')).toBeDefined();
    rerenderWith({ editingId: null });
    expect(entries().every((entry) => entry.getAttribute('data-state') === 'idle')).toBe(true);
  });
});

describe('CheckInTimeline parts', () => {
  it('given a part outside its root, it throws an error naming the fix', () => {
    expect(() => render(<CheckInTimeline.Empty />)).toThrow('okrkit: <CheckInTimeline.Empty> must be rendered inside <CheckInTimeline.Root>.');
  });

});
