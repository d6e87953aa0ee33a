import type { KeyResult, Objective } from '../model/model.types';

/**
 * A starting point for writing an objective: plain data a host can replace or extend. The
 * objective's fields (not its id, period or owner: those are chosen when it is used) and its
 * key results, with metrics at their baseline.
 */
export interface ObjectiveTemplate {
  id: string;
  name: string;
  /** When to use it and what it teaches, for the template picker. */
  description: string;
  objective: Partial<Omit<Objective, 'id'>>;
  keyResults: Array<Omit<KeyResult, 'id' | 'objectiveId'>>;
}

/** What a template is filled with when it is used (see `objectiveFromTemplate`). */
export interface ObjectiveFromTemplateOptions {
  periodId: string;
  parentId?: string;
  ownerId?: string;
  teamId?: string;
  /** Makes the ids of the new objective and key results. */
  generateId: (kind: 'objective' | 'keyResult') => string;
}
