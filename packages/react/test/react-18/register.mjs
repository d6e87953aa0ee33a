// Loaded with `node --import` in the `react18` Vitest project (see vitest.config.ts).
//
// Vite's `resolve.alias` swaps React for React 18 in our own source only. Packages that
// Node loads directly still ask for `react` by name: react-dom@18 requires it, and pnpm
// links React 19 there (it satisfies react-dom's peer range), as it does for
// @testing-library/react and Radix. Two Reacts in one tree break hooks, so every request
// for `react`, `react-dom` or one of their subpaths is answered with the React 18 copy —
// for `require` (CommonJS) and for `import` (ES modules) alike.
import Module, { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const requireHere = createRequire(import.meta.url);
const STAND_INS = { react: 'react-18', 'react-dom': 'react-dom-18' };

/** `react-dom/client` → absolute path of `react-dom-18/client`; null for anything else. */
function react18Path(request) {
  const match = /^(react|react-dom)(\/.*)?$/.exec(request);
  return match ? requireHere.resolve(STAND_INS[match[1]] + (match[2] ?? '')) : null;
}

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveToReact18(request, ...rest) {
  return react18Path(request) ?? resolveFilename.call(this, request, ...rest);
};

const map = {};
for (const name of ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client', 'react-dom/server', 'react-dom/test-utils']) {
  map[name] = pathToFileURL(react18Path(name)).href;
}
const hooks = `
const map = ${JSON.stringify(map)};
export async function resolve(specifier, context, next) {
  return specifier in map ? { url: map[specifier], shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
