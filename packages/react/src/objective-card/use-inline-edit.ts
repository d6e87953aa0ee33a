'use client';
import { toStorageError, type OkrStorageError } from '@okrkit/core';
import { useCallback, useRef, useState } from 'react';

/**
 * Where an in-place edit is. The draft lives here, not in the store, so that whatever the
 * user typed survives a refused save (the store rolls its optimistic update back).
 */
export type InlineEditState<T> =
  | { phase: 'idle' }
  | { phase: 'editing'; draft: T }
  | { phase: 'saving'; draft: T }
  | { phase: 'failed'; draft: T; error: OkrStorageError };

export interface InlineEdit<T> {
  state: InlineEditState<T>;
  start(initial: T): void;
  change(draft: T): void;
  /** Saves the draft; resolves to whether storage accepted it. */
  submit(draft?: T): Promise<boolean>;
  cancel(): void;
}

/**
 * The behaviour of a Notion-like in-place edit, separate from its view: start, change,
 * submit (optimistic: the caller's store shows the new value at once) and, when storage
 * refuses, back to the field with the draft and the typed error.
 * @example const edit = useInlineEdit((title: string) => store.updateObjective(id, { title }));
 */
export function useInlineEdit<T>(save: (draft: T) => Promise<unknown>): InlineEdit<T> {
  const [state, setState] = useState<InlineEditState<T>>({ phase: 'idle' });
  const stateRef = useRef(state);
  stateRef.current = state;
  const saveRef = useRef(save);
  saveRef.current = save;

  const start = useCallback((initial: T) => setState({ phase: 'editing', draft: initial }), []);
  const change = useCallback(
    (draft: T) =>
      setState((previous) =>
        previous.phase === 'failed' ? { ...previous, draft } : previous.phase === 'editing' ? { phase: 'editing', draft } : previous,
      ),
    [],
  );
  const cancel = useCallback(() => setState({ phase: 'idle' }), []);
  const submit = useCallback(async (explicit?: T): Promise<boolean> => {
    const current = stateRef.current;
    if (current.phase === 'saving') return false;
    const draft = explicit !== undefined ? explicit : current.phase === 'idle' ? undefined : current.draft;
    if (draft === undefined) return false;
    const saving: InlineEditState<T> = { phase: 'saving', draft };
    stateRef.current = saving;
    setState(saving);
    try {
      await saveRef.current(draft);
      // No unmounted guard: since React 18 a late setState after unmount is a silent no-op.
      setState({ phase: 'idle' });
      return true;
    } catch (cause) {
      setState({ phase: 'failed', draft, error: toStorageError(cause) });
      return false;
    }
  }, []);

  return { state, start, change, submit, cancel };
}

