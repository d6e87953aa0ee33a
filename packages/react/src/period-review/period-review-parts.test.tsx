import type { CycleStore } from '@okrkit/core/cycle';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reviewOkrSet, ReviewStory, type ReviewStoryProps } from './period-review.fixtures';
import { PeriodReview, type PeriodReviewRootProps } from './index';

// The parts one by one, each alone inside a real PeriodReview.Root over memory-backed stores
// (period-review.fixtures.tsx). The widget as a whole (loading, errors, controlled filters) is
// specified in period-review.test.tsx.

async function renderPart(part: ReactNode, props: Omit<ReviewStoryProps, 'children'> = {}, root: Partial<PeriodReviewRootProps> = {}) {
  render(
    <ReviewStory locale="en-US" {...props}>
      {(cycleStore: CycleStore) => (
        <PeriodReview.Root cycleStore={cycleStore} periodId="q1-2026" {...root}>
          {part}
        </PeriodReview.Root>
      )}
    </ReviewStory>,
  );
  const region = await screen.findByRole('region', { name: 'Review: Q1 2026' });
  await waitFor(() => expect(region).not.toHaveAttribute('aria-busy'));
  return within(region);
}

const originalClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
afterEach(() => {
  if (originalClipboard) Object.defineProperty(navigator, 'clipboard', originalClipboard);
});

describe('PeriodReview.Filters', () => {
  it('offers All teams first, then the teams with closed objectives by their directory name in alphabetical order, and the three kinds', async () => {
    const view = await renderPart(<PeriodReview.Filters />);
    const filters = view.getByRole('group', { name: 'Show' });
    const options = within(within(filters).getByRole('combobox', { name: 'Team' })).getAllByRole('option').map((option) => option.textContent);
    expect(options[0]).toBe('All teams');
    expect(options.slice(1)).toEqual(options.slice(1).sort((left, right) => left!.localeCompare(right!, 'en-US')));
    expect(options).toContain('Brightline · Growth team');
    expect(options.some((option) => /brightline-growth/.test(option ?? ''))).toBe(false);
    expect(within(filters).getAllByRole('radio').map((radio) => radio.parentElement?.textContent)).toEqual(['Committed and aspirational', 'Committed', 'Aspirational']);
    expect(within(filters).getByRole('radio', { name: 'Committed and aspirational' })).toBeChecked();
  });

  it('given a team choice and a kind choice, it reports each to the root’s handlers with the team as an id', async () => {
    const user = userEvent.setup();
    const onTeamChange = vi.fn();
    const onKindChange = vi.fn();
    const view = await renderPart(<PeriodReview.Filters />, {}, { onTeamChange, onKindChange });
    await user.selectOptions(view.getByRole('combobox', { name: 'Team' }), 'Brightline · Growth team');
    expect(onTeamChange).toHaveBeenCalledWith({ teamId: 'brightline-growth' });
    await user.click(view.getByRole('radio', { name: 'Aspirational' }));
    expect(onKindChange).toHaveBeenCalledWith('aspirational');
    expect(view.getByRole('radio', { name: 'Aspirational' })).toBeChecked();
  });

  it('given a controlled team with no closed objective this period, it still shows that team as chosen, by name', async () => {
    const view = await renderPart(<PeriodReview.Filters />, { seed: { close: ['obj-support'] } }, { team: { teamId: 'brightline-growth' } });
    expect(view.getByRole('combobox', { name: 'Team' })).toHaveDisplayValue('Brightline · Growth team');
  });
});

describe('PeriodReview.Summary', () => {
  it('given a closed period, it shows the counts and every band of the strategy in words, marking the empty ones, and only the results that happened', async () => {
    const view = await renderPart(<PeriodReview.Summary />);
    const summary = view.getByRole('region', { name: 'Summary' });
    expect(summary.querySelector('[data-slot="period-review-notice"]')).toBeNull();
    expect(summary.querySelector('[data-slot="period-review-closed"]')).toHaveTextContent('6');
    const bands = [...summary.querySelectorAll('[data-slot="period-review-bands"] > li')] as HTMLElement[];
    expect(bands.map((band) => band.textContent)).toEqual(['Red: 2', 'Yellow: 2', 'Green: 2']);
    expect(bands.every((band) => band.dataset.tone !== undefined && !band.hasAttribute('data-empty'))).toBe(true);
    const results = [...summary.querySelectorAll('[data-slot="period-review-results"] > li')].map((item) => item.textContent);
    expect(results).toEqual(['Achieved: 2', 'Missed: 2', 'Postponed: 1', 'Carried over: 1']);
  });

  it('given one team whose objectives landed in one band, the other bands say 0 and are marked empty, and unused results are left out', async () => {
    const view = await renderPart(<PeriodReview.Summary />, {}, { team: { teamId: 'brightline-support' } });
    const bands = [...view.getByRole('region', { name: 'Summary' }).querySelectorAll('[data-slot="period-review-bands"] > li')] as HTMLElement[];
    const empty = bands.filter((band) => band.hasAttribute('data-empty')).map((band) => band.textContent);
    expect(empty.every((text) => (text ?? '').endsWith(': 0'))).toBe(true);
    expect(empty.length).toBeGreaterThan(0);
    expect([...view.getByRole('region', { name: 'Summary' }).querySelectorAll('[data-slot="period-review-results"] > li')].map((item) => item.textContent)).toEqual(['Achieved: 1']);
  });

  it('given objectives closed without a close-out, it says how many are not graded', async () => {
    const initial = { ...reviewOkrSet, objectives: reviewOkrSet.objectives.map((objective) => (objective.id === 'obj-referrals' ? { ...objective, state: 'closed' as const } : objective)) };
    const view = await renderPart(<PeriodReview.Summary />, { seed: { initial, close: ['obj-user-activity', 'obj-retention', 'obj-support', 'obj-maths-results', 'obj-mobile-lead'] } });
    expect(view.getByText('Closed without a close-out, so not graded: 1.')).toHaveAttribute('data-state', 'ungraded');
    expect(view.getByRole('region', { name: 'Summary' }).querySelector('[data-slot="period-review-closed"]')).toHaveTextContent('5');
  });

  it('given nothing closed, it shows “none yet” for the grade and no band or result lists', async () => {
    const view = await renderPart(<PeriodReview.Summary />, { seed: { close: [] } });
    const summary = view.getByRole('region', { name: 'Summary' });
    expect(summary.querySelector('[data-slot="period-review-no-grade"]')).toHaveTextContent('none yet');
    expect(summary.querySelector('[data-slot="period-review-bands"]')).toBeNull();
    expect(summary.querySelector('[data-state="nothing-closed"]')).toHaveTextContent('Nothing is closed out yet (6 still open).');
    expect(summary.textContent).not.toMatch(/NaN/);
  });
});

