import { summarizeOkrs, type OkrSet, type OkrSummaryScope } from '@okrkit/core';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import { act, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { exampleDirectory } from '../provider/directory.fixtures';
import { OkrProvider } from '../provider/index';
import { OkrSummary } from './index';

// The summary's parts (okr-summary-parts.tsx) one by one inside a real OkrSummary.Root over a
// memory store of the domain examples, each checked against the core's summarizeOkrs.

async function renderPart(part: ReactNode, scope: OkrSummaryScope, initial: OkrSet = domainExamples) {
  const { store } = await loadedStore({ initial });
  const result = render(
    <OkrProvider store={store} now={domainExamplesNow} locale="en-US" directory={exampleDirectory}>
      <OkrSummary.Root {...scope}>{part}</OkrSummary.Root>
    </OkrProvider>,
  );
  return { ...result, store, expected: summarizeOkrs(store.getSnapshot().okrSet, scope, { now: domainExamplesNow }) };
}

const teams = [...new Set(domainExamples.objectives.map((objective) => objective.teamId).filter((teamId): teamId is string => teamId !== undefined))];

describe('OkrSummary.Status', () => {
  it('counts every status in the method’s order, each row with its shape and word, and a bar segment only for the statuses that occur', async () => {
    const { expected } = await renderPart(<OkrSummary.Status />, { periodId: 'q1-2026' });
    const status = screen.getByRole('region', { name: 'Objectives by status' });
    const rows = within(within(status).getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.dataset.state)).toEqual(['on-track', 'achieved', 'at-risk', 'off-track', 'not-started']);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent?.trim())).toEqual(['On track', 'Achieved', 'At risk', 'Off track', 'Not started']);
    for (const row of rows) {
      expect(row.querySelector('[data-slot="okr-summary-status-icon"]')).not.toBeNull();
      expect(within(row).getByRole('cell')).toHaveTextContent(String(expected.byStatus[row.dataset.state as keyof typeof expected.byStatus]));
    }
    const segments = [...status.querySelectorAll('[data-slot="okr-summary-bar-segment"]')] as HTMLElement[];
    const occurring = (Object.entries(expected.byStatus) as [string, number][]).filter(([, count]) => count > 0);
    expect(segments.map((segment) => segment.dataset.state).sort()).toEqual(occurring.map(([state]) => state).sort());
    for (const segment of segments) expect(segment.style.getPropertyValue('--okr-summary-share')).toBe(String(expected.byStatus[segment.dataset.state as keyof typeof expected.byStatus]));
    expect(within(status).getByText(`${expected.underWay} under way`)).toBeInTheDocument();
  });

  it('given nothing under way, it draws no bar and counts zero everywhere', async () => {
    await renderPart(<OkrSummary.Status />, { teamId: 'nobody' });
    const status = screen.getByRole('region', { name: 'Objectives by status' });
    expect(status.querySelector('[data-slot="okr-summary-bar"]')).toBeNull();
    expect(within(status).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['0', '0', '0', '0', '0']);
    expect(within(status).getByText('0 under way')).toBeInTheDocument();
  });
});

describe('OkrSummary.Confidence', () => {
  it('signs the score the core computes and says whether it is positive, negative or neutral, with what it means', async () => {
    const scores = teams.map((teamId) => [teamId, summarizeOkrs(domainExamples, { teamId }, { now: domainExamplesNow }).netConfidenceScore] as const);
    const positive = scores.find(([, score]) => score > 0);
    const negative = scores.find(([, score]) => score < 0);
    expect(positive).toBeDefined();
    for (const [teamId, expectedState, pattern] of [
      [positive![0], 'positive', /^\+\d+$/],
      ...(negative ? [[negative[0], 'negative', /^[-−]\d+$/] as const] : []),
      ['nobody', 'neutral', /^0$/],
    ] as const) {
      const { unmount, expected } = await renderPart(<OkrSummary.Confidence />, { teamId });
      const section = screen.getByRole('region', { name: 'Net confidence score' });
      const score = section.querySelector('[data-slot="okr-summary-score"]') as HTMLElement;
      expect(score).toHaveAttribute('data-state', expectedState);
      expect(score.textContent).toMatch(pattern);
      expect(Number(score.textContent!.replace('−', '-'))).toBe(Math.round(expected.netConfidenceScore));
      expect(section).toHaveTextContent('share on track minus share off track, from −100 to 100');
      unmount();
    }
  });
});

