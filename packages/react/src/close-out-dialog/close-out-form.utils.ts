import { OKR_LIMITS, scoreProgress, type ClosingResult, type KeyResult, type Objective, type ScoringStrategy } from '@okrkit/core';
import { CLOSING_RESULTS, suggestFinalGrades, type CloseOutInput } from '@okrkit/core/cycle';
import type { CloseOutLabels } from './close-out-dialog.labels';

/** What the close-out form holds while the owner types: text as typed, so nothing is lost to parsing. */
export interface CloseOutFormValues {
  /** Per KR id: the grade as typed and the reason for a grade that differs from the suggestion. */
  grades: Record<string, { grade: string; reason: string }>;
  result: ClosingResult;
  met: string;
  missed: string;
  lessons: string;
  nextPeriodId: string;
  /** KR ids that continue in the next period (with result `carried-over`). */
  carryOver: string[];
}

/** A field of the form: `grade:‹kr›`, `reason:‹kr›`, `met`, `missed`, `lessons`, `retrospective`, `nextPeriodId`, `carryOver`. */
export type CloseOutField = string;
export type CloseOutFieldErrors = Record<CloseOutField, string | undefined>;

/** The strategy's scale, from its scores of no progress and of full progress (0–1 for Google, 0–100 for percent). */
export function gradeScale(strategy: ScoringStrategy): { min: number; max: number } {
  const low = scoreProgress(0, strategy, 'committed').score;
  const high = scoreProgress(1, strategy, 'committed').score;
  return { min: Math.min(low, high), max: Math.max(low, high) };
}

/** The form's first values: each KR's suggested grade, the result from the objective's grade, empty retrospective. */
export function initialCloseOutValues(objective: Objective, keyResults: readonly KeyResult[], strategy: ScoringStrategy): CloseOutFormValues {
  const suggestion = suggestFinalGrades(objective, keyResults, strategy);
  const grades: CloseOutFormValues['grades'] = {};
  for (const entry of suggestion.keyResults) grades[entry.keyResultId] = { grade: String(entry.suggestedGrade), reason: '' };
  return { grades, result: 'achieved', met: '', missed: '', lessons: objective.retrospective ?? '', nextPeriodId: '', carryOver: keyResults.map((keyResult) => keyResult.id) };
}

