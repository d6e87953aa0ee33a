'use client';
import { toStorageError, type OkrStorageError } from '@okrkit/core';
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

/**
 * Where an in-place edit is. The draft lives here, not in the store, so that whatever the
 * user typed survives a refused save (the store rolls its optimistic update back).
 */
export type InlineEditState<T> =
  | { phase: 'idle' }
  | { phase: 'editing'; draft: T }
  | { phase: 'saving'; draft: T }
  | { phase: 'failed'; draft: T; error: OkrStorageError };

export interface InlineEditField<T> {
  state: InlineEditState<T>;
  /** Whether the field is shown: while editing, and after a refused save (with the draft). */
  open: boolean;
  /** The field, the button that opens it, and the element around both. */
  inputRef: RefObject<HTMLInputElement | null>;
  buttonRef: RefObject<HTMLButtonElement | null>;
  wrapperRef: RefObject<HTMLElement | null>;
  /** Opens the field with `initial`, focused and selected. */
  begin(initial: T): void;
  change(draft: T): void;
  /** Saves the draft (or `draft`); optimistic: the caller's store shows it at once. Resolves to whether storage accepted it. */
  submit(draft?: T): Promise<boolean>;
  /** Leaves the field as it was, focus where it is. */
  cancel(): void;
  /** Closes the field and returns focus to its button: saves `next` when given, else cancels. */
  close(next?: T): void;
  /** Enter hands the draft to `onEnter`; Esc cancels (and does not close a dialog around it). */
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
}

/**
 * The behaviour of a Notion-like in-place edit, separate from its view, shared by every
 * editable part of the card so they behave alike: start, change, submit (optimistic) and,
 * when storage refuses, back to the field with the draft and the typed error. Focus goes
 * into the field when it opens, back to the button when it closes, and into the field again
 * when a save is refused while the user was there.
 * @example
 * const field = useInlineEditField((title: string) => store.updateObjective(id, { title }), (draft) => field.close(draft.trim()));
 * <input ref={field.inputRef} onKeyDown={field.onKeyDown} … />
 */
export function useInlineEditField<T>(save: (draft: T) => Promise<unknown>, onEnter: (draft: T) => void, onFailure?: (error: OkrStorageError) => void): InlineEditField<T> {
  const [state, setState] = useState<InlineEditState<T>>({ phase: 'idle' });
  // Read by submit, which may run twice before React re-renders (Enter, then blur).
  const stateRef = useRef(state);
  stateRef.current = state;
  const inputRef = useRef<HTMLInputElement | null>(null);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const wrapperRef = useRef<HTMLElement | null>(null);
  // Where focus goes after the next phase change; null leaves focus alone.
  const focusNext = useRef<'input' | 'button' | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'input') {
      inputRef.current?.focus();
      inputRef.current?.select();
    }
    if (target === 'button') buttonRef.current?.focus();
    // A refused save brings the field back; if focus was on the (now gone) button, follow it.
    if (state.phase === 'failed' && wrapperHasFocus(wrapperRef.current)) inputRef.current?.focus();
  }, [state.phase]);

  async function submit(explicit?: T): Promise<boolean> {
    const current = stateRef.current;
    const draft = explicit !== undefined ? explicit : current.phase === 'idle' ? undefined : current.draft;
    if (current.phase === 'saving' || draft === undefined) return false;
    setState((stateRef.current = { phase: 'saving', draft }));
    try {
      await save(draft);
      // No unmounted guard: since React 18 a late setState after unmount is a silent no-op.
      setState({ phase: 'idle' });
      return true;
    } catch (cause) {
      const error = toStorageError(cause);
      setState({ phase: 'failed', draft, error });
      onFailure?.(error);
      return false;
    }
  }
  function cancel() {
    setState({ phase: 'idle' });
  }
  function close(next?: T) {
    focusNext.current = 'button';
    if (next === undefined) cancel();
    else void submit(next);
  }

  return {
    state,
    open: state.phase === 'editing' || state.phase === 'failed',
    inputRef,
    buttonRef,
    wrapperRef,
    begin(initial) {
      focusNext.current = 'input';
      setState({ phase: 'editing', draft: initial });
    },
    change(draft) {
      setState((previous) => (previous.phase === 'editing' || previous.phase === 'failed' ? { ...previous, draft } : previous));
    },
    submit,
    cancel,
    close,
    onKeyDown(event) {
      if (event.nativeEvent.isComposing || state.phase === 'idle' || state.phase === 'saving') return;
      if (event.key === 'Enter') {
        event.preventDefault();
        onEnter(state.draft);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    },
  };
}

function wrapperHasFocus(wrapper: HTMLElement | null): boolean {
  if (!wrapper || typeof document === 'undefined') return false;
  const active = document.activeElement;
  return active === document.body || active === null || wrapper.contains(active);
}
