import { okrIndex } from '../indexing/okr-index';
import type { Objective, OkrSet } from '../model/model.types';
import { isKeyResultOutdated } from '../status/status';
import { DAY_MS, toEpochMs } from '../time/time';
import { findParentLoops } from '../validation/references';
import { danglingReferences } from './dangling-references';
import type { LintCode, LintIssue, LintKeyResultName, LintOptions, LintParams, LintSeverity } from './lint.types';
import { countWords, lintName, objectiveName, taskVerbs } from './lint.utils';

/**
 * OKR health checks (DOMAIN.md §8) over a set that passed {@link validateOkrSet}. Each
 * finding has a stable `code`:
 *
 * | code | severity | fires when |
 * | --- | --- | --- |
 * | `alignment-loop` | error | a `parentId` chain of objectives comes back on itself |
 * | `dangling-reference` | warning | a record names a period, objective or key result the set does not hold (see `danglingReferences`) |
 * | `orphan-objective` | warning | an objective that is not top level (see below) serves no objective |
 * | `objective-without-key-results` | warning | an objective has no key results |
 * | `too-few-key-results` | info | an objective has some, but fewer than `minKeyResults` |
 * | `too-many-key-results` | warning | an objective has more than `maxKeyResults` |
 * | `vague-objective` | info | a title has fewer than `minTitleWords` words (a heuristic) |
 * | `too-many-objectives` | warning | one owner has more than `maxObjectives` in one period |
 * | `unranked-objective` | warning | an owner has several objectives in a period and this one has no priority |
 * | `duplicate-priority` | warning | this objective repeats a priority its owner already gave in the period |
 * | `key-result-not-measurable` | warning | a numeric start equals its target, or a milestones list is empty |
 * | `task-as-key-result` | info | a binary KR's title starts with a task verb, e.g. "Launch…" (a heuristic: it may be fine) |
 * | `no-recent-check-in` | warning | with `now`: a KR of an active objective has no check-in for `outdatedAfterDays` |
 * | `all-short-term` | info | there are objectives, and none is in a period longer than `longTermDays` |
 *
 * **Top level.** An objective is top level — never an orphan — when it has neither `teamId`
 * nor `ownerId` (a company objective), or its `teamId` is in `topLevelTeamIds`; pass
 * `isTopLevel` for another rule. Any other objective should serve an existing objective
 * through its `parentId`, its `contributesTo`, or a key result's `contributesTo`.
 *
 * **Owner.** Objectives are counted and ranked per period and per `ownerOf(objective)`:
 * its `ownerId`, else its `teamId`, else the company.
 *
 * **Messages** are written for the people who own the OKRs — a team lead, not a developer:
 * they say what is wrong and what to do in plain words, never naming fields or codes. Match
 * on `code` in programs; messages may be reworded.
 *
 * Draft, proposed and closed objectives are linted too, and messages name their state
 * ("draft objective …"); only `no-recent-check-in` skips them, as they are not checked in.
 * @throws RangeError when `options.now` is not a valid time, or a period date is not a date.
 * @example
 * lintOkrSet(okrSet, { now: '2026-02-15T00:00:00Z', maxObjectives: 3 })
 * // [{ code: 'orphan-objective', severity: 'warning', objectiveId: 'sales-1',
 * //    message: 'The objective "Win more new customers" serves no higher objective; …' }]
 */
export function lintOkrSet(okrSet: OkrSet, options: LintOptions = {}): LintIssue[] {
  return lintScope(okrSet, options, undefined);
}

/**
 * The findings of {@link lintOkrSet} about one objective — exactly
 * `lintOkrSet(okrSet, options).filter((issue) => issue.objectiveId === objectiveId)` — but
 * reading only what they need: the objective, its key results and their check-ins, its
 * owner's other objectives in the period (for ranking) and the `parentId` chains (for
 * loops). A card's health part calls this, so a long title elsewhere costs it nothing.
 * @throws RangeError for an unknown objective id, or as {@link lintOkrSet}.
 * @example lintObjective(okrSet, 'sales-1', { now: '2026-02-15T00:00:00Z' }).map((issue) => issue.code) // ['orphan-objective']
 */
