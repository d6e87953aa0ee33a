'use client';
import { ValidationFailedError, toStorageError, type OkrStorageError } from '@okrkit/core';
import { useId, useState, type FormEvent } from 'react';
import { formatNumber } from '../format/index';
import { saveErrorMessage } from '../internal/save-error';
import { useOkrContext, useReportError } from '../provider/index';
import { useCheckInTimelineContext } from './check-in-timeline-context';
import { editValuesOf, toCheckInPatch, validateCheckInEdit, type CheckInEditField, type CheckInEditValues } from './check-in-edit.utils';
import type { TimelineEntry } from './check-in-timeline.utils';

type Phase = { phase: 'editing' } | { phase: 'saving' } | { phase: 'failed'; error: OkrStorageError; details: string[] };

/**
 * Corrects one past check-in in place: its reading (as its KR's metric takes it), confidence
 * and note. Enter (or Save) sends, Esc cancels; a refused save keeps every field as typed,
 * with the reason at the field or below the form, and Save again retries.
 */
export function CheckInTimelineEditor({ entry, onDone }: { entry: TimelineEntry; onDone: () => void }) {
  const { labels: okrLabels, locale } = useOkrContext();
  const { labels, update } = useCheckInTimelineContext('Editor');
  const reportError = useReportError();
  const { checkIn, keyResult } = entry;
  const { metric } = keyResult;
  const [values, setValues] = useState<CheckInEditValues>(() => editValuesOf(checkIn));
  const [errors, setErrors] = useState<Partial<Record<CheckInEditField, string>>>({});
  const [state, setState] = useState<Phase>({ phase: 'editing' });
  const id = useId();
  const fieldId = (field: CheckInEditField) => `${id}-${field}`;
  const errorId = (field: CheckInEditField) => `${id}-${field}-error`;
  const messages = {
    enterNumber: okrLabels.enterNumber,
    confidenceRange: okrLabels.confidenceRange,
    milestoneCount: (count: number) => labels.wholeNumberUpTo(formatNumber(count, locale)),
  };

  function change<K extends keyof CheckInEditValues>(field: K, value: CheckInEditValues[K]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    if (field in errors) setErrors((previous) => ({ ...previous, [field]: undefined }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (state.phase === 'saving') return;
    const found = validateCheckInEdit(values, keyResult, messages);
    setErrors(found);
    const first = (Object.keys(found) as CheckInEditField[]).find((field) => found[field]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    setState({ phase: 'saving' });
    try {
      await update(checkIn.id, toCheckInPatch(values, keyResult));
      onDone();
    } catch (cause) {
      const error = toStorageError(cause);
      reportError(error, { widget: 'timeline', action: 'save', kind: 'checkIn', recordId: checkIn.id });
      const details: string[] = [];
      if (error instanceof ValidationFailedError) {
        const atField: Partial<Record<CheckInEditField, string>> = {};
        for (const problem of error.errors) {
          const field = problem.path.endsWith('confidence') ? 'confidence' : problem.path === 'value' || problem.path.endsWith('.value') ? 'value' : null;
          if (field) atField[field] = field === 'confidence' ? okrLabels.confidenceRange : `${problem.message}`;
          else details.push(`${problem.path}: ${problem.message}`);
        }
        setErrors(atField);
      }
      setState({ phase: 'failed', error, details });
    }
  }

  const fieldProps = (field: CheckInEditField) => ({
    id: fieldId(field),
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? errorId(field) : undefined,
  });
  const saving = state.phase === 'saving';

  return (
    <form
      data-slot="check-in-timeline-editor" className="okr-slot-check-in-timeline-editor"
      aria-label={labels.editCheckIn}
      aria-busy={saving}
      noValidate
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onDone();
      }}
    >
      {metric.kind === 'binary' ? (
        <label data-slot="check-in-timeline-field" className="okr-slot-check-in-timeline-field">
          <input type="checkbox" checked={values.done} onChange={(event) => change('done', event.target.checked)} /> {okrLabels.done}
        </label>
      ) : (
        <div data-slot="check-in-timeline-field" className="okr-slot-check-in-timeline-field">
          <label htmlFor={fieldId('value')}>{metric.kind === 'milestones' ? labels.milestonesDoneField : labels.readingField}</label>
          <input {...fieldProps('value')} type="text" inputMode="decimal" autoComplete="off" autoFocus value={values.value} onChange={(event) => change('value', event.target.value)} />
          {errors.value ? (
            <span id={errorId('value')} data-slot="check-in-timeline-field-error" className="okr-slot-check-in-timeline-field-error">
              {errors.value}
            </span>
          ) : null}
        </div>
      )}
      <div data-slot="check-in-timeline-field" className="okr-slot-check-in-timeline-field">
        <label htmlFor={fieldId('confidence')}>{okrLabels.confidence} (%)</label>
        <input {...fieldProps('confidence')} type="text" inputMode="decimal" autoComplete="off" value={values.confidence} onChange={(event) => change('confidence', event.target.value)} />
        {errors.confidence ? (
          <span id={errorId('confidence')} data-slot="check-in-timeline-field-error" className="okr-slot-check-in-timeline-field-error">
            {errors.confidence}
          </span>
        ) : null}
      </div>
      <div data-slot="check-in-timeline-field" className="okr-slot-check-in-timeline-field">
        <label htmlFor={`${id}-note`}>{okrLabels.note}</label>
        <textarea id={`${id}-note`} dir="auto" rows={3} value={values.note} onChange={(event) => change('note', event.target.value)} />
      </div>
      {state.phase === 'failed' ? (
        <p role="alert" data-slot="check-in-timeline-error" className="okr-slot-check-in-timeline-error">
          {saveErrorMessage(state.error, okrLabels, state.details)}
        </p>
      ) : null}
      <div data-slot="check-in-timeline-editor-actions" className="okr-slot-check-in-timeline-editor-actions">
        <button type="submit" disabled={saving}>
          {saving ? okrLabels.saving : state.phase === 'failed' ? okrLabels.retry : okrLabels.save}
        </button>
        <button type="button" onClick={onDone}>
          {okrLabels.cancel}
        </button>
      </div>
    </form>
  );
}
