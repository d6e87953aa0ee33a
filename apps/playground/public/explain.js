/**
 * The "Why?" disclosure of an objective: every number on its card, traced back to the
 * core's explanation (formula, inputs, weighted parts) and to the period's elapsed time.
 */
import { h } from './dom.js';
import { capitalise, formatDate, formatNumber, formatPercent, statusDisplay } from './format.js';

const DAY_MS = 86_400_000;

function inputsList(inputs) {
  const entries = Object.entries(inputs ?? {});
  if (entries.length === 0) return null;
  return h(
    'dl',
    { className: 'inputs' },
    entries.map(([name, value]) => [
      h('dt', {}, name),
      h('dd', {}, typeof value === 'number' ? formatNumber(value, 4) : String(value)),
    ]),
  );
}

const partKinds = { 'key-result': 'Key result', objective: 'Child objective', milestone: 'Milestone' };

function partsTable(parts, total) {
  return h(
    'table',
    { className: 'parts' },
    h('caption', {}, 'Weighted parts'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Part', 'Kind', 'Weight', 'Share', 'Progress', 'Contribution'].map((name) => h('th', { scope: 'col' }, name)),
      ),
    ),
    h(
      'tbody',
      {},
      parts.map((part) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, part.label),
          h('td', {}, partKinds[part.kind] ?? part.kind),
          h('td', { className: 'number' }, formatNumber(part.weight)),
          h('td', { className: 'number' }, formatPercent(part.share, 1)),
          h('td', { className: 'number' }, formatPercent(part.value, 1)),
          h('td', { className: 'number' }, formatPercent(part.contribution, 1)),
        ),
      ),
    ),
    h(
      'tfoot',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row', colspan: 5 }, 'Total (sum of contributions)'),
        h('td', { className: 'number' }, formatPercent(total, 1)),
      ),
    ),
  );
}

function keyResultFormulas(keyResults, core) {
  if (keyResults.length === 0) return null;
  return [
    h('h4', {}, 'Each key result'),
    h(
      'ul',
      { className: 'formulas' },
      keyResults.map((keyResult) => {
        const progress = core.keyResultProgress(keyResult);
        return h(
          'li',
          {},
          h('span', { className: 'formula-title' }, keyResult.title),
          h('code', {}, progress.explanation.formula),
          inputsList(progress.explanation.inputs),
          h(
            'p',
            { className: 'formula-result' },
            `= ${formatPercent(progress.raw, 1)}`,
            progress.raw !== progress.value ? ` (counted as ${formatPercent(progress.value, 1)})` : '',
            progress.explanation.note ? ` · ${progress.explanation.note}` : '',
          ),
        );
      }),
    ),
  ];
}

/** Why the status is what it is; 'not-started' and 'achieved' are decided before the strategy is asked. */
function statusReason(objective, assessment, scoring) {
  switch (assessment.status) {
    case 'not-started':
      return 'The period has not started yet: ';
    case 'achieved':
      return `Progress has reached 100 %, whatever the preset: `;
    default:
      return `The ${scoring.label} preset compares progress ${formatPercent(assessment.progress.value, 1)} with ${formatPercent(assessment.expected, 1)} expected for a ${objective.kind ?? 'committed'} objective: `;
  }
}

/**
 * @param {object} objective
 * @param {object} assessment the core's `ObjectiveAssessment`
 * @param {object} context { core, okrSet, period, keyResults, scoring, nowMs, includeChildren, open }
 */
export function renderWhy(objective, assessment, context) {
  const { core, period, keyResults, scoring, nowMs, includeChildren } = context;
  const { progress } = assessment;
  const startMs = core.startOfDateMs(period.start);
  const totalDays = (core.startOfDateMs(period.end) + DAY_MS - startMs) / DAY_MS;
  const elapsedDays = Math.min(totalDays, Math.max(0, (nowMs - startMs) / DAY_MS));
  const status = statusDisplay[assessment.status];
  const band = assessment.grade.band;
  const bandStart = Number.isFinite(band.from) ? ` (from ${scoring.format(band.from, 'en-GB')})` : '';

  return h(
    'details',
    { className: 'why', dataset: { objective: objective.id }, open: context.open },
    h('summary', {}, `Why ${formatPercent(progress.value)}?`, h('span', { className: 'sr-only' }, ` Explanation for ${objective.title}`)),
    h(
      'div',
      { className: 'why-body' },
      h('h4', {}, 'Progress'),
      h(
        'p',
        {},
        h('code', {}, progress.explanation.formula),
        includeChildren ? ' — key results and aligned child objectives (drafts left out).' : ' — its key results.',
      ),
      inputsList(progress.explanation.inputs),
      progress.explanation.note ? h('p', { className: 'note' }, capitalise(progress.explanation.note), '.') : null,
      progress.explanation.parts?.length ? partsTable(progress.explanation.parts, progress.value) : null,
      formatPercent(progress.raw, 1) !== formatPercent(progress.value, 1)
        ? h('p', { className: 'note' }, `Unclamped (raw) progress is ${formatPercent(progress.raw, 1)}: over-achievement is kept, not hidden.`)
        : null,
      keyResultFormulas(keyResults, core),
      h('h4', {}, 'Expected by now'),
      h(
        'p',
        {},
        `${formatNumber(elapsedDays, 1)} of ${formatNumber(totalDays)} days of ${period.name} have passed on ${formatDate(nowMs)}: `,
        h('code', {}, 'elapsed ÷ length'),
        ` = ${formatPercent(assessment.expected, 1)}.`,
      ),
      h('h4', {}, 'Status and grade'),
      h(
        'p',
        {},
        statusReason(objective, assessment, scoring),
        h('strong', {}, `${status.symbol} ${status.label}`),
        '. ',
        `Score ${scoring.format(assessment.grade.score, 'en-GB')} falls in the band “${band.label}”${bandStart}.`,
      ),
    ),
  );
}
