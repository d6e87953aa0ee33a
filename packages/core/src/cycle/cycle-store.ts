import type { KeyResult, Objective } from '../model/model.types';
import { google } from '../scoring/presets/index';
import type { AnyRecord, AppliedChange, Change, ChangeEvent } from '../store/adapter.types';
import { NotFoundError, type OkrStorageError, ValidationFailedError, toStorageError } from '../store/errors';
import type { StoreWrite, LoadIssue, StoreStatus } from '../store/store.types';
import { validateRecord } from '../store/store-records';
import { cascadeObjective } from './cycle-cascade.utils';
import { carryOverObjective } from './cycle-carry-over.utils';
import { suggestFinalGrades, weightedGrade } from './cycle-close-out.utils';
import { confirmProposals } from './cycle-confirmation.utils';
import { closeOutIdOf, voteIdOf } from './cycle-ids';
import { isForward, nextPhase, phaseAllows, roleAllows, type PlanningAction } from './cycle-phase.utils';
import { CycleRuleError, type CycleRefusal } from './cycle-refusal';
import { validateCycleRecord } from './cycle-records.validation';
import type { CycleRecords, CycleStore, CycleStoreOptions, CycleStoreSnapshot } from './cycle-store.types';
import { tallyVotes } from './cycle-tally.utils';
import { validateProposalComment } from './cycle-validation.utils';
import { CYCLE_RECORD_KINDS, type CloseOut, type CycleRecordKind, type PlanningCycle, type ProposalComment, type Vote } from './cycle.types';
import { OKR_LIMITS } from '../validation/limits';

const COLLECTION: Record<CycleRecordKind, keyof CycleRecords> = {
  planningCycle: 'planningCycles',
  proposal: 'proposals',
  proposalComment: 'proposalComments',
  vote: 'votes',
  closeOut: 'closeOuts',
};
const isCycleKind = (kind: string): kind is CycleRecordKind => kind in COLLECTION;
const keyOf = (kind: string, id: string) => `${kind}:${id}`;

function fail(path: string, message: string): never {
  throw new ValidationFailedError([{ path, message }]);
}

/** A refusal by the cycle's rules (phase, deadline, role, ballot), with its stable code. */
function refuse(path: string, refusal: CycleRefusal): never {
  throw new CycleRuleError(path, refusal);
}

function defaultId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** A validated cycle record, or the refusal with `prefix` before every path. */
function checked<K extends CycleRecordKind>(kind: K, record: unknown, prefix = ''): import('../store/adapter.types').RecordOfKind[K] {
  const result = validateCycleRecord(kind, record);
  if (!result.ok) throw new ValidationFailedError(result.errors.map((error) => ({ ...error, path: prefix ? (error.path ? `${prefix}.${error.path}` : prefix) : error.path })));
  return result.value;
}

