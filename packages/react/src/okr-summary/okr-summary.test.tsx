import { summarizeOkrs, scoringPresets, type OkrSet } from '@okrkit/core';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { exampleDirectory } from '../provider/directory.fixtures';
import { OkrProvider } from '../provider/index';
import { OkrSummary, type OkrSummaryProps } from './index';

async function renderSummary(props: OkrSummaryProps, initial: OkrSet = domainExamples) {
  const { store } = await loadedStore({ initial });
  render(
    <OkrProvider store={store} now={domainExamplesNow} locale="en-US" directory={exampleDirectory}>
      <OkrSummary {...props} />
    </OkrProvider>,
  );
  return { store, expected: summarizeOkrs(store.getSnapshot().okrSet, props, { now: domainExamplesNow }) };
}

const section = (name: RegExp | string) => screen.getByRole('region', { name });
const rowCount = (table: HTMLElement, header: string) => within(within(table).getByRole('rowheader', { name: header }).closest('tr')!).getByRole('cell').textContent;

describe('OkrSummary', () => {
  it('given a team, it is a region named by the team from the directory, with every status counted in a table', async () => {
    const { expected } = await renderSummary({ teamId: 'brightline-growth' });
    const summary = screen.getByRole('region', { name: 'Summary: Brightline · Growth team' });
    const status = within(summary).getByRole('region', { name: 'Objectives by status' });
    expect(within(status).getByText(`${expected.underWay} under way`)).toBeInTheDocument();
    const table = within(status).getByRole('table');
    for (const [status, word] of [['on-track', 'On track'], ['at-risk', 'At risk'], ['off-track', 'Off track'], ['achieved', 'Achieved']] as const) {
      expect(rowCount(table, word)).toBe(String(expected.byStatus[status]));
    }
    // The bar is decoration; the table says it.
    expect(status.querySelector('[data-slot="okr-summary-bar"]')).toHaveAttribute('aria-hidden', 'true');
  });

  it('shows the net confidence score signed, as the core computes it', async () => {
    const { expected } = await renderSummary({ teamId: 'brightline' });
    const score = within(section('Net confidence score')).getByText(/^[+−-]?\d+$/);
    expect(score.textContent?.replace('−', '-').replace('+', '')).toBe(String(Math.round(expected.netConfidenceScore)));
  });

  it('lists the outdated KRs by title with their last check-in, shortened after maxOutdatedListed', async () => {
    const initial: OkrSet = { ...domainExamples, checkIns: domainExamples.checkIns.filter((checkIn) => checkIn.at < '2026-01-20') };
    const { expected } = await renderSummary({ periodId: 'q1-2026', maxOutdatedListed: 2 }, initial);
    expect(expected.outdatedKeyResults.length).toBeGreaterThan(2);
    const outdated = section(`Outdated key results (${expected.outdatedKeyResults.length})`);
    const items = within(outdated).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[2]).toHaveTextContent(`and ${expected.outdatedKeyResults.length - 2} more`);
    expect(items[0]!.textContent).toMatch(/· (last check-in \w{3} \d+, 2026|never checked in)$/);
  });

  it('given nothing outdated and nothing closed, it says every KR is recent and shows no grade distribution', async () => {
    await renderSummary({ teamId: 'nobody', scopeName: 'Nobody' });
    expect(screen.getByRole('region', { name: 'Summary: Nobody' })).toBeInTheDocument();
    expect(within(section('Outdated key results (0)')).getByText('Every key result has a recent check-in.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Grades of closed objectives' })).toBeNull();
    expect(within(section('Net confidence score')).getByText('0')).toBeInTheDocument();
  });

  it('given an objective is closed, the grade distribution appears with a count per band, and follows the store', async () => {
    const { store } = await renderSummary({ teamId: 'brightline-growth' });
    expect(screen.queryByRole('region', { name: 'Grades of closed objectives' })).toBeNull();
    const objective = store.getSnapshot().okrSet.objectives.find((candidate) => candidate.teamId === 'brightline-growth')!;
    await act(() => store.setLifecycleState(objective.id, 'closed', { retrospective: 'Met the activity goal, missed the channel test.' }));
    const grades = section('Grades of closed objectives');
    expect(within(grades).getByText('1 closed')).toBeInTheDocument();
    const table = within(grades).getByRole('table');
    const counts = scoringPresets.percent.bands.map((band) => Number(rowCount(table, band.label)));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1);
  });

  it('given a part outside its root, it throws an error naming the fix', () => {
    expect(() => render(<OkrSummary.Status />)).toThrow('okrkit: <OkrSummary.Status> must be rendered inside <OkrSummary.Root>.');
  });
});
