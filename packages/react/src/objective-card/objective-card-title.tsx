'use client';
import type { Objective } from '@okrkit/core';
import { forwardRef, useCallback, useEffect, useId, useRef, type ComponentPropsWithoutRef, type FocusEvent, type KeyboardEvent } from 'react';
import { useObjective, useOkrContext } from '../provider/index';
import { InlineEditError, conflictRecord } from './inline-edit-error';
import { useObjectiveCardContext } from './objective-card-context';
import { useInlineEdit } from './use-inline-edit';

export interface ObjectiveCardTitleProps extends ComponentPropsWithoutRef<'div'> {}

/**
 * The objective's title, editable in place (Notion-like): click it, or press Enter while it
 * has focus, to get a text field; Enter saves, Esc cancels. The save is optimistic; when the
 * store refuses, the field comes back with the typed text, the reason and a way to retry.
 * `data-state`: `idle | editing | saving | failed`.
 */
export const ObjectiveCardTitle = /* @__PURE__ */ forwardRef<HTMLDivElement, ObjectiveCardTitleProps>(function ObjectiveCardTitle(props, ref) {
  const { objectiveId, readOnly, titleId } = useObjectiveCardContext('Title');
  const { store, labels } = useOkrContext();
  const objective = useObjective(objectiveId);
  const save = useCallback((title: string) => store.updateObjective(objectiveId, { title }), [store, objectiveId]);
  const edit = useInlineEdit(save);
  const { state } = edit;
  const errorId = useId();
  const wrapperRef = useRef<HTMLDivElement | null>(null);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  // Where focus should go after the next phase change; null leaves focus alone.
  const focusNext = useRef<'input' | 'button' | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (target === 'input' && inputRef.current) {
      inputRef.current.focus();
      if (state.phase === 'editing') inputRef.current.select();
      focusNext.current = null;
    } else if (target === 'button' && buttonRef.current) {
      buttonRef.current.focus();
      focusNext.current = null;
    }
    if (state.phase === 'failed' && wrapperHasFocus(wrapperRef.current)) inputRef.current?.focus();
  }, [state.phase]);

  if (!objective) return null;
  const title = objective.title;
  const isEditing = state.phase === 'editing' || state.phase === 'failed';

  function begin() {
    focusNext.current = 'input';
    edit.start(title);
  }
  function finish(draft: string) {
    const next = draft.trim();
    focusNext.current = 'button';
    if (next === title) edit.cancel();
    else void edit.submit(next);
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      if (state.phase !== 'idle' && state.phase !== 'saving') finish(state.draft);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      focusNext.current = 'button';
      edit.cancel();
    }
  }
  function onBlur(event: FocusEvent<HTMLInputElement>) {
    // Leaving the field saves, like Notion; moving to Retry/Cancel does not, nor does a failed edit.
    if (state.phase !== 'editing' || wrapperRef.current?.contains(event.relatedTarget as Node | null)) return;
    focusNext.current = null;
    const next = state.draft.trim();
    if (next === title) edit.cancel();
    else void edit.submit(next);
  }

  const failed = state.phase === 'failed' ? state : null;
  const theirs = failed ? conflictRecord<Objective>(failed.error) : undefined;
  return (
    <div
      {...props}
      ref={(node) => {
        wrapperRef.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      }}
      data-slot="objective-card-title"
      data-state={state.phase}
      aria-busy={state.phase === 'saving' || undefined}
    >
      {isEditing ? (
        <>
          <input
            ref={inputRef}
            id={titleId}
            type="text"
            data-slot="objective-card-title-input"
            aria-label={labels.objectiveTitle}
            aria-invalid={failed ? true : undefined}
            aria-describedby={failed ? errorId : undefined}
            value={state.draft}
            onChange={(event) => edit.change(event.target.value)}
            onKeyDown={onKeyDown}
            onBlur={onBlur}
          />
          {failed ? (
            <InlineEditError
              id={errorId}
              error={failed.error}
              yours={failed.draft}
              theirs={theirs === undefined ? undefined : (theirs?.title ?? null)}
              labels={labels}
              onRetry={() => {
                focusNext.current = 'button';
                void edit.submit();
              }}
              onCancel={() => {
                focusNext.current = 'button';
                edit.cancel();
              }}
            />
          ) : null}
        </>
      ) : (
        <h3 id={titleId} data-slot="objective-card-title-text">
          {readOnly ? (
            title
          ) : (
            <button ref={buttonRef} type="button" data-slot="objective-card-title-button" title={labels.editTitle} onClick={begin}>
              {title}
            </button>
          )}
        </h3>
      )}
    </div>
  );
});

function wrapperHasFocus(wrapper: HTMLElement | null): boolean {
  if (!wrapper || typeof document === 'undefined') return false;
  const active = document.activeElement;
  return active === document.body || active === null || wrapper.contains(active);
}
