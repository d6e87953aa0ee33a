import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDirectory = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(packageDirectory, 'dist');

/** Every file of the build a file reaches through relative imports (chunks and shared .d.ts files). */
function reachableFiles(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [join(dist, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), match[1]!);
      pending.push(existsSync(target) ? target : target.replace(/\.js$/, '.d.ts'));
    }
  }
  return [...seen];
}

const specifiers = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);

describe('given the built package', () => {
  it('when built, it has the two entry points that package.json exports', () => {
    const manifest = JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8')) as { exports: Record<string, { types?: string; import?: string }> };
    expect(Object.keys(manifest.exports)).toEqual(expect.arrayContaining(['.', './server']));
    for (const entry of ['.', './server']) {
      expect(existsSync(join(packageDirectory, manifest.exports[entry]!.types!)), `${entry} types`).toBe(true);
      expect(existsSync(join(packageDirectory, manifest.exports[entry]!.import!)), `${entry} module`).toBe(true);
    }
  });

  it('when the browser entry is followed through every chunk, its JavaScript and its types import nothing from node:', () => {
    if (!existsSync(join(dist, 'index.js'))) throw new Error('no dist/: run `pnpm --filter @okrkit/adapter-rest build` first');
    const files = [...reachableFiles('index.js'), ...reachableFiles('index.d.ts')];
    expect(files.length).toBeGreaterThanOrEqual(2);
    const nodeImports = files.flatMap((file) => specifiers(file).filter((specifier) => specifier.startsWith('node:')).map((specifier) => `${file}: ${specifier}`));
    expect(nodeImports).toEqual([]);
    // The server half stays out of the browser bundle.
    const javascript = reachableFiles('index.js').map((file) => readFileSync(file, 'utf8')).join('\n');
    expect(javascript).not.toMatch(/createOkrHandler|toNodeListener|IncomingMessage/);
  });

  it('when the server entry is built, it is the one that carries the handler and the Node bridge', async () => {
    const server = (await import(join(dist, 'server.js'))) as Record<string, unknown>;
    expect(typeof server['createOkrHandler']).toBe('function');
    expect(typeof server['toNodeListener']).toBe('function');
    const client = (await import(join(dist, 'index.js'))) as Record<string, unknown>;
    expect(typeof client['createRestAdapter']).toBe('function');
    expect(client['createOkrHandler']).toBeUndefined();
  });

  it('when a browser project with skipLibCheck: false and no Node types compiles against the client entry, it passes (no TS2591)', () => {
    // A throw-away consumer inside the package, so `@okrkit/core` resolves as it would for a host.
    const consumer = mkdtempSync(join(packageDirectory, 'node_modules', '.browser-consumer-'));
    try {
      writeFileSync(
        join(consumer, 'main.ts'),
        [
          `import { createRestAdapter, type RestAdapter } from '${join(dist, 'index.js')}';`,
          `export const adapter: RestAdapter = createRestAdapter({ baseUrl: '/api/okr' });`,
          '',
        ].join('\n'),
      );
      writeFileSync(
        join(consumer, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            module: 'ESNext',
            moduleResolution: 'Bundler',
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          files: ['main.ts'],
        }),
      );
      const tsc = join(packageDirectory, '..', '..', 'node_modules', 'typescript', 'bin', 'tsc');
      let output = '';
      try {
        execFileSync(process.execPath, [tsc, '-p', join(consumer, 'tsconfig.json')], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
      }
      expect(output).toBe('');
    } finally {
      rmSync(consumer, { recursive: true, force: true });
    }
  }, 60_000);
});
