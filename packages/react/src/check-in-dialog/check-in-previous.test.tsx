import { domainExamplesNow } from '@okrkit/core/examples';
import { act, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { exampleDirectory } from '../provider/directory.fixtures';
import { OkrProvider } from '../provider/index';
import { CheckInDialog } from './index';

async function renderDialog(children: (store: Awaited<ReturnType<typeof loadedStore>>['store']) => ReactNode) {
  const { store } = await loadedStore();
  render(
    <OkrProvider store={store} now={domainExamplesNow} locale="en-US" directory={exampleDirectory}>
      {children(store)}
    </OkrProvider>,
  );
  return store;
}

describe('CheckInDialog: the previous check-in', () => {
  it('given a KR with check-ins, the dialog shows the latest one — value, confidence, date, author by name and note — above the form', async () => {
    await renderDialog(() => <CheckInDialog keyResultId="kr-mau" defaultOpen />);
    const previous = within(screen.getByRole('dialog')).getByRole('region', { name: 'Previous check-in' });
    expect(within(previous).getByText('1,100,000')).toBeInTheDocument();
    expect(within(previous).getByText('75%')).toBeInTheDocument();
    expect(within(previous).getByText('Feb 13, 2026')).toHaveAttribute('datetime', '2026-02-13T16:00:00Z');
    expect(within(previous).getByText('Jonas Weber, Head of Product')).toBeInTheDocument();
    expect(within(previous).getByText('Half way to 1.2 M.')).toHaveAttribute('dir', 'auto');
    // It comes before the field the next reading is typed into.
    const field = screen.getByRole('spinbutton', { name: 'New value' });
    expect(previous.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('given a milestones KR, the previous reading is written as milestones done', async () => {
    await renderDialog(() => <CheckInDialog keyResultId="kr-training-application" defaultOpen />);
    expect(within(screen.getByRole('region', { name: 'Previous check-in' })).getByText(/ of \d+ milestones$/)).toBeInTheDocument();
  });

  it('given a KR never checked in, it says this will be the first; with showPrevious={false} there is no panel', async () => {
    const store = await renderDialog(() => null);
    await act(() => store.createKeyResult({ id: 'kr-new', objectiveId: 'obj-user-activity', title: 'Brand new', metric: { kind: 'binary', done: false } }));
    const { unmount } = render(
      <OkrProvider store={store} now={domainExamplesNow} locale="en-US">
        <CheckInDialog keyResultId="kr-new" defaultOpen />
      </OkrProvider>,
    );
    expect(within(screen.getByRole('region', { name: 'Previous check-in' })).getByText('This will be the first check-in.')).toBeInTheDocument();
    unmount();
    render(
      <OkrProvider store={store} now={domainExamplesNow} locale="en-US">
        <CheckInDialog keyResultId="kr-mau" defaultOpen showPrevious={false} />
      </OkrProvider>,
    );
    expect(screen.queryByRole('region', { name: 'Previous check-in' })).toBeNull();
  });
});