/** A typed grade as a number, or NaN for an empty or unreadable one (a comma counts as the decimal point). */
export function parseGrade(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/**
 * Checks the form before anything is sent: each grade a number on the strategy's scale, a reason
 * for each grade that differs from the suggestion (bounded), each retrospective part bounded and
 * at least one written, and a next period and at least one KR to carry over when the result says so.
 */
export function validateCloseOutForm(
  values: CloseOutFormValues,
  suggested: ReadonlyMap<string, number>,
  strategy: ScoringStrategy,
  labels: CloseOutLabels,
  formatNumber: (value: number) => string,
): CloseOutFieldErrors {
  const errors: CloseOutFieldErrors = {};
  const { min, max } = gradeScale(strategy);
  for (const [keyResultId, suggestion] of suggested) {
    const entry = values.grades[keyResultId];
    const grade = parseGrade(entry?.grade ?? '');
    if (!Number.isFinite(grade) || grade < min || grade > max) {
      errors[`grade:${keyResultId}`] = labels.gradeRange(formatNumber(min), formatNumber(max));
      continue;
    }
    const reason = entry?.reason.trim() ?? '';
    if (grade !== suggestion && reason === '') errors[`reason:${keyResultId}`] = labels.reasonRequired;
    else if (reason.length > OKR_LIMITS.text.reason) errors[`reason:${keyResultId}`] = labels.tooLong(formatNumber(OKR_LIMITS.text.reason));
  }
  for (const part of ['met', 'missed', 'lessons'] as const) {
    if (values[part].length > OKR_LIMITS.text.retrospectivePart) errors[part] = labels.tooLong(formatNumber(OKR_LIMITS.text.retrospectivePart));
  }
  if (values.met.trim() === '' && values.missed.trim() === '' && values.lessons.trim() === '') errors.retrospective = labels.retrospectiveRequired;
  if (values.result === 'carried-over') {
    if (values.nextPeriodId === '') errors.nextPeriodId = labels.nextPeriodRequired;
    if (values.carryOver.length === 0) errors.carryOver = labels.keyResultsRequired;
  }
  return errors;
}

/** The store's close-out command input from valid form values: only grades that differ are adjustments. */
export function toCloseOutInput(objectiveId: string, values: CloseOutFormValues, suggested: ReadonlyMap<string, number>, closedById?: string): CloseOutInput {
  const adjustments: Record<string, { grade: number; reason: string }> = {};
  for (const [keyResultId, suggestion] of suggested) {
    const entry = values.grades[keyResultId];
    const grade = parseGrade(entry?.grade ?? '');
    if (Number.isFinite(grade) && grade !== suggestion) adjustments[keyResultId] = { grade, reason: entry?.reason.trim() ?? '' };
  }
  return {
    objectiveId,
    result: values.result,
    retrospective: { met: values.met.trim(), missed: values.missed.trim(), lessons: values.lessons.trim() },
    ...(Object.keys(adjustments).length > 0 ? { adjustments } : {}),
    ...(closedById === undefined ? {} : { closedById }),
    ...(values.result === 'carried-over' ? { carryOver: { nextPeriodId: values.nextPeriodId, keyResultIds: values.carryOver } } : {}),
  };
}

/**
 * Places the store's refusal (paths like `[0].keyResults[1].adjustmentReason`,
 * `[0].retrospective.met`, `[0].carryOver.nextPeriodId`) at the form's fields; the rest is general.
 */
export function fieldErrorsFromCloseOut(errors: ReadonlyArray<{ path: string; message: string }>, keyResultIds: readonly string[]): { fields: CloseOutFieldErrors; general: string[] } {
  const fields: CloseOutFieldErrors = {};
  const general: string[] = [];
  for (const { path, message } of errors) {
    const local = path.replace(/^\[\d+\]\.?/, '');
    const grade = /^keyResults\[(\d+)\]\.(grade|adjustmentReason)$/.exec(local);
    const keyResultId = grade ? keyResultIds[Number(grade[1])] : undefined;
    if (grade && keyResultId !== undefined) fields[`${grade[2] === 'grade' ? 'grade' : 'reason'}:${keyResultId}`] = message;
    else if (/^retrospective\.(met|missed|lessons)$/.test(local)) fields[local.slice('retrospective.'.length)] = message;
    else if (local === 'retrospective') fields.retrospective = message;
    else if (local === 'carryOver.nextPeriodId') fields.nextPeriodId = message;
    else if (local.startsWith('carryOver')) fields.carryOver = message;
    else general.push(path ? `${path}: ${message}` : message);
  }
  return { fields, general };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOr = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/**
 * A close-out found in the backup (typed before a reload), fitted to the objective as it is
 * now: grades and reasons only for its key results (a KR added since gets its suggestion, one
 * removed is dropped), a known result, the carried-over KRs that still exist. Anything of the
 * wrong shape falls back to the fresh value, so a damaged backup cannot break the form.
 * Returns null when the backup holds nothing usable.
 * @example restoreCloseOutValues({ ...values, lessons: 'Launch earlier' }, fresh).lessons // 'Launch earlier'
 */
export function restoreCloseOutValues(backedUp: unknown, fresh: CloseOutFormValues): CloseOutFormValues | null {
  if (!isRecord(backedUp)) return null;
  const typedGrades = isRecord(backedUp.grades) ? backedUp.grades : {};
  const grades: CloseOutFormValues['grades'] = {};
  for (const [keyResultId, suggestion] of Object.entries(fresh.grades)) {
    const entry = typedGrades[keyResultId];
    grades[keyResultId] = isRecord(entry) ? { grade: textOr(entry.grade, suggestion.grade), reason: textOr(entry.reason, suggestion.reason) } : suggestion;
  }
  const known = new Set(Object.keys(fresh.grades).concat(fresh.carryOver));
  const carryOver = Array.isArray(backedUp.carryOver) ? backedUp.carryOver.filter((id): id is string => typeof id === 'string' && known.has(id)) : fresh.carryOver;
  const result = CLOSING_RESULTS.find((candidate) => candidate === backedUp.result) ?? fresh.result;
  return {
    grades,
    result,
    met: textOr(backedUp.met, fresh.met),
    missed: textOr(backedUp.missed, fresh.missed),
    lessons: textOr(backedUp.lessons, fresh.lessons),
    nextPeriodId: textOr(backedUp.nextPeriodId, fresh.nextPeriodId),
    carryOver: [...new Set(carryOver)],
  };
}
