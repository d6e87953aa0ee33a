import type { CheckInInput, KeyResult, ValidationError } from '@okrkit/core';

/** What the check-in form holds: text as typed, so nothing is lost or reformatted. */
export interface CheckInFormValues {
  value: string;
  done: boolean;
  milestones: boolean[];
  /** Percent, 0–100, as typed; empty means not given. */
  confidence: string;
  note: string;
}

export type CheckInField = 'value' | 'done' | 'milestones' | 'confidence' | 'note';
export type CheckInFieldErrors = Partial<Record<CheckInField, string>>;

/**
 * The form's starting values: the KR's current reading, no confidence, no note.
 * @example initialCheckInValues(keyResult).value // '1100000'
 */
export function initialCheckInValues(keyResult: KeyResult): CheckInFormValues {
  const { metric } = keyResult;
  return {
    value: metric.kind === 'numeric' || metric.kind === 'guardrail' || metric.kind === 'guardrail-range' ? String(metric.current) : '',
    done: metric.kind === 'binary' ? metric.done : false,
    milestones: metric.kind === 'milestones' ? metric.milestones.map((milestone) => milestone.done) : [],
    confidence: '',
    note: '',
  };
}

/** Whether the KR takes a typed number (numeric and guardrail metrics). */
export function takesNumber(keyResult: KeyResult): boolean {
  return keyResult.metric.kind !== 'binary' && keyResult.metric.kind !== 'milestones';
}

/**
 * A typed number, or undefined when the text is empty or not a finite number (so `Infinity`
 * and `1e999` are refused, never stored).
 * @example parseNumber(' 4.5 ') // 4.5
 * @example parseNumber('lots') // undefined
 */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Checks the form before anything is sent, returning a message per invalid field.
 * @example validateCheckIn({ ...values, confidence: '140' }, keyResult, messages) // { confidence: 'Confidence must be between 0 and 100 %' }
 */
export function validateCheckInForm(
  values: CheckInFormValues,
  keyResult: KeyResult,
  messages: { enterNumber: string; confidenceRange: string },
): CheckInFieldErrors {
  const errors: CheckInFieldErrors = {};
  if (takesNumber(keyResult) && parseNumber(values.value) === undefined) errors.value = messages.enterNumber;
  if (values.confidence.trim() !== '') {
    const confidence = parseNumber(values.confidence);
    if (confidence === undefined || confidence < 0 || confidence > 100) errors.confidence = messages.confidenceRange;
  }
  return errors;
}

/** The store command's input for valid form values (confidence goes from percent to 0..1). */
export function toCheckInInput(values: CheckInFormValues, keyResult: KeyResult): CheckInInput {
  const input: CheckInInput = { keyResultId: keyResult.id };
  const { kind } = keyResult.metric;
  if (kind === 'binary') input.done = values.done;
  else if (kind === 'milestones') input.milestones = values.milestones;
  else input.value = parseNumber(values.value);
  const confidence = parseNumber(values.confidence);
  if (confidence !== undefined) input.confidence = confidence / 100;
  if (values.note.trim() !== '') input.note = values.note.trim();
  return input;
}

const FIELDS: readonly CheckInField[] = ['value', 'done', 'milestones', 'confidence', 'note'];

/**
 * Maps the store's validation errors (paths such as `value`, `confidence` or
 * `checkIns["c1"].note`) onto the form's fields; the rest are returned as general messages.
 */
export function fieldErrorsFromStore(errors: readonly ValidationError[]): { fields: CheckInFieldErrors; general: string[] } {
  const fields: CheckInFieldErrors = {};
  const general: string[] = [];
  for (const error of errors) {
    const field = FIELDS.find((name) => new RegExp(`(^|[.\\]])${name}(\\b|$)`).test(error.path)) ?? (/\bcurrent\b/.test(error.path) ? 'value' : undefined);
    if (field && fields[field] === undefined) fields[field] = error.message;
    else if (!field) general.push(`${error.path}: ${error.message}`);
  }
  return { fields, general };
}
