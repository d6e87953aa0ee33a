import { scoringPresets } from '@okrkit/core';
import { domainExamplesNow } from '@okrkit/core/examples';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OkrProvider } from '../provider/index';
import { ObjectiveCardRoot } from './objective-card-context';
import { ObjectiveCardScore } from './objective-card-score';
import { inCard, loadedStore } from './objective-card.test-utils';

describe('ObjectiveCard.Score', () => {
  it('given "Why this score?", when pressed, it discloses the formula and each KR with weight, share and contribution', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(inCard(store, 'obj-user-activity', <ObjectiveCardScore />));
    const why = screen.getByRole('button', { name: 'Why this score?' });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(why.getAttribute('aria-controls')!)!;
    expect(panel).not.toBeVisible();
    await user.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    const mau = within(panel).getByRole('row', { name: /monthly active users/i });
    // MAU weighs 3 of 4: share 75 %, progress 50 %, contribution 38 %.
    expect(within(mau).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', '75%', '50%', '38%']);
  });

  it('given the open explanation, it names its columns and has one row per key result, and shows the formula', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-user-activity', <ObjectiveCardScore defaultExpanded />));
    const why = screen.getByRole('button', { name: 'Why this score?' });
    expect(why).toHaveAttribute('aria-expanded', 'true');
    expect(why).toHaveAttribute('data-state', 'open');
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Key results', 'Weight', 'Share', 'Progress', 'Contribution']);
    expect(within(table).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(expect.arrayContaining(['Monthly active users +20 %']));
    expect(within(table).getAllByRole('rowheader')).toHaveLength(3);
    expect(within(table).getAllByRole('rowheader').at(-1)).toHaveTextContent('Total');
    expect(screen.getByText('Σ(weight × progress) / Σ weight')).toBeVisible();
  });

  it('given an open explanation, when pressed again, it closes', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(inCard(store, 'obj-user-activity', <ObjectiveCardScore defaultExpanded />));
    const why = screen.getByRole('button', { name: 'Why this score?' });
    await user.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('given the provider’s scoring strategy, it shows the grade in that strategy’s scale and band (data-state = the band’s tone)', async () => {
    const { store } = await loadedStore();
    const view = (scoring = scoringPresets.percent) => (
      <OkrProvider store={store} now={domainExamplesNow} locale="en-US" scoring={scoring}>
        <ObjectiveCardRoot objectiveId="obj-user-activity">
          <ObjectiveCardScore data-testid="score" />
        </ObjectiveCardRoot>
      </OkrProvider>
    );
    const { rerender } = render(view());
    expect(screen.getByText(/^Score/).closest('p')).toHaveTextContent('Score 45% Medium');
    expect(screen.getByTestId('score')).toHaveAttribute('data-state', 'warning');
    rerender(view(scoringPresets.google));
    expect(screen.getByText(/^Score/).closest('p')).toHaveTextContent('Score 0.5 Yellow');
  });

  it('given contributions of 37.5 % and 7.5 % under a 45 % score, it shows 7 % + 38 %, a total of 45 % that matches the score, and why', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(inCard(store, 'obj-user-activity', <ObjectiveCardScore />));
    await user.click(screen.getByRole('button', { name: 'Why this score?' }));
    const table = screen.getByRole('table');
    const percent = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));
    const parts = within(table)
      .getAllByRole('row')
      .filter((row) => row.closest('tbody'))
      .map((row) => percent(within(row).getAllByRole('cell').at(-1)!.textContent));
    const total = percent(within(screen.getByRole('row', { name: /total/i })).getByRole('cell').textContent);
    expect(parts.reduce((sum, value) => sum + value, 0)).toBe(total);
    expect(parts).toEqual([7, 38]);
    expect(screen.getByText('45%', { selector: 'strong' })).toBeInTheDocument();
    expect(total).toBe(45);
    expect(table).toHaveAccessibleDescription(/rounded to whole percentages so that they add up to the total/);
  });
});
