import { okrIndex } from '../indexing/okr-index';
import type { KeyResult, Objective, OkrSet, Status } from '../model/model.types';
import type { AlignmentFilter, AlignmentFilterResult, AlignmentGraph } from './alignment.types';
import { foldText } from './alignment.utils';

// Folded once per objective record: typing in a search box re-filters thousands of objectives
// per keystroke. Records are immutable in okrkit; a new key result list (a new index) refolds.
const foldedTexts = new WeakMap<Objective, { keyResults: readonly KeyResult[] | undefined; text: string }>();

function searchableText(objective: Objective, okrSet: OkrSet): string {
  const keyResults = okrIndex(okrSet).keyResultsByObjective.get(objective.id);
  const cached = foldedTexts.get(objective);
  if (cached && cached.keyResults === keyResults) return cached.text;
  const parts = [objective.title, objective.description ?? ''];
  for (const keyResult of keyResults ?? []) parts.push(keyResult.title);
  const text = foldText(parts.join('\n'));
  foldedTexts.set(objective, { keyResults, text });
  return text;
}

/**
 * The objectives of a graph that match a filter (`matches`, for highlighting), and those
 * plus every ancestor in the drawn tree, groups included (`visible`, for
 * `layoutAlignmentTree`'s `include`), so the tree stays connected.
 *
 * Each given criterion must hold; within a criterion any listed value matches; an empty
 * filter matches everything. `text` is split into words and every word must appear in the
 * title, the description or a key result's title, ignoring case and accents ("kovac" finds
 * "Kovač"). `statuses` needs the assessments (e.g. `rollUpAlignment(...).nodes` or
 * `assessOkrSet(...)`); okrkit reads no clock, so it cannot compute them itself.
 *
 * Linear in the graph: each ancestor walk stops at the first node already kept.
 * @throws TypeError when `statuses` is given without assessments.
 * @example
 * const { matches, visible } = filterAlignment(graph, okrSet, { teamIds: ['brightline-support'], text: 'response' });
 * layoutAlignmentTree(graph, { ...sizes, include: visible });
 */
export function filterAlignment(
  graph: AlignmentGraph,
  okrSet: OkrSet,
  filter: AlignmentFilter,
  assessments?: ReadonlyMap<string, { status: Status }>,
): AlignmentFilterResult {
  const { teamIds, ownerIds, statuses, periodIds } = filter;
  if (statuses && !assessments) {
    throw new TypeError('filterAlignment: filtering by status needs the assessments, e.g. rollUpAlignment(...).nodes');
  }
  const words = filter.text ? foldText(filter.text).split(' ').filter(Boolean) : [];
  const teams = teamIds && new Set(teamIds);
  const owners = ownerIds && new Set(ownerIds);
  const wanted = statuses && new Set(statuses);
  const periods = periodIds && new Set(periodIds);

  const matches = new Set<string>();
  const visible = new Set<string>();
  for (const node of graph.nodes) {
    const objective = node.objective;
    if (teams && (objective.teamId === undefined || !teams.has(objective.teamId))) continue;
    if (owners && (objective.ownerId === undefined || !owners.has(objective.ownerId))) continue;
    if (periods && !periods.has(objective.periodId)) continue;
    if (wanted) {
      const status = assessments?.get(node.id)?.status;
      if (status === undefined || !wanted.has(status)) continue;
    }
    if (words.length) {
      const text = searchableText(objective, okrSet);
      if (!words.every((word) => text.includes(word))) continue;
    }
    matches.add(node.id);
    for (let at: string | undefined = node.id; at !== undefined && !visible.has(at); at = graph.parentOf.get(at)) {
      visible.add(at);
    }
  }
  return { matches, visible };
}
