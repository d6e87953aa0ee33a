/**
 * The host page's server: its index.html and okrkit's element bundle as static files, and
 * `/api/…` forwarded to the demo's server (okrkit's REST handler over PGlite, seeded with the
 * examples), which it starts on a free loopback port, so page and API are one origin. Host
 * code, as a CMS or intranet would have; nothing here is okrkit.
 */
import { readFile, realpath } from 'node:fs/promises';
import { createServer, request as forward } from 'node:http';
import { dirname, extname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from '../intranet-demo/server/demo-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** The folder of `@okrkit/elements`' build: the bundle and its locale chunks. */
export const elementsDir = dirname(fileURLToPath(import.meta.resolve('@okrkit/elements/okrkit-elements.js')));
export const defaultDataDir = join(here, '.okrkit-data', 'pglite');

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
const policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/** A file in `directory` named by a plain `name` (letters, digits, `-`, `_`, `.`; no hidden files), or null. */
async function fileIn(directory, name) {
  if (!/^[\w-][\w.-]*\.(js|html)$/.test(name)) return null;
  try {
    const file = await realpath(join(directory, name));
    const path = relative(await realpath(directory), file);
    return path && !path.startsWith('..') && !isAbsolute(path) ? file : null;
  } catch {
    return null;
  }
}

async function sendFile(response, file) {
  const body = await readFile(file);
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-security-policy': policy, 'cache-control': 'no-cache' });
  response.end(body);
}

function notFound(response) {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}

/**
 * Starts the demo server, then the host page's server on `port` (0: any free one).
 * @param {{ port?: number, host?: string, dataDir?: string, log?: (message: string) => void }} [options]
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startElementsHost(options = {}) {
  const { port = 4180, host = '127.0.0.1', dataDir = defaultDataDir, log } = options;
  // The demo's own page is not served from here; its build folder is not needed.
  const demo = await startDemoServer({ port: 0, host: '127.0.0.1', dataDir, distDir: join(here, '.no-demo-page'), log });
  const api = new URL(demo.url);
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?', 1)[0] ?? '/';
    if (path.startsWith('/api/')) {
      // Streams both ways, so the event stream (`/api/okr/events`) stays live.
      const upstream = forward({ host: api.hostname, port: api.port, method: request.method, path: request.url, headers: { ...request.headers, host: api.host } }, (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      });
      upstream.on('error', () => {
        if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ error: { code: 'unavailable', message: 'the OKR server cannot be reached' } }));
      });
      request.pipe(upstream);
      return;
    }
    const serve = async () => {
      if (path === '/' || path === '/index.html') return sendFile(response, join(here, 'index.html'));
      const file = path.startsWith('/elements/') ? await fileIn(elementsDir, path.slice('/elements/'.length)) : null;
      return file ? sendFile(response, file) : notFound(response);
    };
    serve().catch(() => response.destroy());
  });
  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(undefined));
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actual}/`,
    async close() {
      await new Promise((resolvePromise) => {
        server.close(() => resolvePromise(undefined));
        server.closeAllConnections();
      });
      await demo.close();
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const running = await startElementsHost({ port: Number(process.env.PORT ?? 4180), log: (message) => console.error(message) });
  console.log(`okrkit elements host page at ${running.url}`);
}
