/**
 * The weekly report out of the page: Markdown, email-safe HTML and plain text for chat.
 * Pure functions of the report, the OKR set and a locale, tested on their exact output.
 * User text (titles, notes, problems, labels) is escaped for each format, and its line
 * breaks are folded so that nobody's text can start a heading, a row or a section. Every
 * user-supplied field is direction-isolated — FSI … PDI in Markdown and plain text, `<bdi>`
 * in HTML — and stripped of unpaired direction controls, so a right-to-left override left
 * open in one field cannot reorder what follows it (see `text/bidi-isolation.ts`).
 */
import type { OkrSet } from '../model/model.types';
import { isolateText } from '../text/bidi-isolation';
import { FONT, MUTED, html, htmlTable as htmlTableOf, markdown, markdownLine, markdownTable, oneLine, paragraphLines } from '../text/export-format';
import { EMPTY, weeklyReportView } from './report-view';
import type { WeeklyReport, WeeklyReportExportOptions } from './weekly-report.types';

const withKeyResult = (text: string, keyResult: string | null): string => (keyResult === null ? text : `${text} (${keyResult})`);

/**
 * The report as Markdown (CommonMark with GFM tables), for wikis, issues and chat tools
 * that render Markdown. Sections: Focus, Tasks (default order), Progress since last week
 * (computed from the check-ins), Problems and risks, Next week, and Notes when there are any.
 * @example
 * weeklyReportToMarkdown(report, okrSet, { locale: 'en-US' })
 * // '# Weekly report 2026-W10: Mar 2 – Mar 8, 2026\n\nana · Draft\n\n## Focus\n\n- **P1** Finish the market survey › 100 valid questionnaires — Expected: 40 more\n…'
 */
export function weeklyReportToMarkdown(report: WeeklyReport, okrSet: OkrSet, options: WeeklyReportExportOptions): string {
  const view = weeklyReportView(report, okrSet, options);
  const { labels } = view;
  const out: string[] = [`# ${markdown(view.title)}`, '', markdown(view.byline)];
  const section = (title: string, lines: string[]): void => {
    out.push('', `## ${markdown(title)}`, '', ...(lines.length > 0 ? lines : [markdown(labels.none)]));
  };

  section(
    labels.focus,
    view.focus.map((entry) => {
      const name = entry.keyResult === null ? markdown(entry.objective) : `${markdown(entry.objective)} › ${markdown(entry.keyResult)}`;
      const expected = entry.expected === null ? '' : ` — ${markdown(labels.expected)}: ${markdown(entry.expected)}`;
      return `- **${markdown(entry.priority)}** ${name}${expected}`;
    }),
  );
  section(
    labels.tasks,
    view.tasks.length === 0
      ? []
      : markdownTable(
          [labels.priority, labels.task, labels.status, labels.keyResult, labels.due, labels.owner],
          view.tasks.map((task) => [task.priority, task.title, task.status, task.keyResult ?? EMPTY, task.due ?? EMPTY, task.owner ?? EMPTY]),
        ),
  );
  section(
    labels.progress,
    view.progress.length === 0
      ? []
      : markdownTable(
          [labels.keyResult, labels.lastWeek, labels.thisWeek, labels.change, labels.confidence],
          view.progress.map((row) => [row.keyResult, row.lastWeek, row.thisWeek, row.change, row.confidence]),
        ),
  );
  section(
    labels.problems,
    view.problems.map((problem) => {
      const severity = problem.severity === null ? '' : `**${markdown(problem.severity)}:** `;
      return `- ${severity}${markdown(withKeyResult(problem.text, problem.keyResult))}`;
    }),
  );
  section(labels.nextWeek, view.nextWeek.map((item) => `- ${markdown(withKeyResult(item.text, item.keyResult))}`));
  if (view.notes !== null) section(labels.notes, paragraphLines(view.notes).map((line) => (line === '' ? '' : isolateText(markdownLine(line)))));
  return `${out.join('\n')}\n`;
}

// ——— HTML for email ———


/**
 * The report as HTML that survives being pasted into Gmail or Outlook: tables and inline
 * styles only (no `<style>`, no classes, no scripts), every text escaped, `dir="rtl"` for
 * right-to-left locales. Put it on the clipboard as `text/html` with the plain text beside it.
 * @example
 * weeklyReportToHtml(report, okrSet, { locale: 'en-US' })
 * // '<div dir="ltr" style="font-family:Arial,…"><h1 style="…">Weekly report 2026-W10: Mar 2 – Mar 8, 2026</h1>…'
 */
