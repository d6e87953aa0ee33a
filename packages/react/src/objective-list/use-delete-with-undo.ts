'use client';
import { objectiveDependants, restorableRecords, toStorageError, type ObjectiveDependants, type OkrStorageError, type OkrStore } from '@okrkit/core';
import { useCallback, useState } from 'react';
import { useReportError } from '../provider/index';
import type { ObjectiveListLabels } from './objective-list.labels';

/** What the list shows after a delete: a notice with Undo, or why it failed. */
export type DeleteNotice = { kind: 'deleted'; dependants: ObjectiveDependants } | { kind: 'restored'; title: string } | { kind: 'failed'; message: string };

/**
 * Delete with a confirmation and an Undo. `ask` reads what depends on the objective from the
 * store (the core's `objectiveDependants`) for the confirmation; `confirm` runs one
 * `store.deleteObjective`; `undo` writes it all back in one `store.restore` batch.
 * @example const deletion = useDeleteWithUndo({ store, labels, announce, reasonOf }); deletion.ask('obj-churn');
 */
export function useDeleteWithUndo({ store, labels, announce, reasonOf }: { store: OkrStore; labels: ObjectiveListLabels; announce: (message: string) => void; reasonOf: (error: OkrStorageError) => string }) {
  const [pending, setPending] = useState<ObjectiveDependants | null>(null);
  const [notice, setNotice] = useState<DeleteNotice | null>(null);
  const reportError = useReportError();

  const ask = useCallback((objectiveId: string) => setPending(objectiveDependants(store.getSnapshot().okrSet, objectiveId)), [store]);
  const cancel = useCallback(() => setPending(null), []);
  const confirm = useCallback(async () => {
    const dependants = pending;
    setPending(null);
    if (!dependants) return;
    try {
      await store.deleteObjective(dependants.objective.id);
      setNotice({ kind: 'deleted', dependants });
      announce(labels.deleted(dependants.objective.title));
    } catch (failure) {
      const error = toStorageError(failure);
      reportError(error, { widget: 'list', action: 'delete', kind: 'objective', recordId: dependants.objective.id });
      const message = labels.deleteRefused(dependants.objective.title, reasonOf(error));
      setNotice({ kind: 'failed', message });
      announce(message);
    }
  }, [pending, store, labels, announce, reasonOf, reportError]);
  const undo = useCallback(async () => {
    if (notice?.kind !== 'deleted') return;
    const { dependants } = notice;
    try {
      await store.restore(restorableRecords(dependants));
      setNotice({ kind: 'restored', title: dependants.objective.title });
      announce(labels.restored(dependants.objective.title));
    } catch (failure) {
      const error = toStorageError(failure);
      reportError(error, { widget: 'list', action: 'save', kind: 'objective', recordId: dependants.objective.id });
      const message = reasonOf(error);
      setNotice({ kind: 'failed', message });
      announce(message);
    }
  }, [notice, store, labels, announce, reasonOf, reportError]);
  const dismiss = useCallback(() => setNotice(null), []);
  return { pending, notice, ask, cancel, confirm, undo, dismiss };
}