/** The retrospective as one text on the objective (the record `setLifecycleState` and lint read), within its limit. */
function retrospectiveText(parts: CloseOut['retrospective']): string {
  const text = [parts.met, parts.missed, parts.lessons].map((part) => part.trim()).filter((part) => part !== '').join('\n\n');
  const max = OKR_LIMITS.text.retrospective;
  if (text.length <= max) return text;
  // Never cut a surrogate pair in half.
  const end = /[\ud800-\udbff]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * Creates the planning cycle's store (see {@link CycleStore}): it loads the cycle's record
 * kinds from the OKR store's adapter, validates what it reads and writes, and runs the
 * meeting's commands with their rules — phases only forward (unless reopened with a reason),
 * deadlines, roles (proposers propose, voters vote, the confirmer confirms), one vote per voter
 * per cycle (re-voting replaces it), one close-out per objective. Writes that touch objectives
 * are one batch with the cycle's records through `okrStore.applyBatch`.
 * @example
 * const cycles = createCycleStore({ adapter, okrStore: store });
 * await cycles.load();
 * await cycles.vote({ cycleId: 'plan-q2', voterId: 'ben', ballot: { kind: 'ranking', ranking: ['p2', 'p1'] } });
 * cycles.tally('plan-q2').order; // ['p2', 'p1']
 */
export function createCycleStore(options: CycleStoreOptions): CycleStore {
  const { adapter, okrStore } = options;
  const now = options.now ?? (() => new Date());
  const generateId = options.generateId ?? defaultId;
  const scoring = options.scoring ?? google;
  const tables: { [K in CycleRecordKind]: Map<string, import('../store/adapter.types').RecordOfKind[K]> } = {
    planningCycle: new Map(),
    proposal: new Map(),
    proposalComment: new Map(),
    vote: new Map(),
    closeOut: new Map(),
  };
  let versions = new Map<string, number>();
  let status: StoreStatus = 'idle';
  let error: OkrStorageError | null = null;
  let loadIssues: LoadIssue[] = [];
  let snapshot: CycleStoreSnapshot | null = null;
  const listeners = new Set<() => void>();
  let queue: Promise<unknown> = Promise.resolve();

  function changed(): void {
    snapshot = null;
    for (const listener of Array.from(listeners)) listener();
  }

  function getSnapshot(): CycleStoreSnapshot {
    snapshot ??= Object.freeze({
      status,
      records: {
        planningCycles: [...tables.planningCycle.values()],
        proposals: [...tables.proposal.values()],
        proposalComments: [...tables.proposalComment.values()],
        votes: [...tables.vote.values()],
        closeOuts: [...tables.closeOut.values()],
      },
      versions: new Map(versions),
      loadIssues,
      error,
    });
    return snapshot;
  }

  function find<K extends CycleRecordKind>(kind: K, id: string): import('../store/adapter.types').RecordOfKind[K] {
    const record = (tables[kind] as Map<string, import('../store/adapter.types').RecordOfKind[K]>).get(id);
    if (!record) throw new NotFoundError(kind, id);
    return record;
  }
  const okr = () => okrStore.getSnapshot().okrSet;
  const objectiveById = (id: string): Objective => {
    const objective = okr().objectives.find((candidate) => candidate.id === id);
    if (!objective) throw new NotFoundError('objective', id);
    return objective;
  };
  const today = () => now().toISOString().slice(0, 10);
  /** Refuses unless `personId`'s role allows `action` (the refusal's path is `path`). */
  const requireRole = (cycle: PlanningCycle, personId: string, action: PlanningAction, path: string, proposal?: { proposerId: string }) => {
    const allowed = roleAllows(cycle, personId, action, proposal);
    if (!allowed.ok) {
      const { ok: _ok, ...refusal } = allowed;
      refuse(path, refusal);
    }
  };
  const requirePhase = (cycle: PlanningCycle, action: PlanningAction) => {
    const allowed = phaseAllows(cycle, action, today());
    if (!allowed.ok) {
      const { ok: _ok, ...refusal } = allowed;
      refuse('phase', refusal);
    }
  };

  /** Takes what storage applied for the cycle's kinds (a write's result or someone else's change). */
  function take(applied: readonly AppliedChange[], onlyIfNewer: boolean): boolean {
    let any = false;
    for (const change of applied) {
      if (!isCycleKind(change.kind)) continue;
      const key = keyOf(change.kind, change.id);
      const known = versions.get(key);
      const table = tables[change.kind] as Map<string, AnyRecord>;
      if (change.op === 'delete') {
        if (known === undefined) continue;
        versions.delete(key);
        table.delete(change.id);
        any = true;
        continue;
      }
      if (change.version === null || (onlyIfNewer && known !== undefined && change.version <= known)) continue;
      const result = change.record ? validateCycleRecord(change.kind, change.record) : null;
      if (result && !result.ok) continue;
      versions = new Map(versions).set(key, change.version);
      if (result) table.set(change.id, result.value as AnyRecord);
      any = true;
    }
    return any;
  }

  /**
   * Sends the cycle's changes (their versions read when the write's turn comes) with OKR
   * writes in one batch through the OKR store; takes the result. Nothing changes on refusal.
   */
  function write(records: ReadonlyArray<{ kind: CycleRecordKind; record: AnyRecord }>, okrWrites: readonly StoreWrite[] = []): Promise<AppliedChange[]> {
    const run = queue.then(async () => {
      const siblings: Change[] = records.map(({ kind, record }) => ({ op: 'put', kind, record, expectedVersion: versions.get(keyOf(kind, record.id)) ?? null }));
      const applied = await okrStore.applyBatch(okrWrites, siblings);
      if (take(applied, false)) changed();
      return applied;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  const unsubscribe = adapter.subscribe?.((event: ChangeEvent) => {
    if (take(event.changes, true)) changed();
  });

  const proposalsOf = (cycleId: string) => [...tables.proposal.values()].filter((proposal) => proposal.cycleId === cycleId);
  const stored = <K extends CycleRecordKind>(kind: K, id: string, fallback: import('../store/adapter.types').RecordOfKind[K]) =>
    (tables[kind] as Map<string, import('../store/adapter.types').RecordOfKind[K]>).get(id) ?? fallback;
  const storedObjective = (objective: Objective) => okr().objectives.find((candidate) => candidate.id === objective.id) ?? objective;

  const store: CycleStore = {
    scoring,
    getSnapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async load() {
      status = 'loading';
      error = null;
      changed();
      try {
        const loaded = await adapter.load({ kinds: CYCLE_RECORD_KINDS });
        const issues: LoadIssue[] = [];
        for (const table of Object.values(tables)) table.clear();
        const nextVersions = new Map<string, number>();
        for (const entry of loaded.records) {
          if (!isCycleKind(entry.kind)) continue;
          const rawId = (entry.record as { id?: unknown } | null)?.id;
          const id = typeof rawId === 'string' ? rawId : null;
          const result = validateCycleRecord(entry.kind, entry.record);
          if (!result.ok || id === null || !Number.isSafeInteger(entry.version) || entry.version < 1) {
            const errors = result.ok ? [{ path: 'version', message: 'storage gave no valid version' }] : result.errors;
            for (const problem of errors) issues.push({ kind: entry.kind, id, path: `${COLLECTION[entry.kind]}[${JSON.stringify(id ?? '?')}]${problem.path ? `.${problem.path}` : ''}`, message: problem.message, severity: 'error' });
            continue;
          }
          (tables[entry.kind] as Map<string, AnyRecord>).set(id, result.value as AnyRecord);
          nextVersions.set(keyOf(entry.kind, id), entry.version);
        }
        versions = nextVersions;
        loadIssues = issues;
        status = 'ready';
        changed();
      } catch (cause) {
        error = toStorageError(cause);
        status = 'error';
        changed();
        throw error;
      }
    },

    async createCycle(input) {
      const cycle = checked('planningCycle', { ...input, id: input.id ?? generateId('planningCycle'), phase: input.phase ?? 'proposal' });
      if (!cycle.participants.some((participant) => participant.roles.includes('confirmer'))) refuse('participants', { code: 'no-confirmer', message: 'name the confirmer (the CEO or a named person): someone with the confirmer role' });
      await write([{ kind: 'planningCycle', record: cycle }]);
      return stored('planningCycle', cycle.id, cycle);
    },

    async advancePhase(cycleId, to) {
      const cycle = find('planningCycle', cycleId);
      const target = to ?? nextPhase(cycle.phase);
      if (target === null) refuse('phase', { code: 'last-phase', phase: cycle.phase, message: `${cycle.phase} is the last phase` });
      if (!isForward(cycle.phase, target)) refuse('phase', { code: 'phase-backwards', from: cycle.phase, to: target, message: `phases only move forward: from ${cycle.phase} to ${target} is back; reopen it with a reason instead` });
      const next = checked('planningCycle', { ...cycle, phase: target });
      await write([{ kind: 'planningCycle', record: next }]);
      return stored('planningCycle', cycleId, next);
    },

    async reopenPhase(cycleId, to, { reason, byId }) {
      const cycle = find('planningCycle', cycleId);
      if (!isForward(to, cycle.phase)) refuse('phase', { code: 'reopen-not-earlier', from: cycle.phase, to, message: `reopening goes back to an earlier phase than ${cycle.phase}` });
      if (typeof reason !== 'string' || reason.trim() === '') fail('reason', 'say why the phase is reopened');
      const reopening = { from: cycle.phase, to, reason, at: now().toISOString(), ...(byId === undefined ? {} : { byId }) };
      const next = checked('planningCycle', { ...cycle, phase: to, reopenings: [...(cycle.reopenings ?? []), reopening] });
      await write([{ kind: 'planningCycle', record: next }]);
      return stored('planningCycle', cycleId, next);
    },

    async propose(input) {
      const cycle = find('planningCycle', input.cycleId);
      requirePhase(cycle, 'propose');
      requireRole(cycle, input.proposerId, 'propose', 'proposerId');
      const objectiveId = input.objective.id ?? generateId('objective');
      if (okr().objectives.some((objective) => objective.id === objectiveId)) fail('objective.id', `objective "${objectiveId}" exists already`);
      const objectiveResult = validateRecord('objective', { ownerId: input.proposerId, ...input.objective, id: objectiveId, periodId: cycle.periodId, state: 'proposed' });
      if (!objectiveResult.ok) throw new ValidationFailedError(objectiveResult.errors.map((problem) => ({ ...problem, path: `objective.${problem.path}` })));
      const keyResultWrites: StoreWrite[] = [];
      (input.keyResults ?? []).forEach((draft, index) => {
        const result = validateRecord('keyResult', { ...draft, id: draft.id ?? generateId('keyResult'), objectiveId, position: index + 1 });
        if (!result.ok) throw new ValidationFailedError(result.errors.map((problem) => ({ ...problem, path: `keyResults[${index}].${problem.path}` })));
        keyResultWrites.push({ kind: 'keyResult', id: result.value.id, next: result.value });
      });
      const proposal = checked('proposal', { id: generateId('proposal'), cycleId: cycle.id, objectiveId, proposerId: input.proposerId, strategy: input.strategy, createdAt: now().toISOString() });
      await write([{ kind: 'proposal', record: proposal }], [{ kind: 'objective', id: objectiveId, next: objectiveResult.value }, ...keyResultWrites]);
      return { proposal: stored('proposal', proposal.id, proposal), objective: storedObjective(objectiveResult.value) };
    },

    async comment(input) {
      const proposal = find('proposal', input.proposalId);
      const cycle = find('planningCycle', proposal.cycleId);
      requirePhase(cycle, 'comment');
      requireRole(cycle, input.authorId, 'comment', 'authorId', proposal);
      const comment: ProposalComment = { id: generateId('proposalComment'), ...input, createdAt: now().toISOString() };
      const problems = validateProposalComment(comment, [...tables.proposalComment.values()]);
      if (problems.length > 0) throw new ValidationFailedError(problems);
      const valid = checked('proposalComment', comment);
      await write([{ kind: 'proposalComment', record: valid }]);
      return stored('proposalComment', valid.id, valid);
    },

    async vote(input) {
      const cycle = find('planningCycle', input.cycleId);
      requirePhase(cycle, 'vote');
      requireRole(cycle, input.voterId, 'vote', 'voterId');
      if (input.ballot?.kind !== cycle.votingMethod.kind) refuse('ballot.kind', { code: 'wrong-ballot-kind', expected: cycle.votingMethod.kind, message: `this cycle votes by ${cycle.votingMethod.kind}` });
      const known = new Set(proposalsOf(cycle.id).map((proposal) => proposal.id));
      const named = input.ballot.kind === 'ranking' ? input.ballot.ranking.map((id, index) => [id, `ballot.ranking[${index}]`] as const) : Object.keys(input.ballot.points).map((id) => [id, `ballot.points[${JSON.stringify(id)}]`] as const);
      for (const [id, path] of named) if (!known.has(id)) fail(path, `names no proposal of this cycle with id "${id}"`);
      if (input.ballot.kind === 'points' && cycle.votingMethod.kind === 'points') {
        const spent = Object.values(input.ballot.points).reduce((sum, points) => sum + (Number.isFinite(points) ? points : 0), 0);
        if (spent > cycle.votingMethod.budget) refuse('ballot.points', { code: 'over-budget', spent, budget: cycle.votingMethod.budget, message: `spends ${spent} points; the budget is ${cycle.votingMethod.budget}` });
      }
      // One vote per voter per cycle: the id is derived, so a second vote replaces the first
      // (and two tabs voting at once conflict instead of counting twice).
      const vote = checked('vote', { id: voteIdOf(cycle.id, input.voterId), cycleId: cycle.id, voterId: input.voterId, ballot: input.ballot, castAt: now().toISOString() });
      await write([{ kind: 'vote', record: vote }]);
      return stored('vote', vote.id, vote);
    },

    tally(cycleId) {
      const cycle = find('planningCycle', cycleId);
      const votes = [...tables.vote.values()].filter((vote: Vote) => vote.cycleId === cycleId);
      return tallyVotes(cycle, proposalsOf(cycleId).map((proposal) => proposal.id), votes);
    },

    async confirm(cycleId, input) {
      const cycle = find('planningCycle', cycleId);
      requirePhase(cycle, 'confirm');
      requireRole(cycle, input.confirmerId, 'confirm', 'confirmerId');
      const talliedOrder = store.tally(cycleId).order;
      const rejections = input.rejections ?? [];
      const rejected = new Set(rejections.map((rejection) => rejection.proposalId));
      const order = input.order ?? talliedOrder.filter((id) => !rejected.has(id));
      const snapshot = okrStore.getSnapshot();
      const objectives = new Map(snapshot.okrSet.objectives.map((objective) => [objective.id, { record: objective, version: snapshot.versions.get(`objective:${objective.id}`) ?? 0 }]));
      const decision = { confirmerId: input.confirmerId, order, talliedOrder, rejections, ...(input.overrideReason === undefined ? {} : { overrideReason: input.overrideReason }) };
      const outcome = confirmProposals(cycle, proposalsOf(cycleId), objectives, decision);
      if (!outcome.ok) throw new ValidationFailedError(outcome.errors);
      const next = checked('planningCycle', { ...cycle, decision: { ...decision, decidedAt: now().toISOString() } });
      const okrWrites: StoreWrite[] = outcome.changes.flatMap((change) => (change.op === 'put' && change.kind === 'objective' ? [{ kind: 'objective' as const, id: change.record.id, next: change.record }] : []));
      await write([{ kind: 'planningCycle', record: next }], okrWrites);
      return stored('planningCycle', cycleId, next);
    },

    async cascadeObjective(parentId, target, draft = {}) {
      const parent = objectiveById(parentId);
      const { id, ...rest } = draft;
      const outcome = cascadeObjective(parent, target, id ?? generateId('objective'), rest, (objectiveId) => okr().objectives.find((candidate) => candidate.id === objectiveId));
      if (!outcome.ok) throw new ValidationFailedError(outcome.errors);
      const result = validateRecord('objective', outcome.objective);
      if (!result.ok) throw new ValidationFailedError(result.errors);
      await write([], [{ kind: 'objective', id: result.value.id, next: result.value }]);
      return storedObjective(result.value);
    },

    async closeOut(inputs) {
      const { okrSet } = okrStore.getSnapshot();
      const records: Array<{ kind: CycleRecordKind; record: AnyRecord }> = [];
      const okrWrites: StoreWrite[] = [];
      const results: Array<{ objective: Objective; closeOut: CloseOut; carriedOver?: { objective: Objective; keyResults: KeyResult[] } }> = [];
      const errors: Array<{ path: string; message: string }> = [];
      const seen = new Set<string>();
      inputs.forEach((input, index) => {
        const at = `[${index}]`;
        const objective = okrSet.objectives.find((candidate) => candidate.id === input.objectiveId);
        if (!objective) return void errors.push({ path: `${at}.objectiveId`, message: `names no objective with id "${input.objectiveId}"` });
        if (seen.has(objective.id)) return void errors.push({ path: `${at}.objectiveId`, message: `closes objective "${objective.id}" twice` });
        seen.add(objective.id);
        if ((objective.state ?? 'active') !== 'active') return void errors.push({ path: `${at}.objectiveId`, message: `objective "${objective.id}" is ${objective.state}; only an active objective is closed` });
        const keyResults = okrSet.keyResults.filter((keyResult) => keyResult.objectiveId === objective.id);
        const suggestion = suggestFinalGrades(objective, keyResults, scoring);
        const adjustments = input.adjustments ?? {};
        for (const keyResultId of Object.keys(adjustments)) {
          if (!keyResults.some((keyResult) => keyResult.id === keyResultId)) errors.push({ path: `${at}.adjustments[${JSON.stringify(keyResultId)}]`, message: `names no key result of objective "${objective.id}"` });
        }
        const grades = suggestion.keyResults.map((entry) => {
          const adjustment = adjustments[entry.keyResultId];
          return adjustment === undefined || adjustment.grade === entry.suggestedGrade ? entry : { ...entry, grade: adjustment.grade, adjustmentReason: adjustment.reason };
        });
        let carriedOver: { objective: Objective; keyResults: KeyResult[] } | undefined;
        if (input.carryOver) {
          if (input.result !== 'carried-over') errors.push({ path: `${at}.carryOver`, message: "carrying over needs the result 'carried-over'" });
          if (!okrSet.periods.some((period) => period.id === input.carryOver?.nextPeriodId)) errors.push({ path: `${at}.carryOver.nextPeriodId`, message: `names no period with id "${input.carryOver.nextPeriodId}"` });
          input.carryOver.keyResultIds.forEach((keyResultId, position) => {
            if (!keyResults.some((keyResult) => keyResult.id === keyResultId)) errors.push({ path: `${at}.carryOver.keyResultIds[${position}]`, message: `names no key result of objective "${objective.id}"` });
          });
          const ids = Object.fromEntries(input.carryOver.keyResultIds.map((keyResultId) => [keyResultId, generateId('keyResult')]));
          carriedOver = carryOverObjective(objective, keyResults, { nextPeriodId: input.carryOver.nextPeriodId, objectiveId: generateId('objective'), keyResultIds: ids });
        } else if (input.result === 'carried-over') errors.push({ path: `${at}.carryOver`, message: 'choose the next period and the key results that continue' });
        const candidate = {
          id: closeOutIdOf(objective.id),
          objectiveId: objective.id,
          result: input.result,
          keyResults: grades,
          grade: weightedGrade(grades, keyResults),
          scoringStrategyId: suggestion.scoringStrategyId,
          retrospective: input.retrospective,
          closedAt: now().toISOString(),
          ...(input.closedById === undefined ? {} : { closedById: input.closedById }),
          ...(carriedOver ? { carriedOverToId: carriedOver.objective.id } : {}),
        };
        const validation = validateCycleRecord('closeOut', candidate);
        if (!validation.ok) return void errors.push(...validation.errors.map((problem) => ({ ...problem, path: problem.path ? `${at}.${problem.path}` : at })));
        const closed: Objective = { ...objective, state: 'closed', retrospective: retrospectiveText(validation.value.retrospective) };
        okrWrites.push({ kind: 'objective', id: objective.id, next: closed });
        if (carriedOver) {
          okrWrites.push({ kind: 'objective', id: carriedOver.objective.id, next: carriedOver.objective });
          for (const keyResult of carriedOver.keyResults) okrWrites.push({ kind: 'keyResult', id: keyResult.id, next: keyResult });
        }
        records.push({ kind: 'closeOut', record: validation.value });
        results.push({ objective: closed, closeOut: validation.value, ...(carriedOver ? { carriedOver } : {}) });
      });
      if (errors.length > 0) throw new ValidationFailedError(errors);
      if (results.length === 0) return [];
      await write(records, okrWrites);
      return results.map((result) => ({ ...result, objective: storedObjective(result.objective), closeOut: stored('closeOut', result.closeOut.id, result.closeOut) }));
    },

    async reopen(objectiveId) {
      const objective = objectiveById(objectiveId);
      if (objective.state !== 'closed') fail('state', `objective "${objectiveId}" is ${objective.state ?? 'active'}, not closed`);
      const reopened: Objective = { ...objective, state: 'active' };
      await write([], [{ kind: 'objective', id: objectiveId, next: reopened }]);
      return storedObjective(reopened);
    },

    async carryOver(objectiveId, plan) {
      const objective = objectiveById(objectiveId);
      if (objective.state !== 'closed') fail('state', `close objective "${objectiveId}" before carrying it over`);
      const { okrSet } = okrStore.getSnapshot();
      if (!okrSet.periods.some((period) => period.id === plan.nextPeriodId)) fail('nextPeriodId', `names no period with id "${plan.nextPeriodId}"`);
      const keyResults = okrSet.keyResults.filter((keyResult) => keyResult.objectiveId === objectiveId);
      plan.keyResultIds.forEach((keyResultId, index) => {
        if (!keyResults.some((keyResult) => keyResult.id === keyResultId)) fail(`keyResultIds[${index}]`, `names no key result of objective "${objectiveId}"`);
      });
      const ids = Object.fromEntries(plan.keyResultIds.map((keyResultId) => [keyResultId, generateId('keyResult')]));
      const carried = carryOverObjective(objective, keyResults, { nextPeriodId: plan.nextPeriodId, objectiveId: generateId('objective'), keyResultIds: ids });
      const existing = tables.closeOut.get(closeOutIdOf(objectiveId));
      const records = existing ? [{ kind: 'closeOut' as const, record: checked('closeOut', { ...existing, result: 'carried-over', carriedOverToId: carried.objective.id }) }] : [];
      await write(records, [{ kind: 'objective', id: carried.objective.id, next: carried.objective }, ...carried.keyResults.map((keyResult): StoreWrite => ({ kind: 'keyResult', id: keyResult.id, next: keyResult }))]);
      return carried;
    },

    dispose() {
      unsubscribe?.();
      listeners.clear();
    },
  };
  // `scoring` is the store's for its whole life: a new strategy is a new store.
  Object.defineProperty(store, 'scoring', { value: scoring, writable: false, enumerable: true, configurable: false });
  return store;
}
