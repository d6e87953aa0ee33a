import { OKR_LIMITS, validateKeyResult, validateObjective, type KeyResult, type Metric, type MetricUnit, type Objective } from '@okrkit/core';
import type { DraftErrors, EditorMetricKind, ObjectiveDraft } from './objective-editor.types';

/**
 * A new objective's draft: empty title, state `draft`, no key results.
 * @example blankObjectiveDraft({ id: 'o9', periodId: 'q1' }).objective.state // 'draft'
 */
export function blankObjectiveDraft(objective: Pick<Objective, 'id' | 'periodId'> & Partial<Objective>): ObjectiveDraft {
  return { objective: { title: '', state: 'draft', kind: 'committed', ...objective }, keyResults: [], removedKeyResultIds: [] };
}

/**
 * The picker's kind of a metric.
 * @example editorMetricKind({ kind: 'numeric', direction: 'decrease', start: 5, target: 3, current: 5 }) // 'decrease'
 */
export function editorMetricKind(metric: Metric): EditorMetricKind {
  return metric.kind === 'numeric' ? metric.direction : metric.kind;
}

/**
 * The metric a key result gets when its kind is picked, keeping what still applies
 * (the unit, the current value) from the previous one.
 * @example metricOfKind('binary', { kind: 'numeric', direction: 'increase', start: 0, target: 10, current: 2 }) // { kind: 'binary', done: false }
 */
export function metricOfKind(kind: EditorMetricKind, previous?: Metric): Metric {
  const unit: MetricUnit | undefined = previous && 'unit' in previous ? previous.unit : undefined;
  const current = previous && 'current' in previous ? previous.current : 0;
  const withUnit = unit ? { unit } : {};
  switch (kind) {
    case 'increase':
      return { kind: 'numeric', direction: 'increase', start: 0, target: 100, current, ...withUnit };
    case 'decrease':
      return { kind: 'numeric', direction: 'decrease', start: 100, target: 0, current: previous && 'current' in previous ? current : 100, ...withUnit };
    case 'binary':
      return { kind: 'binary', done: false };
    case 'milestones':
      return { kind: 'milestones', milestones: previous?.kind === 'milestones' ? previous.milestones : [{ title: '', done: false, weight: 1 }] };
    case 'guardrail':
      return { kind: 'guardrail', bound: 'below', threshold: 0, current, ...withUnit };
    case 'guardrail-range':
      return { kind: 'guardrail-range', min: 0, max: 100, current, ...withUnit };
    default:
      return kind satisfies never;
  }
}

/**
 * A blank key result for the draft, placed after the others.
 * @example blankKeyResult('kr-1', 'o1').metric.kind // 'numeric'
 */
export function blankKeyResult(id: string, objectiveId: string): KeyResult {
  return { id, objectiveId, title: '', metric: metricOfKind('increase') };
}

/**
 * Moves the key result at `from` by `offset` places (clamped to the list), renumbering positions.
 * @example moveKeyResult(draft, 2, -1).keyResults[1].id // the third KR, now second
 */
export function moveKeyResult(draft: ObjectiveDraft, from: number, offset: number): ObjectiveDraft {
  const to = Math.max(0, Math.min(draft.keyResults.length - 1, from + offset));
  if (to === from || !draft.keyResults[from]) return draft;
  const keyResults = draft.keyResults.slice();
  const [moved] = keyResults.splice(from, 1);
  keyResults.splice(to, 0, moved as KeyResult);
  return { ...draft, keyResults };
}

/**
 * Removes the key result at `index`; a stored one is remembered in `removedKeyResultIds`.
 * @example removeKeyResult(draft, 0, new Set(['kr-1'])).removedKeyResultIds // ['kr-1']
 */
export function removeKeyResult(draft: ObjectiveDraft, index: number, storedIds: ReadonlySet<string>): ObjectiveDraft {
  const removed = draft.keyResults[index];
  if (!removed) return draft;
  return {
    ...draft,
    keyResults: draft.keyResults.filter((_, at) => at !== index),
    removedKeyResultIds: storedIds.has(removed.id) ? [...draft.removedKeyResultIds, removed.id] : draft.removedKeyResultIds,
  };
}

/**
 * The draft as it will be stored: KR positions 1…n in the order shown, objective ids on every KR.
 * @example draftForSave(draft).keyResults.map((keyResult) => keyResult.position) // [1, 2, 3]
 */
export function draftForSave(draft: ObjectiveDraft): ObjectiveDraft {
  return {
    ...draft,
    keyResults: draft.keyResults.map((keyResult, at) => ({ ...keyResult, objectiveId: draft.objective.id, position: at + 1 }) as KeyResult),
  };
}

/**
 * The core's validation errors of a draft, by the editor's field paths: the objective's
 * `objective.<path>`, each KR's `keyResults[i].<path>` (the paths `store.saveObjective` reports).
 * The first message per path is kept.
 * @example validateDraft(blankObjectiveDraft({ id: 'o1', periodId: 'q1' })).get('objective.title') // 'must not be empty' (the core's words)
 */
export function validateDraft(draft: ObjectiveDraft): DraftErrors {
  const errors = new Map<string, string>();
  const put = (path: string, message: string) => {
    if (!errors.has(path)) errors.set(path, message);
  };
  const objectiveResult = validateObjective(draft.objective);
  if (!objectiveResult.ok) for (const error of objectiveResult.errors) put(joinPath('objective', error.path), error.message);
  draft.keyResults.forEach((keyResult, at) => {
    const result = validateKeyResult({ ...keyResult, objectiveId: draft.objective.id });
    if (!result.ok) for (const error of result.errors) put(joinPath(`keyResults[${at}]`, error.path), error.message);
  });
  return errors;
}

function joinPath(prefix: string, path: string): string {
  if (path === '') return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/**
 * Errors under one field or group: `errorsUnder(errors, 'keyResults[0].metric')`.
 * @example errorsUnder(new Map([['keyResults[0].metric.target', 'must be a number']]), 'keyResults[0]') // ['must be a number']
 */
export function errorsUnder(errors: DraftErrors, prefix: string): string[] {
  const found: string[] = [];
  for (const [path, message] of errors) if (path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)) found.push(message);
  return found;
}

/**
 * Reads a number field as typed: empty or not a finite number gives `NaN`, which the core's
 * validator refuses with its own message (so the field shows the error, not a silent 0).
 * @example numberFromInput('1 200,5') // NaN · numberFromInput('12.5') // 12.5
 */
export function numberFromInput(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return Number.NaN;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** The editor's text bounds, from the core's validator limits. */
export const editorLimits = {
  title: OKR_LIMITS.text.title,
  description: OKR_LIMITS.text.description,
  unitLabel: OKR_LIMITS.text.unitLabel,
  milestones: OKR_LIMITS.list.milestones,
  contributesTo: OKR_LIMITS.list.contributesTo,
} as const;
