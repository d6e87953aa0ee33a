/**
 * One okrkit server process, as a host runs several behind a load balancer: the REST handler
 * over the PostgreSQL adapter on its own pool, listening on a free loopback port. Started by
 * the multi-process tests as a real `node` child; prints `{"port":…}` once it listens.
 * Arguments: DATABASE_URL, schema.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOkrHandler, toNodeListener } from '@okrkit/adapter-rest/server';
import pg from 'pg';
import { createPostgresAdapter, fromPg } from '../../src/index';

const [databaseUrl, schema] = process.argv.slice(2);
if (!databaseUrl || !schema) throw new Error('usage: handler-process DATABASE_URL SCHEMA');

const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
// Idle connections the server drops (the tests terminate the listening one) report here.
pool.on('error', () => undefined);
const storage = createPostgresAdapter({ client: fromPg(pool), schema, changeFeed: { onError: (error) => process.stderr.write(`feed: ${error.message}\n`) } });
const handler = createOkrHandler<{ id: string }>({
  storage,
  identify: (request) => ({ id: request.headers.get('x-user') ?? 'anonymous' }),
  authorize: () => true,
  heartbeatMs: 1_000,
});
const server = createServer(toNodeListener(handler));
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port, pid: process.pid })}\n`);
});

function shutdown(): void {
  server.closeAllConnections();
  server.close(() => void pool.end().finally(() => process.exit(0)));
}
process.on('SIGTERM', shutdown);
// The test runner holds our stdin: when it goes away (killed, timed out), so do we.
process.stdin.on('end', shutdown);
process.stdin.resume();
