'use client';
import { ValidationFailedError, toStorageError, type CheckIn, type KeyResult, type OkrStorageError, type OvertakenCheckIns } from '@okrkit/core';
import * as Dialog from '@radix-ui/react-dialog';
import { useId, useRef, useState, type FormEvent } from 'react';
import { overtakenNotice } from '../internal/overtaken-notice';
import { saveErrorMessage } from '../internal/save-error';
import { useDirectoryNames, useOkrContext, useReportError } from '../provider/index';
import {
  fieldErrorsFromStore,
  initialCheckInValues,
  toCheckInInput,
  validateCheckInForm,
  type CheckInField,
  type CheckInFieldErrors,
  type CheckInFormValues,
} from './check-in-form.utils';
import { unitSuffix } from './unit-suffix';

interface CheckInFormProps {
  keyResult: KeyResult;
  /** `overtook`: someone else's check-in this one was logged after (the dialog then stays open to say so). */
  onCheckedIn(checkIn: CheckIn, overtook: OvertakenCheckIns | null): void;
}

type Phase =
  | { phase: 'editing' }
  | { phase: 'saving' }
  | { phase: 'failed'; error: OkrStorageError; general: string[] }
  | { phase: 'overtook'; notice: string };

/**
 * The dialog's form. Mounted while the dialog is open, so each opening starts from the KR's
 * current reading; a refused save keeps every field as typed.
 */
