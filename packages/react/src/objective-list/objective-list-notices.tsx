'use client';
import type { ObjectiveListLabels } from './objective-list.labels';
import type { useDeleteWithUndo } from './use-delete-with-undo';

export interface ObjectiveListNoticesProps {
  /** A refused move's message, or null. */
  refusal: string | null;
  onDismissRefusal: () => void;
  deletion: Pick<ReturnType<typeof useDeleteWithUndo>, 'notice' | 'undo' | 'dismiss'>;
  labels: ObjectiveListLabels;
}

/** The notices above the grid: a refused move (the order is back), a delete with Undo, a failed delete or undo. */
export function ObjectiveListNotices({ refusal, onDismissRefusal, deletion, labels }: ObjectiveListNoticesProps) {
  const { notice } = deletion;
  return (
    <>
      {refusal !== null ? (
        <div data-slot="objective-list-notice" className="okr-slot-objective-list-notice" data-state="refused">
          <p>{refusal}</p>
          <button type="button" onClick={onDismissRefusal}>
            {labels.close}
          </button>
        </div>
      ) : null}
      {notice !== null ? (
        <div data-slot="objective-list-notice" className="okr-slot-objective-list-notice" data-state={notice.kind}>
          <p>
            {notice.kind === 'deleted' ? labels.deleted(notice.dependants.objective.title) : notice.kind === 'restored' ? labels.restored(notice.title) : notice.message}
          </p>
          {notice.kind === 'deleted' ? (
            <button type="button" data-slot="objective-list-undo" className="okr-slot-objective-list-undo" onClick={() => void deletion.undo()}>
              {labels.undo}
            </button>
          ) : null}
          <button type="button" onClick={deletion.dismiss} aria-label={labels.close}>
            ×
          </button>
        </div>
      ) : null}
    </>
  );
}
