import type { CheckIn, CheckInPatch, KeyResult } from '@okrkit/core';
import { parseNumber } from '../check-in-dialog/check-in-form.utils';

/** What the edit form of a past check-in holds: text as typed, so a refused save loses nothing. */
export interface CheckInEditValues {
  /** The reading: a number (numeric, guardrail), the count done (milestones). */
  value: string;
  /** For binary KRs. */
  done: boolean;
  /** Percent, 0–100; empty removes the confidence. */
  confidence: string;
  note: string;
}

export type CheckInEditField = 'value' | 'confidence';

/**
 * The form's starting values: the check-in as logged.
 * @example editValuesOf({ value: 1150, confidence: 0.7, … }).confidence // '70'
 */
export function editValuesOf(checkIn: CheckIn): CheckInEditValues {
  return {
    value: String(checkIn.value),
    done: checkIn.value >= 1,
    confidence: checkIn.confidence === undefined ? '' : String(Math.round(checkIn.confidence * 1000) / 10),
    note: checkIn.note ?? '',
  };
}

/**
 * Checks the form before anything is sent: a finite number for numeric and guardrail KRs, a
 * whole count from 0 to the number of milestones, a confidence from 0 to 100.
 * @example validateCheckInEdit({ ...values, confidence: '140' }, keyResult, messages) // { confidence: '…' }
 */
export function validateCheckInEdit(
  values: CheckInEditValues,
  keyResult: KeyResult,
  messages: { enterNumber: string; confidenceRange: string; milestoneCount: (count: number) => string },
): Partial<Record<CheckInEditField, string>> {
  const errors: Partial<Record<CheckInEditField, string>> = {};
  const { metric } = keyResult;
  if (metric.kind === 'milestones') {
    const count = parseNumber(values.value);
    if (count === undefined || !Number.isInteger(count) || count < 0 || count > metric.milestones.length) errors.value = messages.milestoneCount(metric.milestones.length);
  } else if (metric.kind !== 'binary' && parseNumber(values.value) === undefined) {
    errors.value = messages.enterNumber;
  }
  if (values.confidence.trim() !== '') {
    const confidence = parseNumber(values.confidence);
    if (confidence === undefined || confidence < 0 || confidence > 100) errors.confidence = messages.confidenceRange;
  }
  return errors;
}

/**
 * The store's patch for valid form values: the reading for the KR's metric, the confidence
 * from percent to 0..1 (empty removes it), the note trimmed (empty removes it).
 * @example toCheckInPatch({ value: '1180', done: false, confidence: '', note: ' ' }, keyResult) // { value: 1180, confidence: null, note: null }
 */
export function toCheckInPatch(values: CheckInEditValues, keyResult: KeyResult): CheckInPatch {
  const confidence = parseNumber(values.confidence);
  const note = values.note.trim();
  return {
    ...(keyResult.metric.kind === 'binary' ? { done: values.done } : { value: parseNumber(values.value) }),
    confidence: confidence === undefined ? null : confidence / 100,
    note: note === '' ? null : note,
  };
}
