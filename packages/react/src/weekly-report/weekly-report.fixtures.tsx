/**
 * Data and stores for the weekly-report tests and stories (not part of the package):
 * DOMAIN.md §9's "finish the market survey" with its two KRs, check-ins in 2026-W09 and
 * W10, and memory storage with switches to fail a save or to save "elsewhere".
 */
import {
  createOkrStore,
  createWeeklyReportStore,
  UnavailableError,
  type Change,
  type OkrSet,
  type OkrStorageError,
  type OkrStore,
  type StorageAdapter,
  type Task,
  type WeeklyReport,
  type WeeklyReportStore,
} from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';

export const surveyNow = '2026-03-06T10:42:00Z';

export const surveySet: OkrSet = {
  periods: [{ id: 'q1-2026', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
  objectives: [{ id: 'obj-survey', title: 'Finish the market survey', periodId: 'q1-2026', ownerId: 'ana', teamId: 'research', priority: 1 }],
  keyResults: [
    { id: 'kr-questionnaires', objectiveId: 'obj-survey', title: '100 valid questionnaires', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 100, current: 45 } },
    {
      id: 'kr-trends',
      objectiveId: 'obj-survey',
      title: 'Main demand and competitor trends analysed',
      metric: { kind: 'milestones', milestones: [{ title: 'Main demand analysed', done: true }, { title: 'Competitor trends analysed', done: false }] },
    },
  ],
  checkIns: [
    { id: 'c1', keyResultId: 'kr-questionnaires', at: '2026-02-27T16:00:00Z', value: 20, confidence: 0.6 },
    { id: 'c2', keyResultId: 'kr-questionnaires', at: '2026-03-05T16:00:00Z', value: 45, confidence: 0.7 },
    { id: 'c3', keyResultId: 'kr-trends', at: '2026-02-27T10:00:00Z', value: 0, confidence: 0.8 },
    { id: 'c4', keyResultId: 'kr-trends', at: '2026-03-05T10:00:00Z', value: 1, confidence: 0.7 },
  ],
};

/** The survey's key results as the task grid, dialogs and lines offer them (see `keyResultChoices`). */
export const surveyKeyResults = [
  { id: 'kr-questionnaires', name: '100 valid questionnaires' },
  { id: 'kr-trends', name: 'Main demand and competitor trends analysed' },
];

export const surveyPeople = [
  { id: 'ana', name: 'Ana Silva' },
  { id: 'ben', name: 'Ben Okafor' },
  { id: 'carla', name: 'Carla Reyes' },
];

export const emptyWeek: WeeklyReport = {
  id: 'wr-10',
  authorId: 'ana',
  teamId: 'research',
  week: { year: 2026, week: 10 },
  weekStart: '2026-03-02',
  state: 'draft',
  focus: [
    { objectiveId: 'obj-survey', keyResultId: 'kr-questionnaires', priority: 1, expectedResult: '' },
    { objectiveId: 'obj-survey', keyResultId: 'kr-trends', priority: 1, expectedResult: '' },
  ],
  tasks: [],
  problems: [],
  nextWeek: [],
};

export const typicalWeek: WeeklyReport = {
  ...emptyWeek,
  focus: [
    { objectiveId: 'obj-survey', keyResultId: 'kr-questionnaires', priority: 1, expectedResult: '40 more valid questionnaires' },
    { objectiveId: 'obj-survey', keyResultId: 'kr-trends', priority: 2, expectedResult: 'Competitor trends summarised' },
  ],
  tasks: [
    { id: 't1', title: 'Send the reminder email', keyResultId: 'kr-questionnaires', priority: 'P1', due: '2026-03-04', status: 'done', ownerId: 'ana' },
    { id: 't2', title: 'Call the panel provider', keyResultId: 'kr-questionnaires', priority: 'P1', due: '2026-03-05', status: 'doing', ownerId: 'ben' },
    { id: 't3', title: 'Summarise competitor pricing', keyResultId: 'kr-trends', priority: 'P2', due: '2026-03-06', status: 'todo', ownerId: 'carla' },
    { id: 't4', title: 'Tidy the results sheet', priority: 'P3', status: 'todo' },
  ],
  nextWeek: [{ text: 'Write the competitor summary', keyResultId: 'kr-trends' }],
};

export const weekWithProblems: WeeklyReport = {
  ...typicalWeek,
  problems: [
    { text: 'The panel provider is two weeks late', severity: 'blocker', keyResultId: 'kr-questionnaires' },
    { text: 'Half the answers come from one region', severity: 'risk', keyResultId: 'kr-questionnaires' },
  ],
};

export const submittedWeek: WeeklyReport = { ...weekWithProblems, state: 'submitted', submittedAt: '2026-03-06T16:00:00.000Z' };

/** `count` tasks spread over priorities, dates, owners, statuses and both KRs. */
export function manyTasks(count: number): Task[] {
  const statuses = ['todo', 'doing', 'done'] as const;
  const priorities = ['P1', 'P2', 'P3'] as const;
  return Array.from({ length: count }, (_, at) => ({
    id: `t${at + 1}`,
    title: `Questionnaire batch ${at + 1}`,
    keyResultId: at % 4 === 3 ? 'kr-trends' : 'kr-questionnaires',
    priority: priorities[at % 3] as Task['priority'],
    due: `2026-03-0${(at % 5) + 2}`,
    status: statuses[at % 3] as Task['status'],
    ownerId: surveyPeople[at % 3]?.id ?? 'ana',
  }));
}

/** What a test or story can do to storage behind the stores' back. */
export interface StorageControl {
  /** Makes every save fail with UnavailableError until set back to false. */
  failing: boolean;
  /** Saves a report as someone else would (another tab, another person). */
  saveElsewhere: (report: WeeklyReport) => Promise<void>;
  /** Makes every weekly-report load fail with this error (storage down, 403, no route) until set back to null. */
  loadFailure: OkrStorageError | null;
}

export interface ReportStores {
  okrStore: OkrStore;
  reportStore: WeeklyReportStore;
  control: StorageControl;
  adapter: StorageAdapter;
}

/** A memory adapter holding `okrSet` and `reports`, the two stores over it, loaded. */
export async function createReportStores(
  reports: WeeklyReport[],
  options: { okrSet?: OkrSet; latencyMs?: number; adapter?: StorageAdapter; loadFailure?: OkrStorageError } = {},
): Promise<ReportStores> {
  const memory = options.adapter ?? createMemoryAdapter({ initial: options.okrSet ?? surveySet, latencyMs: options.latencyMs ?? 0 });
  const apply = memory.apply!.bind(memory);
  if (!options.adapter && reports.length > 0) await apply(reports.map((record): Change => ({ op: 'put', kind: 'weeklyReport', record, expectedVersion: null })));
  const control: StorageControl = {
    failing: false,
    loadFailure: options.loadFailure ?? null,
    async saveElsewhere(report) {
      const current = (await memory.load({ kinds: ['weeklyReport'] })).records.find((stored) => stored.kind === 'weeklyReport' && (stored.record as WeeklyReport).id === report.id);
      await apply([{ op: 'put', kind: 'weeklyReport', record: report, expectedVersion: current?.version ?? null }]);
    },
  };
  const adapter: StorageAdapter = {
    ...memory,
    load: memory.load.bind(memory),
    apply: async (changes) => {
      if (control.failing) throw new UnavailableError('The server cannot be reached');
      return apply(changes);
    },
  };
  // Changes made "elsewhere" are not pushed to the report store: like a second user without
  // live updates, its next save meets them as a conflict.
  const okrStore = createOkrStore({ adapter, now: () => new Date(surveyNow) });
  const loadReports: StorageAdapter['load'] = async (query) => {
    if (control.loadFailure) throw control.loadFailure;
    return adapter.load(query);
  };
  const reportStore = createWeeklyReportStore({ adapter: { load: loadReports, apply: adapter.apply! }, now: () => new Date(surveyNow) });
  // A load meant to fail leaves the store in its error state, as a host's first load would.
  await Promise.all([okrStore.load(), reportStore.load().catch((error: unknown) => { if (!options.loadFailure) throw error; })]);
  return { okrStore, reportStore, control, adapter };
}