export function weeklyReportToHtml(report: WeeklyReport, okrSet: OkrSet, options: WeeklyReportExportOptions): string {
  const view = weeklyReportView(report, okrSet, options);
  const { labels } = view;
  const list = (items: string[]): string[] => [
    `<ul style="margin:0;padding-${view.dir === 'rtl' ? 'right' : 'left'}:24px">`,
    ...items.map((item) => `<li style="margin:0 0 4px">${item}</li>`),
    '</ul>',
  ];
  const out: string[] = [
    `<div dir="${view.dir}" style="${FONT}">`,
    `<h1 style="margin:0 0 4px;font-size:20px;font-weight:bold">${html(view.title)}</h1>`,
    `<p style="${MUTED}">${html(view.byline)}</p>`,
  ];
  const section = (title: string, lines: string[]): void => {
    out.push(
      `<h2 style="margin:20px 0 8px;font-size:16px;font-weight:bold">${html(title)}</h2>`,
      ...(lines.length > 0 ? lines : [`<p style="${MUTED}">${html(labels.none)}</p>`]),
    );
  };

  section(
    labels.focus,
    view.focus.length === 0
      ? []
      : htmlTableOf(
          view.dir,
          [labels.priority, labels.objective, labels.keyResult, labels.expected],
          view.focus.map((entry) => [entry.priority, entry.objective, entry.keyResult ?? EMPTY, entry.expected ?? EMPTY]),
        ),
  );
  section(
    labels.tasks,
    view.tasks.length === 0
      ? []
      : htmlTableOf(
          view.dir,
          [labels.priority, labels.task, labels.status, labels.keyResult, labels.due, labels.owner],
          view.tasks.map((task) => [task.priority, task.title, task.status, task.keyResult ?? EMPTY, task.due ?? EMPTY, task.owner ?? EMPTY]),
        ),
  );
  section(
    labels.progress,
    view.progress.length === 0
      ? []
      : htmlTableOf(
          view.dir,
          [labels.keyResult, labels.lastWeek, labels.thisWeek, labels.change, labels.confidence],
          view.progress.map((row) => [row.keyResult, row.lastWeek, row.thisWeek, row.change, row.confidence]),
        ),
  );
  section(
    labels.problems,
    view.problems.length === 0
      ? []
      : list(
          view.problems.map((problem) => {
            const severity = problem.severity === null ? '' : `<strong>${html(problem.severity)}:</strong> `;
            return `${severity}${html(withKeyResult(problem.text, problem.keyResult))}`;
          }),
        ),
  );
  section(labels.nextWeek, view.nextWeek.length === 0 ? [] : list(view.nextWeek.map((item) => html(withKeyResult(item.text, item.keyResult)))));
  if (view.notes !== null) {
    const lines = paragraphLines(view.notes).map((line) => (line === '' ? '' : html(isolateText(line))));
    section(labels.notes, [`<p style="margin:0">${lines.join('<br>')}</p>`]);
  }
  out.push('</div>');
  return `${out.join('\n')}\n`;
}

// ——— Plain text for chat ———

/**
 * The report as plain text for chat: short lines, "•" bullets, section names in capitals,
 * no markup. User text is kept as typed except that line breaks and control characters
 * are folded into spaces (so nobody's text can forge a section).
 * @example
 * weeklyReportToPlainText(report, okrSet, { locale: 'en-US' })
 * // 'Weekly report 2026-W10: Mar 2 – Mar 8, 2026\nana · Draft\n\nFOCUS\n• P1 Finish the market survey › 100 valid questionnaires\n…'
 */
export function weeklyReportToPlainText(report: WeeklyReport, okrSet: OkrSet, options: WeeklyReportExportOptions): string {
  const view = weeklyReportView(report, okrSet, options);
  const { labels } = view;
  const text = oneLine;
  const out: string[] = [text(view.title), text(view.byline)];
  const section = (title: string, lines: string[]): void => {
    out.push('', text(title).toLocaleUpperCase(options.locale), ...(lines.length > 0 ? lines : [text(labels.none)]));
  };
  const join = (...parts: (string | null)[]): string => parts.filter((part): part is string => part !== null).map(text).join(' · ');

  section(
    labels.focus,
    view.focus.flatMap((entry) => [
      `• ${text(entry.priority)} ${text(entry.objective)}${entry.keyResult === null ? '' : ` › ${text(entry.keyResult)}`}`,
      ...(entry.expected === null ? [] : [`  ${text(labels.expected)}: ${text(entry.expected)}`]),
    ]),
  );
  section(
    labels.tasks,
    view.tasks.flatMap((task) => {
      const details = join(task.keyResult, task.due === null ? null : `${labels.due} ${task.due}`, task.owner);
      return [`• ${join(task.priority, task.status, task.title)}`, ...(details === '' ? [] : [`  ${details}`])];
    }),
  );
  section(
    labels.progress,
    view.progress.flatMap((row) => [
      `• ${text(row.keyResult)}`,
      `  ${text(row.lastWeek)} → ${text(row.thisWeek)}${row.change === EMPTY ? '' : `, ${text(row.change)}`}`,
      ...(row.confidence === `${EMPTY} → ${EMPTY}` ? [] : [`  ${text(labels.confidence)} ${text(row.confidence)}`]),
    ]),
  );
  section(
    labels.problems,
    view.problems.map((problem) => `• ${problem.severity === null ? '' : `${text(problem.severity)}: `}${text(withKeyResult(problem.text, problem.keyResult))}`),
  );
  section(labels.nextWeek, view.nextWeek.map((item) => `• ${text(withKeyResult(item.text, item.keyResult))}`));
  if (view.notes !== null) section(labels.notes, paragraphLines(view.notes).map((line) => (line === '' ? '' : isolateText(line))));
  return `${out.join('\n')}\n`;
}
