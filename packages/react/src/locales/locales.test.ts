import type { LintIssue } from '@okrkit/core';
import { describe, expect, it } from 'vitest';
import type { OkrLabels } from '../provider/labels';
import { lintSentence } from '../provider/core-words';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { vi } from './vi';
import { zh } from './zh';

// Compile time: each set is annotated `OkrLabels` (no Partial), so a key added to okrkit
// without a translation fails `pnpm typecheck`. This test says which keys, by path.
const sets: Record<string, OkrLabels> = { de, fr, es, vi, zh };

/**
 * Words that are the same as the English in that language (loan words, symbols, codes).
 * Every other string, and every function's sentence for the same arguments, must differ.
 */
const sameAsEnglish: Record<string, readonly string[]> = {
  '*': [
    'percentDone', 'optional', 'timeline.valueChange', 'timeline.firstReading', 'timeline.checkInEntry', 'tree.loopChain', 'report.priorities.P1', 'report.priorities.P2',
    'report.priorities.P3', 'report.focusPriority', 'report.weekOf', 'list.none', 'list.groupHeading', 'report.points',
    // The CSV column names (`target`, `period_id`) are the documented file format, the same in every language.
    'importer.fieldLabel',
    // "Green: 3": the band's name and its count, punctuated as the language does.
    'review.bandCount',
  ],
  de: ['checkInFor', 'timeline.timeline', 'report.status', 'report.problem', 'report.blocker', 'list.status', 'editor.team', 'list.team', 'chart.checkIns', 'review.team', 'review.teamColumn'],
  fr: ['kind', 'editor.kind', 'editor.hints', 'score', 'contribution', 'contributionsTotal', 'note', 'chart.date', 'chart.note', 'report.notes', 'report.actions', 'list.actions', 'editor.description', 'chart.summary'],
  es: ['contributionsTotal', 'severity.error'],
  vi: [],
  zh: [],
};

const samples = ['7', '9', '11'];

function call(fn: (...args: never[]) => unknown): unknown {
  try {
    return (fn as (...args: string[]) => unknown)(...samples);
  } catch {
    return undefined;
  }
}

/** Paths missing or empty in `set`, and paths that read exactly as the English. */
function compare(english: Record<string, unknown>, set: Record<string, unknown>, locale: string, path: string, problems: { missing: string[]; english: string[] }) {
  for (const key of Object.keys(english)) {
    const at = path ? `${path}.${key}` : key;
    const want = english[key];
    const got = set[key];
    const allowed = sameAsEnglish['*']?.includes(at) || sameAsEnglish[locale]?.includes(at);
    if (typeof want === 'function') {
      if (typeof got !== 'function') problems.missing.push(`${locale}: ${at}`);
      else if (path !== 'lint' && !allowed) {
        // Only a sentence both sets could build from the sample arguments counts as the same words.
        const sentence = call(got as never);
        if (typeof sentence === 'string' && !sentence.includes('undefined') && sentence === call(want as never)) problems.english.push(`${locale}: ${at}`);
      }
    } else if (typeof want === 'string') {
      if (typeof got !== 'string' || got.trim() === '') problems.missing.push(`${locale}: ${at}`);
      else if (got === want && !allowed) problems.english.push(`${locale}: ${at} = ${JSON.stringify(got)}`);
    } else if (want && typeof want === 'object') {
      if (!got || typeof got !== 'object') problems.missing.push(`${locale}: ${at}`);
      else compare(want as Record<string, unknown>, got as Record<string, unknown>, locale, at, problems);
    }
  }
}

