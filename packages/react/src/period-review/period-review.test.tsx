import type { CycleStore } from '@okrkit/core/cycle';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { scoringPresets } from '@okrkit/core';
import { de } from '../locales/de';
import { ReviewStory, type ReviewStoryProps } from './period-review.fixtures';
import { PeriodReview, type PeriodReviewProps, type PeriodReviewTeam } from './index';

async function renderReview(props: Omit<ReviewStoryProps, 'children'> = {}, review: Partial<PeriodReviewProps> = {}, name = 'Review: Q1 2026') {
  render(
    <ReviewStory locale="en-US" {...props}>
      {(cycleStore: CycleStore) => <PeriodReview cycleStore={cycleStore} periodId="q1-2026" {...review} />}
    </ReviewStory>,
  );
  const region = await screen.findByRole('region', { name });
  await waitFor(() => expect(region).not.toHaveAttribute('aria-busy'));
  return within(region);
}

/** A figure of the summary, by its term (`<dt>`). */
const figure = (view: ReturnType<typeof within>, term: string) => view.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('PeriodReview', () => {
  it('given a provider on percent and a cycle store that graded on Google\'s 0.0–1.0, it reads the close-outs on the store\'s scale; a scoring prop still overrides it', async () => {
    const view = await renderReview({ providerScoring: scoringPresets.percent });
    expect(figure(view, 'Mean grade')).toBe('0.5 (Yellow)');
    expect(view.getByText('Committed objectives are expected to reach 1.0.')).toBeInTheDocument();
    cleanup();
    const overridden = await renderReview({ providerScoring: scoringPresets.google }, { scoring: scoringPresets.percent });
    expect(figure(overridden, 'Mean grade')).not.toBe('0.5 (Yellow)');
    expect(figure(overridden, 'Mean grade')).toMatch(/%/);
  });

  it('given a closed period, it shows the figures, the distribution by team with the directory’s names and band names in words, committed vs aspirational with the method’s note, and no person anywhere', async () => {
    const view = await renderReview();
    expect(figure(view, 'Objectives closed')).toBe('6');
    expect(figure(view, 'Still open')).toBe('0');
    expect(figure(view, 'Mean grade')).toBe('0.5 (Yellow)');
    const byTeam = within(view.getByRole('table', { name: /Closed objectives by team/ }));
    const growth = byTeam.getByRole('row', { name: /Brightline · Growth team/ });
    expect(within(growth).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2', '0.3 (Red)', 'Red: 1Yellow: 1Green: 0', 'Missed: 1Carried over: 1']);
    const byKind = within(view.getByRole('table', { name: /Closed objectives by kind/ }));
    expect(within(byKind.getByRole('row', { name: /^Aspirational/ })).getAllByRole('cell')[1]).toHaveTextContent('0.6 (Yellow)');
    expect(view.getByText('Aspirational objectives are expected to land around 0.6–0.7: lower than a committed grade, and still a success.')).toBeInTheDocument();
    expect(view.getByText('Committed objectives are expected to reach 1.0.')).toBeInTheDocument();
    // Objectives are graded, never people (DOMAIN.md §6): no owner's name is shown.
    for (const person of ['Priya Nair', 'Jonas Weber', 'Lena Kovač', 'priya-nair']) expect(view.queryByText(new RegExp(person))).toBeNull();
  });

  it('given the retrospectives, each closed objective lists its result, grade and band and only the texts written, direction-isolated', async () => {
    const view = await renderReview();
    const lessons = within(view.getByRole('region', { name: 'Lessons' }));
    const retention = within(lessons.getByRole('listitem', { name: 'Keep the users we win' }));
    expect(retention.getByText(/Carried over · grade 0.3 · Red/)).toBeInTheDocument();
    expect(retention.getByText('Finish one onboarding step before starting the next.')).toHaveAttribute('dir', 'auto');
    const maths = within(lessons.getByRole('listitem', { name: 'Our students get measurably better at maths' }));
    expect(maths.getByText(/Postponed/)).toBeInTheDocument();
    expect(maths.queryByText('What was met')).toBeNull();
    expect(maths.getByText('The spring tests moved to May.')).toBeInTheDocument();
  });

  it('given uncontrolled filters, choosing a team and then a kind narrows every part to that scope', async () => {
    const user = userEvent.setup();
    const view = await renderReview();
    await user.selectOptions(view.getByRole('combobox', { name: 'Team' }), 'Brightline · Growth team');
    expect(figure(view, 'Objectives closed')).toBe('2');
    // (0.3 + 0.4) / 2 = 0.35: Google's format shows one decimal, and 0.35 is in the red band (below 0.4).
    expect(figure(view, 'Mean grade')).toBe('0.3 (Red)');
    expect(within(view.getByRole('table', { name: /by team/ })).getAllByRole('row')).toHaveLength(2);
    await user.click(view.getByRole('radio', { name: 'Aspirational' }));
    expect(figure(view, 'Objectives closed')).toBe('1');
    expect(within(view.getByRole('region', { name: 'Lessons' })).getAllByRole('listitem').map((item) => item.querySelector('h3')?.textContent)).toEqual(['Turn customers into our strongest sales channel']);
    expect(within(view.getByRole('table', { name: /by kind/ })).queryByRole('row', { name: /^Committed/ })).toBeNull();
    expect(view.queryByText(/Committed objectives are expected/)).toBeNull();
  });

  it('given a controlled team, a choice is reported and shown only once the host passes it back', async () => {
    const changes: PeriodReviewTeam[] = [];
    function Host({ cycleStore }: { cycleStore: CycleStore }) {
      const [team, setTeam] = useState<PeriodReviewTeam>({ teamId: 'brightline-product' });
      return <PeriodReview cycleStore={cycleStore} periodId="q1-2026" team={team} onTeamChange={(next) => { changes.push(next); if (changes.length > 1) setTeam(next); }} />;
    }
    render(<ReviewStory locale="en-US">{(cycleStore) => <Host cycleStore={cycleStore} />}</ReviewStory>);
    const view = within(await screen.findByRole('region', { name: 'Review: Q1 2026' }));
    const select = await view.findByRole('combobox', { name: 'Team' });
    expect(select).toHaveDisplayValue('Brightline · Product');
    fireEvent.change(select, { target: { value: 'team:brightline-support' } });
    expect(changes).toEqual([{ teamId: 'brightline-support' }]);
    expect(select).toHaveDisplayValue('Brightline · Product');
    expect(figure(view, 'Objectives closed')).toBe('2');
    fireEvent.change(select, { target: { value: 'all' } });
    expect(changes[1]).toBe('all');
    expect(figure(view, 'Objectives closed')).toBe('6');
  });

  it('given a period still being closed, it says how many are open and reviews what is closed', async () => {
    const view = await renderReview({ seed: { close: ['obj-support', 'obj-mobile-lead'] } });
    expect(view.getByText('Not closed yet: 4 still open. The review shows the 2 closed so far.')).toBeInTheDocument();
    expect(figure(view, 'Objectives closed')).toBe('2');
    expect(figure(view, 'Still open')).toBe('4');
    expect(within(view.getByRole('region', { name: 'Lessons' })).getAllByRole('listitem')).toHaveLength(2);
  });

  it('given nothing closed, it says so with the open count, shows no grade (never 0 or NaN) and no team table', async () => {
    const view = await renderReview({ seed: { close: [] } });
    expect(view.getByText(/Nothing is closed out yet \(6 still open\)/)).toBeInTheDocument();
    expect(figure(view, 'Mean grade')).toBe('none yet');
    expect(view.queryByRole('table', { name: /by team/ })).toBeNull();
    expect(view.getByText('No closed objective here yet.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('given the close-outs fail to load, it shows a plain message and Retry, hands the detail to onError once, and Retry loads the review', async () => {
    const onError = vi.fn();
    const view = await renderReview({ seed: { cycleLoad: 'fail-once' }, onError });
    expect(view.getByRole('alert')).toHaveTextContent('The review could not be loaded. Check the connection and try again.');
    expect(view.queryByText(/503/)).toBeNull();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'unavailable', message: expect.stringContaining('503') }), { widget: 'review', action: 'load', kind: 'period', recordId: 'q1-2026' });
    await act(async () => fireEvent.click(view.getByRole('button', { name: 'Retry' })));
    expect(await view.findByRole('table', { name: /by team/ })).toBeInTheDocument();
  });

  it('given a read-only viewer, the exports are still offered: Markdown through the core with team names, CSV as a download without any person column', async () => {
    const user = userEvent.setup();
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    const view = await renderReview({ can: (action) => action === 'read' });
    await user.click(view.getByRole('button', { name: 'Copy Markdown' }));
    expect(await view.findByText('Copied.')).toBeInTheDocument();
    expect(written[0]).toMatch(/^# Review: \u2068Q1 2026\u2069/);
    expect(written[0]).toContain('| \u2068Brightline · Growth team\u2069 | 2 | 0.3 | 1 | 1 | 0 |');
    const csvLink = view.getByRole('link', { name: 'Download CSV' });
    expect(csvLink).toHaveAttribute('download', 'Q1-2026-review.csv');
    const csv = decodeURIComponent(csvLink.getAttribute('href')!.replace(/^data:text\/csv;charset=utf-8,/, ''));
    expect(csv.split('\r\n')[0]).toBe('objective_id,title,team_id,kind,result,grade,band,met,missed,lessons');
    expect(csv).not.toMatch(/owner|priya/i);
  });

  it('given German labels, every word of the review is German', async () => {
    const view = await renderReview({ labels: de, locale: 'de-DE' }, {}, 'Rückblick: Q1 2026');
    expect(view.getByRole('combobox', { name: 'Team' })).toHaveDisplayValue('Alle Teams');
    expect(view.getByRole('table', { name: /Abgeschlossene Ziele nach Team/ })).toBeInTheDocument();
    expect(figure(view, 'Durchschnittliche Bewertung')).toBe('0,5 (Gelb)');
    // The export speaks German too: headings, columns, kinds, results and bands.
    const user = userEvent.setup();
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    await user.click(view.getByRole('button', { name: 'Markdown kopieren' }));
    await waitFor(() => expect(written).toHaveLength(1));
    expect(written[0]).toMatch(/^# Rückblick: \u2068Q1 2026\u2069\n\n## Nach Team\n/);
    expect(written[0]).toContain('| Ziel | Team | Art | Ergebnis | Bewertung |');
    expect(written[0]).toContain('## Erkenntnisse');
    expect(written[0]).not.toMatch(/By team|Objective \||Committed|Aspirational|Achieved|Missed|Lessons/);
  });

  it('given a part outside its root, it throws a clear error', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<PeriodReview.Summary />)).toThrow(/<PeriodReview.Summary> must be rendered inside <PeriodReview.Root/);
    spy.mockRestore();
  });
});
