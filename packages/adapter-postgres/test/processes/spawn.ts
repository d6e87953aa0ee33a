import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSseParser } from '@okrkit/adapter-rest';
import type { ChangeEvent } from '@okrkit/core';

const outDir = fileURLToPath(new URL(`../../node_modules/.okrkit-test-processes/${process.pid}/`, import.meta.url));

/** Removes what {@link buildHandlerProcess} wrote. */
export function removeHandlerProcessBuild(): void {
  rmSync(outDir, { recursive: true, force: true });
}

/**
 * Bundles `handler-process.ts` (TypeScript source of this package, so the test runs what it
 * tests without a prior build) into plain JavaScript that `node` runs. Dependencies stay
 * imports, resolved from this package's node_modules.
 */
export async function buildHandlerProcess(): Promise<string> {
  const { build } = await import('tsup');
  mkdirSync(outDir, { recursive: true });
  await build({
    entry: { 'handler-process': fileURLToPath(new URL('./handler-process.ts', import.meta.url)) },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    config: false,
    dts: false,
    silent: true,
    sourcemap: false,
    splitting: false,
    external: ['pg', /^@okrkit\//],
  });
  return join(outDir, 'handler-process.js');
}

/** A running handler process. */
export interface HandlerProcess {
  baseUrl: string;
  pid: number;
  stderr: () => string;
  stop(): Promise<void>;
}

/** Starts one handler process on `schema` and resolves once it listens. */
export function startHandlerProcess(script: string, databaseUrl: string, schema: string): Promise<HandlerProcess> {
  const child: ChildProcess = spawn(process.execPath, [script, databaseUrl, schema], { stdio: ['pipe', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`handler process did not start within 20 s: ${errors}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`handler process exited with ${code}: ${errors}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n')[0];
      if (!output.includes('\n') || !line) return;
      clearTimeout(timer);
      const { port, pid } = JSON.parse(line) as { port: number; pid: number };
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        pid,
        stderr: () => errors,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
          }),
      });
    });
  });
}

/** An SSE client of `/events`: collects the change events it hears, in order. */
export function listenTo(baseUrl: string, user = 'viewer', onEvent?: (event: ChangeEvent) => void) {
  const events: ChangeEvent[] = [];
  const abort = new AbortController();
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const done = (async () => {
    const response = await fetch(`${baseUrl}/events`, { headers: { 'x-user': user, accept: 'text/event-stream' }, signal: abort.signal });
    if (!response.ok || !response.body) throw new Error(`GET /events answered ${response.status}`);
    const parser = createSseParser((message) => {
      if (message.event !== 'change') return;
      const event = JSON.parse(message.data) as ChangeEvent;
      events.push(event);
      onEvent?.(event);
    });
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    for (;;) {
      const { value, done: finished } = await reader.read();
      if (finished) return;
      const text = decoder.decode(value, { stream: true });
      if (text.includes(': connected')) connected();
      parser.push(text);
    }
  })().catch((error: unknown) => {
    if (!abort.signal.aborted) throw error;
  });
  return { events, ready, done, close: () => abort.abort() };
}
