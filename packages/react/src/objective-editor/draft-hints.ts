import { lintObjective, type LintIssue, type LintOptions, type Objective, type OkrSet } from '@okrkit/core';
import type { ObjectiveDraft } from './objective-editor.types';

/**
 * The method's findings (DOMAIN.md §8) for the draft as if it were stored: vague objective,
 * KR not measurable, task written as a KR, too many / too few KRs, orphan, loop. Only what
 * `lintObjective` reads is handed to it — the draft, its owner's objectives in the period
 * (ranking) and the chain above it (alignment) — so a keystroke costs the same with 10 or
 * 10,000 objectives in the store (no new index of the whole set).
 * @example draftHints(snapshot.okrSet, draft).map((issue) => issue.code) // ['vague-objective', 'too-few-key-results']
 */
export function draftHints(okrSet: OkrSet, draft: ObjectiveDraft, options: LintOptions = {}): LintIssue[] {
  const self = draft.objective;
  const ownerOf = options.ownerOf ?? ((objective: Objective) => objective.ownerId ?? objective.teamId ?? '');
  const byId = new Map<string, Objective>();
  const objectives: Objective[] = [self];
  const owner = ownerOf(self);
  for (const objective of okrSet.objectives) {
    if (objective.id === self.id) continue;
    byId.set(objective.id, objective);
    if (objective.periodId === self.periodId && ownerOf(objective) === owner) objectives.push(objective);
  }
  // The chains above the draft, so orphan and loop checks see its real alignment.
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
