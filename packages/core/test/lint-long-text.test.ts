import { afterEach, describe, expect, it, vi } from 'vitest';
import { lintObjective, lintOkrSet, type OkrSet } from '../src/index';
import { countWords, WORD_COUNT_READ_LIMIT } from '../src/lint/lint.utils';

const now = '2026-02-15T00:00:00Z';

function setWithTitle(longTitle: string): OkrSet {
  return {
    periods: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }],
    objectives: [
      { id: 'long', title: longTitle, periodId: 'q1' },
      { id: 'short', title: 'Grow', periodId: 'q1', parentId: 'long', teamId: 'sales' },
    ],
    keyResults: [
      { id: 'k-long', objectiveId: 'long', title: longTitle, metric: { kind: 'binary', done: false } },
      { id: 'k-short', objectiveId: 'short', title: 'Launch the shop', metric: { kind: 'binary', done: false } },
    ],
    checkIns: [],
  };
}

/** Counts the characters every `Intl.Segmenter#segment` call is handed, calling the real one. */
function countSegmentedCharacters(): { characters: () => number; calls: () => number } {
  const segment = Intl.Segmenter.prototype.segment;
  let characters = 0;
  let calls = 0;
  vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, input: string) {
    characters += input.length;
    calls++;
    return segment.call(this, input);
  });
  return { characters: () => characters, calls: () => calls };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('lint reads a bounded amount of any text', () => {
  it('given titles of 10 KB and 100 KB, when linted, the word counter segments the same bounded number of characters', () => {
    const work = [10_000, 100_000].map((size) => {
      const counter = countSegmentedCharacters();
      lintOkrSet(setWithTitle(' a'.repeat(size / 2)), { now });
      vi.restoreAllMocks();
      return counter.characters();
    });
    expect(work[0]).toBe(work[1]);
    // The long title is read up to its third word; the short one ("Grow") whole.
    expect(work[1]).toBeLessThanOrEqual(WORD_COUNT_READ_LIMIT + 'Grow'.length);
  });

  it('given a title of one 100 KB word, when its words are counted, at most 1,000 characters are segmented, in chunks of at most 250', () => {
    const counter = countSegmentedCharacters();
    expect(countWords('x'.repeat(100_000))).toBe(4);
    expect(counter.characters()).toBe(WORD_COUNT_READ_LIMIT);
    expect(counter.calls()).toBe(4);
  });

  it('given a title whose words straddle a chunk boundary, when counted, no word is split or counted twice', () => {
    const title = 'word '.repeat(199); // 995 characters, 199 words, chunks cut at spaces
    expect(countWords(title)).toBe(199);
    expect(countWords('显著提升用户活跃度')).toBe(5);
  });

  it('given a card of another objective beside a 100 KB title, when linted with lintObjective, the long title is never segmented', () => {
    const counter = countSegmentedCharacters();
    const issues = lintObjective(setWithTitle(' a'.repeat(50_000)), 'short', { now });
    expect(counter.characters()).toBe('Grow'.length);
    expect(issues.map((issue) => issue.code)).toEqual(['too-few-key-results', 'vague-objective', 'task-as-key-result', 'no-recent-check-in']);
    expect(issues.every((issue) => issue.objectiveId === 'short')).toBe(true);
  });

  it('given an unknown objective id, lintObjective throws a RangeError naming it', () => {
    expect(() => lintObjective(setWithTitle('Grow the business'), 'missing')).toThrow(/no objective with id "missing"/);
  });
});
