import type { CheckIn, KeyResult, Metric, Objective, OkrSet, Period } from '../model/model.types';
import { companyGoals, departments, firstNames, lastNames, launches, measures, verbs } from './generate-organisation.data';

/**
 * Options of {@link generateOrganisation}.
 * @example { objectives: 5000, seed: 42, orphans: 12, loop: true }
 */
export interface GenerateOrganisationOptions {
  /** How many objectives to create, exactly. */
  objectives: number;
  /** The same seed gives the same organisation. @default 1 */
  seed?: number;
  /** Personal objectives left unaligned. @default objectives / 500, rounded (10 for 5,000) */
  orphans?: number;
  /** Wire three personal objectives into an alignment loop. @default false */
  loop?: boolean;
}

/**
 * A team (or the company, or a department) of a generated organisation.
 * @example { id: 'dept-sales', name: 'Sales', level: 'department', parentTeamId: 'company', leadId: 'person-2' }
 */
export interface GeneratedTeam {
  id: string;
  name: string;
  level: 'company' | 'department' | 'team';
  parentTeamId?: string;
  leadId: string;
}

/**
 * A person of a generated organisation.
 * @example { id: 'person-7', name: 'Zoë Kovač', teamId: 'dept-sales-enterprise' }
 */
export interface GeneratedPerson {
  id: string;
  name: string;
  teamId: string;
}

/**
 * A generated organisation: the set plus who is who.
 * @example const { okrSet, now, teams, people, topLevelTeamIds } = generateOrganisation({ objectives: 1000 });
 */
export interface GeneratedOrganisation {
  okrSet: OkrSet;
  /** The moment the data is written for (2026-02-15, noon UTC, halfway into Q1). */
  now: string;
  teams: GeneratedTeam[];
  people: GeneratedPerson[];
  /** Pass to `buildAlignmentGraph` / `lintOkrSet`: the company's objectives are top level. */
  topLevelTeamIds: string[];
  /** The objectives left unaligned, and the loop (empty unless asked for). */
  orphanIds: string[];
  loopIds: string[];
}

/** mulberry32: tiny, fast and good enough to make data that looks random. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOW = '2026-02-15T12:00:00Z';
const periods: Period[] = [
  { id: 'fy-2026', name: 'FY 2026', start: '2026-01-01', end: '2026-12-31' },
  { id: 'q1-2026', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', parentId: 'fy-2026' },
  { id: 'q2-2026', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30', parentId: 'fy-2026' },
];
/** Share of each period elapsed at {@link NOW}. */
const elapsed: Record<string, number> = { 'fy-2026': 45.5 / 365, 'q1-2026': 45.5 / 90, 'q2-2026': 0 };
const fridays = ['2026-01-23', '2026-01-30', '2026-02-06', '2026-02-13'];

/**
 * A realistic organisation for stories and benchmarks: a company with objectives for the
 * year, departments and teams that align to them, and people with personal objectives for
 * the quarter; every objective has ranked siblings and 2–4 key results of every metric kind
 * with weekly check-ins, spread across on track, at risk, off track and achieved. Some
 * objectives and key results also contribute across teams; a few personal objectives are
 * orphans, about 2 % are drafts for next quarter, and one loop is added on request.
 * Deterministic for a seed; 5,000 objectives take a few tens of milliseconds.
 * @example
 * const { okrSet, now, topLevelTeamIds } = generateOrganisation({ objectives: 5000, seed: 42 });
 * const graph = buildAlignmentGraph(okrSet, { topLevelTeamIds });
 */