const issues: LintIssue[] = [
  { code: 'alignment-loop', severity: 'error', message: '', params: { titles: ['A', 'B'] } },
  { code: 'dangling-reference', severity: 'warning', message: '', params: { via: 'objective-parent', name: 'Grow', missingId: 'gone' } },
  { code: 'dangling-reference', severity: 'warning', message: '', params: { via: 'check-in-key-result', name: '2026-01-05T09:00:00Z', missingId: 'gone' } },
  { code: 'orphan-objective', severity: 'warning', message: '', params: { objective: { title: 'Grow', state: 'draft' } } },
  { code: 'objective-without-key-results', severity: 'warning', message: '', params: { objective: { title: 'Grow' }, min: 2, max: 5 } },
  { code: 'too-few-key-results', severity: 'info', message: '', params: { objective: { title: 'Grow' }, count: 1, min: 2, max: 5 } },
  { code: 'too-many-key-results', severity: 'warning', message: '', params: { objective: { title: 'Grow' }, count: 6, max: 5 } },
  { code: 'vague-objective', severity: 'info', message: '', params: { objective: { title: 'Grow' }, minWords: 3 } },
  { code: 'too-many-objectives', severity: 'warning', message: '', params: { owner: null, count: 6, period: 'Q1', max: 5 } },
  { code: 'unranked-objective', severity: 'warning', message: '', params: { objective: { title: 'Grow' }, owner: 'anna', count: 2, period: 'Q1' } },
  { code: 'duplicate-priority', severity: 'warning', message: '', params: { objective: { title: 'Grow' }, priority: 1, other: 'Win' } },
  { code: 'key-result-not-measurable', severity: 'warning', message: '', params: { keyResult: { title: 'MAU' }, reason: 'no-milestones' } },
  { code: 'task-as-key-result', severity: 'info', message: '', params: { keyResult: { title: 'Launch', objective: { title: 'Grow', state: 'closed' } } } },
  { code: 'no-recent-check-in', severity: 'warning', message: '', params: { keyResult: { title: 'MAU' }, days: 14 } },
  { code: 'all-short-term', severity: 'info', message: '', params: { days: 100 } },
];

describe('locales: complete label sets', () => {
  it('given every shipped set, when compared key by key with the English, none misses a key or leaves one empty (the list names each path)', () => {
    const problems = { missing: [] as string[], english: [] as string[] };
    for (const [locale, set] of Object.entries(sets)) compare(en as never, set as never, locale, '', problems);
    expect(problems.missing).toEqual([]);
  });

  it('given every shipped set, no word is left in English except the documented identical ones', () => {
    const problems = { missing: [] as string[], english: [] as string[] };
    for (const [locale, set] of Object.entries(sets)) compare(en as never, set as never, locale, '', problems);
    expect(problems.english).toEqual([]);
  });

  it('given a finding of each lint code, every set words it in its language from the parameters, never with a raw placeholder', () => {
    for (const [locale, set] of Object.entries({ en, ...sets })) {
      for (const issue of issues) {
        const sentence = lintSentence(set, issue, locale);
        expect(sentence, `${locale} ${issue.code}`).not.toBe('');
        expect(sentence, `${locale} ${issue.code}`).not.toMatch(/undefined|NaN|\[object/);
        if (locale !== 'en') expect(sentence, `${locale} ${issue.code}`).not.toBe(lintSentence(en, issue, 'en'));
      }
    }
  });

  it('given the English set and a real finding, the sentence is the core’s own message (the default stays the same words)', () => {
    const issue: LintIssue = {
      code: 'too-few-key-results',
      severity: 'info',
      message: 'The objective "Lead technical innovation" has only one key result; aim for 2 to 5.',
      params: { objective: { title: 'Lead technical innovation' }, count: 1, min: 2, max: 5 },
    };
    expect(lintSentence(en, issue, 'en').replace(/[“”]/g, '"')).toBe(issue.message);
  });

  it('given counts, German and French plural through Intl.PluralRules (French 1 is singular, 3 plural)', () => {
    const few = (count: number): LintIssue => ({ code: 'too-few-key-results', severity: 'info', message: '', params: { objective: { title: 'X' }, count, min: 2, max: 5 } });
    expect(lintSentence(de, few(1), 'de-DE')).toContain('nur ein Schlüsselergebnis;');
    expect(lintSentence(de, few(0), 'de-DE')).toContain('nur 0 Schlüsselergebnisse;');
    expect(lintSentence(fr, few(1), 'fr-FR')).toContain('qu’un seul résultat clé');
    expect(lintSentence(fr, few(3), 'fr-FR')).toContain('que 3 résultats clés');
  });
});
