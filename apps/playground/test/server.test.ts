import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMounts, startServer, type StartedServer as Started } from '../server.mjs';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends a request with the target exactly as given. (`fetch` would normalise `/../x` to
 * `/x` before sending, which is not what an attacker's client does.)
 */
function send(server: Started, target: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolveAnswer, reject) => {
    const outgoing = request({ host: '127.0.0.1', port: server.port, path: target, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolveAnswer({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const coreMount = defaultMounts.find((mount) => mount.prefix === '/core/');
if (!coreMount) throw new Error('the server mounts no /core/ folder');
const coreDist = coreMount.directory;
const repositoryRoot = resolve(coreDist, '../../..');

describe('the playground server', () => {
  let server: Started;

  beforeAll(async () => {
    server = await startServer({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('given port 0, it listens on a free port on 127.0.0.1 and reports its URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('given /, it serves the page as HTML with a content security policy', async () => {
    const answer = await send(server, '/');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
    expect(answer.body).toContain('<script type="module" src="/app.js"></script>');
  });

  it('given /, it maps every bare import of the core to a served module, allowed by a CSP hash', async () => {
    const answer = await send(server, '/');
    const json = /<script type="importmap">(.*?)<\/script>/s.exec(answer.body)?.[1];
    expect(json).toBeDefined();
    const importMap = JSON.parse(json ?? '{}') as { imports: Record<string, string> };
    const hash = createHash('sha256').update(json ?? '').digest('base64');
    expect(answer.headers['content-security-policy']).toContain(`'sha256-${hash}'`);
    const coreManifest = JSON.parse(readFileSync(join(coreDist, '../package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const name of Object.keys(coreManifest.dependencies ?? {})) {
      const url = importMap.imports[name];
      expect(url, name).toMatch(new RegExp(`^/vendor/${name}/`));
      const module = await send(server, url ?? '');
      expect(module.status, url).toBe(200);
      expect(module.headers['content-type'], url).toBe('text/javascript; charset=utf-8');
    }
  });

  it('given the page script, it serves it as JavaScript', async () => {
    const answer = await send(server, '/app.js');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.body).toContain("import('/core/index.js')");
  });

  it('given /core/index.js, it serves the built core as JavaScript', async () => {
    if (!existsSync(join(coreDist, 'index.js'))) {
      throw new Error(`${coreDist}/index.js is missing: build the core first (pnpm --filter @okrkit/core build)`);
    }
    const answer = await send(server, '/core/index.js');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.body).toContain('export');
  });

  it('given HEAD, it answers the headers without a body', async () => {
    const answer = await send(server, '/', 'HEAD');
    expect(answer.status).toBe(200);
    expect(Number(answer.headers['content-length'])).toBeGreaterThan(0);
    expect(answer.body).toBe('');
  });

  it('given another method, it answers 405', async () => {
    const answer = await send(server, '/', 'POST');
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
  });

  it.each(['/nope.html', '/core/nope.js', '/core/', '/core', '/public/index.html', '/.hidden', '//index.html'])(
    'given the unknown path %s, it answers 404',
    async (target) => {
      expect((await send(server, target)).status).toBe(404);
    },
  );

  it.each([
    '/../package.json',
    '/../../../package.json',
    '/core/../package.json',
    '/core/../../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2e%2e/%2e%2e/package.json',
    '/core/%2e%2e%2fpackage.json',
    '/..%2f..%2f..%2fpackage.json',
    '/%252e%252e/package.json',
    '/core/..%5cpackage.json',
    '/core/index.js%00.html',
    '/vendor/valibot/../../package.json',
    '/vendor/valibot/%2e%2e/package.json',
    '/%',
  ])('given the escaping or malformed path %s, it answers 404', async (target) => {
    // The files these paths aim at exist, so a 200 would be a real leak.
    expect(existsSync(join(repositoryRoot, 'package.json'))).toBe(true);
    const answer = await send(server, target);
    expect(answer.status).toBe(404);
    expect(answer.body).toBe('Not found\n');
  });
});

describe('startServer', () => {
  it('given a taken port, it falls back to a later free one', async () => {
    const first: Started = await startServer({ port: 0 });
    const second: Started = await startServer({ port: first.port });
    try {
      expect(second.port).toBeGreaterThan(first.port);
      expect(second.url).toBe(`http://127.0.0.1:${second.port}/`);
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('given a symlink inside a served folder that points outside it, it answers 404', async () => {
    const base = await mkdtemp(join(tmpdir(), 'okrkit-playground-'));
    const served = join(base, 'served');
    await mkdir(served);
    await writeFile(join(base, 'secret.txt'), 'secret');
    await writeFile(join(served, 'hello.txt'), 'hello');
    await symlink(join(base, 'secret.txt'), join(served, 'leak.txt'));
    const server: Started = await startServer({ port: 0, mounts: [{ prefix: '/', directory: served }] });
    try {
      expect((await send(server, '/hello.txt')).body).toBe('hello');
      expect((await send(server, '/leak.txt')).status).toBe(404);
    } finally {
      await server.close();
      await rm(base, { recursive: true, force: true });
    }
  });
});
