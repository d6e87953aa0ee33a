// The READMEs' code is the tested code: a block after `<!-- snippet: path -->` (or
// `path#region`, for the lines between `// #region name` and `// #endregion name`) must be
// that file's text exactly, so a README cannot drift from what the tests run.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readmes = ['README.md', ...readdirSync(path.join(root, 'packages')).map((name) => `packages/${name}/README.md`)].filter((file) => existsSync(path.join(root, file)));

/** Every marked snippet: the README, the file it names, the block's text. */
function snippets() {
  const found: { readme: string; source: string; block: string }[] = [];
  for (const readme of readmes) {
    const text = readFileSync(path.join(root, readme), 'utf8');
    for (const match of text.matchAll(/<!-- snippet: (\S+) -->\n+```\w*\n([\s\S]*?)\n```/g)) found.push({ readme, source: match[1]!, block: match[2]! });
  }
  return found;
}

function sourceText(source: string): string {
  const [file, region] = source.split('#') as [string, string | undefined];
  const text = readFileSync(path.join(root, file), 'utf8');
  if (!region) return text.trimEnd();
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === `// #region ${region}`);
  const end = lines.findIndex((line) => line.trim() === `// #endregion ${region}`);
  if (start < 0 || end < start) throw new Error(`${file} has no region ${region}`);
  const body = lines.slice(start + 1, end);
  const indent = Math.min(...body.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length));
  return body.map((line) => line.slice(indent)).join('\n').trimEnd();
}

describe('README snippets', () => {
  it('given the READMEs, they mark the snippets the tests run (both storage examples, the weekly-report page)', () => {
    const sources = snippets().map((snippet) => snippet.source);
    expect(sources).toEqual(expect.arrayContaining(['examples/own-storage/key-value-adapter.ts', 'examples/sql-storage/sql-adapter.ts#apply', 'packages/react/test/readme/weekly-report-page.tsx']));
  });

  it.each(snippets().map((snippet) => [`${snippet.readme} → ${snippet.source}`, snippet] as const))('given %s, the block is the file’s text', (_name, snippet) => {
    expect(snippet.block).toBe(sourceText(snippet.source));
  });
});
