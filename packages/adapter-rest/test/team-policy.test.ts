import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ForbiddenError, type AnyRecord, type RecordKind } from '@okrkit/core';
import { describe, expect, it } from 'vitest';
import { createRestAdapter } from '../src/index';
import { createTeamPolicy, type Authorize, type OkrAction } from '../src/server';
import { keyResult, objective, period, startOkrServer, twoTeams, weeklyReport } from './helpers';

interface Person {
  id: string;
  teamId?: string | null;
  admin?: boolean;
}

const ana: Person = { id: 'ana', teamId: 'team-a' };
const ben: Person = { id: 'ben', teamId: 'team-b' };
const nobody: Person = { id: 'nobody' }; // signed in, in no team
const emptyTeam: Person = { id: 'empty', teamId: '' };
const boss: Person = { id: 'boss', teamId: null, admin: true };

const companyObjective = objective('o-company', undefined as unknown as string);
delete (companyObjective as { teamId?: string }).teamId;
const report = weeklyReport;

type Case = [string, Person | null, OkrAction, RecordKind, AnyRecord, AnyRecord | null | undefined, boolean];
const CASES: Case[] = [
  ['anyone anonymous reads a period', null, 'read', 'period', period, undefined, false],
  ['a signed-in person reads a period', nobody, 'read', 'period', period, undefined, true],
  ['a team member writes a period', ana, 'update', 'period', period, undefined, false],
  ['an admin writes a period', boss, 'update', 'period', period, undefined, true],
  ['a member writes their team\'s objective', ana, 'update', 'objective', objective('o-a', 'team-a'), undefined, true],
  ['a member writes another team\'s objective', ana, 'update', 'objective', objective('o-b', 'team-b'), undefined, false],
  ['a member reads another team\'s objective', ana, 'read', 'objective', objective('o-b', 'team-b'), undefined, false],
  ['a person in no team writes a company-wide objective (undefined === undefined)', nobody, 'update', 'objective', companyObjective, undefined, false],
  ['a person in no team creates a company-wide objective', nobody, 'create', 'objective', companyObjective, undefined, false],
  ['a person whose team is "" writes an objective whose team is ""', emptyTeam, 'update', 'objective', objective('o-e', ''), undefined, false],
  ['a person in no team reads a company-wide objective', nobody, 'read', 'objective', companyObjective, undefined, true],
  ['an admin writes a company-wide objective', boss, 'update', 'objective', companyObjective, undefined, true],
  ['a person in no team creates a key result under a company-wide objective', nobody, 'create', 'keyResult', keyResult('kr-x', 'o-company'), companyObjective, false],
  ['a member writes a key result whose objective cannot be found', ana, 'create', 'keyResult', keyResult('kr-x', 'o-gone'), null, false],
  ['a member writes a check-in under their team\'s objective', ana, 'create', 'checkIn', { id: 'c', keyResultId: 'kr-a', at: '2026-02-13T09:00:00Z', value: 1 }, objective('o-a', 'team-a'), true],
  ['a member of another team checks in under team A\'s objective', ben, 'create', 'checkIn', { id: 'c', keyResultId: 'kr-a', at: '2026-02-13T09:00:00Z', value: 1 }, objective('o-a', 'team-a'), false],
  ['a person in no team reads a team-less report by someone else', nobody, 'read', 'weeklyReport', report('other'), undefined, false],
  ['a teammate reads a report', ana, 'read', 'weeklyReport', report('ann', 'team-a'), undefined, true],
  ['the author writes their report in their team', ana, 'update', 'weeklyReport', report('ana', 'team-a'), undefined, true],
  ['the author files their report under another team', ana, 'update', 'weeklyReport', report('ana', 'team-b'), undefined, false],
  ['a teammate writes someone else\'s report', ana, 'update', 'weeklyReport', report('ann', 'team-a'), undefined, false],
  ['a person in no team writes their own team-less report', nobody, 'create', 'weeklyReport', report('nobody'), undefined, true],
];

function expectCases(policy: Authorize<Person>) {
  for (const [name, who, action, kind, record, owner, allowed] of CASES) {
    const target = owner === undefined ? { kind, record } : { kind, record, objective: owner as never };
    expect(policy(who, action, target), name).toBe(allowed);
  }
}

describe('given createTeamPolicy', () => {
  it('when asked about every kind of record and person, it grants exactly what the table says', () => {
    expectCases(createTeamPolicy<Person>({ teamOf: (person) => person.teamId, isAdmin: (person) => person.admin === true }));
  });

  it('when readAllTeams is set, members read other teams\' OKRs but still write only their own', () => {
    const policy = createTeamPolicy<Person>({ teamOf: (person) => person.teamId, readAllTeams: true });
    expect(policy(ana, 'read', { kind: 'objective', record: objective('o-b', 'team-b') })).toBe(true);
    expect(policy(ana, 'update', { kind: 'objective', record: objective('o-b', 'team-b') })).toBe(false);
    expect(policy(null, 'read', { kind: 'objective', record: objective('o-b', 'team-b') })).toBe(false);
  });

  it('when used by a handler, a person in no team cannot create a company-wide objective or a key result under one', async () => {
    const server = await startOkrServer({
      initial: { ...twoTeams, objectives: [...twoTeams.objectives!, companyObjective] },
      identify: (request) => ({ nobody, ana })[request.headers.get('x-user') as 'nobody' | 'ana'] as never,
      authorize: createTeamPolicy<Person>({ teamOf: (person) => person.teamId }) as never,
    });
    try {
      const client = createRestAdapter({ baseUrl: server.baseUrl, headers: () => ({ 'x-user': 'nobody' }), retries: 0, subscribe: false });
      const created = { ...companyObjective, id: 'o-company-2' };
      await expect(client.apply([{ op: 'put', kind: 'objective', record: created, expectedVersion: null }])).rejects.toBeInstanceOf(ForbiddenError);
      await expect(client.apply([{ op: 'put', kind: 'keyResult', record: keyResult('kr-c', 'o-company'), expectedVersion: null }])).rejects.toBeInstanceOf(ForbiddenError);
      const { records } = await client.load();
      expect(records.map((stored) => (stored.record as { id: string }).id).sort()).toEqual(['o-company', 'q1-2026']);
    } finally {
      await server.close();
    }
  });
});

describe('given the READMEs\' server snippets', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const snippets = ['README.md', 'packages/adapter-rest/README.md'].map((file) => [file, readFileSync(join(root, file), 'utf8')] as const);

  it.each(snippets)('when %s shows createOkrHandler, its authorize is createTeamPolicy, and that exact text passes the table', (_file, text) => {
    const match = /authorize: (createTeamPolicy\(\{[^\n]*\}\)),/.exec(text);
    expect(match, 'the snippet passes createTeamPolicy({ ... }) as authorize').not.toBeNull();
    // The snippet's own text, evaluated as it is written (its arrow functions are plain JavaScript).
    const policy = new Function('createTeamPolicy', `return ${match![1]}`)(createTeamPolicy) as Authorize<Person>;
    expectCases(policy);
  });
});
