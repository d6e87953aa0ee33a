import { ConflictError, type OkrStorageError, type StoredRecord } from '@okrkit/core';

export interface WriteErrorProps {
  error: OkrStorageError;
  /** What the user tried to save, in words, shown beside theirs on a conflict. */
  yours: string;
  /** The record as storage now holds it, in words (from `ConflictError.current`). */
  describeTheirs: (current: StoredRecord) => string;
  /** Why the policy may refuse, e.g. "Only the Growth team and the CEO can change it." */
  forbiddenHint?: string;
  /** Sends the user's input again (after a conflict: on top of the current version). */
  onRetry: () => void;
  /** After a conflict: drops the user's input and keeps theirs. */
  onDiscard: () => void;
  /** Hides the message; the input stays as typed. */
  onDismiss: () => void;
  className?: string;
}

/**
 * Says why a write failed and what the user can do, by the error's `code`. The form
 * that owns the input keeps it: nothing typed is lost whatever happens here.
 */
export function WriteError({ error, yours, describeTheirs, forbiddenHint, onRetry, onDiscard, onDismiss, className }: WriteErrorProps) {
  const retry = (label: string) => (
    <button type="button" onClick={onRetry}>
      {label}
    </button>
  );
  const discard = (label: string) => (
    <button type="button" data-variant="quiet" onClick={onDiscard}>
      {label}
    </button>
  );
  const dismiss = (
    <button type="button" data-variant="quiet" onClick={onDismiss}>
      Dismiss
    </button>
  );
  let body;
  switch (error.code) {
    case 'conflict': {
      const current = error instanceof ConflictError ? error.current : null;
      body = current ? (
        <>
          <p>Someone else saved a change while you were editing.</p>
          <dl data-slot="conflict">
            <dt>Theirs (version {current.version})</dt>
            <dd>{describeTheirs(current)}</dd>
            <dt>Yours</dt>
            <dd>{yours}</dd>
          </dl>
          <p data-slot="actions">
            {retry('Save mine anyway')} {discard('Keep theirs')}
          </p>
        </>
      ) : (
        <>
          <p>Someone else deleted this while you were editing, or you may not see their version.</p>
          <p data-slot="actions">{discard('Close')}</p>
        </>
      );
      break;
    }
    case 'unavailable':
      body = (
        <>
          <p>The server could not be reached. Your input is kept; try again when you are back online.</p>
          <p data-slot="actions">
            {retry('Try again')} {dismiss}
          </p>
        </>
      );
      break;
    case 'forbidden':
      body = (
        <>
          <p>You are not allowed to change this. {forbiddenHint}</p>
          <p data-slot="actions">{dismiss}</p>
        </>
      );
      break;
    case 'validation':
      body = (
        <>
          <p>This cannot be saved as it is: {error.message}</p>
          <p data-slot="actions">{dismiss}</p>
        </>
      );
      break;
    case 'not-found':
      body = (
        <>
          <p>This no longer exists; it may have been deleted.</p>
          <p data-slot="actions">{dismiss}</p>
        </>
      );
      break;
    case 'read-only':
      body = (
        <>
          <p>This storage is read-only: nothing can be changed here.</p>
          <p data-slot="actions">{dismiss}</p>
        </>
      );
      break;
    case 'unknown':
      body = (
        <>
          <p>Something went wrong: {error.message}</p>
          <p data-slot="actions">
            {retry('Try again')} {dismiss}
          </p>
        </>
      );
      break;
    default:
      body = error.code satisfies never;
  }
  return (
    <div role="alert" data-slot="write-error" data-state={error.code} className={className}>
      {body}
    </div>
  );
}