export function lintObjective(okrSet: OkrSet, objectiveId: string, options: LintOptions = {}): LintIssue[] {
  const objective = okrIndex(okrSet).objectivesById.get(objectiveId);
  if (!objective) throw new RangeError(`no objective with id "${objectiveId}"`);
  return lintScope(okrSet, options, objective);
}

/** Both entry points: the whole set, or (`only`) the findings whose `objectiveId` is that objective. */
function lintScope(okrSet: OkrSet, options: LintOptions, only: Objective | undefined): LintIssue[] {
  const {
    now,
    outdatedAfterDays = 14,
    maxObjectives = 5,
    maxKeyResults = 5,
    minKeyResults = 2,
    minTitleWords = 3,
    longTermDays = 100,
    topLevelTeamIds = [],
    ignore = [],
  } = options;
  const isTopLevel =
    options.isTopLevel ??
    ((objective: Objective) =>
      objective.teamId === undefined ? objective.ownerId === undefined : topLevelTeamIds.includes(objective.teamId));
  const ownerOf = options.ownerOf ?? ((objective: Objective) => objective.ownerId ?? objective.teamId ?? '');
  const verbs = options.taskVerbs ?? taskVerbs;
  const nowMs = now === undefined ? undefined : toEpochMs(now);
  const index = okrIndex(okrSet);
  const { objectives } = okrSet;
  const issues: LintIssue[] = [];
  const emit = <Code extends LintCode>(code: Code, severity: LintSeverity, params: LintParams[Code], message: string, objectiveId?: string, keyResultId?: string) => {
    if (ignore.includes(code)) return;
    const issue = { code, severity, message, params } as LintIssue;
    if (objectiveId !== undefined) issue.objectiveId = objectiveId;
    if (keyResultId !== undefined) issue.keyResultId = keyResultId;
    issues.push(issue);
  };

  for (const loop of findParentLoops(objectives)) {
    if (only && objectives[loop[0] as number] !== only) continue;
    const chain = [...loop, loop[0] as number].map((at) => `"${objectives[at]?.title}"`).join(' → ');
    const titles = loop.map((at) => objectives[at]?.title ?? '');
    emit('alignment-loop', 'error', { titles }, `The objectives ${chain} support each other in a circle; link one to an objective outside it.`, objectives[loop[0] as number]?.id);
  }
  for (const dangling of danglingReferences(okrSet, index, only)) {
    emit('dangling-reference', 'warning', dangling.params, dangling.message, dangling.objectiveId, dangling.keyResultId);
  }

  const groups = new Map<string, Objective[]>();
  let hasLongTerm = false;
  for (const objective of only ? [only] : objectives) {
    const { id } = objective;
    const name = `The ${objectiveName(objective)}`;
    const named = lintName(objective);
    const keyResults = index.keyResultsByObjective.get(id) ?? [];
    const count = keyResults.length;
    const served = [objective.parentId, ...(objective.contributesTo ?? [])];
    for (const keyResult of keyResults) served.push(...(keyResult.contributesTo ?? []));
    if (!isTopLevel(objective) && !served.some((target) => target !== id && index.objectivesById.has(target as string))) {
      emit('orphan-objective', 'warning', { objective: named }, `${name} serves no higher objective; link it to the objective it supports.`, id);
    }
    if (count === 0) {
      emit('objective-without-key-results', 'warning', { objective: named, min: minKeyResults, max: maxKeyResults }, `${name} has no key results to show whether it is met; add ${minKeyResults} to ${maxKeyResults}.`, id);
    } else if (count < minKeyResults) {
      emit('too-few-key-results', 'info', { objective: named, count, min: minKeyResults, max: maxKeyResults }, `${name} has only ${count === 1 ? 'one key result' : `${count} key results`}; aim for ${minKeyResults} to ${maxKeyResults}.`, id);
    }
    if (count > maxKeyResults) {
      emit('too-many-key-results', 'warning', { objective: named, count, max: maxKeyResults }, `${name} has ${count} key results; keep the ${maxKeyResults} that matter most.`, id);
    }
    if (countWords(objective.title, { upTo: minTitleWords }) < minTitleWords) {
      emit('vague-objective', 'info', { objective: named, minWords: minTitleWords }, `${name} is vague; say what should change in at least ${minTitleWords} words.`, id);
    }
    const key = JSON.stringify([objective.periodId, ownerOf(objective)]);
    const group = groups.get(key);
    if (group) group.push(objective);
    else groups.set(key, [objective]);
    const bounds = index.periodBounds.get(objective.periodId);
    if (bounds && (bounds.endMs - bounds.startMs) / DAY_MS > longTermDays) hasLongTerm = true;
  }

  if (only) {
    // Ranking needs the owner's other objectives in the period, in set order.
    const key = JSON.stringify([only.periodId, ownerOf(only)]);
    groups.set(key, objectives.filter((objective) => objective === only || (objective.periodId === only.periodId && JSON.stringify([objective.periodId, ownerOf(objective)]) === key)));
  }
  for (const group of groups.values()) {
    const first = group[0] as Objective;
    const owner = ownerOf(first);
    const periodName = index.periodsById.get(first.periodId)?.name ?? first.periodId;
    const held = { owner: owner || null, count: group.length, period: periodName };
    const holds = `${owner ? `"${owner}"` : 'the company'} has ${group.length} objectives in "${periodName}"`;
    if (group.length > maxObjectives && !only) {
      emit('too-many-objectives', 'warning', { ...held, max: maxObjectives }, `Too many objectives: ${holds}; keep the ${maxObjectives} that matter most.`);
    }
    if (group.length < 2) continue;
    const ranked = new Map<number, Objective>();
    for (const objective of group) {
      const rank = objective.priority;
      const holder = rank === undefined ? undefined : ranked.get(rank);
      const name = `The ${objectiveName(objective)}`;
      if (only && objective !== only) {
        if (rank !== undefined && !holder) ranked.set(rank, objective);
        continue;
      }
      if (rank === undefined) {
        emit('unranked-objective', 'warning', { objective: lintName(objective), ...held }, `${name} has no priority, but ${holds}; rank them by importance.`, objective.id);
      } else if (holder) {
        emit('duplicate-priority', 'warning', { objective: lintName(objective), priority: rank, other: holder.title }, `${name} has the same priority (${rank}) as "${holder.title}"; decide which comes first.`, objective.id);
      } else {
        ranked.set(rank, objective);
      }
    }
  }

  for (const keyResult of only ? (index.keyResultsByObjective.get(only.id) ?? []) : okrSet.keyResults) {
    const objective = index.objectivesById.get(keyResult.objectiveId);
    const state = objective?.state ?? 'active';
    const name = `The key result "${keyResult.title}"${objective && state !== 'active' ? ` of the ${objectiveName(objective)}` : ''}`;
    const ids = [keyResult.objectiveId, keyResult.id] as const;
    const krName: LintKeyResultName = objective && state !== 'active' ? { title: keyResult.title, objective: lintName(objective) } : { title: keyResult.title };
    const metric = keyResult.metric;
    if (metric.kind === 'numeric' && metric.start === metric.target) {
      emit('key-result-not-measurable', 'warning', { keyResult: krName, reason: 'starts-at-target' }, `${name} starts at its target, so it cannot show progress; set a different target.`, ...ids);
    } else if (metric.kind === 'milestones' && !metric.milestones.length) {
      emit('key-result-not-measurable', 'warning', { keyResult: krName, reason: 'no-milestones' }, `${name} has no milestones; add the steps that show progress.`, ...ids);
    }
    // A first word is short: read the start of the title only, so a huge title costs nothing.
    const firstWord = keyResult.title.slice(0, 200).trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    if (metric.kind === 'binary' && verbs.includes(firstWord.replace(/\W/g, ''))) {
      emit('task-as-key-result', 'info', { keyResult: krName }, `${name} reads like a task; say what result it should bring, as a number.`, ...ids);
    }
    const period = objective && index.periodsById.get(objective.periodId);
    if (
      nowMs !== undefined &&
      period &&
      state === 'active' &&
      isKeyResultOutdated(keyResult.id, period, okrSet, nowMs, outdatedAfterDays)
    ) {
      emit('no-recent-check-in', 'warning', { keyResult: krName, days: outdatedAfterDays }, `${name} has not been updated for over ${outdatedAfterDays} days; record where it stands.`, ...ids);
    }
  }

  if (!only && objectives.length > 0 && !hasLongTerm) {
    emit('all-short-term', 'info', { days: longTermDays }, `Every objective lasts ${longTermDays} days or less; add a longer-term one.`);
  }
  return issues;
}
