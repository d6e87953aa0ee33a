import type { OkrStore } from '@okrkit/core';
import { draftForSave } from './objective-editor.utils';
import type { ObjectiveDraft } from './objective-editor.types';

/**
 * Saves the draft in one atomic batch through `store.saveObjective` (positions 1…n in the
 * order shown, removed KRs deleted with their check-ins) and returns what storage now holds,
 * as a clean draft.
 * @throws the store's typed error (the draft session keeps everything typed).
 * @example await saveObjectiveDraft(store, draft) // { objective, keyResults, removedKeyResultIds: [] }
 */
export async function saveObjectiveDraft(store: OkrStore, draft: ObjectiveDraft): Promise<ObjectiveDraft> {
  const ready = draftForSave(draft);
  const saved = await store.saveObjective({
    objective: ready.objective,
    keyResults: ready.keyResults.map(({ objectiveId: _objectiveId, ...keyResult }) => keyResult),
    removedKeyResultIds: ready.removedKeyResultIds,
  });
  return { objective: saved.objective, keyResults: [...saved.keyResults], removedKeyResultIds: [] };
}
