import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../vitest.config';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const storybookDir = path.resolve(packageDir, '../../.storybook');

// Storybook's in-browser "Run tests" button looks for a project named exactly
// `storybook:<absolute .storybook path>` in the package's file named vitest.config.ts;
// anything else and the button finds no tests (TOOLCHAIN.md).
describe('the Storybook test project', () => {
  const projects = (config.test?.projects ?? []) as { test?: { name?: string; browser?: { enabled?: boolean } }; plugins?: unknown[] }[];
  const storybook = projects.find((project) => project.test?.name?.startsWith('storybook:'));

  it('given vitest.config.ts, it holds one Storybook project named storybook:<absolute path of .storybook>', () => {
    expect(existsSync(path.join(packageDir, 'vitest.config.ts'))).toBe(true);
    expect(projects.filter((project) => project.test?.name?.startsWith('storybook:'))).toHaveLength(1);
    expect(storybook?.test?.name).toBe(`storybook:${storybookDir}`);
    expect(path.isAbsolute(storybook!.test!.name!.slice('storybook:'.length))).toBe(true);
    expect(existsSync(path.join(storybookDir, 'main.ts'))).toBe(true);
  });

  it('given that project, it runs the stories in a real browser through the Storybook plugin', () => {
    expect(storybook?.test?.browser?.enabled).toBe(true);
    expect(storybook?.plugins?.length).toBeGreaterThan(0);
  });
});
