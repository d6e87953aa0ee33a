/** Story-only helpers of the ObjectiveEditor (not part of the package). */
import { createOkrStore, type KeyResult, type Metric, type OkrStore } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import { useEffect, useState, type ReactNode } from 'react';
import { OkrProvider } from '../provider/index';
import { exampleDirectory } from '../provider/directory.fixtures';
import type { ObjectiveDraft } from './objective-editor.types';

/** A new objective's draft with one KR of the given metric, as a template or a list row would start it. */
export function draftWithMetric(title: string, keyResultTitle: string, metric: Metric, more: Partial<KeyResult> = {}): ObjectiveDraft {
  return {
    objective: { id: `story-${title.length}-${metric.kind}`, title, periodId: 'q1-2026', teamId: 'brightline-growth', ownerId: 'priya-nair', parentId: 'obj-user-activity', kind: 'committed', state: 'draft' },
    keyResults: [{ id: `story-kr-${metric.kind}`, objectiveId: `story-${title.length}-${metric.kind}`, title: keyResultTitle, metric, ...more }],
    removedKeyResultIds: [],
  };
}

/**
 * Two stores over one storage, the editor's deaf to the colleague's writes, and a host button
 * "A colleague renames it" that writes through the other: the editor's next save meets a conflict.
 */
export function ConflictStores({ children }: { children: (store: OkrStore) => ReactNode }) {
  const [stores] = useState(() => {
    const memory = createMemoryAdapter({ initial: domainExamples });
    const mine = createOkrStore({ adapter: { load: memory.load, apply: memory.apply }, now: () => new Date(domainExamplesNow) });
    const theirs = createOkrStore({ adapter: memory, now: () => new Date(domainExamplesNow) });
    return { mine, theirs };
  });
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void Promise.all([stores.mine.load(), stores.theirs.load()]).then(() => setLoaded(true));
  }, [stores]);
  if (!loaded) return null;
  return (
    <OkrProvider store={stores.mine} now={domainExamplesNow} directory={exampleDirectory}>
      <button type="button" onClick={() => void stores.theirs.updateObjective('obj-retention', { title: 'Keep every user we win (renamed by a colleague)' })}>
        A colleague renames it
      </button>
      {children(stores.mine)}
    </OkrProvider>
  );
}
