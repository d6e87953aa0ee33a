import type { Objective } from '../model/model.types';

/**
 * First words that make a binary key result read like a task rather than an outcome
 * (see `task-as-key-result`). English only: titles in other languages are not flagged.
 * @example lintOkrSet(okrSet, { taskVerbs: [...taskVerbs, 'organise'] })
 */
export const taskVerbs: readonly string[] = /* @__PURE__ */ (
  'launch write hold build create ship release publish organize run host hire implement complete finish ' +
  'deliver set introduce develop design prepare conduct send migrate deploy start make do install'
).split(' ');

/**
 * How a message names an objective: `objective "Grow revenue"`, or `draft objective "Grow
 * revenue"` for one that is not active, so a reader knows a draft is meant.
 * @example objectiveName({ id: 'o1', title: 'Grow revenue', periodId: 'q1', state: 'draft' }) // 'draft objective "Grow revenue"'
 */
export function objectiveName(objective: Objective): string {
  const state = objective.state;
  return `${state && state !== 'active' ? `${state} ` : ''}objective "${objective.title}"`;
}

/**
 * Counts the words of a title. `Intl.Segmenter` (where present) counts scripts written
 * without spaces right: "显著提升用户活跃度" is 5 words, not 1.
 * @example countWords('Significantly increase user activity') // 4
 */
export function countWords(text: string): number {
  if (typeof Intl.Segmenter !== 'function') return text.split(/\s+/).filter(Boolean).length;
  let count = 0;
  for (const segment of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)) {
    if (segment.isWordLike) count++;
  }
  return count;
}
