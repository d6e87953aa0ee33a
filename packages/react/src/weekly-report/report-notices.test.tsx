import { UnavailableError } from '@okrkit/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConflictPanel, RestoreNotice, SaveStatus } from './report-notices';
import type { SaveIndicator } from './use-report-draft';
import { surveyNow, surveySet, typicalWeek, weekWithProblems } from './weekly-report.fixtures';
import { defaultWeeklyReportBuilderLabels as labels } from './weekly-report.labels';

const renderStatus = (indicator: SaveIndicator, onRetry?: () => void) => render(<SaveStatus indicator={indicator} labels={labels} locale="en-US" onRetry={onRetry} />);

describe('SaveStatus', () => {
  it('given a save in flight, it says "Saving…" in a polite status', () => {
    renderStatus({ state: 'saving' });
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
  });

  it('given a save done, it says "Saved" with the time, or just "Saved" when nothing was saved yet', () => {
    const { rerender } = renderStatus({ state: 'saved', at: surveyNow });
    expect(screen.getByRole('status')).toHaveTextContent(/^Saved · \d{1,2}:\d{2}/);
    rerender(<SaveStatus indicator={{ state: 'saved', at: null }} labels={labels} locale="en-US" />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Saved$/);
  });

  it('given a failed save, it says "Not saved" and offers Retry (with the reason as its tooltip)', async () => {
    const onRetry = vi.fn();
    renderStatus({ state: 'failed', error: new UnavailableError('The server cannot be reached') }, onRetry);
    expect(screen.getByRole('status')).toHaveTextContent('Not saved');
    const retry = screen.getByRole('button', { name: 'Retry' });
    expect(retry).toHaveAttribute('title', 'The server cannot be reached');
    await userEvent.click(retry);
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('given a failed save that retrying cannot help (a conflict waits), it offers no Retry', () => {
    renderStatus({ state: 'failed', error: new UnavailableError('conflict') });
    expect(screen.getByRole('status')).toHaveTextContent('Not saved');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });
});

describe('RestoreNotice', () => {
  it('given a backup, it asks whether to restore it, named by the question, and answers with Restore or Discard', async () => {
    const user = userEvent.setup();
    const onRestore = vi.fn();
    const onDiscard = vi.fn();
    render(<RestoreNotice offer={{ report: typicalWeek, writtenAt: surveyNow }} labels={labels} locale="en-US" onRestore={onRestore} onDiscard={onDiscard} />);
    const offer = screen.getByRole('group', { name: /^Restore unsaved changes from Mar 6, \d{1,2}:\d{2}.*\?$/ });
    await user.click(within(offer).getByRole('button', { name: 'Restore' }));
    await user.click(within(offer).getByRole('button', { name: 'Discard' }));
    expect(onRestore).toHaveBeenCalledOnce();
    expect(onDiscard).toHaveBeenCalledOnce();
  });

  it('given a backup with no time, the question leaves the time out', () => {
    render(<RestoreNotice offer={{ report: typicalWeek, writtenAt: null }} labels={labels} locale="en-US" onRestore={() => {}} onDiscard={() => {}} />);
    expect(screen.getByRole('group', { name: 'Restore unsaved changes?' })).toBeInTheDocument();
  });
});

describe('ConflictPanel', () => {
  it('given their version and mine, it shows only the sections that differ, theirs beside mine, then the choice', async () => {
    const user = userEvent.setup();
    const onKeepMine = vi.fn();
    const onTakeTheirs = vi.fn();
    const mine = { ...typicalWeek, problems: [{ text: 'My problem' }] };
    render(
      <ConflictPanel
        conflict={{ mine, theirs: weekWithProblems, theirVersion: 2 }}
        mine={mine}
        okrSet={surveySet}
        labels={labels}
        onKeepMine={onKeepMine}
        onTakeTheirs={onTakeTheirs}
      />,
    );
    const conflict = screen.getByRole('alert', { name: 'Someone else changed this report' });
    expect(within(conflict).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Problems and risks']);
    const theirs = within(conflict).getByRole('heading', { name: 'Theirs' }).parentElement!;
    expect(within(theirs).getByText('Blocker: The panel provider is two weeks late')).toBeInTheDocument();
    const yours = within(conflict).getByRole('heading', { name: 'Yours' }).parentElement!;
    expect(within(yours).getByText('My problem')).toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Keep mine' }));
    await user.click(within(conflict).getByRole('button', { name: 'Take theirs' }));
    expect(onKeepMine).toHaveBeenCalledOnce();
    expect(onTakeTheirs).toHaveBeenCalledOnce();
  });

  it('given a report deleted elsewhere, their side says None', () => {
    render(<ConflictPanel conflict={{ mine: typicalWeek, theirs: null, theirVersion: null }} mine={typicalWeek} okrSet={surveySet} labels={labels} onKeepMine={() => {}} onTakeTheirs={() => {}} />);
    const theirs = screen.getAllByRole('heading', { name: 'Theirs' })[0]!.parentElement!;
    expect(theirs).toHaveTextContent('None');
  });
});
