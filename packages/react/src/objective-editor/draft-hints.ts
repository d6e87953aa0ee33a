import { lintObjective, type LintIssue, type LintOptions, type Objective, type OkrSet } from '@okrkit/core';
import type { ObjectiveDraft } from './objective-editor.types';

const defaultOwnerOf = (objective: Objective) => objective.ownerId ?? objective.teamId ?? '';
const groupKey = (periodId: string, owner: string) => `${periodId}\u0000${owner}`;

interface ObjectiveIndex {
  byId: Map<string, Objective>;
  /** The objectives of each period and owner, in the set's order. */
  groups: Map<string, Objective[]>;
}

// Built once per stored objectives array (the store replaces it on every change) and owner
// rule, not once per keystroke: walking 10,000 objectives into a Map cost ~5 ms a keystroke
// (bench/objective-editor).
const indexes = new WeakMap<readonly Objective[], WeakMap<(objective: Objective) => string, ObjectiveIndex>>();

function indexOf(list: readonly Objective[], ownerOf: (objective: Objective) => string): ObjectiveIndex {
  let byRule = indexes.get(list);
  if (!byRule) indexes.set(list, (byRule = new WeakMap()));
  let index = byRule.get(ownerOf);
  if (!index) {
    index = { byId: new Map(), groups: new Map() };
    for (const objective of list) {
      index.byId.set(objective.id, objective);
      const key = groupKey(objective.periodId, ownerOf(objective));
      const group = index.groups.get(key);
      if (group) group.push(objective);
      else index.groups.set(key, [objective]);
    }
    byRule.set(ownerOf, index);
  }
  return index;
}

/**
 * The method's findings (DOMAIN.md §8) for the draft as if it were stored: vague objective,
 * KR not measurable, task written as a KR, too many / too few KRs, orphan, loop. Only what
 * `lintObjective` reads is handed to it — the draft, its owner's objectives in the period
 * (ranking) and the chain above it (alignment), found through an index built once per stored
 * set — so a keystroke costs about the same with 10 or 10,000 objectives in the store.
 * @example draftHints(snapshot.okrSet, draft).map((issue) => issue.code) // ['vague-objective', 'too-few-key-results']
 */
export function draftHints(okrSet: OkrSet, draft: ObjectiveDraft, options: LintOptions = {}): LintIssue[] {
  const self = draft.objective;
  const ownerOf = options.ownerOf ?? defaultOwnerOf;
  const { byId, groups } = indexOf(okrSet.objectives, ownerOf);
  const objectives: Objective[] = [self];
  for (const objective of groups.get(groupKey(self.periodId, ownerOf(self))) ?? []) if (objective.id !== self.id) objectives.push(objective);
  const seen = new Set<string>([self.id]);
  const queue = [self.parentId, ...(self.contributesTo ?? [])].filter((id): id is string => Boolean(id));
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const objective = byId.get(id);
    if (!objective) continue;
    if (!objectives.includes(objective)) objectives.push(objective);
    if (objective.parentId) queue.push(objective.parentId);
  }
  const periods = okrSet.periods.filter((period) => period.id === self.periodId);
  const subset: OkrSet = { periods, objectives, keyResults: draft.keyResults.map((keyResult) => ({ ...keyResult, objectiveId: self.id })), checkIns: [] };
  const { now: _now, ...withoutClock } = options;
  return lintObjective(subset, self.id, withoutClock).filter((issue) => issue.code !== 'no-recent-check-in');
}