describe('PeriodReview.ByTeam', () => {
  it('names each team from the directory inside a <bdi> row header, never by its id', async () => {
    const view = await renderPart(<PeriodReview.ByTeam />);
    const table = view.getByRole('table', { name: /Closed objectives by team/ });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Team', 'Objectives', 'Mean grade', 'Grade bands', 'Results']);
    const headers = within(table).getAllByRole('rowheader');
    expect(headers.length).toBeGreaterThan(1);
    for (const header of headers) expect(header.firstElementChild?.tagName).toBe('BDI');
    expect(headers.map((header) => header.textContent)).toContain('Brightline · Growth team');
    expect(table.textContent).not.toMatch(/brightline-growth/);
  });

  it('given nothing closed, it draws nothing at all', async () => {
    const view = await renderPart(<PeriodReview.ByTeam />, { seed: { close: [] } });
    expect(view.queryByRole('region', { name: 'By team' })).toBeNull();
  });
});

describe('PeriodReview.ByKind', () => {
  it('given one kind chosen, it shows only that kind’s row and note', async () => {
    const view = await renderPart(<PeriodReview.ByKind />, {}, { kind: 'committed' });
    const table = view.getByRole('table', { name: /by kind/ });
    expect(within(table).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(['Committed']);
    const notes = [...view.getByRole('region', { name: 'Committed and aspirational' }).querySelectorAll('[data-slot="period-review-expectations"] > li')].map((item) => item.textContent);
    expect(notes).toEqual(['Committed objectives are expected to reach 1.0.']);
  });

  it('given nothing closed, each kind row says “none yet” instead of a grade', async () => {
    const view = await renderPart(<PeriodReview.ByKind />, { seed: { close: [] } });
    const rows = within(view.getByRole('table', { name: /by kind/ })).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('none yet');
  });
});

describe('PeriodReview.Lessons', () => {
  it('direction-isolates the title and team of each objective and the written texts, leaving out the empty ones', async () => {
    const view = await renderPart(<PeriodReview.Lessons />);
    const support = within(view.getByRole('listitem', { name: 'Answer every customer quickly and well' }));
    expect(support.getByRole('heading', { level: 3 }).firstElementChild?.tagName).toBe('BDI');
    const outcome = support.getByText(/Achieved · grade/);
    expect(outcome.querySelector('bdi')).toHaveTextContent('Brightline · Customer support');
    expect(support.queryByText('What was missed, and why')).toBeNull();
    expect(support.getByText('What was met')).toBeInTheDocument();
    expect(support.getByText('Write the article when the second ticket on a topic arrives.')).toHaveAttribute('dir', 'auto');
  });

  it('given nothing closed, it says there is nothing to learn from yet', async () => {
    const view = await renderPart(<PeriodReview.Lessons />, { seed: { close: [] } });
    expect(view.getByRole('region', { name: 'Lessons' })).toHaveTextContent('No closed objective here yet.');
    expect(view.queryByRole('listitem')).toBeNull();
  });
});

describe('PeriodReview.Export', () => {
  it('copies CSV through the clipboard and says so in a status', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    const view = await renderPart(<PeriodReview.Export />);
    await user.click(view.getByRole('button', { name: 'Copy CSV' }));
    expect(await view.findByRole('status')).toHaveTextContent('Copied.');
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(String(writeText.mock.calls[0]![0]).split('\r\n')[0]).toBe('objective_id,title,team_id,kind,result,grade,band,met,missed,lessons');
    expect(view.queryByRole('alert')).toBeNull();
  });

  it('given a clipboard that refuses, it shows the failure as an alert and points to Download', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('NotAllowedError')) } });
    const view = await renderPart(<PeriodReview.Export />);
    await user.click(view.getByRole('button', { name: 'Copy Markdown' }));
    expect(await view.findByRole('alert')).toHaveTextContent('Could not copy: use Download instead.');
    expect(view.getByRole('status')).toHaveTextContent('');
    const markdown = view.getByRole('link', { name: 'Download Markdown' });
    expect(markdown).toHaveAttribute('download', 'Q1-2026-review.md');
    expect(decodeURIComponent(markdown.getAttribute('href')!)).toMatch(/^data:text\/markdown;charset=utf-8,# Review:/);
  });
});
