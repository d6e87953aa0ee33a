import type { LintIssue, ScoreBand } from '@okrkit/core';
import type { LintFormat, ProvidedOkrLabels } from './labels';

/**
 * A lint finding in the provider's language: `labels.lint[code]` built from the finding's
 * parameters (numbers formatted and counts pluralised for `locale` through `Intl`), or the
 * core's English message when the labels have no sentence for that code.
 * @example lintSentence(de, issue, 'de-DE') // 'Das Ziel „Wachstum“ ist vage: …'
 */
export function lintSentence(labels: Pick<ProvidedOkrLabels, 'lint'>, issue: LintIssue, locale: string | undefined): string {
  const sentence = labels.lint?.[issue.code] as ((params: LintIssue['params'], format: LintFormat) => string) | undefined;
  if (!sentence || issue.params === undefined) return issue.message;
  return sentence(issue.params, lintFormat(locale));
}

const formats = new Map<string, LintFormat>();

/**
 * Number and plural formatting for one locale (cached: one `Intl.NumberFormat` and one `Intl.PluralRules` per locale).
 * @example lintFormat('fr-FR').plural(0) // 'one'
 */
export function lintFormat(locale: string | undefined): LintFormat {
  const key = locale ?? '';
  let format = formats.get(key);
  if (!format) {
    const numbers = new Intl.NumberFormat(locale);
    const plurals = new Intl.PluralRules(locale);
    format = { number: (value) => numbers.format(value), plural: (value) => plurals.select(value) };
    formats.set(key, format);
  }
  return format;
}

/**
 * A score band's name in the provider's language: `labels.bands[id]` for okrkit's preset
 * bands, else the band's own `label` (a custom strategy names its bands itself).
 * @example bandName(de, { id: 'high', label: 'High', from: 70, tone: 'success' }) // 'Hoch'
 */
export function bandName(labels: Pick<ProvidedOkrLabels, 'bands'>, band: ScoreBand): string {
  return (labels.bands as Partial<Record<string, string>> | undefined)?.[band.id] ?? band.label;
}
