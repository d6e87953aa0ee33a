import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeyResultProgress } from '../key-result-progress/index';
import { ObjectiveCard } from './objective-card';
import { loadedStore, withProvider } from './objective-card.test-utils';

describe('ObjectiveCard and progress bars: user text takes its own direction', () => {
  it('given a card in a right-to-left page, the title, KR titles, values, owner and score parts are direction-isolated', async () => {
    const { store } = await loadedStore();
    render(<div dir="rtl">{withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />)}</div>);
    const card = screen.getByRole('article', { name: /Significantly increase user activity/ });
    expect(card.querySelector('[data-slot="objective-card-title-text"]')).toHaveAttribute('dir', 'auto');
    // "Monthly active users +20 %" keeps its "%" at the end: the title's own direction, not the page's.
    const keyResultTitles = within(card).getAllByText('Monthly active users +20 %');
    expect(keyResultTitles.length).toBeGreaterThan(0);
    for (const title of keyResultTitles) expect(title).toHaveAttribute('dir', 'auto');
    expect(card.querySelector('[data-slot="objective-card-key-result-edit"]')).toHaveAttribute('dir', 'auto');
    expect(card.querySelector('[data-slot="person-name"]')).toHaveAttribute('dir', 'auto');
    // An untranslated "Why this score?" keeps its "?" at the end.
    expect(within(card).getByRole('button', { name: 'Why this score?' })).toHaveAttribute('dir', 'auto');
    const rows = card.querySelectorAll('[data-slot="objective-card-score-parts"] tbody th[scope="row"]');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveAttribute('dir', 'auto');
  });

  it('given a read-only card, the value with its unit is a <bdi>, so "45 products" is not reordered by the label beside it', async () => {
    const { store } = await loadedStore();
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" readOnly />));
    const value = document.querySelector('[data-slot="objective-card-key-result-value"]');
    expect(value?.firstElementChild?.tagName).toBe('BDI');
  });

  it('given a progress bar with its labels, the KR title label takes its own direction', async () => {
    const { store } = await loadedStore();
    render(withProvider(store, <KeyResultProgress keyResultId="kr-mau" />));
    expect(screen.getByText('Monthly active users +20 %')).toHaveAttribute('dir', 'auto');
  });
});
