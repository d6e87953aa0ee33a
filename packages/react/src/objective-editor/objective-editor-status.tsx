'use client';
import type { DraftSessionState, LintSeverity } from '@okrkit/core';
import type { ObjectiveDraft } from './objective-editor.types';
import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import { saveErrorMessage } from '../internal/save-error';
import { lintSentence } from '../provider/core-words';
import { useOkrContext } from '../provider/index';
import { useEditorHints, useEditorParts, useEditorState } from './objective-editor-context';
import { slotClass } from '../internal/slot-class';

/**
 * The method's pitfalls for this objective as it is typed (DOMAIN.md §8): vague title, KR not
 * measurable, task written as a KR, too many / too few KRs, no parent. Advice only: Save stays on.
 * @example <ObjectiveEditor.Hints />
 */
export const ObjectiveEditorHints = /* @__PURE__ */ forwardRef<HTMLElement, ComponentPropsWithoutRef<'section'>>(function ObjectiveEditorHints(props, ref) {
  const { labels } = useEditorParts('Hints');
  const hints = useEditorHints();
  const { labels: okrLabels, locale } = useOkrContext();
  const headingId = useId();
  return (
    <section {...props} className={slotClass('objective-editor-hints', props.className)} ref={ref} aria-labelledby={headingId} data-slot="objective-editor-hints" data-state={hints.length > 0 ? 'hints' : 'clear'}>
      <h3 id={headingId}>{labels.hints}</h3>
      {hints.length === 0 ? (
        <p>{labels.noHints}</p>
      ) : (
        <ul>
          {hints.map((hint, at) => (
            <li key={`${hint.code}-${hint.keyResultId ?? ''}-${at}`} data-code={hint.code} data-state={hint.severity satisfies LintSeverity}>
              <bdi>{lintSentence(okrLabels, hint, locale)}</bdi>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

/**
 * Save and Cancel, the save's state ("Saving…", "Saved", "Not saved: … Retry"), a restore offer
 * for a draft found in the backup, and a conflict as the card shows it (theirs vs yours, Keep
 * theirs / Use mine).
 * @example <ObjectiveEditor.Actions />
 */
export const ObjectiveEditorActions = /* @__PURE__ */ forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function ObjectiveEditorActions(props, ref) {
  const { session, labels, save, requestCancel, readOnly } = useEditorParts('Actions');
  const { labels: okrLabels } = useOkrContext();
  // Re-renders when the save's state, a conflict or a restore offer changes, not per keystroke.
  const { indicator, conflict, restore } = useEditorState(session, actionsState, sameActionsState);
  return (
    <div {...props} className={slotClass('objective-editor-actions', props.className)} ref={ref} data-slot="objective-editor-actions" data-state={conflict ? 'conflict' : indicator.state}>
      {restore ? (
        <div role="group" aria-label={labels.restoreDraft} data-slot="objective-editor-restore" className="okr-slot-objective-editor-restore">
          <p>{labels.restoreDraft}</p>
          <button type="button" onClick={() => session.acceptRestore()}>
            {labels.restore}
          </button>
          <button type="button" onClick={() => session.discardRestore()}>
            {labels.discard}
          </button>
        </div>
      ) : null}
      {conflict ? (
        <div role="alert" data-slot="objective-editor-conflict" className="okr-slot-objective-editor-conflict">
          <p>{labels.conflict}</p>
          <dl>
            <dt>{labels.theirs}</dt>
            <dd dir="auto">{conflict.theirs?.objective.title ?? '—'}</dd>
            <dt>{labels.yours}</dt>
            <dd dir="auto">{conflict.mine.objective.title}</dd>
          </dl>
          <button type="button" onClick={() => session.takeTheirs()}>
            {labels.keepTheirs}
          </button>
          <button type="button" onClick={() => void session.keepMine()}>
            {labels.useMine}
          </button>
        </div>
      ) : null}
      {indicator.state === 'failed' && !conflict ? (
        <div role="alert" data-slot="objective-editor-save-error" className="okr-slot-objective-editor-save-error">
          <p>{labels.notSaved(saveErrorMessage(indicator.error, okrLabels, detailsOf(indicator.error)))}</p>
          <button type="button" onClick={() => void save()}>
            {labels.retry}
          </button>
        </div>
      ) : null}
      <p role="status" data-slot="objective-editor-indicator" className="okr-slot-objective-editor-indicator">
        {indicator.state === 'saving' ? labels.saving : indicator.state === 'saved' && indicator.at ? labels.saved : ''}
      </p>
      {readOnly ? null : (
        <button type="submit" data-slot="objective-editor-save" className="okr-slot-objective-editor-save" aria-disabled={indicator.state === 'saving' ? true : undefined}>
          {indicator.state === 'saving' ? labels.saving : labels.save}
        </button>
      )}
      <button type="button" data-slot="objective-editor-cancel" className="okr-slot-objective-editor-cancel" onClick={requestCancel}>
        {labels.cancel}
      </button>
    </div>
  );
});

function actionsState(state: DraftSessionState<ObjectiveDraft>) {
  return { indicator: state.indicator, conflict: state.conflict, restore: state.restore };
}

function sameActionsState(a: ReturnType<typeof actionsState>, b: ReturnType<typeof actionsState>): boolean {
  const [mine, theirs] = [a.indicator as { state: string; at?: unknown; error?: unknown }, b.indicator as { state: string; at?: unknown; error?: unknown }];
  return a.conflict === b.conflict && a.restore === b.restore && mine.state === theirs.state && mine.at === theirs.at && mine.error === theirs.error;
}

/** A validation refusal names its fields: "keyResults[1].metric.target: must be a number". */
function detailsOf(error: unknown): string[] {
  const details = (error as { errors?: readonly { path: string; message: string }[] }).errors;
  return Array.isArray(details) ? details.slice(0, 3).map((item) => (item.path ? `${item.path}: ${item.message}` : item.message)) : [];
}
