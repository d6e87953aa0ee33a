/**
 * The data both pages show: one OKR set (4 objectives, 12 key results), 12 people and
 * `count` tasks, all from a seeded generator, so every page load of every side gets the
 * same 2,000 tasks in the same order.
 */
import type { OkrSet, Task, WeeklyReport } from '@okrkit/core';

export const NOW = '2026-03-06T10:42:00Z';
export const WEEK_START = '2026-03-02';

/** mulberry32: small, fast, good enough to spread tasks. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OBJECTIVES = ['Finish the market survey', 'Launch the partner portal', 'Cut support response time', 'Hire the data team'];
const KEY_RESULTS = [
  ['100 valid questionnaires', 'Main demand and competitor trends analysed', 'Survey report approved'],
  ['20 partners onboarded', 'Portal uptime 99.9%', 'Partner NPS above 40'],
  ['First reply under 2 hours', 'Backlog under 50 tickets', 'Help centre covers the top 30 questions'],
  ['3 analysts hired', 'Onboarding plan written', 'Data warehouse access for every hire'],
];
const FIRST = ['Ana', 'Ben', 'Carla', 'Dev', 'Eun', 'Femi', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kemal', 'Lena'];
const LAST = ['Silva', 'Okafor', 'Reyes', 'Patel', 'Kim', 'Adeyemi', 'Larsen', 'Moreau', 'Costa', 'Weber', 'Yilmaz', 'Novak'];
const VERBS = ['Send', 'Call', 'Review', 'Draft', 'Fix', 'Summarise', 'Book', 'Test', 'Write', 'Tidy', 'Plan', 'Check', 'Update', 'Prepare', 'Chase'];
const THINGS = [
  'the reminder email',
  'the panel provider',
  'competitor pricing',
  'the results sheet',
  'the partner contract',
  'the onboarding checklist',
  'the uptime dashboard',
  'the ticket backlog',
  'the help centre article',
  'the interview loop',
  'the warehouse permissions',
  'the survey sample',
  'the launch notes',
  'the FAQ draft',
  'the escalation rota',
];

export const people = FIRST.map((name, at) => ({ id: name.toLowerCase(), name: `${name} ${LAST[at]}` }));

export const okrSet: OkrSet = {
  periods: [{ id: 'q1-2026', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
  objectives: OBJECTIVES.map((title, at) => ({ id: `obj-${at + 1}`, title, periodId: 'q1-2026', ownerId: people[at]!.id, priority: 1 })),
  keyResults: KEY_RESULTS.flatMap((titles, objective) =>
    titles.map((title, at) => ({
      id: `kr-${objective + 1}-${at + 1}`,
      objectiveId: `obj-${objective + 1}`,
      title,
      metric: { kind: 'numeric' as const, direction: 'increase' as const, start: 0, target: 100, current: 10 * (at + 1) },
    })),
  ),
  checkIns: [],
};

export function generateTasks(count: number, seed = 7): Task[] {
  const next = random(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const statuses = ['todo', 'doing', 'done'] as const;
  const priorities = ['P1', 'P2', 'P3'] as const;
  return Array.from({ length: count }, (_, at) => {
    const task: Task = {
      id: `t${at + 1}`,
      title: `${pick(VERBS)} ${pick(THINGS)} #${Math.floor(next() * 900) + 100}`,
      priority: pick(priorities),
      status: statuses[at % 3]!,
    };
    if (next() < 0.9) task.keyResultId = pick(okrSet.keyResults).id;
    if (next() < 0.85) task.due = `2026-03-0${Math.floor(next() * 7) + 2}`;
    if (next() < 0.9) task.ownerId = pick(people).id;
    return task;
  });
}

/** The report the okrkit side edits: every key result in focus, so the grid's KR picker offers all twelve. */
export function generateReport(count: number): WeeklyReport {
  return {
    id: 'wr-bench',
    authorId: 'ana',
    week: { year: 2026, week: 10 },
    weekStart: WEEK_START,
    state: 'draft',
    focus: okrSet.keyResults.map((keyResult) => ({ objectiveId: keyResult.objectiveId, keyResultId: keyResult.id, priority: 1 as const, expectedResult: '' })),
    tasks: generateTasks(count),
    problems: [],
    nextWeek: [],
  };
}
