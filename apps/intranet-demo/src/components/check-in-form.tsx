import { toStorageError, type CheckInInput, type KeyResult, type OkrStorageError, type StoredRecord } from '@okrkit/core';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { describeMetric, formatValue, unitLabel } from '../format';
import { useOkrStore } from './store-context';
import { WriteError } from './write-error';

export interface CheckInFormProps {
  keyResult: KeyResult;
  /** Recorded as the check-in's author. */
  authorId?: string;
  /** Said when the server refuses the check-in. */
  forbiddenHint?: string;
  /** After a saved check-in, with a sentence to announce. */
  onSaved: (message: string) => void;
  onCancel: () => void;
  className?: string;
}

const confidenceChoices = [
  { value: '', label: 'Not given' },
  { value: '0.9', label: 'Very likely (90%)' },
  { value: '0.7', label: 'Likely (70%)' },
  { value: '0.5', label: 'Even (50%)' },
  { value: '0.3', label: 'Unlikely (30%)' },
  { value: '0.1', label: 'Very unlikely (10%)' },
];

/** The form's fields as typed: strings and flags, kept whatever the server answers. */
interface Draft {
  value: string;
  done: boolean;
  milestones: boolean[];
  confidence: string;
  note: string;
}

function initialDraft(keyResult: KeyResult): Draft {
  const metric = keyResult.metric;
  return {
    value: '',
    done: metric.kind === 'binary' ? metric.done : false,
    milestones: metric.kind === 'milestones' ? metric.milestones.map((milestone) => milestone.done) : [],
    confidence: '',
    note: '',
  };
}

/** The store command's input, or a message when the typed value is not a number. */
function toInput(keyResult: KeyResult, draft: Draft, authorId: string | undefined): CheckInInput | string {
  const input: CheckInInput = { keyResultId: keyResult.id };
  switch (keyResult.metric.kind) {
    case 'numeric':
    case 'guardrail':
    case 'guardrail-range': {
      const value = Number(draft.value.trim().replace(',', '.'));
      if (draft.value.trim() === '' || !Number.isFinite(value)) return 'Enter the new value as a number.';
      input.value = value;
      break;
    }
    case 'binary':
      input.done = draft.done;
      break;
    case 'milestones':
      input.milestones = draft.milestones;
      break;
    default:
      return keyResult.metric satisfies never;
  }
  if (draft.confidence !== '') input.confidence = Number(draft.confidence);
  if (draft.note.trim() !== '') input.note = draft.note.trim();
  if (authorId !== undefined) input.authorId = authorId;
  return input;
}

/** The new reading in words, for "theirs vs yours" and the saved message. */
function describeInput(keyResult: KeyResult, input: CheckInInput): string {
  const metric = keyResult.metric;
  switch (metric.kind) {
    case 'numeric':
    case 'guardrail':
    case 'guardrail-range':
      return formatValue(input.value ?? Number.NaN, metric.unit);
    case 'binary':
      return input.done ? 'Done' : 'Not done';
    case 'milestones':
      return `${(input.milestones ?? []).filter(Boolean).length} of ${metric.milestones.length} milestones done`;
    default:
      return metric satisfies never;
  }
}

function describeStored(current: StoredRecord): string {
  const record = current.record as Partial<KeyResult> & { value?: number };
  if (current.kind === 'keyResult' && record.metric) return describeMetric(record.metric);
  return record.value === undefined ? 'a newer version' : String(record.value);
}

/**
 * Records a check-in of one key result: the new reading (a number, done, or the
 * milestones done), a confidence and a note. The store moves the KR's metric and adds
 * the check-in in one atomic write; on failure, the typed input stays in the form.
 */
export function CheckInForm({ keyResult, authorId, forbiddenHint, onSaved, onCancel, className }: CheckInFormProps) {
  const store = useOkrStore();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => initialDraft(keyResult));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<OkrStorageError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const metric = keyResult.metric;
  const unit = 'unit' in metric ? unitLabel(metric.unit) : '';
  const parsed = toInput(keyResult, draft, authorId);

  useEffect(() => firstField.current?.focus(), []);

  async function save() {
    if (typeof parsed === 'string') return setProblem(parsed);
    setProblem(null);
    setError(null);
    setPending(true);
    try {
      await store.recordCheckIn(parsed);
      onSaved(`Check-in saved: ${describeInput(keyResult, parsed)}.`);
    } catch (cause) {
      setError(toStorageError(cause));
    } finally {
      setPending(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!pending) void save();
  }

  const update = (patch: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...patch }));
  return (
    <form data-slot="check-in-form" className={className} onSubmit={onSubmit} aria-busy={pending} noValidate>
      {metric.kind === 'binary' ? (
        <label data-slot="checkbox">
          <input ref={firstField} type="checkbox" checked={draft.done} onChange={(event) => update({ done: event.target.checked })} /> Done
        </label>
      ) : metric.kind === 'milestones' ? (
        <fieldset>
          <legend>Milestones done</legend>
          {metric.milestones.map((milestone, index) => (
            <label key={index} data-slot="checkbox">
              <input
                ref={index === 0 ? firstField : undefined}
                type="checkbox"
                checked={draft.milestones[index] ?? false}
                onChange={(event) => update({ milestones: draft.milestones.map((done, at) => (at === index ? event.target.checked : done)) })}
              />{' '}
              {milestone.title}
            </label>
          ))}
        </fieldset>
      ) : (
        <div data-slot="field">
          <label htmlFor={`${id}-value`}>New value{unit ? ` (${unit})` : ''}</label>
          <input
            ref={firstField}
            id={`${id}-value`}
            inputMode="decimal"
            autoComplete="off"
            value={draft.value}
            aria-invalid={problem !== null}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => update({ value: event.target.value })}
          />
          {problem ? (
            <p id={`${id}-problem`} data-slot="field-problem">
              {problem}
            </p>
          ) : null}
        </div>
      )}
      <div data-slot="field">
        <label htmlFor={`${id}-confidence`}>Confidence</label>
        <select id={`${id}-confidence`} value={draft.confidence} onChange={(event) => update({ confidence: event.target.value })}>
          {confidenceChoices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <div data-slot="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea id={`${id}-note`} rows={2} value={draft.note} onChange={(event) => update({ note: event.target.value })} />
      </div>
      <p data-slot="actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save check-in'}
        </button>
        <button type="button" data-variant="quiet" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </p>
      {error ? (
        <WriteError
          error={error}
          yours={typeof parsed === 'string' ? draft.value : describeInput(keyResult, parsed)}
          describeTheirs={describeStored}
          forbiddenHint={forbiddenHint}
          onRetry={() => void save()}
          onDiscard={onCancel}
          onDismiss={() => setError(null)}
        />
      ) : null}
    </form>
  );
}
