'use client';
import type { Objective } from '@okrkit/core';
import { forwardRef, useCallback, useId, useState, type ComponentPropsWithoutRef, type FocusEvent } from 'react';
import { useObjective, useOkrContext, useReportError } from '../provider/index';
import { InlineEditError, conflictRecord } from './inline-edit-error';
import { useObjectiveCardContext } from './objective-card-context';
import { useInlineEditField } from './use-inline-edit';
import { slotClass } from '../internal/slot-class';

export interface ObjectiveCardTitleProps extends ComponentPropsWithoutRef<'div'> {}

/**
 * The objective's title, editable in place (Notion-like): click it, or press Enter while it
 * has focus, to get a text field; Enter saves, Esc cancels. The save is optimistic; when the
 * store refuses, the field comes back with the typed text, the reason and a way to retry.
 * The card stays named by the saved title until a new one is saved.
 * `data-state`: `idle | editing | saving | failed`.
 */
export const ObjectiveCardTitle = /* @__PURE__ */ forwardRef<HTMLDivElement, ObjectiveCardTitleProps>(function ObjectiveCardTitle(props, ref) {
  const { objectiveId, readOnly, titleId } = useObjectiveCardContext('Title');
  const { store, labels } = useOkrContext();
  const objective = useObjective(objectiveId);
  const title = objective?.title ?? '';
  const save = useCallback((next: string) => store.updateObjective(objectiveId, { title: next }), [store, objectiveId]);
  // The title storage held when the last save was sent: while that save is pending the store
  // already shows the new title (optimistic), but the card keeps its saved name until it succeeds.
  const [savedTitle, setSavedTitle] = useState('');
  const reportError = useReportError();
  const field = useInlineEditField(save, (draft: string) => finish(draft), (error) => reportError(error, { widget: 'card', action: 'save', kind: 'objective', recordId: objectiveId }));
  const { state } = field;
  const errorId = useId();

  function finish(draft: string) {
    const next = draft.trim();
    setSavedTitle(title);
    field.close(next === title ? undefined : next);
  }
  function onBlur(event: FocusEvent<HTMLInputElement>) {
    // Leaving the field saves, like Notion; moving to Retry/Cancel does not, nor does a failed edit.
    if (state.phase !== 'editing' || field.wrapperRef.current?.contains(event.relatedTarget as Node | null)) return;
    const next = state.draft.trim();
    setSavedTitle(title);
    if (next === title) field.cancel();
    else void field.submit(next);
  }

  if (!objective) return null;
  const failed = state.phase === 'failed' ? state : null;
  const theirs = failed ? conflictRecord<Objective>(failed.error) : undefined;
  return (
    <div
      {...props} className={slotClass('objective-card-title', props.className)}
      ref={(node) => {
        field.wrapperRef.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      }}
      data-slot="objective-card-title"
      data-state={state.phase}
      aria-busy={state.phase === 'saving' || undefined}
    >
      {state.phase === 'idle' ? null : (
        // Names the card (`aria-labelledby` of the root) while the title is edited or saved:
        // the field's live text and the optimistic title are not the objective's name yet.
        <span id={titleId} hidden>
          {state.phase === 'saving' ? savedTitle : title}
        </span>
      )}
      {field.open ? (
        <>
          <input
            ref={field.inputRef}
            type="text"
            data-slot="objective-card-title-input" className="okr-slot-objective-card-title-input"
            dir="auto"
            aria-label={labels.objectiveTitle}
            aria-invalid={failed ? true : undefined}
            aria-describedby={failed ? errorId : undefined}
            value={state.phase === 'idle' ? '' : state.draft}
            onChange={(event) => field.change(event.target.value)}
            onKeyDown={field.onKeyDown}
            onBlur={onBlur}
          />
          {failed ? (
            <InlineEditError
              id={errorId}
              error={failed.error}
              yours={failed.draft}
              theirs={theirs === undefined ? undefined : (theirs?.title ?? null)}
              labels={labels}
              onRetry={() => finish(failed.draft)}
              onCancel={() => field.close()}
            />
          ) : null}
        </>
      ) : (
        // dir="auto" on user text: "Monthly active users +20 %" keeps its "%" at the end in a right-to-left page.
        <h3 id={state.phase === 'idle' ? titleId : undefined} data-slot="objective-card-title-text" className="okr-slot-objective-card-title-text" dir="auto">
          {readOnly ? (
            title
          ) : (
            <button ref={field.buttonRef} type="button" data-slot="objective-card-title-button" className="okr-slot-objective-card-title-button" title={labels.editTitle} onClick={() => field.begin(title)}>
              {title}
            </button>
          )}
        </h3>
      )}
    </div>
  );
});