export function CheckInForm({ keyResult, onCheckedIn }: CheckInFormProps) {
  const { store, labels, userId, locale } = useOkrContext();
  const names = useDirectoryNames();
  const reportError = useReportError();
  const [values, setValues] = useState<CheckInFormValues>(() => initialCheckInValues(keyResult));
  const [errors, setErrors] = useState<CheckInFieldErrors>({});
  const [state, setState] = useState<Phase>({ phase: 'editing' });
  const formRef = useRef<HTMLFormElement | null>(null);
  const id = useId();
  const fieldId = (field: CheckInField) => `${id}-${field}`;
  const errorId = (field: CheckInField) => `${id}-${field}-error`;
  const { metric } = keyResult;
  const unit = 'unit' in metric ? unitSuffix(metric.unit) : '';

  function update<K extends keyof CheckInFormValues>(field: K, value: CheckInFormValues[K]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    // A field's message goes once the user changes it; the next submit checks again.
    if (errors[field]) setErrors((previous) => ({ ...previous, [field]: undefined }));
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (state.phase === 'saving' || state.phase === 'overtook') return;
    const found = validateCheckInForm(values, keyResult, labels);
    setErrors(found);
    const first = (Object.keys(found) as CheckInField[])[0];
    if (first) {
      formRef.current?.ownerDocument.getElementById(fieldId(first))?.focus();
      return;
    }
    setState({ phase: 'saving' });
    try {
      const input = toCheckInInput(values, keyResult);
      const { checkIn, overtook } = await store.recordCheckIn(userId === undefined ? input : { ...input, authorId: userId });
      const notice = overtakenNotice(overtook, labels, locale, names);
      if (notice !== null) setState({ phase: 'overtook', notice });
      onCheckedIn(checkIn, overtook);
    } catch (cause) {
      const error = toStorageError(cause);
      reportError(error, { widget: 'check-in', action: 'save', kind: 'keyResult', recordId: keyResult.id });
      let general: string[] = [];
      if (error instanceof ValidationFailedError) {
        const mapped = fieldErrorsFromStore(error.errors);
        if (mapped.fields.confidence) mapped.fields.confidence = labels.confidenceRange;
        setErrors(mapped.fields);
        general = mapped.general;
      }
      setState({ phase: 'failed', error, general });
    }
  }

  const saving = state.phase === 'saving';
  const fieldProps = (field: CheckInField) => ({
    id: fieldId(field),
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? errorId(field) : undefined,
  });
  const fieldError = (field: CheckInField) =>
    errors[field] ? (
      <p id={errorId(field)} data-slot="check-in-dialog-field-error" className="okr-slot-check-in-dialog-field-error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form ref={formRef} data-slot="check-in-dialog-form" className="okr-slot-check-in-dialog-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={saving || undefined}>
      {metric.kind === 'binary' ? (
        <div data-slot="check-in-dialog-field" className="okr-slot-check-in-dialog-field" data-field="done">
          <input type="checkbox" {...fieldProps('done')} checked={values.done} onChange={(event) => update('done', event.target.checked)} />
          <label htmlFor={fieldId('done')}>{labels.done}</label>
          {fieldError('done')}
        </div>
      ) : metric.kind === 'milestones' ? (
        <fieldset data-slot="check-in-dialog-field" className="okr-slot-check-in-dialog-field" data-field="milestones" aria-describedby={errors.milestones ? errorId('milestones') : undefined}>
          <legend>{labels.milestones}</legend>
          {metric.milestones.map((milestone, index) => (
            <div key={index} data-slot="check-in-dialog-milestone" className="okr-slot-check-in-dialog-milestone">
              <input
                type="checkbox"
                id={`${fieldId('milestones')}-${index}`}
                checked={values.milestones[index] ?? false}
                onChange={(event) => update('milestones', values.milestones.map((done, at) => (at === index ? event.target.checked : done)))}
              />
              <label htmlFor={`${fieldId('milestones')}-${index}`} dir="auto">
                {milestone.title}
              </label>
            </div>
          ))}
          {fieldError('milestones')}
        </fieldset>
      ) : (
        <div data-slot="check-in-dialog-field" className="okr-slot-check-in-dialog-field" data-field="value">
          <label htmlFor={fieldId('value')}>{labels.newValue}</label>
          <div data-slot="check-in-dialog-input-group" className="okr-slot-check-in-dialog-input-group">
            <input type="number" step="any" inputMode="decimal" {...fieldProps('value')} value={values.value} onChange={(event) => update('value', event.target.value)} />
            {unit ? (
              <bdi data-slot="check-in-dialog-unit" className="okr-slot-check-in-dialog-unit">{unit}</bdi>
            ) : null}
          </div>
          {fieldError('value')}
        </div>
      )}
      <div data-slot="check-in-dialog-field" className="okr-slot-check-in-dialog-field" data-field="confidence">
        <label htmlFor={fieldId('confidence')}>
          {labels.confidence} <span data-slot="check-in-dialog-optional" className="okr-slot-check-in-dialog-optional">{labels.optional}</span>
        </label>
        <div data-slot="check-in-dialog-input-group" className="okr-slot-check-in-dialog-input-group">
          <input
            type="number"
            min={0}
            max={100}
            step={5}
            inputMode="numeric"
            {...fieldProps('confidence')}
            aria-describedby={[`${id}-confidence-hint`, errors.confidence ? errorId('confidence') : ''].join(' ').trim()}
            value={values.confidence}
            onChange={(event) => update('confidence', event.target.value)}
          />
          <span data-slot="check-in-dialog-unit" className="okr-slot-check-in-dialog-unit">%</span>
        </div>
        <p id={`${id}-confidence-hint`} data-slot="check-in-dialog-hint" className="okr-slot-check-in-dialog-hint">
          {labels.confidenceHint}
        </p>
        {fieldError('confidence')}
      </div>
      <div data-slot="check-in-dialog-field" className="okr-slot-check-in-dialog-field" data-field="note">
        <label htmlFor={fieldId('note')}>
          {labels.note} <span data-slot="check-in-dialog-optional" className="okr-slot-check-in-dialog-optional">{labels.optional}</span>
        </label>
        <textarea rows={3} dir="auto" {...fieldProps('note')} value={values.note} onChange={(event) => update('note', event.target.value)} />
        {fieldError('note')}
      </div>
      {state.phase === 'failed' ? (
        <div data-slot="check-in-dialog-error" className="okr-slot-check-in-dialog-error" data-code={state.error.code}>
          <p role="alert">{saveErrorMessage(state.error, labels, state.general)}</p>
          {state.error.retryable || state.error.code === 'conflict' || state.error.code === 'unknown' ? (
            <button type="button" data-slot="check-in-dialog-retry" className="okr-slot-check-in-dialog-retry" onClick={() => void submit()}>
              {labels.retry}
            </button>
          ) : null}
        </div>
      ) : null}
      {state.phase === 'overtook' ? (
        <p role="status" data-slot="check-in-dialog-notice" className="okr-slot-check-in-dialog-notice">
          {state.notice}
        </p>
      ) : null}
      <div data-slot="check-in-dialog-actions" className="okr-slot-check-in-dialog-actions">
        <Dialog.Close asChild>
          <button type="button" data-slot="check-in-dialog-cancel" className="okr-slot-check-in-dialog-cancel">
            {state.phase === 'overtook' ? labels.close : labels.cancel}
          </button>
        </Dialog.Close>
        {state.phase === 'overtook' ? null : (
          <button type="submit" data-slot="check-in-dialog-submit" className="okr-slot-check-in-dialog-submit" disabled={saving} aria-disabled={saving || undefined}>
            {saving ? labels.saving : labels.save}
          </button>
        )}
      </div>
    </form>
  );
}
