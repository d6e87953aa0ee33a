'use client';
import { OkrStorageError, toStorageError, type OkrStore } from '@okrkit/core';
import { useCallback } from 'react';
import { useReportError } from '../provider/index';
import type { ObjectiveListLabels } from './objective-list.labels';
import type { ObjectiveListRow } from './objective-list.types';
import { moveItem } from './objective-list.utils';

/** Options of {@link useRerank}. */
export interface UseRerankOptions {
  store: OkrStore;
  /** The rows in the order shown (priority order: re-ranking is only on then). */
  rows: readonly ObjectiveListRow[];
  labels: ObjectiveListLabels;
  formatNumber: (value: number) => string;
  announce: (message: string) => void;
  /** Shown (and announced) when storage refuses a move; null clears it. */
  onRefused: (message: string | null) => void;
  /** The storage error's plain words. */
  reasonOf: (error: OkrStorageError) => string;
}

/**
 * Moving an objective in the ranking: one `store.rerank` per move with the whole new order.
 * The store applies it at once (optimistic) and puts the old order back when storage refuses;
 * this hook says so in the live region and returns the message for the list to show.
 * @example const move = useRerank({ store, rows, labels, formatNumber, announce, onRefused, reasonOf }); move('obj-churn', 0);
 */
export function useRerank({ store, rows, labels, formatNumber, announce, onRefused, reasonOf }: UseRerankOptions) {
  const reportError = useReportError();
  return useCallback(
    async (objectiveId: string, to: number): Promise<boolean> => {
      const ids = rows.map((row) => row.objective.id);
      const from = ids.indexOf(objectiveId);
      const target = Math.min(Math.max(to, 0), ids.length - 1);
      if (from === -1 || from === target) return false;
      const title = rows[from]!.objective.title;
      onRefused(null);
      announce(labels.movedTo(title, formatNumber(target + 1), formatNumber(ids.length)));
      try {
        await store.rerank(moveItem(ids, from, target));
        return true;
      } catch (failure) {
        const error = failure instanceof OkrStorageError ? failure : toStorageError(failure);
        reportError(error, { widget: 'list', action: 'move', kind: 'objective', recordId: objectiveId });
        const message = labels.moveRefused(title, reasonOf(error));
        onRefused(message);
        announce(message);
        return false;
      }
    },
    [store, rows, labels, formatNumber, announce, onRefused, reasonOf, reportError],
  );
}
