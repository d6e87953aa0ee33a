'use client';
import type { KeyResult, OkrStorageError } from '@okrkit/core';
import { useCallback, useId, useState, type ReactNode } from 'react';
import { formatCurrentValue } from '../format/index';
import { overtakenNotice } from '../internal/overtaken-notice';
import { useDirectoryNames, useOkrContext, useReportError, type ProvidedOkrLabels } from '../provider/index';
import { InlineEditError, conflictRecord } from './inline-edit-error';
import { useInlineEditField } from './use-inline-edit';

interface KeyResultValueProps {
  keyResult: KeyResult;
  readOnly: boolean;
  /** The id of the element showing the KR's title: a binary KR's checkbox is named by it and "Done". */
  titleId?: string | undefined;
}

/**
 * A KR's current value, editable in place. Numbers: click (or Enter) for a number field,
 * Enter records a check-in, Esc cancels. Binary: a checkbox labelled "Done" that records a check-in. Milestones
 * are ticked in the check-in dialog. A refused save keeps the typed value with the reason.
 * A check-in that landed after a colleague's (the store retries it on top: both stay in the
 * log) is followed by a polite status line saying whose value it was recorded after.
 */
export function KeyResultValue({ keyResult, readOnly, titleId }: KeyResultValueProps) {
  const { store, locale, labels, userId } = useOkrContext();
  const names = useDirectoryNames();
  const keyResultId = keyResult.id;
  const [notice, setNotice] = useState<string | null>(null);
  const save = useCallback(
    async (draft: string | boolean) => {
      const author = userId === undefined ? {} : { authorId: userId };
      setNotice(null);
      const recorded = await (typeof draft === 'boolean'
        ? store.recordCheckIn({ keyResultId, done: draft, ...author })
        : store.recordCheckIn({ keyResultId, value: Number(draft), ...author }));
      setNotice(overtakenNotice(recorded.overtook, labels, locale, names));
    },
    [store, keyResultId, userId, labels, locale, names],
  );
  const [invalid, setInvalid] = useState(false);
  const { metric } = keyResult;
  const reportError = useReportError();
  const field = useInlineEditField<string | boolean>(save, (typed) => {
    const draft = String(typed).trim();
    const valid = draft !== '' && Number.isFinite(Number(draft));
    setInvalid(!valid);
    // An unchanged value is not a check-in; after a refused save, Enter tries again.
    if (valid) field.close(Number(draft) === ('current' in metric ? metric.current : undefined) && state.phase === 'editing' ? undefined : draft);
  }, (error) => reportError(error, { widget: 'card', action: 'save', kind: 'keyResult', recordId: keyResultId }));
  const { state } = field;
  const errorId = useId();
  const doneId = useId();

  const name = labels.editValue(keyResult.title);
  const failed = state.phase === 'failed' ? state : null;
  // A refused toggle keeps showing what the user chose, like a refused number keeps its text.
  const done = metric.kind === 'binary' && (failed && typeof failed.draft === 'boolean' ? failed.draft : metric.done);
  const formatted = metric.kind === 'binary' ? (done ? labels.done : labels.notDone) : formatCurrentValue(metric, labels, locale);
  // <bdi>: a value with a custom unit ("45 products") is isolated from the text around it.
  let content: ReactNode = <bdi>{formatted}</bdi>;
  if (readOnly || metric.kind === 'milestones') {
    // Milestones are ticked in the check-in dialog; read-only shows the value as text.
  } else if (metric.kind === 'binary') {
    // One control: a native checkbox whose visible label ("Done") is part of it, so the
    // whole label is clickable; the card hides the bar's check square beside it.
    content = (
      <label data-slot="objective-card-key-result-toggle" className="okr-slot-objective-card-key-result-toggle" data-state={done ? 'checked' : 'unchecked'}>
        <input
          type="checkbox"
          checked={done}
          aria-labelledby={titleId ? `${titleId} ${doneId}` : undefined}
          aria-label={titleId ? undefined : `${keyResult.title}: ${labels.done}`}
          aria-describedby={failed ? errorId : undefined}
          data-slot="objective-card-key-result-checkbox" className="okr-slot-objective-card-key-result-checkbox"
          disabled={state.phase === 'saving'}
          onChange={() => void field.submit(!done)}
        />
        <span id={doneId}>{labels.done}</span>
      </label>
    );
  } else if (field.open) {
    content = (
      <>
        <input
          ref={field.inputRef}
          type="number"
          step="any"
          inputMode="decimal"
          aria-label={name}
          aria-invalid={invalid || failed ? true : undefined}
          aria-describedby={invalid || failed ? errorId : undefined}
          data-slot="objective-card-key-result-input" className="okr-slot-objective-card-key-result-input"
          value={state.phase === 'idle' ? '' : String(state.draft)}
          onChange={(event) => field.change(event.target.value)}
          onKeyDown={field.onKeyDown}
        />
        {invalid ? (
          <span id={errorId} role="alert" data-slot="inline-edit-error-message" className="okr-slot-inline-edit-error-message">
            {labels.enterNumber}
          </span>
        ) : null}
      </>
    );
  } else {
    content = (
      <button
        ref={field.buttonRef}
        type="button"
        aria-label={`${name}: ${formatted}`}
        title={labels.edit}
        data-slot="objective-card-key-result-edit" className="okr-slot-objective-card-key-result-edit"
        dir="auto"
        onClick={() => {
          setInvalid(false);
          field.begin(String(metric.current));
        }}
      >
        {formatted}
      </button>
    );
  }

  return (
    <span
      ref={field.wrapperRef}
      data-slot="objective-card-key-result-value" className="okr-slot-objective-card-key-result-value"
      data-state={readOnly ? undefined : state.phase}
      aria-busy={state.phase === 'saving' || undefined}
    >
      {content}
      {notice && state.phase === 'idle' ? (
        <span role="status" data-slot="objective-card-key-result-notice" className="okr-slot-objective-card-key-result-notice">
          {notice}
        </span>
      ) : null}
      {failed && !invalid ? (
        <InlineEditError
          id={errorId}
          error={failed.error}
          yours={typeof failed.draft === 'boolean' ? formatted : failed.draft}
          theirs={theirsOf(failed.error, labels, locale)}
          labels={labels}
          onRetry={() => field.close(failed.draft)}
          onCancel={() => field.close()}
        />
      ) : null}
    </span>
  );
}

/** The stored reading after a conflict, written like the field; null when the KR was deleted. */
function theirsOf(error: OkrStorageError, labels: ProvidedOkrLabels, locale: string | undefined): string | null | undefined {
  const record = conflictRecord<KeyResult>(error);
  if (!record || !('metric' in record)) return record === null ? null : undefined;
  return formatCurrentValue(record.metric, labels, locale);
}
