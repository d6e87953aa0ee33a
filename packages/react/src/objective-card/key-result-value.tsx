'use client';
import type { KeyResult, OkrStorageError } from '@okrkit/core';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatCurrentValue, formatMetricValue } from '../format/index';
import { useOkrContext, type OkrLabels } from '../provider/index';
import { InlineEditError, conflictRecord } from './inline-edit-error';
import { useInlineEdit } from './use-inline-edit';

interface KeyResultValueProps {
  keyResult: KeyResult;
  readOnly: boolean;
}

/**
 * A KR's current value, editable in place. Numbers: click (or Enter) for a number field,
 * Enter records a check-in, Esc cancels. Binary: a switch that records a check-in. Milestones
 * are ticked in the check-in dialog. A refused save keeps the typed value with the reason.
 */
export function KeyResultValue({ keyResult, readOnly }: KeyResultValueProps) {
  const { store, locale, labels, userId } = useOkrContext();
  const keyResultId = keyResult.id;
  const save = useCallback(
    (draft: string | boolean) => {
      const author = userId === undefined ? {} : { authorId: userId };
      return typeof draft === 'boolean'
        ? store.recordCheckIn({ keyResultId, done: draft, ...author })
        : store.recordCheckIn({ keyResultId, value: Number(draft), ...author });
    },
    [store, keyResultId, userId],
  );
  const edit = useInlineEdit<string | boolean>(save);
  const { state } = edit;
  const [invalid, setInvalid] = useState(false);
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement | null>(null);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const focusNext = useRef<'input' | 'button' | null>(null);
  useEffect(() => {
    if (focusNext.current === 'input') inputRef.current?.focus();
    if (focusNext.current === 'button') buttonRef.current?.focus();
    focusNext.current = null;
  }, [state.phase]);

  const { metric } = keyResult;
  const name = labels.editValue(keyResult.title);
  const failed = state.phase === 'failed' ? state : null;
  const error = failed ? (
    <InlineEditError
      id={errorId}
      error={failed.error}
      yours={typeof failed.draft === 'boolean' ? (failed.draft ? labels.done : labels.notDone) : failed.draft}
      theirs={theirsOf(failed.error, labels, locale)}
      labels={labels}
      onRetry={() => void edit.submit()}
      onCancel={() => {
        focusNext.current = 'button';
        edit.cancel();
      }}
    />
  ) : null;

  if (metric.kind === 'milestones') {
    return <span data-slot="objective-card-key-result-value">{formatCurrentValue(metric, labels, locale)}</span>;
  }
  if (metric.kind === 'binary') {
    const shown = state.phase === 'failed' && typeof state.draft === 'boolean' ? state.draft : metric.done;
    if (readOnly) return <span data-slot="objective-card-key-result-value">{shown ? labels.done : labels.notDone}</span>;
    return (
      <span data-slot="objective-card-key-result-value" data-state={state.phase}>
        <button
          type="button"
          role="switch"
          aria-checked={shown}
          aria-label={name}
          aria-describedby={failed ? errorId : undefined}
          data-slot="objective-card-key-result-toggle"
          disabled={state.phase === 'saving'}
          onClick={() => void edit.submit(!shown)}
        >
          {shown ? labels.done : labels.notDone}
        </button>
        {error}
      </span>
    );
  }

  const currentValue = metric.current;
  const formatted = formatMetricValue(currentValue, metric.unit, locale);
  if (readOnly) return <span data-slot="objective-card-key-result-value">{formatted}</span>;
  const editing = state.phase === 'editing' || state.phase === 'failed';
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (state.phase === 'idle' || state.phase === 'saving') return;
    if (event.key === 'Enter') {
      event.preventDefault();
      const draft = String(state.draft).trim();
      if (draft === '' || !Number.isFinite(Number(draft))) {
        setInvalid(true);
        return;
      }
      setInvalid(false);
      focusNext.current = 'button';
      if (Number(draft) === currentValue && state.phase === 'editing') edit.cancel();
      else void edit.submit(draft);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setInvalid(false);
      focusNext.current = 'button';
      edit.cancel();
    }
  }
  return (
    <span data-slot="objective-card-key-result-value" data-state={state.phase} aria-busy={state.phase === 'saving' || undefined}>
      {editing ? (
        <>
          <input
            ref={inputRef}
            type="number"
            step="any"
            inputMode="decimal"
            aria-label={name}
            aria-invalid={invalid || failed ? true : undefined}
            aria-describedby={invalid || failed ? errorId : undefined}
            data-slot="objective-card-key-result-input"
            value={String(state.draft)}
            onChange={(event) => edit.change(event.target.value)}
            onKeyDown={onKeyDown}
          />
          {invalid ? (
            <span id={errorId} role="alert" data-slot="inline-edit-error-message">
              {labels.enterNumber}
            </span>
          ) : (
            error
          )}
        </>
      ) : (
        <button
          ref={buttonRef}
          type="button"
          aria-label={`${name}: ${formatted}`}
          title={labels.edit}
          data-slot="objective-card-key-result-edit"
          onClick={() => {
            focusNext.current = 'input';
            edit.start(String(currentValue));
          }}
        >
          {formatted}
        </button>
      )}
    </span>
  );
}

/** The stored reading after a conflict, written like the field; null when the KR was deleted. */
function theirsOf(error: OkrStorageError, labels: OkrLabels, locale: string | undefined): string | null | undefined {
  const record = conflictRecord<KeyResult>(error);
  if (!record || !('metric' in record)) return record === null ? null : undefined;
  return formatCurrentValue(record.metric, labels, locale);
}
