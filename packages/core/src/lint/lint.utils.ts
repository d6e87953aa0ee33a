import type { Objective } from '../model/model.types';
import type { LintObjectiveName } from './lint.types';

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
 * How a finding's parameters name an objective: its title, with its state when not active.
 * @example lintName({ id: 'o1', title: 'Grow revenue', periodId: 'q1', state: 'draft' }) // { title: 'Grow revenue', state: 'draft' }
 */
export function lintName(objective: Objective): LintObjectiveName {
  const state = objective.state;
  return state && state !== 'active' ? { title: objective.title, state } : { title: objective.title };
}

/**
 * How many characters of a text the word-counting heuristic reads. A title that needs more
 * than this to reach a few words is not vague, and a bound keeps lint linear whatever is stored.
 * @example countWords('a '.repeat(50_000)) // counts the first 1,000 characters only
 */
export const WORD_COUNT_READ_LIMIT = 1_000;

/** Characters handed to `Intl.Segmenter` at once: its cost grows faster than the text (quadratic on Node 20). */
const SEGMENT_CHUNK = 250;

let wordSegmenter: Intl.Segmenter | undefined;

/** Options of {@link countWords}. */
export interface CountWordsOptions {
  /** Stop counting once this many words are found (a "fewer than N words" check needs no more). @default Infinity */
  upTo?: number;
  /** Read at most this many characters. @default WORD_COUNT_READ_LIMIT (1,000) */
  maxCharacters?: number;
}

/**
 * Counts the words of a title. `Intl.Segmenter` (where present) counts scripts written
 * without spaces right: "显著提升用户活跃度" is 5 words, not 1. Linear in the text and
 * bounded: it reads at most `maxCharacters`, segments them in chunks of 250 cut at a space
 * where there is one, and stops at `upTo` words.
 * @example countWords('Significantly increase user activity') // 4
 * @example countWords(' a'.repeat(50_000), { upTo: 3 }) // 3
 */
export function countWords(text: string, options: CountWordsOptions = {}): number {
  const upTo = options.upTo ?? Number.POSITIVE_INFINITY;
  const read = boundedPrefix(text, options.maxCharacters ?? WORD_COUNT_READ_LIMIT);
  if (typeof Intl.Segmenter !== 'function') {
    return Math.min(upTo, read.split(/\s+/).filter(Boolean).length);
  }
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let count = 0;
  for (let from = 0; from < read.length && count < upTo; ) {
    let to = Math.min(read.length, from + SEGMENT_CHUNK);
    if (to < read.length) {
      // Cut after the last space of the chunk, so no word is split in two (and counted twice).
      const space = read.lastIndexOf(' ', to - 1);
      if (space > from) to = space + 1;
      else to = boundedPrefix(read.slice(from), to - from).length + from;
    }
    for (const segment of wordSegmenter.segment(read.slice(from, to))) {
      if (segment.isWordLike && ++count >= upTo) break;
    }
    from = to;
  }
  return count;
}

/** The first `limit` UTF-16 units of a text, one fewer when the cut would split a surrogate pair. */
function boundedPrefix(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const last = text.charCodeAt(limit - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit);
}
