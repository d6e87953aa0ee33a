'use client';
import { ConflictError, ValidationFailedError, type OkrStorageError } from '@okrkit/core';
import { saveErrorMessage } from '../internal/save-error';
import type { ProvidedOkrLabels } from '../provider/labels';

export interface InlineEditErrorProps {
  /** Id of the message, for the field's `aria-describedby`. */
  id: string;
  error: OkrStorageError;
  /** The user's value, as shown. */
  yours: string;
  /** The stored value after a conflict, as shown; `null` when the record was deleted. */
  theirs?: string | null;
  labels: ProvidedOkrLabels;
  onRetry(): void;
  onCancel(): void;
}

/**
 * Why a save was refused, next to the field that keeps the user's text, with the way out
 * that fits: theirs vs yours on a conflict ("Use mine" retries: the store already holds
 * the newer version), Retry when trying again can help, Cancel always.
 */
export function InlineEditError(props: InlineEditErrorProps) {
  const { id, error, yours, theirs, labels, onRetry, onCancel } = props;
  const conflict = error instanceof ConflictError || error.code === 'conflict';
  const details = error instanceof ValidationFailedError ? error.errors.map((item) => item.message) : [];
  // Only when trying again can help: storage was unreachable (retryable) or failed for an
  // unknown reason. Forbidden, not-found, read-only and validation refusals would only repeat.
  const canRetry = !conflict && (error.retryable || error.code === 'unknown');
  return (
    <div data-slot="inline-edit-error" className="okr-slot-inline-edit-error" data-code={error.code}>
      <p id={id} role="alert" data-slot="inline-edit-error-message" className="okr-slot-inline-edit-error-message">
        {conflict ? labels.storageErrors.conflict : saveErrorMessage(error, labels, details)}
      </p>
      {conflict ? (
        <dl data-slot="inline-edit-conflict" className="okr-slot-inline-edit-conflict">
          <div>
            <dt>{labels.theirs}</dt>
            <dd>{theirs ?? '—'}</dd>
          </div>
          <div>
            <dt>{labels.yours}</dt>
            <dd>{yours}</dd>
          </div>
        </dl>
      ) : null}
      <div data-slot="inline-edit-actions" className="okr-slot-inline-edit-actions">
        {conflict ? (
          <>
            <button type="button" data-slot="inline-edit-keep-theirs" className="okr-slot-inline-edit-keep-theirs" onClick={onCancel}>
              {labels.keepTheirs}
            </button>
            {theirs !== null ? (
              <button type="button" data-slot="inline-edit-use-mine" className="okr-slot-inline-edit-use-mine" onClick={onRetry}>
                {labels.useMine}
              </button>
            ) : null}
          </>
        ) : (
          <>
            {canRetry ? (
              <button type="button" data-slot="inline-edit-retry" className="okr-slot-inline-edit-retry" onClick={onRetry}>
                {labels.retry}
              </button>
            ) : null}
            <button type="button" data-slot="inline-edit-cancel" className="okr-slot-inline-edit-cancel" onClick={onCancel}>
              {labels.cancel}
            </button>
          </>
        )}
      </div>
    </div>
  );
}

/** The conflicting record as storage now holds it, or null when it was deleted (undefined: not a conflict). */
export function conflictRecord<T>(error: OkrStorageError): T | null | undefined {
  if (!(error instanceof ConflictError)) return undefined;
  return error.current ? (error.current.record as T) : null;
}