export function generateOrganisation(options: GenerateOrganisationOptions): GeneratedOrganisation {
  const total = Math.max(0, Math.floor(options.objectives));
  const random = randomSource(options.seed ?? 1);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const orphanCount = Math.min(total, options.orphans ?? Math.round(total / 500));

  const objectives: Objective[] = [];
  const keyResults: KeyResult[] = [];
  const checkIns: CheckIn[] = [];
  const teams: GeneratedTeam[] = [];
  const people: GeneratedPerson[] = [];
  const ranks = new Map<string, number>();
  let personCount = 0;
  const person = (teamId: string): string => {
    const id = `person-${++personCount}`;
    people.push({ id, name: `${pick(firstNames)} ${pick(lastNames)}`, teamId });
    return id;
  };

  const addKeyResults = (objective: Objective, count: number) => {
    const expected = elapsed[objective.periodId] ?? 0;
    for (let at = 1; at <= count; at++) {
      const id = `${objective.id}-kr${at}`;
      // Progress spread around the elapsed share: some ahead, some behind, a few achieved.
      const share = Math.min(1.15, expected * (0.15 + random() * 1.4) + (random() < 0.04 ? 1 : 0));
      const roll = random();
      let metric: Metric;
      let title: string;
      if (roll < 0.7) {
        const measure = pick(measures);
        const scale = 0.5 + random() * 1.5;
        const start = Math.round(measure.start * scale * 10) / 10;
        const target = Math.round(measure.target * scale * 10) / 10;
        const current = Math.round((start + (target - start) * share) * 10) / 10;
        metric = { kind: 'numeric', direction: measure.direction, start, target, current, ...(measure.unit ? { unit: measure.unit } : {}) };
        title = `${measure.direction === 'increase' ? 'Raise' : 'Cut'} ${measure.noun} from ${start} to ${target}`;
      } else if (roll < 0.8) {
        metric = { kind: 'binary', done: share >= 0.95 };
        title = pick(launches);
      } else if (roll < 0.95) {
        const done = Math.round(share * 4);
        metric = { kind: 'milestones', milestones: ['Plan', 'Pilot', 'Roll out', 'Review'].map((step, index) => ({ title: step, done: index < done })) };
        title = `Deliver the ${pick(departments).topics[0]} programme in four steps`;
      } else {
        metric = { kind: 'guardrail', bound: 'below', threshold: 3, current: Math.round((1.5 + random() * 2) * 10) / 10, unit: { kind: 'percent' } };
        title = 'Keep monthly churn below 3 %';
      }
      const keyResult: KeyResult = { id, objectiveId: objective.id, title, metric };
      if (random() < 0.15) keyResult.weight = 2;
      keyResults.push(keyResult);
      if (objective.state === 'draft') continue;
      // Weekly check-ins; one KR in ten stopped being updated three weeks ago (outdated).
      const last = random() < 0.1 ? 1 : fridays.length;
      const first = Math.max(0, last - int(1, 3));
      for (let week = first; week < last; week++) {
        const fraction = (week + 1) / last;
        const value =
          metric.kind === 'numeric' ? Math.round((metric.start + (metric.current - metric.start) * fraction) * 10) / 10
          : metric.kind === 'binary' ? (metric.done && week === last - 1 ? 1 : 0)
          : metric.kind === 'milestones' ? Math.floor(metric.milestones.filter((m) => m.done).length * fraction)
          : metric.kind === 'guardrail' ? metric.current
          : 0;
        checkIns.push({ id: `${id}-c${week + 1}`, keyResultId: id, at: `${fridays[week]}T16:00:00Z`, value, confidence: Math.round((0.4 + random() * 0.6) * 10) / 10 });
      }
    }
  };

  const add = (fields: Omit<Objective, 'id' | 'priority'> & { id?: string }, keyResultCount: number): Objective | undefined => {
    if (objectives.length >= total) return undefined;
    const owner = `${fields.periodId}|${fields.ownerId ?? fields.teamId ?? ''}`;
    const priority = (ranks.get(owner) ?? 0) + 1;
    ranks.set(owner, priority);
    const objective: Objective = { ...fields, id: fields.id ?? `obj-${objectives.length + 1}`, priority };
    objectives.push(objective);
    addKeyResults(objective, keyResultCount);
    return objective;
  };

  // The company.
  const ceo = person('company');
  teams.push({ id: 'company', name: 'Company', level: 'company', leadId: ceo });
  const companyObjectives: Objective[] = [];
  for (const goal of companyGoals.slice(0, 4)) {
    const objective = add({ title: goal, periodId: 'fy-2026', teamId: 'company', ownerId: ceo, kind: 'aspirational' }, 3);
    if (objective) companyObjectives.push(objective);
  }

  // Departments, then teams, each aligned to the level above; some links cross teams.
  const departmentCount = Math.min(departments.length, Math.max(1, Math.round(Math.cbrt(total) / 2)));
  const teamsPerDepartment = Math.max(2, Math.round(Math.cbrt(total) / 2.5));
  const teamObjectives = new Map<string, Objective[]>();
  const departmentObjectives = new Map<string, Objective[]>();
  for (const department of departments.slice(0, departmentCount)) {
    const id = `dept-${department.name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
    const leadId = person(id);
    teams.push({ id, name: department.name, level: 'department', parentTeamId: 'company', leadId });
    const own: Objective[] = [];
    for (let at = int(2, 4); at > 0; at--) {
      const parent = companyObjectives.length ? pick(companyObjectives) : undefined;
      const other = companyObjectives.length > 1 && random() < 0.25 ? pick(companyObjectives) : undefined;
      const objective = add(
        {
          title: `${pick(verbs)} ${pick(department.topics)}`,
          periodId: 'fy-2026',
          teamId: id,
          ownerId: leadId,
          ...(parent ? { parentId: parent.id } : {}),
          ...(other && other !== parent ? { contributesTo: [other.id] } : {}),
        },
        int(2, 4),
      );
      if (objective) own.push(objective);
    }
    departmentObjectives.set(id, own);
  }
  for (const department of departments.slice(0, departmentCount)) {
    const departmentId = `dept-${department.name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
    const above = departmentObjectives.get(departmentId) ?? [];
    const names = department.teams.slice(0, Math.min(department.teams.length, teamsPerDepartment + int(-1, 1)));
    for (const name of names) {
      const id = `${departmentId}-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
      const leadId = person(id);
      teams.push({ id, name: `${department.name} · ${name}`, level: 'team', parentTeamId: departmentId, leadId });
      const own: Objective[] = [];
      const earlier = [...teamObjectives.values()].flat();
      for (let at = int(2, 4); at > 0; at--) {
        const parent = above.length ? pick(above) : undefined;
        const across = earlier.length && random() < 0.1 ? pick(earlier) : undefined;
        const objective = add(
          {
            title: `${pick(verbs)} ${pick(department.topics)} (${name})`,
            periodId: 'q1-2026',
            teamId: id,
            ownerId: leadId,
            ...(parent ? { parentId: parent.id } : {}),
            ...(across ? { contributesTo: [across.id] } : {}),
          },
          int(2, 4),
        );
        if (objective) own.push(objective);
      }
      teamObjectives.set(id, own);
    }
  }

  // People fill the rest, round the teams; the last few objectives are left unaligned.
  const teamIds = [...teamObjectives.keys()];
  const orphanIds: string[] = [];
  for (let turn = 0; objectives.length < total && teamIds.length; turn++) {
    const teamId = teamIds[turn % teamIds.length] as string;
    const above = teamObjectives.get(teamId) ?? [];
    const ownerId = person(teamId);
    for (let at = int(1, 3); at > 0 && objectives.length < total; at--) {
      const orphan = total - objectives.length <= orphanCount;
      const draft = !orphan && random() < 0.02;
      const firstKeyResult = keyResults.length;
      const objective = add(
        {
          title: `${pick(verbs)} ${pick(pick(departments).topics)} for my customers`,
          periodId: draft ? 'q2-2026' : 'q1-2026',
          teamId,
          ownerId,
          ...(draft ? { state: 'draft' as const } : {}),
          ...(!orphan && above.length ? { parentId: pick(above).id } : {}),
        },
        int(2, 3),
      ) as Objective;
      if (orphan) orphanIds.push(objective.id);
      // A key result now and then carries a link to another team's objective.
      else if (random() < 0.05) {
        const other = teamObjectives.get(pick(teamIds)) ?? [];
        const keyResult = keyResults[firstKeyResult];
        if (keyResult && other.length) keyResult.contributesTo = [pick(other).id];
      }
    }
  }
  // Smaller totals end before any person: the last objectives made are the orphans.
  if (!teamIds.length) {
    for (const objective of objectives.slice(objectives.length - orphanCount)) {
      delete objective.parentId;
      delete objective.contributesTo;
      objective.teamId ??= 'company';
      if (objective.teamId === 'company') objective.teamId = 'unassigned';
      orphanIds.push(objective.id);
    }
  }

  const loopIds: string[] = [];
  if (options.loop) {
    const candidates = objectives.filter((objective) => objective.parentId && objective.state !== 'draft' && objective.periodId === 'q1-2026');
    const members = candidates.slice(-3);
    if (members.length === 3) {
      members.forEach((member, at) => {
        member.parentId = (members[(at + 1) % 3] as Objective).id;
        loopIds.push(member.id);
      });
    }
  }

  return { okrSet: { periods, objectives, keyResults, checkIns }, now: NOW, teams, people, topLevelTeamIds: ['company'], orphanIds, loopIds };
}
