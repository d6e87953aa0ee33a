/**
 * Serves the Vite build with a single-page-app fallback. Every request path is decoded
 * once and refused when a segment is `..`, `.` or hidden, or holds a backslash or NUL;
 * the file's real path (symlinks resolved) must lie inside the build folder. Refused and
 * missing files are plain 404s; paths without a file extension get `index.html`.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

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
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Same-origin scripts, styles and requests only: the page needs nothing else. */
// Styles may also be inline: the check-in dialog (Radix) locks page scrolling with a <style>
// element it writes at run time, whose text depends on the scrollbar's width, so no hash
// can allow it. Scripts stay 'self' only.
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

function isInside(directory, file) {
  const path = relative(directory, file);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

/**
 * The file a request path names inside `directory`, or null when the path is malformed
 * or tries to leave it. `/` is `index.html`; trailing slashes are dropped.
 * @example resolveRequestPath('/assets/index-abc.js', '/srv/dist') // '/srv/dist/assets/index-abc.js'
 */
export function resolveRequestPath(target, directory) {
  const rawPath = target.split(/[?#]/, 1)[0] ?? '';
  if (!rawPath.startsWith('/')) return null;
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (path.includes('\\') || path.includes('\0')) return null;
  // `/okrs/` is the route `/okrs`; `/` is the page itself.
  path = path.replace(/\/+$/, '');
  if (path === '') path = '/index.html';
  const segments = path.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment.startsWith('.'))) return null;
  const file = resolve(directory, ...segments);
  return isInside(directory, file) ? file : null;
}

async function readInside(directory, file) {
  try {
    const [realFile, realDirectory] = await Promise.all([realpath(file), realpath(directory)]);
    if (!isInside(realDirectory, realFile) || !(await stat(realFile)).isFile()) return null;
    return await readFile(realFile);
  } catch {
    return null;
  }
}

function send(response, method, status, headers, body) {
  response.writeHead(status, { 'x-content-type-options': 'nosniff', ...headers, 'content-length': body.byteLength });
  response.end(method === 'HEAD' ? undefined : body);
}

const missingBuild = `<!doctype html><meta charset="utf-8"><title>okrkit intranet demo</title>
<p>The page is not built yet. Run <code>pnpm --filter @okrkit/intranet-demo... build</code>, then reload.</p>`;

/**
 * A Node request listener for the files of `directory` (the Vite build).
 * @param {string} directory
 */
export function createStaticHandler(directory) {
  const root = resolve(directory);
  return async (request, response) => {
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      send(response, method, 405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, Buffer.from('Method not allowed\n'));
      return;
    }
    const file = resolveRequestPath(request.url ?? '/', root);
    // A path with an extension names a file: missing is a 404. Any other path is a page route.
    const isRoute = file !== null && extname(file) === '';
    const body = file === null ? null : await readInside(root, isRoute ? join(root, 'index.html') : file);
    if (body === null) {
      if (file !== null && (isRoute || file === join(root, 'index.html'))) {
        send(response, method, 503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, Buffer.from(missingBuild));
        return;
      }
      send(response, method, 404, { 'content-type': 'text/plain; charset=utf-8' }, Buffer.from('Not found\n'));
      return;
    }
    const served = isRoute ? 'index.html' : file;
    const type = contentTypes[extname(served).toLowerCase()] ?? 'application/octet-stream';
    const headers = { 'content-type': type };
    if (type.startsWith('text/html')) {
      headers['content-security-policy'] = contentSecurityPolicy;
      headers['referrer-policy'] = 'same-origin';
      headers['cache-control'] = 'no-cache';
    } else {
      // Vite puts a content hash in every asset name under /assets/.
      headers['cache-control'] = relative(root, served).startsWith(`assets`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    }
    send(response, method, 200, headers, body);
  };
}
