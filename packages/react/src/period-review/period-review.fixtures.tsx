/** A closed (or closing) Q1 2026 on a memory adapter, for stories and tests (not part of the package). */
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { createOkrStore, scoringPresets, UnavailableError, type OkrPolicy, type OkrSet, type OkrStore, type StorageAdapter } from '@okrkit/core';
import { createCycleStore, type CloseOutInput, type CycleStore } from '@okrkit/core/cycle';
import { domainExamplePeople, domainExamples, domainExampleTeams } from '@okrkit/core/examples';
import { useEffect, useState, type ReactNode } from 'react';
import type { OkrDirectory } from '../provider/directory';
import type { OkrErrorHandler } from '../provider/error-reporting';
import type { OkrLabelOverrides } from '../provider/labels';
import { OkrProvider } from '../provider/okr-provider';

/** The teams and people of the domain examples, by name. */
export const reviewDirectory: OkrDirectory = {
  teams: Object.fromEntries(Object.entries(domainExampleTeams).map(([id, name]) => [id, { name }])),
  people: Object.fromEntries(Object.entries(domainExamplePeople).map(([id, name]) => [id, { name }])),
};

/** The clock of the review stories: the first week of Q2 2026, when Q1 is reviewed. */
export const reviewNow = '2026-04-03T09:00:00Z';

/** Q1 2026 of the domain examples plus two aspirational objectives, so both kinds are reviewed. */
export const reviewOkrSet: OkrSet = {
  ...domainExamples,
  objectives: [
    ...domainExamples.objectives,
    { id: 'obj-mobile-lead', title: 'Make Brightline the best-rated mobile app in its category', periodId: 'q1-2026', ownerId: 'jonas-weber', teamId: 'brightline-product', kind: 'aspirational', state: 'active' },
    { id: 'obj-referrals', title: 'Turn customers into our strongest sales channel', periodId: 'q1-2026', ownerId: 'priya-nair', teamId: 'brightline-growth', kind: 'aspirational', state: 'active' },
  ],
  keyResults: [
    ...domainExamples.keyResults,
    { id: 'kr-store-rating', objectiveId: 'obj-mobile-lead', title: 'App-store rating 4.2 → 4.8', metric: { kind: 'numeric', direction: 'increase', start: 4.2, target: 4.8, current: 4.62, unit: { kind: 'custom', label: '★' } } },
    { id: 'kr-referral-share', objectiveId: 'obj-referrals', title: 'Referred sign-ups 5 % → 25 %', metric: { kind: 'numeric', direction: 'increase', start: 5, target: 25, current: 13, unit: { kind: 'percent' } } },
  ],
};

/** The close-outs a review story can make, by objective (results of every kind, carried over included). */
export const reviewCloseOuts: Record<string, CloseOutInput> = {
  'obj-user-activity': { objectiveId: 'obj-user-activity', result: 'missed', retrospective: { met: 'Usage time rose by 9 minutes.', missed: 'MAU: the Android launch slipped by six weeks.', lessons: 'Ship the smaller release first.' } },
  'obj-retention': {
    objectiveId: 'obj-retention',
    result: 'carried-over',
    retrospective: { met: 'Churn fell from 5 % to 4 %.', missed: 'The onboarding checklist is not live.', lessons: 'Finish one onboarding step before starting the next.' },
    carryOver: { nextPeriodId: 'q2-2026', keyResultIds: ['kr-churn'] },
  },
  'obj-support': { objectiveId: 'obj-support', result: 'achieved', retrospective: { met: 'Replies within 4 h all quarter; 46 help articles.', missed: '', lessons: 'Write the article when the second ticket on a topic arrives.' } },
  'obj-maths-results': { objectiveId: 'obj-maths-results', result: 'postponed', retrospective: { met: '', missed: 'The spring tests moved to May.', lessons: '' } },
  'obj-mobile-lead': { objectiveId: 'obj-mobile-lead', result: 'achieved', retrospective: { met: 'Rating 4.62 after the redesign.', missed: '', lessons: 'Answer every one-star review within a day.' } },
  'obj-referrals': { objectiveId: 'obj-referrals', result: 'missed', retrospective: { met: 'Referral link in every invoice.', missed: 'No reward for the referrer yet.', lessons: '' } },
};

export interface ReviewSeed {
  /** The objectives to close out before the story, by id. @default every Q1 objective */
  close?: readonly string[];
  initial?: OkrSet;
  /** Close-outs to make differently from {@link reviewCloseOuts}, by objective id. */
  overrides?: Readonly<Record<string, Partial<CloseOutInput>>>;
  /** `fail-once`: the first load of the close-outs fails (storage unreachable), Retry succeeds. `hang`: it never answers. */
  cycleLoad?: 'fail-once' | 'hang';
}

/**
 * An OKR store and a cycle store over one memory adapter, both on Google's 0.0–1.0 grades, with
 * the seed's objectives closed out through the cycle store's own `closeOut`. The cycle store is
 * handed back unloaded (the widget loads it) unless it had to close something.
 */
export async function reviewStores(seed: ReviewSeed = {}): Promise<{ store: OkrStore; cycleStore: CycleStore }> {
  const memory = createMemoryAdapter({ initial: seed.initial ?? reviewOkrSet });
  const now = () => new Date(reviewNow);
  const store = createOkrStore({ adapter: memory, now });
  await store.load();
  const closing = (seed.close ?? Object.keys(reviewCloseOuts)).map((id) => (reviewCloseOuts[id] ? { ...reviewCloseOuts[id], ...seed.overrides?.[id] } : undefined)).filter((input): input is CloseOutInput => input !== undefined);
  if (closing.length > 0) {
    const writer = createCycleStore({ adapter: memory, okrStore: store, now, scoring: scoringPresets.google });
    await writer.load();
    await writer.closeOut(closing);
    writer.dispose();
  }
  let loads = 0;
  const adapter: StorageAdapter = {
    ...memory,
    load: (options) => {
      loads += 1;
      if (seed.cycleLoad === 'hang') return new Promise<never>(() => undefined);
      if (seed.cycleLoad === 'fail-once' && loads === 1) return Promise.reject(new UnavailableError('GET /okr/closeOuts: 503 Service Unavailable'));
      return memory.load(options);
    },
  };
  return { store, cycleStore: createCycleStore({ adapter, okrStore: store, now, scoring: scoringPresets.google }) };
}

export interface ReviewStoryProps {
  seed?: ReviewSeed;
  locale?: string;
  labels?: OkrLabelOverrides;
  can?: OkrPolicy;
  onError?: OkrErrorHandler;
  children: (cycleStore: CycleStore) => ReactNode;
}

/** A provider (Google scoring, the examples' directory) over the seeded stores; renders nothing until they are ready. */
export function ReviewStory({ seed, locale, labels, can, onError, children }: ReviewStoryProps) {
  const [stores, setStores] = useState<{ store: OkrStore; cycleStore: CycleStore } | null>(null);
  useEffect(() => {
    let live = true;
    void reviewStores(seed).then((created) => live && setStores(created));
    return () => {
      live = false;
    };
  }, []);
  if (!stores) return null;
  return (
    <OkrProvider store={stores.store} now={reviewNow} scoring={scoringPresets.google} directory={reviewDirectory} locale={locale} labels={labels} can={can} onError={onError}>
      {children(stores.cycleStore)}
    </OkrProvider>
  );
}
