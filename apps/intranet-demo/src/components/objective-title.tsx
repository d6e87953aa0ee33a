import { ConflictError, toStorageError, type Objective, type OkrStorageError } from '@okrkit/core';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useOkrSnapshot, useOkrStore } from './store-context';
import { WriteError } from './write-error';

export interface ObjectiveTitleProps {
  objective: Objective;
  /** The heading level in the page's outline. @default 4 */
  level?: 2 | 3 | 4 | 5;
  /** Said when the server refuses the change. */
  forbiddenHint?: string;
  /** The id the heading gets, for `aria-labelledby` on the card. */
  headingId?: string;
  className?: string;
}

/**
 * An objective's title with inline editing: "Edit title" opens a one-field form (Enter
 * saves, Escape cancels, focus returns to the button). The typed title survives every
 * failure: a conflict shows theirs beside yours, a lost connection offers a retry.
 */
export function ObjectiveTitle({ objective, level = 4, forbiddenHint, headingId, className }: ObjectiveTitleProps) {
  const store = useOkrStore();
  const version = useOkrSnapshot().versions.get(`objective:${objective.id}`) ?? null;
  const inputId = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(objective.title);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<OkrStorageError | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // The version the edit started from: a change heard meanwhile (another tab, another
  // person) must be shown as a conflict, not silently overwritten by this save.
  const baseVersion = useRef<number | null>(null);
  const Heading = `h${level}` as const;

  useEffect(() => {
    if (editing) inputRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      editButtonRef.current?.focus();
    }
  }, [editing]);

  function open() {
    baseVersion.current = version;
    setDraft(objective.title);
    setError(null);
    setEditing(true);
  }

  function close() {
    returnFocus.current = true;
    setError(null);
    setEditing(false);
  }

  async function save(overwrite = false) {
    const title = draft.trim();
    if (title === objective.title) return close();
    if (!overwrite && version !== baseVersion.current && version !== null) {
      setError(new ConflictError('objective', objective.id, baseVersion.current, { kind: 'objective', record: objective, version }));
      return;
    }
    baseVersion.current = version;
    setPending(true);
    setError(null);
    try {
      await store.updateObjective(objective.id, { title });
      close();
    } catch (cause) {
      const failure = toStorageError(cause);
      // The store now holds their version: "Save mine anyway" writes on top of it.
      if (failure instanceof ConflictError && failure.current) baseVersion.current = failure.current.version;
      setError(failure);
    } finally {
      setPending(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!pending) void save();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && !pending) {
      event.preventDefault();
      close();
    }
  }

  if (!editing) {
    return (
      <div data-slot="objective-title" className={className}>
        <Heading id={headingId}>{objective.title}</Heading>
        <button ref={editButtonRef} type="button" data-variant="quiet" aria-label={`Edit title of “${objective.title}”`} onClick={open}>
          Edit title
        </button>
      </div>
    );
  }
  return (
    <div data-slot="objective-title" data-state="editing" className={className}>
      <Heading id={headingId} className="visually-hidden">
        {objective.title}
      </Heading>
      <form onSubmit={onSubmit} onKeyDown={onKeyDown} aria-busy={pending}>
        <label htmlFor={inputId}>Objective title</label>
        <input ref={inputRef} id={inputId} value={draft} required maxLength={500} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save title'}
        </button>
        <button type="button" data-variant="quiet" onClick={close} disabled={pending}>
          Cancel
        </button>
      </form>
      {error ? (
        <WriteError
          error={error}
          yours={draft.trim()}
          describeTheirs={(current) => String((current.record as Partial<Objective>).title ?? '')}
          forbiddenHint={forbiddenHint}
          onRetry={() => void save(true)}
          onDiscard={close}
          onDismiss={() => setError(null)}
        />
      ) : null}
    </div>
  );
}
