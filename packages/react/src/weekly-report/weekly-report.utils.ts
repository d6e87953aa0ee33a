import { useRef } from 'react';
import { focusKeyResults, okrIndex, type KeyResult, type OkrSet, type WeeklyReport } from '@okrkit/core';

/** A choice in a select: a key result or a person. */
export interface Choice {
  id: string;
  name: string;
}

/**
 * The report as storage should get it: problem and plan lines still blank (just added,
 * not typed yet) are left out, so an empty line never fails validation.
 * @example savableReport({ ...report, problems: [{ text: '' }] }).problems // []
 */
export function savableReport(report: WeeklyReport): WeeklyReport {
  const problems = report.problems.filter((problem) => problem.text.trim() !== '');
  const nextWeek = report.nextWeek.filter((item) => item.text.trim() !== '');
  return problems.length === report.problems.length && nextWeek.length === report.nextWeek.length ? report : { ...report, problems, nextWeek };
}

/** Whether two reports say the same thing (key order aside, they come from the same code). */
export function sameReport(a: WeeklyReport | null | undefined, b: WeeklyReport | null | undefined): boolean {
  return a === b || (!!a && !!b && JSON.stringify(savableReport(a)) === JSON.stringify(savableReport(b)));
}

/**
 * The key results a task can name: the report's focus first, then any other KR a task
 * already names; every KR of the set when nothing is in focus.
 * @example keyResultChoices(report, okrSet) // [{ id: 'kr-questionnaires', name: '100 valid questionnaires' }, …]
 */
export function keyResultChoices(report: WeeklyReport, okrSet: OkrSet): Choice[] {
  const index = okrIndex(okrSet);
  const inFocus: KeyResult[] = focusKeyResults(report, okrSet);
  const list = inFocus.length > 0 ? inFocus : [...okrSet.keyResults];
  const seen = new Set(list.map((keyResult) => keyResult.id));
  for (const task of report.tasks) {
    if (task.keyResultId === undefined || seen.has(task.keyResultId)) continue;
    seen.add(task.keyResultId);
    const keyResult = index.keyResultsById.get(task.keyResultId);
    if (keyResult) list.push(keyResult);
  }
  return list.map((keyResult) => ({ id: keyResult.id, name: keyResult.title }));
}

/**
 * The people a task can be given to: the ones passed in, then the author and anyone a
 * task names already.
 */
export function peopleChoices(report: WeeklyReport, people: readonly Choice[], personName: (id: string) => string): Choice[] {
  const list = [...people];
  const seen = new Set(list.map((person) => person.id));
  for (const id of [report.authorId, ...report.tasks.map((task) => task.ownerId)]) {
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    list.push({ id, name: personName(id) });
  }
  return list;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one (the task grid
// formats a due date per visible row on every sort, filter and scroll), so each is made once
// per locale and style. Bounded: a page uses a handful of locales.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(style: 'clock' | 'moment' | 'day', locale: string | undefined): Intl.DateTimeFormat {
  const key = `${style}|${locale ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'clock'
        ? { hour: '2-digit', minute: '2-digit' }
        : style === 'moment'
          ? { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }
          : { month: 'short', day: 'numeric', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** "10:42" in the locale's clock. */
export function formatClock(at: string, locale: string | undefined): string {
  return dateFormat('clock', locale).format(new Date(at));
}

/** "Mar 6, 10:42" in the locale's words. */
export function formatMoment(at: string, locale: string | undefined): string {
  return dateFormat('moment', locale).format(new Date(at));
}

/** A calendar date (YYYY-MM-DD) as "Mar 6", read in UTC like every okrkit date. */
export function formatDay(date: string, locale: string | undefined): string {
  return dateFormat('day', locale).format(Date.parse(`${date.slice(0, 10)}T00:00:00Z`));
}

/** An id for a new task or line. */
export function newId(prefix: string): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return crypto?.randomUUID ? `${prefix}-${crypto.randomUUID()}` : `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The same array as last time when the choices did not change, so a keystroke elsewhere
 * in the report does not make the task grid rebuild its columns and re-sort its rows.
 */
export function useStableChoices(choices: Choice[]): Choice[] {
  const previous = useRef(choices);
  const same =
    previous.current.length === choices.length &&
    previous.current.every((choice, at) => choice.id === choices[at]?.id && choice.name === choices[at]?.name);
  if (!same) previous.current = choices;
  return previous.current;
}
