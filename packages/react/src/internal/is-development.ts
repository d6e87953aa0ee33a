/**
 * Whether okrkit runs in a development build, for warnings a production page must not show.
 *
 * The dist keeps `process.env.NODE_ENV` as written (tsup does not replace it) so that the
 * HOST's bundler does: Vite, webpack, esbuild and Next.js turn it into a string literal, and
 * the answer is the host's build mode. In Node (SSR, tests) the real variable is read. Where
 * nothing replaced it and there is no `process` (a browser loading the file unbundled) the
 * read throws, and the answer is "no": a stray warning on a live page is the worse mistake.
 * A `typeof process` guard would not do: bundlers replace the expression, not `process`,
 * so it would silence every browser development build.
 * @example if (isDevelopment()) console.warn('okrkit: …');
 */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}
