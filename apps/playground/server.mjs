/**
 * The okrkit playground server: a dependency-free static server for the page in
 * `public/`, the built core in `packages/core/dist` (mounted at `/core/`) and the
 * core's runtime dependencies (e.g. valibot, mounted at `/vendor/<name>/`).
 *
 * The built core keeps its dependencies as bare imports (`import … from 'valibot'`), which
 * a browser cannot resolve on its own, so the page gets an import map, written into
 * `index.html` at the `<!-- okrkit:importmap -->` placeholder and allowed by a CSP hash.
 *
 * It serves files only from those folders. Every request path is decoded once,
 * refused if any segment is `..`, `.` or hidden, and the file's real path (symlinks
 * resolved) must still lie inside its folder; anything else is a plain 404, so the
 * answer never tells what exists outside.
 *
 * Run: `node apps/playground/server.mjs` (the root `pnpm start` builds the core first).
 * Port: `PORT` or 5173; when taken, the next free one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const coreDirectory = resolve(here, '../../packages/core');

/** The folder of an installed package, found the way Node does: `node_modules` upwards. */
function findPackageDirectory(name, fromDirectory) {
  for (let directory = fromDirectory; ; directory = dirname(directory)) {
    const candidate = join(directory, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(directory) === directory) return null;
  }
}

