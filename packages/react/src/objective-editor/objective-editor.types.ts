import type { KeyResult, MetricKind, Objective } from '@okrkit/core';

/**
 * What the editor edits: one objective with its key results in their order, and the ids of
 * stored key results the user removed (deleted in the same batch as the save).
 * @example { objective: { id: 'o1', title: 'Delight new users', periodId: 'q1', state: 'draft' }, keyResults: [], removedKeyResultIds: [] }
 */
export interface ObjectiveDraft {
  objective: Objective;
  keyResults: KeyResult[];
  removedKeyResultIds: string[];
}

/**
 * The metric kinds the editor's picker offers: numeric split by direction, as people think of them.
 * @example 'increase' satisfies EditorMetricKind
 */
export type EditorMetricKind = 'increase' | 'decrease' | Exclude<MetricKind, 'numeric'>;

/**
 * The field errors of a draft, by path (`objective.title`, `keyResults[1].metric.target`).
 * @example new Map([['objective.title', 'must not be empty']]) satisfies DraftErrors
 */
export type DraftErrors = ReadonlyMap<string, string>;
