/**
 * One objective as a card: heading, status (word + symbol), facts, a progress bar with
 * the expected mark, the table of its key results and the "Why?" disclosure.
 */
import { h, srOnly } from './dom.js';
import { renderWhy } from './explain.js';
import {
  capitalise,
  describeCurrent,
  describeTarget,
  formatDate,
  formatPercent,
  statusDisplay,
  trendDisplay,
} from './format.js';

const DAY_MS = 86_400_000;

export function statusBadge(status, extraLabel = '') {
  const display = statusDisplay[status];
  return h(
    'span',
    { className: 'badge', dataset: { state: status } },
    h('span', { className: 'badge-symbol', 'aria-hidden': 'true' }, display.symbol),
    ` ${display.label}`,
    extraLabel ? srOnly(extraLabel) : null,
  );
}

function outdatedBadge() {
  return h('span', { className: 'badge', dataset: { state: 'outdated' } }, h('span', { className: 'badge-symbol', 'aria-hidden': 'true' }, '◷'), ' Outdated');
}

/** A bar for the eye only (the number beside it is the accessible value). */
function progressBar(value, expected) {
  return h(
    'span',
    { className: 'bar', 'aria-hidden': 'true' },
    h('span', { className: 'bar-fill', style: { width: `${Math.min(1, Math.max(0, value)) * 100}%` } }),
    expected === undefined ? null : h('span', { className: 'bar-expected', style: { left: `${expected * 100}%` } }),
  );
}

function progressText(progress) {
  const text = formatPercent(progress.raw);
  if (progress.raw > 1) return `${text} (over target)`;
  if (progress.raw < 0) return `${text} (moving away)`;
  return text;
}

function fact(term, ...description) {
  return h('div', { className: 'fact' }, h('dt', {}, term), h('dd', {}, ...description));
}

function updatesText(assessment, nowMs) {
  if (!assessment.lastCheckInAt) return assessment.outdated ? 'Outdated: no check-in yet' : 'No check-in yet';
  const days = Math.floor((nowMs - Date.parse(assessment.lastCheckInAt)) / DAY_MS);
  const last = `last check-in ${formatDate(assessment.lastCheckInAt)}`;
  if (assessment.outdated) return `Outdated: ${last} (${days} days ago)`;
  return days < 0 ? `Up to date (${last}, after this date)` : `Up to date (${last})`;
}

function keyResultRow(keyResult, context) {
  const { core, okrSet, now, nowMs, scoring, period, outdatedAfterDays } = context;
  const progress = core.keyResultProgress(keyResult);
  const status = core.keyResultStatus(keyResult.id, okrSet, { now, scoring });
  const outdated = core.isKeyResultOutdated(keyResult.id, period, okrSet, nowMs, outdatedAfterDays);
  const confidence = core.keyResultConfidence(keyResult.id, okrSet);
  const checkIns = core.okrIndex(okrSet).checkInsByKeyResult.get(keyResult.id) ?? [];
  const last = checkIns[checkIns.length - 1];
  const trend = trendDisplay[confidence.trend];
  const milestones =
    keyResult.metric.kind === 'milestones'
      ? h(
          'ul',
          { className: 'milestones' },
          keyResult.metric.milestones.map((milestone) =>
            h(
              'li',
              { dataset: { state: milestone.done ? 'done' : 'open' } },
              h('span', { 'aria-hidden': 'true' }, milestone.done ? '✓ ' : '○ '),
              milestone.title,
              srOnly(milestone.done ? ' (done)' : ' (not done)'),
            ),
          ),
        )
      : null;
  return h(
    'tr',
    {},
    h(
      'th',
      { scope: 'row' },
      h('span', { className: 'kr-title' }, keyResult.title),
      keyResult.weight !== undefined && keyResult.weight !== 1 ? h('span', { className: 'muted' }, ` · weight ${keyResult.weight}`) : null,
      milestones,
      last?.note ? h('p', { className: 'kr-note' }, `“${last.note}”`) : null,
    ),
    h('td', { className: 'nowrap' }, describeTarget(keyResult.metric)),
    h('td', { className: 'number' }, describeCurrent(keyResult.metric)),
    h('td', { className: 'progress-cell' }, progressBar(progress.value), h('span', { className: 'number' }, progressText(progress))),
    h('td', {}, h('span', { className: 'badge-stack' }, statusBadge(status), outdated ? outdatedBadge() : null)),
    h(
      'td',
      { className: 'nowrap' },
      confidence.latest === null
        ? h('span', { className: 'muted' }, '—')
        : [formatPercent(confidence.latest), trend.symbol ? h('span', { className: 'muted' }, ` ${trend.symbol} ${trend.label}`) : null],
    ),
    h('td', { className: 'nowrap' }, last ? formatDate(last.at) : h('span', { className: 'muted' }, 'None')),
  );
}