/** The ES module entry of a package manifest, preferring the browser/import conditions. */
function moduleEntry(manifest) {
  const pick = (target) => {
    if (typeof target === 'string') return target;
    if (!target || typeof target !== 'object' || Array.isArray(target)) return undefined;
    for (const condition of ['browser', 'import', 'module', 'default']) {
      const found = pick(target[condition]);
      if (found) return found;
    }
    return undefined;
  };
  const exported = manifest.exports;
  const root = exported && typeof exported === 'object' && '.' in exported ? exported['.'] : exported;
  return (pick(root) ?? manifest.module ?? manifest.main ?? 'index.js').replace(/^\.\//, '');
}

/**
 * The core's runtime dependencies, each with the folder to serve and its ES module entry.
 * A dependency that is not installed is left out (the page then reports the failed import).
 * @returns {{ name: string, directory: string, entry: string }[]}
 */
export function vendorPackages(fromDirectory = coreDirectory) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(fromDirectory, 'package.json'), 'utf8'));
  } catch {
    return [];
  }
  const packages = [];
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    const directory = findPackageDirectory(name, fromDirectory);
    if (!directory) continue;
    try {
      packages.push({ name, directory, entry: moduleEntry(JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'))) });
    } catch {
      // An unreadable manifest: leave the package out, as if it were not installed.
    }
  }
  return packages;
}

const vendors = vendorPackages();

/** Where each URL prefix is served from. More specific prefixes come first. */
export const defaultMounts = [
  { prefix: '/core/', directory: join(coreDirectory, 'dist') },
  ...vendors.map((vendor) => ({ prefix: `/vendor/${vendor.name}/`, directory: vendor.directory })),
  { prefix: '/', directory: resolve(here, 'public') },
];

/** Bare specifier → URL for the page's import map. */
export const defaultImportMap = {
  imports: Object.fromEntries(vendors.map((vendor) => [vendor.name, `/vendor/${vendor.name}/${vendor.entry}`])),
};

const importMapPlaceholder = '<!-- okrkit:importmap -->';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Only same-origin scripts and styles, plus the one inline import map by its hash. The page
 * sets widths through CSSOM, which `style-src 'self'` allows.
 */
function contentSecurityPolicy(inlineScriptHashes) {
  const scripts = ["'self'", ...inlineScriptHashes.map((hash) => `'sha256-${hash}'`)].join(' ');
  return `default-src 'self'; script-src ${scripts}; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'`;
}

/** Writes the import map into a page that asks for it, and returns the CSP hashes it needs. */
function withImportMap(html, importMap) {
  if (!html.includes(importMapPlaceholder)) return { html, hashes: [] };
  // "<" escaped so that no value can close the script element.
  const json = JSON.stringify(importMap).replace(/</g, '\\u003c');
  const hash = createHash('sha256').update(json).digest('base64');
  return { html: html.replace(importMapPlaceholder, `<script type="importmap">${json}</script>`), hashes: [hash] };
}

/**
 * Maps a request target (`/core/index.js?x=1`) to a file path inside one of the mounts,
 * or returns null when the path is malformed or tries to leave its folder.
 * @param {string} target the raw request target
 * @param {{ prefix: string, directory: string }[]} mounts
 * @returns {{ file: string, directory: string } | null}
 */
export function resolveTarget(target, mounts = defaultMounts) {
  const rawPath = target.split(/[?#]/, 1)[0] ?? '';
  if (!rawPath.startsWith('/')) return null;
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  // Backslashes and NUL bytes have no business in a URL path here (Windows separators, C strings).
  if (path.includes('\\') || path.includes('\0')) return null;
  if (path === '/') path = '/index.html';
  const mount = mounts.find((candidate) => path.startsWith(candidate.prefix));
  if (!mount) return null;
  const segments = path.slice(mount.prefix.length).split('/');
  if (segments.some((segment) => segment === '' || segment.startsWith('.'))) return null;
  const file = resolve(mount.directory, ...segments);
  if (!isInside(mount.directory, file)) return null;
  return { file, directory: mount.directory };
}

function isInside(directory, file) {
  const path = relative(directory, file);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

async function readServable(resolved) {
  try {
    const [realFile, realDirectory] = await Promise.all([realpath(resolved.file), realpath(resolved.directory)]);
    if (!isInside(realDirectory, realFile)) return null;
    if (!(await stat(realFile)).isFile()) return null;
    return await readFile(realFile);
  } catch {
    return null;
  }
}

function send(response, status, headers, body, method) {
  response.writeHead(status, {
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
    'Content-Length': body.byteLength,
  });
  response.end(method === 'HEAD' ? undefined : body);
}

function notFound(response, method) {
  send(response, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, Buffer.from('Not found\n'), method);
}

/**
 * The request handler, usable on its own (e.g. behind another server).
 * @param {{ prefix: string, directory: string }[]} mounts
 * @param {{ imports: Record<string, string> }} importMap
 */
export function createHandler(mounts = defaultMounts, importMap = defaultImportMap) {
  return async (request, response) => {
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      send(response, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, Buffer.from('Method not allowed\n'), method);
      return;
    }
    const resolved = resolveTarget(request.url ?? '/', mounts);
    const body = resolved ? await readServable(resolved) : null;
    if (!resolved || !body) {
      notFound(response, method);
      return;
    }
    const extension = extname(resolved.file).toLowerCase();
    const headers = { 'Content-Type': contentTypes[extension] ?? 'application/octet-stream' };
    if (extension === '.html') {
      const page = withImportMap(body.toString('utf8'), importMap);
      headers['Content-Security-Policy'] = contentSecurityPolicy(page.hashes);
      send(response, 200, headers, Buffer.from(page.html, 'utf8'), method);
      return;
    }
    send(response, 200, headers, body, method);
  };
}

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

/**
 * Starts the playground server. When `port` is taken, tries the next ones (up to 20);
 * port 0 asks the system for any free port.
 * @param {{ port?: number, host?: string, mounts?: { prefix: string, directory: string }[], importMap?: { imports: Record<string, string> } }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ port = 5173, host = '127.0.0.1', mounts = defaultMounts, importMap = defaultImportMap } = {}) {
  const server = createServer(createHandler(mounts, importMap));
  const attempts = port === 0 ? 1 : 20;
  for (let attempt = 0; ; attempt++) {
    try {
      await listen(server, port === 0 ? 0 : port + attempt, host);
      break;
    } catch (error) {
      if (error?.code !== 'EADDRINUSE' || attempt + 1 >= attempts) throw error;
    }
  }
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((resolvePromise, reject) => {
        server.close((error) => (error ? reject(error) : resolvePromise()));
        server.closeAllConnections();
      }),
  };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (isMain) {
  const requested = process.env.PORT === undefined || process.env.PORT === '' ? 5173 : Number(process.env.PORT);
  if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
    console.error(`okrkit playground: PORT must be a port number, got "${process.env.PORT}"`);
    process.exit(1);
  }
  const coreDist = defaultMounts[0].directory;
  try {
    await stat(join(coreDist, 'index.js'));
  } catch {
    console.warn(`okrkit playground: ${coreDist} has no index.js yet; build the core first (pnpm --filter @okrkit/core build).`);
  }
  const { url } = await startServer({ port: requested, host: '127.0.0.1' });
  console.log(`okrkit playground: ${url}`);
}
