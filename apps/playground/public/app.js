/**
 * The playground page: loads the built core and the examples from `/core/`, reads the
 * settings form, and draws every objective grouped by the top objective's team, in
 * alignment order (each objective after the one it serves).
 */
import { h } from './dom.js';
import { renderObjectiveCard } from './objective-card.js';
import { statusDisplay } from './format.js';

const OUTDATED_AFTER_DAYS = 14;

const summary = document.getElementById('summary');
const groupsRoot = document.getElementById('groups');
const nowInput = document.getElementById('now');
const scoringSelect = document.getElementById('scoring');
const childrenInput = document.getElementById('include-children');
const resetButton = document.getElementById('reset');

async function load() {
  try {
    const [core, examples] = await Promise.all([import('/core/index.js'), import('/core/examples.js')]);
    return { core, examples };
  } catch (error) {
    summary.textContent = '';
    summary.append(
      h('strong', {}, 'The core is not built yet. '),
      'Run ',
      h('code', {}, 'pnpm start'),
      ' (or ',
      h('code', {}, 'pnpm --filter @okrkit/core build'),
      ') and reload. ',
      h('span', { className: 'muted' }, String(error?.message ?? error)),
    );
    summary.dataset.state = 'error';
    return null;
  }
}

/** Objectives in alignment order, grouped by the team of each tree's top objective. */
function groupObjectives(core, okrSet, teams) {
  const index = core.okrIndex(okrSet);
  const groups = new Map();
  const visited = new Set();
  const visit = (objective, depth, entries) => {
    if (visited.has(objective.id)) return;
    visited.add(objective.id);
    entries.push({ objective, depth });
    for (const child of index.childrenByObjective.get(objective.id) ?? []) visit(child, depth + 1, entries);
  };
  for (const objective of okrSet.objectives) {
    const isTop = objective.parentId === undefined || !index.objectivesById.has(objective.parentId);
    if (!isTop) continue;
    const key = objective.teamId ?? objective.ownerId ?? 'unassigned';
    if (!groups.has(key)) groups.set(key, { title: teams[key] ?? key, entries: [] });
    visit(objective, 0, groups.get(key).entries);
  }
  // Whatever is left hangs off an alignment loop: show it rather than hide it.
  const stranded = okrSet.objectives.filter((objective) => !visited.has(objective.id));
  if (stranded.length > 0) {
    groups.set('loop', { title: 'In an alignment loop', entries: stranded.map((objective) => ({ objective, depth: 0 })) });
  }
  return [...groups.values()];
}

function summaryText(core, assessments) {
  const statuses = [...assessments.values()].map((assessment) => assessment.status);
  const counts = Object.keys(statusDisplay)
    .map((status) => [status, statuses.filter((candidate) => candidate === status).length])
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${statusDisplay[status].label.toLowerCase()}`);
  const outdated = [...assessments.values()].filter((assessment) => assessment.outdated).length;
  const net = core.netConfidenceScore(statuses);
  return `${assessments.size} objectives: ${counts.join(', ')}; ${outdated} outdated. Net confidence score ${net > 0 ? '+' : ''}${net}.`;
}

function render(app) {
  const { core, examples } = app;
  const day = nowInput.value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    summary.textContent = 'Pick a date to judge the objectives at.';
    return;
  }
  const now = `${day}T12:00:00Z`;
  const nowMs = core.toEpochMs(now);
  const scoring = core.scoringPresets[scoringSelect.value] ?? core.scoringPresets.percent;
  const includeChildren = childrenInput.checked;
  const okrSet = examples.domainExamples;
  const assessments = core.assessOkrSet(okrSet, { now, scoring, includeChildren, outdatedAfterDays: OUTDATED_AFTER_DAYS });
  const openWhy = new Set([...groupsRoot.querySelectorAll('details[open]')].map((details) => details.dataset.objective));
  const context = {
    core,
    okrSet,
    assessments,
    now,
    nowMs,
    scoring,
    includeChildren,
    outdatedAfterDays: OUTDATED_AFTER_DAYS,
    people: examples.domainExamplePeople ?? {},
    teams: examples.domainExampleTeams ?? {},
    openWhy,
  };
  const groups = groupObjectives(core, okrSet, context.teams);
  groupsRoot.replaceChildren(
    ...groups.map((group, groupIndex) =>
      h(
        'section',
        { className: 'group', 'aria-labelledby': `group-${groupIndex}` },
        h('h2', { id: `group-${groupIndex}` }, group.title),
        group.entries.map(({ objective, depth }) => renderObjectiveCard(objective, depth, context)),
      ),
    ),
  );
  summary.dataset.state = 'ready';
  summary.textContent = summaryText(core, assessments);
}

/** Keeps the settings in the address (`?now=2026-03-01&scoring=google&children=1`) so a view can be shared. */
function writeSettingsToAddress(examplesDay) {
  const params = new URLSearchParams();
  if (nowInput.value && nowInput.value !== examplesDay) params.set('now', nowInput.value);
  if (scoringSelect.value !== 'percent') params.set('scoring', scoringSelect.value);
  if (childrenInput.checked) params.set('children', '1');
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

const app = await load();
if (app) {
  const { core, examples } = app;
  const examplesDay = examples.domainExamplesNow.slice(0, 10);
  for (const [key, preset] of Object.entries(core.scoringPresets)) {
    scoringSelect.append(h('option', { value: key }, preset.label ?? key));
  }
  const params = new URLSearchParams(location.search);
  const requestedDay = params.get('now') ?? '';
  nowInput.value = /^\d{4}-\d{2}-\d{2}$/.test(requestedDay) ? requestedDay : examplesDay;
  if (Object.hasOwn(core.scoringPresets, params.get('scoring') ?? '')) scoringSelect.value = params.get('scoring');
  childrenInput.checked = params.get('children') === '1';
  const rerender = () => {
    render(app);
    writeSettingsToAddress(examplesDay);
  };
  nowInput.addEventListener('change', rerender);
  nowInput.addEventListener('input', rerender);
  scoringSelect.addEventListener('change', rerender);
  childrenInput.addEventListener('change', rerender);
  resetButton.addEventListener('click', () => {
    nowInput.value = examplesDay;
    rerender();
  });
  // The form never submits: Enter in the date field just re-renders.
  document.getElementById('controls').addEventListener('submit', (event) => {
    event.preventDefault();
    rerender();
  });
  rerender();
  // The cards exist only now, after the browser's own jump to the address's #fragment.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}