function keyResultsTable(objective, keyResults, context) {
  if (keyResults.length === 0) return h('p', { className: 'muted' }, 'No key results yet.');
  return h(
    'div',
    { className: 'table-scroll', role: 'region', 'aria-label': `Key results of ${objective.title}`, tabindex: '0' },
    h(
      'table',
      { className: 'key-results' },
      h('caption', { className: 'sr-only' }, `Key results of ${objective.title}`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Key result', 'Aim', 'Current', 'Progress', 'Status', 'Confidence', 'Last check-in'].map((name) => h('th', { scope: 'col' }, name)),
        ),
      ),
      h('tbody', {}, keyResults.map((keyResult) => keyResultRow(keyResult, context))),
    ),
  );
}

/**
 * @param {object} objective
 * @param {number} depth 0 for a top objective, 1 for its children, …
 * @param {object} context { core, okrSet, assessments, now, nowMs, scoring, includeChildren, people, teams, openWhy }
 */
export function renderObjectiveCard(objective, depth, context) {
  const { core, okrSet, assessments, people, teams, nowMs, scoring } = context;
  const index = core.okrIndex(okrSet);
  const assessment = assessments.get(objective.id);
  const period = index.periodsById.get(objective.periodId);
  const parent = objective.parentId ? index.objectivesById.get(objective.parentId) : undefined;
  const keyResults = index.keyResultsByObjective.get(objective.id) ?? [];
  const cardContext = { ...context, period };
  const titleId = `${objective.id}-title`;
  const { progress } = assessment;
  const state = objective.state ?? 'active';

  return h(
    'article',
    {
      className: 'objective',
      id: `${objective.id}-card`,
      tabindex: '-1',
      'aria-labelledby': titleId,
      dataset: { state: assessment.status, depth: String(Math.min(depth, 4)), lifecycle: state },
    },
    h(
      'header',
      { className: 'objective-header' },
      h('h3', { id: titleId }, objective.title),
      h(
        'p',
        { className: 'badges' },
        statusBadge(assessment.status),
        assessment.outdated ? [' ', outdatedBadge()] : null,
        state === 'active' ? null : [' ', h('span', { className: 'badge', dataset: { state: 'lifecycle' } }, capitalise(state))],
      ),
    ),
    parent ? h('p', { className: 'serves' }, h('span', { 'aria-hidden': 'true' }, '↳ '), 'Serves ', h('a', { href: `#${parent.id}-card` }, parent.title)) : null,
    objective.description ? h('p', { className: 'description' }, objective.description) : null,
    h(
      'div',
      { className: 'objective-progress' },
      progressBar(progress.value, assessment.expected),
      h(
        'p',
        { className: 'progress-label' },
        h('strong', {}, formatPercent(progress.value)),
        ' progress',
        // Raw differs only when a part over-achieved; say so only when it shows in the numbers.
        formatPercent(progress.raw) !== formatPercent(progress.value) ? ` (raw ${formatPercent(progress.raw, 1)})` : '',
        h('span', { className: 'muted' }, ` · ${formatPercent(assessment.expected)} expected by now`),
      ),
    ),
    h(
      'dl',
      { className: 'facts' },
      fact('Owner', people[objective.ownerId] ?? objective.ownerId ?? '—'),
      fact('Team', teams[objective.teamId] ?? objective.teamId ?? '—'),
      fact('Period', period ? `${period.name} (${formatDate(period.start)} – ${formatDate(period.end)})` : objective.periodId),
      fact('Priority', objective.priority === undefined ? 'Not ranked' : `#${objective.priority}`),
      fact('Kind', capitalise(objective.kind ?? 'committed')),
      fact('Grade', `${scoring.format(assessment.grade.score, 'en-GB')} · ${assessment.grade.band.label}`),
      fact('Updates', updatesText(assessment, nowMs)),
    ),
    keyResultsTable(objective, keyResults, cardContext),
    renderWhy(objective, assessment, { ...cardContext, keyResults, open: context.openWhy.has(objective.id) }),
  );
}
