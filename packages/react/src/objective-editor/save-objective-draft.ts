import type { KeyResult, Objective, OkrStore } from '@okrkit/core';
import { draftForSave } from './objective-editor.utils';
import type { ObjectiveDraft } from './objective-editor.types';

interface SaveObjectiveInput {
  objective: Objective;
  keyResults: KeyResult[];
  removedKeyResultIds?: string[];
}
type AtomicStore = OkrStore & { saveObjective?: (input: SaveObjectiveInput) => Promise<{ objective: Objective; keyResults: readonly KeyResult[] }> };

/**
 * Saves the draft in one atomic batch through the store's `saveObjective` (positions 1…n in
 * the order shown) and returns what storage now holds, as a clean draft.
 * @throws the store's typed error (the draft session keeps everything typed).
 * @example await saveObjectiveDraft(store, draft) // { objective, keyResults, removedKeyResultIds: [] }
 */
export async function saveObjectiveDraft(store: OkrStore, draft: ObjectiveDraft): Promise<ObjectiveDraft> {
  const ready = draftForSave(draft);
  const atomic = store as AtomicStore;
  if (typeof atomic.saveObjective !== 'function') throw new Error('okrkit: ObjectiveEditor needs a store with saveObjective (@okrkit/core ≥ the version that adds it).');
  const saved = await atomic.saveObjective({ objective: ready.objective, keyResults: ready.keyResults, removedKeyResultIds: ready.removedKeyResultIds });
  return { objective: saved.objective, keyResults: [...saved.keyResults], removedKeyResultIds: [] };
}
