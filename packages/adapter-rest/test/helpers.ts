import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryAdapter, type MemoryAdapterOptions } from '@okrkit/adapter-memory';
import type { Objective, OkrSet } from '@okrkit/core';
import { createOkrHandler, toNodeListener, type Authorize, type OkrHandlerOptions } from '../src/server';

/** A server on 127.0.0.1 at a free port, closed with every open connection (event streams too). */
export interface TestServer {
  baseUrl: string;
  close(): Promise<void>;
}

export async function startServer(listener: RequestListener): Promise<TestServer> {
  const server = createServer(listener);
  // Node closes an idle kept-alive socket after 5 s; on a loaded machine fetch can pick such a
  // socket from its pool just as the server closes it (ECONNRESET, seen once in CI under load).
  // The tests' sockets stay open until close() instead.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closed = false;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      if (closed) return;
      closed = true;
      const done = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await done;
    },
  };
}

/** The people of the tests, found by the `x-user` header. */
export interface User {
  id: string;
  teamId: string;
}
export const users: Record<string, User> = {
  alice: { id: 'alice', teamId: 'team-a' },
  bob: { id: 'bob', teamId: 'team-b' },
};

export const identifyByHeader = (request: Request): User | null => users[request.headers.get('x-user') ?? ''] ?? null;

/**
 * "A user may read and write the objectives of their own team, and the key results and
 * check-ins of those objectives; everyone signed in may read periods."
 */
export const teamPolicy: Authorize<User> = (user, action, { kind, record, objective }) => {
  if (!user) return false;
  if (kind === 'period') return action === 'read';
  const teamId = kind === 'objective' ? (record as Objective).teamId : objective?.teamId;
  return teamId === user.teamId;
};

export const allowEveryone: Authorize<User> = () => true;

/** A handler over a fresh memory adapter, served on 127.0.0.1. */
export async function startOkrServer(
  options: { initial?: Partial<OkrSet>; memory?: MemoryAdapterOptions } & Partial<OkrHandlerOptions<User>> = {},
) {
  const storage = createMemoryAdapter({ ...options.memory, ...(options.initial ? { initial: options.initial } : {}) });
  const handler = createOkrHandler<User>({ identify: identifyByHeader, authorize: teamPolicy, ...options, storage });
  const server = await startServer(toNodeListener(handler));
  return { storage, handler, ...server };
}

export const period = { id: 'q1-2026', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' };

export function objective(id: string, teamId: string, extra: Partial<Objective> = {}): Objective {
  return { id, title: `Significantly increase user activity (${id})`, periodId: period.id, teamId, ...extra };
}

export function keyResult(id: string, objectiveId: string) {
  return {
    id,
    objectiveId,
    title: 'Monthly active users +20 %',
    metric: { kind: 'numeric' as const, direction: 'increase' as const, start: 1000, target: 1200, current: 1050 },
  };
}

/** An empty draft weekly report by `authorId`, filed under `teamId` when given. */
export function weeklyReport(authorId: string, teamId?: string) {
  return {
    id: `wr-${authorId}`,
    authorId,
    ...(teamId === undefined ? {} : { teamId }),
    week: { year: 2026, week: 8 },
    weekStart: '2026-02-16',
    state: 'draft' as const,
    focus: [],
    tasks: [],
    problems: [],
    nextWeek: [],
  };
}

/** Two teams' OKRs: team A owns o-a (with kr-a and a check-in), team B owns o-b (with kr-b). */
export const twoTeams: Partial<OkrSet> = {
  periods: [period],
  objectives: [objective('o-a', 'team-a'), objective('o-b', 'team-b')],
  keyResults: [keyResult('kr-a', 'o-a'), keyResult('kr-b', 'o-b')],
  checkIns: [
    { id: 'ci-a', keyResultId: 'kr-a', at: '2026-02-13T09:00:00Z', value: 1050 },
    { id: 'ci-b', keyResultId: 'kr-b', at: '2026-02-13T09:00:00Z', value: 1100 },
  ],
};

/** POSTs raw text to `/changes`, as a hostile or broken client would. */
export async function postRaw(baseUrl: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/changes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-user': 'alice', ...headers },
    body,
  });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}

/** Waits until `check` passes, or fails with its last error. */
export async function eventually(check: () => void, timeoutMs = 3000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
