/**
 * The demo's HTTP server: okrkit's REST handler at `/api/okr/`, the Vite build
 * everywhere else. Everything here is host code; okrkit supplies the handler, the
 * Node bridge, the PostgreSQL adapter and the examples.
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createOkrHandler, toNodeListener } from '@okrkit/adapter-rest/server';
import { domainExamples } from '@okrkit/core/examples';
import { demoDirectory } from '../shared/directory.mjs';
import { demoPlanningCycle } from '../shared/planning.mjs';
import { demoWeeklyReports } from './demo-reports.mjs';
import { createDemoPolicy } from './identity.mjs';
import { createStaticHandler } from './static-files.mjs';
import { openStorage, seedIfEmpty, seedKindOnce, withLocalChangeEvents } from './storage.mjs';

/** The app's folder (`apps/intranet-demo`). */
export const appDirectory = fileURLToPath(new URL('..', import.meta.url));

/** Where PGlite keeps its files unless told otherwise. */
export const defaultDataDir = fileURLToPath(new URL('../.okrkit-data/pglite', import.meta.url));
/** The Vite build the server serves unless told otherwise. */
export const defaultDistDir = fileURLToPath(new URL('../dist', import.meta.url));
/** The URL path the okrkit handler is mounted at. */
export const apiBasePath = '/api/okr';

function listen(server, port, host) {
  return new Promise((resolvePromise, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePromise();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

function notFoundJson(response) {
  response.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify({ error: { code: 'unknown', message: 'no such API route' } }));
}

/**
 * Opens storage (running migrations), seeds the domain examples (and the Growth team's
 * submitted weekly reports of the week before) into an empty database and the Q2 planning
 * cycle into one that has none,
 * and starts listening. When `port` is taken, the next ones are tried (up to 20); port 0
 * asks the system for any free port.
 * @param {import('./demo-server.d.mts').DemoServerOptions} [options]
 * @returns {Promise<import('./demo-server.d.mts').DemoServer>}
 */
export async function startDemoServer(options = {}) {
  const {
    port = 4173,
    host = '127.0.0.1',
    dataDir = defaultDataDir,
    databaseUrl,
    distDir = defaultDistDir,
    log = () => undefined,
  } = options;
  const storage = await openStorage({ dataDir, databaseUrl, log });
  let server;
  try {
    const seed = await seedIfEmpty(storage.adapter, domainExamples, { weeklyReports: demoWeeklyReports(domainExamples) });
    // The Q2 planning meeting, once: also into a database seeded before the demo had it.
    const seededCycle = await seedKindOnce(storage.adapter, 'planningCycle', demoPlanningCycle);
    const { identify, authorize } = createDemoPolicy(demoDirectory);
    const handler = createOkrHandler({
      storage: withLocalChangeEvents(storage.adapter),
      identify,
      authorize,
      basePath: apiBasePath,
      onError: (error) => log(`okrkit handler: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    });
    const api = toNodeListener(handler);
    const files = createStaticHandler(distDir);
    server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?', 1)[0] ?? '/';
      if (path === apiBasePath || path.startsWith(`${apiBasePath}/`)) api(request, response);
      else if (path === '/api' || path.startsWith('/api/')) notFoundJson(response);
      else void files(request, response).catch(() => response.destroy());
    });
    const attempts = port === 0 ? 1 : 20;
    for (let attempt = 0; ; attempt += 1) {
      try {
        await listen(server, port === 0 ? 0 : port + attempt, host);
        break;
      } catch (error) {
        if (error?.code !== 'EADDRINUSE' || attempt + 1 >= attempts) throw error;
      }
    }
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const listening = server;
    let closing;
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}/`,
      port: actualPort,
      storage: storage.label,
      seeded: seed.seeded,
      seededPlanningCycle: seededCycle,
      close() {
        closing ??= new Promise((resolvePromise) => {
          // Event streams never end on their own: close every connection, then the database.
          listening.close(() => resolvePromise());
          listening.closeAllConnections();
        }).then(() => storage.close());
        return closing;
      },
    };
  } catch (error) {
    server?.close();
    await storage.close().catch(() => undefined);
    throw error;
  }
}