describe('OkrSummary.Outdated', () => {
  const stale: OkrSet = { ...domainExamples, checkIns: domainExamples.checkIns.filter((checkIn) => checkIn.at < '2026-01-20') };

  it('lists the outdated key results oldest first by title, direction-isolated, each with its last check-in or “never checked in”', async () => {
    const withNew: OkrSet = { ...stale, keyResults: [...stale.keyResults, { id: 'kr-never', objectiveId: 'obj-user-activity', title: 'سجل الإحالات', metric: { kind: 'binary', done: false } }] };
    const { expected } = await renderPart(<OkrSummary.Outdated maxListed={100} />, { periodId: 'q1-2026' }, withNew);
    const section = screen.getByRole('region', { name: `Outdated key results (${expected.outdatedKeyResults.length})` });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(expected.outdatedKeyResults.length);
    const titles = items.map((item) => item.querySelector('bdi')?.textContent);
    const byId = new Map(withNew.keyResults.map((keyResult) => [keyResult.id, keyResult.title]));
    expect(titles).toEqual(expected.outdatedKeyResults.map((entry) => byId.get(entry.keyResultId)));
    const never = items.find((item) => item.querySelector('bdi')?.textContent === 'سجل الإحالات')!;
    expect(never).toHaveTextContent(/· never checked in$/);
    expect(items.filter((item) => /last check-in \w{3} \d+, 2026$/.test(item.textContent ?? '')).length).toBeGreaterThan(0);
  });

  it('keeps maxListed within bounds: 0 lists none but the rest, a fraction is floored, a non-number falls back to 5', async () => {
    const { expected, unmount } = await renderPart(<OkrSummary.Outdated maxListed={0} />, { periodId: 'q1-2026' }, stale);
    const total = expected.outdatedKeyResults.length;
    expect(total).toBeGreaterThan(5);
    expect(within(screen.getByRole('region', { name: /^Outdated key results/ })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([`and ${total} more`]);
    unmount();
    const second = await renderPart(<OkrSummary.Outdated maxListed={2.9} />, { periodId: 'q1-2026' }, stale);
    expect(within(screen.getByRole('region', { name: /^Outdated key results/ })).getAllByRole('listitem')).toHaveLength(3);
    second.unmount();
    await renderPart(<OkrSummary.Outdated maxListed={Number.NaN} />, { periodId: 'q1-2026' }, stale);
    const items = within(screen.getByRole('region', { name: /^Outdated key results/ })).getAllByRole('listitem');
    expect(items).toHaveLength(6);
    expect(items[5]).toHaveTextContent(`and ${total - 5} more`);
  });

  it('given nothing outdated, it says every key result is recent', async () => {
    await renderPart(<OkrSummary.Outdated />, { teamId: 'nobody' });
    expect(screen.getByRole('region', { name: 'Outdated key results (0)' })).toHaveTextContent('Every key result has a recent check-in.');
  });
});

describe('OkrSummary.Grades', () => {
  it('draws nothing until an objective is closed; then counts every band of the strategy by its name', async () => {
    const { store } = await renderPart(<OkrSummary.Grades />, { teamId: 'brightline-growth' });
    expect(screen.queryByRole('region', { name: 'Grades of closed objectives' })).toBeNull();
    const objective = store.getSnapshot().okrSet.objectives.find((candidate) => candidate.teamId === 'brightline-growth')!;
    await act(() => store.setLifecycleState(objective.id, 'closed', { retrospective: 'Met the activity goal.' }));
    const grades = screen.getByRole('region', { name: 'Grades of closed objectives' });
    expect(within(grades).getByText('1 closed')).toBeInTheDocument();
    const table = within(grades).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Grade', 'Count']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Low', 'Medium', 'High']);
    expect(rows.map((row) => Number(within(row).getByRole('cell').textContent)).reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(rows.every((row) => row.dataset.tone !== undefined)).toBe(true);
    // One band drawn in the decorative bar, carrying its tone.
    const segments = grades.querySelectorAll('[data-slot="okr-summary-bar-segment"]');
    expect(segments).toHaveLength(1);
    expect(grades.querySelector('[data-slot="okr-summary-bar"]')).toHaveAttribute('aria-hidden', 'true');
  });
});
