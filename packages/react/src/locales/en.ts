import type { LintKeyResultName, LintObjectiveName } from '@okrkit/core';
import { defaultAlignmentTreeLabels } from '../alignment-tree/alignment-tree.labels';
import { defaultTimelineLabels } from '../check-in-timeline/check-in-timeline.labels';
import { defaultKeyResultChartLabels } from '../key-result-chart/key-result-chart.labels';
import { defaultEditorLabels } from '../objective-editor/objective-editor.labels';
import { defaultListLabels } from '../objective-list/objective-list.labels';
import { defaultImportDialogLabels } from '../import-dialog/import-dialog.labels';
import { defaultCloseOutLabels } from '../close-out-dialog/close-out-dialog.labels';
import { defaultSummaryLabels } from '../okr-summary/okr-summary.labels';
import { defaultPeriodReviewLabels } from '../period-review/period-review.labels';
import { defaultPlanningBoardLabels } from '../planning-board/planning-board.labels';
import { defaultLabels, type LintLabels, type OkrLabels } from '../provider/labels';
import { defaultWeeklyReportBuilderLabels } from '../weekly-report/weekly-report.labels';

const objective = (named: LintObjectiveName) => `the ${named.state ? `${named.state} ` : ''}objective “${named.title}”`;
const keyResult = (named: LintKeyResultName) => `the key result “${named.title}”${named.objective ? ` of ${objective(named.objective)}` : ''}`;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const holder = (owner: string | null) => (owner === null ? 'the company' : `“${owner}”`);

/** The core's findings in English, built from their parameters (the same sentences as the core's own `message`). */
const lint: LintLabels = {
  'alignment-loop': ({ titles }) => `The objectives ${[...titles, titles[0] ?? ''].map((title) => `“${title}”`).join(' → ')} support each other in a circle; link one to an objective outside it.`,
  'dangling-reference': ({ via, name, state, missingId }) => {
    const of = via.startsWith('objective') ? capital(objective(state ? { title: name, state } : { title: name })) : via.startsWith('key-result') ? capital(keyResult({ title: name })) : `A check-in of ${name}`;
    if (via === 'objective-period') return `${of} belongs to a period that does not exist (“${missingId}”); move it to an existing period.`;
    if (via === 'objective-parent') return `${of} is aligned to an objective that does not exist (“${missingId}”); link it to one that does.`;
    if (via === 'key-result-objective') return `${of} belongs to an objective that does not exist (“${missingId}”); move it to an existing objective or delete it.`;
    if (via === 'check-in-key-result') return `${of} belongs to a key result that does not exist (“${missingId}”); move it or delete it.`;
    return `${of} contributes to an objective that does not exist (“${missingId}”); remove the link or choose another.`;
  },
  'orphan-objective': (p) => `${capital(objective(p.objective))} serves no higher objective; link it to the objective it supports.`,
  'objective-without-key-results': (p, f) => `${capital(objective(p.objective))} has no key results to show whether it is met; add ${f.number(p.min)} to ${f.number(p.max)}.`,
  'too-few-key-results': (p, f) => `${capital(objective(p.objective))} has only ${p.count === 1 ? 'one key result' : `${f.number(p.count)} key results`}; aim for ${f.number(p.min)} to ${f.number(p.max)}.`,
  'too-many-key-results': (p, f) => `${capital(objective(p.objective))} has ${f.number(p.count)} key results; keep the ${f.number(p.max)} that matter most.`,
  'vague-objective': (p, f) => `${capital(objective(p.objective))} is vague; say what should change in at least ${f.number(p.minWords)} words.`,
  'too-many-objectives': (p, f) => `Too many objectives: ${holder(p.owner)} has ${f.number(p.count)} objectives in “${p.period}”; keep the ${f.number(p.max)} that matter most.`,
  'unranked-objective': (p, f) => `${capital(objective(p.objective))} has no priority, but ${holder(p.owner)} has ${f.number(p.count)} objectives in “${p.period}”; rank them by importance.`,
  'duplicate-priority': (p, f) => `${capital(objective(p.objective))} has the same priority (${f.number(p.priority)}) as “${p.other}”; decide which comes first.`,
  'key-result-not-measurable': (p) =>
    p.reason === 'no-milestones' ? `${capital(keyResult(p.keyResult))} has no milestones; add the steps that show progress.` : `${capital(keyResult(p.keyResult))} starts at its target, so it cannot show progress; set a different target.`,
  'task-as-key-result': (p) => `${capital(keyResult(p.keyResult))} reads like a task; say what result it should bring, as a number.`,
  'no-recent-check-in': (p, f) => `${capital(keyResult(p.keyResult))} has not been updated for over ${f.number(p.days)} days; record where it stands.`,
  'all-short-term': (p, f) => `Every objective lasts ${f.number(p.days)} days or less; add a longer-term one.`,
};

/**
 * okrkit's complete English set: every flat word and every section (the defaults each
 * widget falls back to). Import it to start a translation, or to pass English explicitly.
 * @example import { en } from '@okrkit/react/locales/en'; <OkrProvider store={store} locale="en-GB" labels={en}>…</OkrProvider>
 */
export const en: OkrLabels = {
  ...defaultLabels,
  chart: defaultKeyResultChartLabels,
  timeline: defaultTimelineLabels,
  summary: defaultSummaryLabels,
  tree: defaultAlignmentTreeLabels,
  report: defaultWeeklyReportBuilderLabels,
  editor: defaultEditorLabels,
  list: defaultListLabels,
  importer: defaultImportDialogLabels,
  closeOut: defaultCloseOutLabels,
  planning: defaultPlanningBoardLabels,
  review: defaultPeriodReviewLabels,
  lint,
  bands: { low: 'Low', medium: 'Medium', high: 'High', red: 'Red', yellow: 'Yellow', green: 'Green', attainment: 'Attainment' },
};
