import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The page, built from the current sources for this run. */
    distDir: string;
    /** An empty, initialised PGlite folder to copy: creating one takes seconds, copying it milliseconds. */
    pgliteTemplateDir: string;
  }
}

const appDirectory = fileURLToPath(new URL('..', import.meta.url));

async function buildPage(outDir: string): Promise<void> {
  // Vitest sets NODE_ENV=test, which would bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: appDirectory,
      configFile: join(appDirectory, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

async function initialisePglite(dataDir: string): Promise<void> {
  const db = await PGlite.create(dataDir);
  await db.close();
}

/**
 * Builds the page with Vite into a temp folder, so the tests serve what the sources say
 * now (turbo builds only this app's dependencies before `test`, not the app itself), and
 * initialises one empty PGlite folder that each test copies.
 */
export default async function setup(project: TestProject) {
  const root = await mkdtemp(join(tmpdir(), 'okrkit-demo-test-'));
  const distDir = join(root, 'dist');
  const pgliteTemplateDir = join(root, 'pglite-template');
  await Promise.all([buildPage(distDir), initialisePglite(pgliteTemplateDir)]);
  project.provide('distDir', distDir);
  project.provide('pgliteTemplateDir', pgliteTemplateDir);
  return async () => {
    await rm(root, { recursive: true, force: true });
  };
}
