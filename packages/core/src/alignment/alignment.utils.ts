import type { Objective } from '../model/model.types';
import type { AlignmentGraphOptions, AlignmentGroupId } from './alignment.types';

/**
 * The ids of the synthetic nodes of an alignment tree (see {@link AlignmentGroupId}).
 * @example graph.childrenOf.get(alignmentGroupIds.orphans) // the orphans, sorted
 */
export const alignmentGroupIds = {
  root: '@okrkit/alignment-root',
  orphans: '@okrkit/alignment-orphans',
  loops: '@okrkit/alignment-loops',
} as const satisfies Record<string, AlignmentGroupId>;

/**
 * Whether an id names a synthetic group rather than an objective.
 * @example isAlignmentGroupId(alignmentGroupIds.orphans) // true
 */
export function isAlignmentGroupId(id: string): id is AlignmentGroupId {
  return id === alignmentGroupIds.root || id === alignmentGroupIds.orphans || id === alignmentGroupIds.loops;
}

/**
 * The top-level rule of `lintOkrSet`, so the tree and the health checks agree on what an
 * orphan is: `isTopLevel` when given, else no `teamId` and no `ownerId`, or `teamId` in
 * `topLevelTeamIds`.
 * @example topLevelRule({ topLevelTeamIds: ['board'] })({ id: 'o', title: 'Grow', periodId: 'fy', teamId: 'board' }) // true
 */
export function topLevelRule(options: AlignmentGraphOptions = {}): (objective: Objective) => boolean {
  if (options.isTopLevel) return options.isTopLevel;
  const topLevelTeamIds = options.topLevelTeamIds ?? [];
  return (objective) =>
    objective.teamId === undefined ? objective.ownerId === undefined : topLevelTeamIds.includes(objective.teamId);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareRanks(a: Objective, b: Objective): number {
  const rankA = a.priority ?? Number.POSITIVE_INFINITY;
  const rankB = b.priority ?? Number.POSITIVE_INFINITY;
  return rankA === rankB ? 0 : rankA < rankB ? -1 : 1;
}

/**
 * The order of siblings: priority (1 first, unranked last), then title ignoring case and
 * accents, then title, then id. Code-unit comparisons of folded text rather than a
 * collator: the same order on every host and locale, and several times faster on
 * thousands of objectives.
 * @example objectives.sort(compareAlignmentOrder)
 */
export function compareAlignmentOrder(a: Objective, b: Objective): number {
  return compareRanks(a, b) || compareText(caseAndAccentKey(a.title), caseAndAccentKey(b.title)) || compareText(a.title, b.title) || compareText(a.id, b.id);
}

/**
 * Objectives sorted by {@link compareAlignmentOrder}, folding each title once.
 * @example sortForAlignment(okrSet.objectives)[0]?.priority // 1
 */
export function sortForAlignment(objectives: Iterable<Objective>): Objective[] {
  const keyed = [...objectives].map((objective) => ({ objective, folded: caseAndAccentKey(objective.title) }));
  keyed.sort(
    (a, b) =>
      compareRanks(a.objective, b.objective) ||
      compareText(a.folded, b.folded) ||
      compareText(a.objective.title, b.objective.title) ||
      compareText(a.objective.id, b.objective.id),
  );
  return keyed.map(({ objective }) => objective);
}

const NON_ASCII = /[^ -~\s]/;
const MARKS = /\p{M}/gu;
const SPACES = /\s+/g;

/** Lower case without accents; only text beyond printable ASCII pays for the normalisation. */
function caseAndAccentKey(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/**
 * Text folded for matching: decomposed (NFD), combining marks removed, lower case,
 * whitespace collapsed. "Kovač" and "KOVAC" fold to the same text.
 * @example foldText('  Lena  Kovač ') // 'lena kovac'
 */
export function foldText(text: string): string {
  return caseAndAccentKey(text).replace(SPACES, ' ').trim();
}
