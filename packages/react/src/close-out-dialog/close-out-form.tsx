'use client';
import { createDraftSession, ValidationFailedError, toStorageError, type DraftBackup, type KeyResult, type Objective, type OkrStorageError, type ScoringStrategy } from '@okrkit/core';
import type { ClosedObjective, CycleStore } from '@okrkit/core/cycle';
import { CLOSING_RESULTS, suggestFinalGrades, weightedGrade } from '@okrkit/core/cycle';
import * as Dialog from '@radix-ui/react-dialog';
import { createContext, useContext, useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { formatNumber } from '../format/index';
import { isolatedLabel } from '../format/isolated-label';
import { cycleScoringOf } from '../internal/cycle-scoring';
import { saveErrorMessage } from '../internal/save-error';
import { useDraftSession } from '../internal/use-draft-session';
import { useOkrContext, useOkrSelector, useReportError } from '../provider/index';
import type { CloseOutLabels } from './close-out-dialog.labels';
import {
  fieldErrorsFromCloseOut,
  initialCloseOutValues,
  parseGrade,
  restoreCloseOutValues,
  toCloseOutInput,
  validateCloseOutForm,
  type CloseOutField,
  type CloseOutFieldErrors,
  type CloseOutFormValues,
} from './close-out-form.utils';

type Phase = { phase: 'editing' } | { phase: 'saving' } | { phase: 'failed'; error: OkrStorageError; general: string[] };

/** What the close-out parts share: the objective, its KRs, the values typed, their messages. */
interface CloseOutFormContext {
  objective: Objective;
  keyResults: readonly KeyResult[];
  labels: CloseOutLabels;
  values: CloseOutFormValues;
  errors: CloseOutFieldErrors;
  suggested: ReadonlyMap<string, number>;
  update: (change: Partial<CloseOutFormValues>, fields: CloseOutField[]) => void;
  fieldId: (field: CloseOutField) => string;
  errorId: (field: CloseOutField) => string;
  format: (value: number) => string;
  saving: boolean;
}

const Context = createContext<CloseOutFormContext | null>(null);

function useCloseOutForm(part: string): CloseOutFormContext {
  const context = useContext(Context);
  if (!context) throw new Error(`CloseOutDialog.${part} must be rendered inside CloseOutDialog`);
  return context;
}

const noPeriods: never[] = [];

export interface CloseOutFormProps {
  objective: Objective;
  keyResults: readonly KeyResult[];
  cycleStore: CycleStore;
  /** @default cycleStore.scoring, else the provider's */
  scoring?: ScoringStrategy;
  labels: CloseOutLabels;
  onClosed(closed: ClosedObjective): void;
  /** Where the unsaved close-out is copied on every change, so a reload brings it back; cleared once the batch is saved. */
  backup?: DraftBackup<CloseOutFormValues>;
  /** @default `close-out:<objective id>` */
  backupKey?: string;
  /** The parts, in the host's order. @default Grades, Result, Retrospective, CarryOver */
  children?: ReactNode;
}

const sameValues = (a: CloseOutFormValues, b: CloseOutFormValues) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The dialog's form: mounted while the dialog is open, so each opening starts from the
 * strategy's suggestions; a refused save keeps everything typed and offers Retry.
 */
export function CloseOutForm({ objective, keyResults, cycleStore, scoring: scoringProp, labels, onClosed, backup, backupKey, children }: CloseOutFormProps) {
  const { scoring: providerScoring, userId, locale, labels: shared } = useOkrContext();
  // The store's strategy: its suggestions and checks are the ones `closeOut` applies.
  const scoring = cycleScoringOf(cycleStore, scoringProp, providerScoring);
  const reportError = useReportError();
  const suggestion = useMemo(() => suggestFinalGrades(objective, keyResults, scoring), [objective, keyResults, scoring]);
  const suggested = useMemo(() => new Map(suggestion.keyResults.map((entry) => [entry.keyResultId, entry.suggestedGrade])), [suggestion]);
  const closedRef = useRef<ClosedObjective | undefined>(undefined);
  const sendRef = useRef<(values: CloseOutFormValues) => Promise<void>>(async () => undefined);
  sendRef.current = async (values) => {
    [closedRef.current] = await cycleStore.closeOut([toCloseOutInput(objective.id, values, suggested, userId)]);
  };
  // The core's draft session holds what is typed and copies it to the backup on every change;
  // a close-out left unsaved by an earlier page (a reload, a crash) is taken back at once,
  // fitted to the objective's key results as they are now.
  const [{ session, restoredAt }] = useState(() => {
    const fresh = initialCloseOutValues(objective, keyResults, scoring);
    const created = createDraftSession<CloseOutFormValues>({
      initial: fresh,
      isNew: true,
      save: (values) => sendRef.current(values),
      backup,
      backupKey: backup ? (backupKey ?? `close-out:${objective.id}`) : undefined,
      equals: sameValues,
    });
    const offer = created.getState().restore;
    if (!offer) return { session: created, restoredAt: false };
    created.acceptRestore();
    const fitted = restoreCloseOutValues(created.getState().value, fresh) ?? fresh;
    created.edit(() => fitted);
    return { session: created, restoredAt: true };
  });
  useEffect(() => () => session.dispose(), [session]);
  const values = useDraftSession(session).value;
  const [restored, setRestored] = useState(restoredAt);
  const [errors, setErrors] = useState<CloseOutFieldErrors>({});
  const [state, setState] = useState<Phase>({ phase: 'editing' });
  const formRef = useRef<HTMLFormElement | null>(null);
  const id = useId();
  const fieldId = (field: CloseOutField) => `${id}-${field.replace(/[^\w-]/g, '_')}`;
  const errorId = (field: CloseOutField) => `${fieldId(field)}-error`;
  const format = (value: number) => formatNumber(value, locale);

  function update(change: Partial<CloseOutFormValues>, fields: CloseOutField[]) {
    session.edit((previous) => ({ ...previous, ...change }));
    // A field's message goes once the user changes it; the next submit checks again.
    if (fields.some((field) => errors[field])) setErrors((previous) => ({ ...previous, ...Object.fromEntries(fields.map((field) => [field, undefined])) }));
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (state.phase === 'saving') return;
    const found = validateCloseOutForm(values, suggested, scoring, labels, format);
    setErrors(found);
    const first = Object.keys(found).find((field) => found[field]);
    if (first) {
      const target = formRef.current?.ownerDocument.getElementById(fieldId(first === 'retrospective' ? 'met' : first));
      target?.focus();
      return;
    }
    setState({ phase: 'saving' });
    closedRef.current = undefined;
    // The session sends the batch; on success it clears the backup, on refusal it keeps it.
    if (await session.flush()) {
      setState({ phase: 'editing' });
      if (closedRef.current) onClosed(closedRef.current);
      return;
    }
    const indicator = session.getState().indicator;
    const error = toStorageError(indicator.state === 'failed' ? indicator.error : new Error('not saved'));
    reportError(error, { widget: 'close-out', action: 'save', kind: 'objective', recordId: objective.id });
    let general: string[] = [];
    if (error instanceof ValidationFailedError) {
      const mapped = fieldErrorsFromCloseOut(error.errors, suggestion.keyResults.map((entry) => entry.keyResultId));
      setErrors(mapped.fields);
      general = mapped.general;
    }
    setState({ phase: 'failed', error, general });
  }

  const saving = state.phase === 'saving';
  const context: CloseOutFormContext = { objective, keyResults, labels, values, errors, suggested, update, fieldId, errorId, format, saving };
  return (
    <Context.Provider value={context}>
      <form ref={formRef} data-slot="close-out-dialog-form" className="okr-slot-close-out-dialog-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={saving || undefined}>
        {restored ? (
          <div data-slot="close-out-dialog-restored" className="okr-slot-close-out-dialog-restored">
            <p role="status">{labels.restoredDraft}</p>
            <button
              type="button"
              onClick={() => {
                session.edit(() => initialCloseOutValues(objective, keyResults, scoring));
                setErrors({});
                setRestored(false);
              }}
            >
              {labels.startOver}
            </button>
          </div>
        ) : null}
        {children ?? (
          <>
            <CloseOutGrades />
            <CloseOutResult />
            <CloseOutRetrospective />
            <CloseOutCarryOver />
          </>
        )}
        {state.phase === 'failed' ? (
          <div data-slot="close-out-dialog-error" className="okr-slot-close-out-dialog-error" data-code={state.error.code}>
            <p role="alert">{saveErrorMessage(state.error, shared, state.general)}</p>
            {state.error.retryable || state.error.code === 'conflict' || state.error.code === 'unknown' ? (
              <button type="button" data-slot="close-out-dialog-retry" className="okr-slot-close-out-dialog-retry" onClick={() => void submit()}>
                {shared.retry}
              </button>
            ) : null}
          </div>
        ) : null}
        <div data-slot="close-out-dialog-actions" className="okr-slot-close-out-dialog-actions">
          <Dialog.Close asChild>
            <button type="button" data-slot="close-out-dialog-cancel" className="okr-slot-close-out-dialog-cancel">
              {shared.cancel}
            </button>
          </Dialog.Close>
          <button type="submit" data-slot="close-out-dialog-submit" className="okr-slot-close-out-dialog-submit" disabled={saving} aria-disabled={saving || undefined}>
            {saving ? labels.saving : labels.save}
          </button>
        </div>
      </form>
    </Context.Provider>
  );
}

function FieldError({ field }: { field: CloseOutField }) {
  const { errors, errorId } = useCloseOutForm('field');
  return errors[field] ? (
    <p id={errorId(field)} data-slot="close-out-dialog-field-error" className="okr-slot-close-out-dialog-field-error">
      {errors[field]}
    </p>
  ) : null;
}

function described(context: CloseOutFormContext, field: CloseOutField, ...more: string[]) {
  const ids = [...more, context.errors[field] ? context.errorId(field) : ''].filter(Boolean).join(' ');
  return { id: context.fieldId(field), 'aria-invalid': context.errors[field] ? true : undefined, 'aria-describedby': ids || undefined };
}

/** Each KR's suggested final grade, a field to adjust it and, when adjusted, the required reason; then the objective's weighted grade. */
export function CloseOutGrades() {
  const context = useCloseOutForm('Grades');
  const { keyResults, labels, values, suggested, update, format, fieldId } = context;
  const graded = keyResults.filter((keyResult) => suggested.has(keyResult.id));
  const grades = graded.map((keyResult) => {
    const typed = parseGrade(values.grades[keyResult.id]?.grade ?? '');
    return { keyResultId: keyResult.id, suggestedGrade: suggested.get(keyResult.id) ?? 0, grade: Number.isFinite(typed) ? typed : (suggested.get(keyResult.id) ?? 0) };
  });
  return (
    <fieldset data-slot="close-out-dialog-grades" className="okr-slot-close-out-dialog-grades">
      <legend>{labels.grades}</legend>
      {graded.length === 0 ? <p data-slot="close-out-dialog-empty" className="okr-slot-close-out-dialog-empty">{labels.noKeyResults}</p> : null}
      {graded.map((keyResult) => {
        const entry = values.grades[keyResult.id] ?? { grade: '', reason: '' };
        const suggestion = suggested.get(keyResult.id) ?? 0;
        const typed = parseGrade(entry.grade);
        const adjusted = Number.isFinite(typed) && typed !== suggestion;
        const setEntry = (change: Partial<typeof entry>, field: CloseOutField) => update({ grades: { ...values.grades, [keyResult.id]: { ...entry, ...change } } }, [field]);
        const hintId = `${fieldId(`grade:${keyResult.id}`)}-hint`;
        return (
          <div key={keyResult.id} data-slot="close-out-dialog-grade" className="okr-slot-close-out-dialog-grade" data-adjusted={adjusted || undefined}>
            <label htmlFor={fieldId(`grade:${keyResult.id}`)}>
              {isolatedLabel(labels.gradeOf, keyResult.title)}
            </label>
            <input
              type="text"
              inputMode="decimal"
              {...described(context, `grade:${keyResult.id}`, hintId)}
              value={entry.grade}
              onChange={(event) => setEntry({ grade: event.target.value }, `grade:${keyResult.id}`)}
            />
            <span id={hintId} data-slot="close-out-dialog-suggested" className="okr-slot-close-out-dialog-suggested">
              {labels.suggested(format(suggestion))}
            </span>
            <FieldError field={`grade:${keyResult.id}`} />
            {adjusted || entry.reason !== '' ? (
              <>
                <label htmlFor={fieldId(`reason:${keyResult.id}`)}>
                  {isolatedLabel(labels.reasonOf, keyResult.title)}
                </label>
                <input type="text" dir="auto" {...described(context, `reason:${keyResult.id}`)} value={entry.reason} onChange={(event) => setEntry({ reason: event.target.value }, `reason:${keyResult.id}`)} />
                <FieldError field={`reason:${keyResult.id}`} />
              </>
            ) : null}
          </div>
        );
      })}
      {graded.length > 0 ? <p data-slot="close-out-dialog-objective-grade" className="okr-slot-close-out-dialog-objective-grade">{labels.objectiveGrade(format(weightedGrade(grades, keyResults)))}</p> : null}
    </fieldset>
  );
}

/** How the objective ended: achieved, missed, postponed or carried over (radio group). */
export function CloseOutResult() {
  const { labels, values, update, fieldId } = useCloseOutForm('Result');
  return (
    <fieldset data-slot="close-out-dialog-result" className="okr-slot-close-out-dialog-result">
      <legend>{labels.result}</legend>
      {CLOSING_RESULTS.map((result) => (
        <div key={result} data-slot="close-out-dialog-choice" className="okr-slot-close-out-dialog-choice">
          <input type="radio" id={fieldId(`result:${result}`)} name={fieldId('result')} value={result} checked={values.result === result} onChange={() => update({ result }, ['nextPeriodId', 'carryOver'])} />
          <label htmlFor={fieldId(`result:${result}`)}>{labels.results[result]}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** What was met, what was missed and why, and the lessons: at least one of them. */
export function CloseOutRetrospective() {
  const context = useCloseOutForm('Retrospective');
  const { labels, values, update, errors, errorId } = context;
  return (
    <fieldset data-slot="close-out-dialog-retrospective" className="okr-slot-close-out-dialog-retrospective" aria-describedby={errors.retrospective ? errorId('retrospective') : undefined}>
      <legend>{labels.retrospective}</legend>
      {(['met', 'missed', 'lessons'] as const).map((part) => (
        <div key={part} data-slot="close-out-dialog-field" className="okr-slot-close-out-dialog-field" data-field={part}>
          <label htmlFor={context.fieldId(part)}>{labels[part]}</label>
          <textarea rows={2} dir="auto" {...described(context, part, errors.retrospective ? errorId('retrospective') : '')} value={values[part]} onChange={(event) => update({ [part]: event.target.value }, [part, 'retrospective'])} />
          <FieldError field={part} />
        </div>
      ))}
      <FieldError field="retrospective" />
    </fieldset>
  );
}

/** With the result "carried over": the next period and the KRs that continue in it (baselines at their final values). */
export function CloseOutCarryOver() {
  const context = useCloseOutForm('CarryOver');
  const { objective, keyResults, labels, values, update, errors, errorId, fieldId } = context;
  const periods = useOkrSelector((snapshot) => snapshot.okrSet.periods) ?? noPeriods;
  if (values.result !== 'carried-over') return null;
  const current = periods.find((period) => period.id === objective.periodId);
  const later = periods.filter((period) => period.id !== objective.periodId && (!current || period.start > current.start));
  return (
    <fieldset data-slot="close-out-dialog-carry-over" className="okr-slot-close-out-dialog-carry-over">
      <legend>{labels.carryOver}</legend>
      <div data-slot="close-out-dialog-field" className="okr-slot-close-out-dialog-field" data-field="nextPeriodId">
        <label htmlFor={fieldId('nextPeriodId')}>{labels.nextPeriod}</label>
        <select {...described(context, 'nextPeriodId')} value={values.nextPeriodId} onChange={(event) => update({ nextPeriodId: event.target.value }, ['nextPeriodId'])}>
          <option value="">—</option>
          {later.map((period) => (
            <option key={period.id} value={period.id}>
              {period.name}
            </option>
          ))}
        </select>
        <FieldError field="nextPeriodId" />
      </div>
      <fieldset data-slot="close-out-dialog-continuing" className="okr-slot-close-out-dialog-continuing" aria-describedby={errors.carryOver ? errorId('carryOver') : undefined}>
        <legend>{labels.continuingKeyResults}</legend>
        {keyResults.map((keyResult, index) => (
          <div key={keyResult.id} data-slot="close-out-dialog-choice" className="okr-slot-close-out-dialog-choice">
            <input
              type="checkbox"
              id={index === 0 ? fieldId('carryOver') : fieldId(`carryOver:${keyResult.id}`)}
              checked={values.carryOver.includes(keyResult.id)}
              onChange={(event) =>
                update({ carryOver: event.target.checked ? [...values.carryOver, keyResult.id] : values.carryOver.filter((kept) => kept !== keyResult.id) }, ['carryOver'])
              }
            />
            <label htmlFor={index === 0 ? fieldId('carryOver') : fieldId(`carryOver:${keyResult.id}`)} dir="auto">
              {keyResult.title}
            </label>
          </div>
        ))}
        <FieldError field="carryOver" />
      </fieldset>
    </fieldset>
  );
}
