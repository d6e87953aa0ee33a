/** The handler's routes, relative to its `basePath`, with the method each one answers. */
export const ROUTES = { '/records': 'GET', '/events': 'GET', '/changes': 'POST' } as const;

/** A route of the handler. */
export type Route = keyof typeof ROUTES;

function isRoute(path: string): path is Route {
  return Object.hasOwn(ROUTES, path);
}

/**
 * The route a request path names under `basePath` (already without its trailing slash), or
 * `undefined`. Only whole segments match: `/api/okrs/records` is not under `/api/okr`.
 * @example routeOf('/api/okr/records', '/api/okr') // '/records'
 */
export function routeOf(pathname: string, basePath: string): Route | undefined {
  if (basePath !== '' && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return undefined;
  const rest = pathname.slice(basePath.length) || '/';
  return isRoute(rest) ? rest : undefined;
}

/**
 * The message of a 404, saying how to fix the most common cause: a handler whose `basePath`
 * does not match where it is mounted (Hono and Next.js keep the mount path in the request;
 * Express strips it).
 * @example
 * notFoundMessage('/api/okr/records', '')
 * // "no okrkit route at /api/okr/records — if the handler is mounted under /api/okr, pass basePath: '/api/okr'"
 */
export function notFoundMessage(pathname: string, basePath: string): string {
  const base = `no okrkit route at ${pathname}`;
  const route = Object.keys(ROUTES).find((name) => pathname.endsWith(name));
  if (route === undefined) return `${base} (routes: ${Object.keys(ROUTES).map((name) => `${basePath}${name}`).join(', ')})`;
  const prefix = pathname.slice(0, -route.length);
  if (prefix === '') return `${base} — this handler expects its routes under basePath '${basePath}'; if the mount path is stripped before the handler (Express's app.use), leave basePath out`;
  return `${base} — if the handler is mounted under ${prefix}, pass basePath: '${prefix}'${basePath === '' ? '' : ` (it is '${basePath}')`}`;
}
