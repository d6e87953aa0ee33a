import { domainExamplesNow } from '@okrkit/core/examples';
import { act, render, screen, within } from '@testing-library/react';
import type { OkrStore } from '@okrkit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storeServing } from '../internal/snapshot-store.test-utils';
import { OkrProvider } from '../provider/index';
import { ObjectiveCardRoot } from './objective-card-context';
import { ObjectiveCardHealth } from './objective-card-health';
import { inCard, loadedStore } from './objective-card.test-utils';

/** The examples plus an objective (and a KR) titled " a" × 50,000 (100 KB), served unvalidated. */
function withLongTitleBeside(store: OkrStore): OkrStore {
  const real = store.getSnapshot().okrSet;
  const longTitle = ' a'.repeat(50_000);
  const periodId = real.objectives[0]?.periodId ?? '';
  return storeServing(store, {
    ...real,
    objectives: [...real.objectives, { id: 'obj-long', title: longTitle, periodId }],
    keyResults: [...real.keyResults, { id: 'kr-long', objectiveId: 'obj-long', title: longTitle, metric: { kind: 'binary', done: false } }],
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

const topLevel = { topLevelTeamIds: ['brightline', 'kestrel-labs', 'green-table', 'bright-minds'] };

describe('ObjectiveCard.Health', () => {
  it('given an objective with health issues, it lists them in a named region, each after its severity word', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-maths-results', <ObjectiveCardHealth />));
    const region = screen.getByRole('region', { name: 'Health warnings' });
    expect(region).toHaveTextContent(/Warning:/);
    const issues = within(region).getAllByRole('listitem');
    expect(issues.map((issue) => issue.getAttribute('data-state'))).toEqual(expect.arrayContaining(['warning', 'info']));
    expect(within(region).getByText(/only one key result/).closest('li')).toHaveTextContent(/^Tip: /);
    expect(within(region).getByText(/has not been updated for over 14 days/).closest('li')).toHaveTextContent(/^Warning: /);
  });

  it('given a healthy objective, it renders nothing', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-user-activity', <ObjectiveCardHealth />));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.getByRole('article')).toBeEmptyDOMElement();
  });

  it('given lint options, it applies them (a company objective at the top of its tree is no orphan)', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-maths-results', <ObjectiveCardHealth lintOptions={topLevel} />));
    const region = screen.getByRole('region', { name: 'Health warnings' });
    expect(within(region).queryByText(/serves no higher objective/)).not.toBeInTheDocument();
    expect(within(region).getAllByRole('listitem')).toHaveLength(2);
  });

  it('given a check-in on the stale key result, its warning goes away', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-maths-results', <ObjectiveCardHealth lintOptions={topLevel} />));
    expect(screen.getByText(/has not been updated/)).toBeInTheDocument();
    await act(() => store.recordCheckIn({ keyResultId: 'kr-maths-scores', value: 45 }));
    expect(screen.queryByText(/has not been updated/)).not.toBeInTheDocument();
  });

  it('given translated severity labels, it uses them', async () => {
    const { store } = await loadedStore();
    render(
      <OkrProvider store={store} now={domainExamplesNow} labels={{ severity: { error: 'Fehler', warning: 'Warnung', info: 'Tipp' }, healthWarnings: 'Hinweise' }}>
        <ObjectiveCardRoot objectiveId="obj-maths-results">
          <ObjectiveCardHealth />
        </ObjectiveCardRoot>
      </OkrProvider>,
    );
    expect(screen.getByRole('region', { name: 'Hinweise' })).toHaveTextContent(/Warnung:.*Tipp:|Tipp:.*Warnung:/);
  });

  it('given a 100 KB title on another objective, when a card shows its health, it lints only its own objective and never reads the long text', async () => {
    const { store } = await loadedStore();
    const segment = Intl.Segmenter.prototype.segment;
    const segmented: string[] = [];
    vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, input: string) {
      segmented.push(input);
      return segment.call(this, input);
    });
    render(inCard(withLongTitleBeside(store), 'obj-maths-results', <ObjectiveCardHealth lintOptions={topLevel} />));
    expect(within(screen.getByRole('region', { name: 'Health warnings' })).getAllByRole('listitem')).toHaveLength(2);
    const title = store.getSnapshot().okrSet.objectives.find((objective) => objective.id === 'obj-maths-results')?.title ?? '';
    expect(segmented.length).toBeGreaterThan(0);
    expect(segmented.every((text) => title.startsWith(text))).toBe(true);
  });
});
