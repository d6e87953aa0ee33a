import type { Change } from '@okrkit/core';
import type { Page } from 'playwright';
import type { BrowserCommand } from 'vitest/node';

/**
 * Browser commands (they run in Node, next to Playwright) that open a real second page of
 * the same origin, in the same browser context as the test page: a second tab that shares
 * IndexedDB and BroadcastChannel with it but has its own JavaScript realm. The page
 * loads the adapter's source through Vite's dev server, as an app would.
 */
const tabs = new Map<string, Page>();

interface SecondTabWindow {
  okrkitTab: {
    adapter: import('../src/index').BrowserAdapter;
    heard: unknown[];
  };
}

/** The browser context of the test page (typed loosely: the provider's context type lives in another package). */
function contextOf(context: Parameters<BrowserCommand>[0]) {
  return context as unknown as { page: Page; context: { newPage(): Promise<Page> } };
}

function tabOf(name: string): Page {
  const page = tabs.get(name);
  if (!page) throw new Error(`no second tab "${name}" is open`);
  return page;
}

const openSecondTab: BrowserCommand<[name: string, databaseName: string]> = async (context, name, databaseName) => {
  const { page: testPage, context: browserContext } = contextOf(context);
  const page = await browserContext.newPage();
  tabs.set(name, page);
  // Any same-origin document will do; the test page's own files are served at the root.
  await page.goto(new URL('/package.json', testPage.url()).href);
  // The specifier is passed in as data so that nothing here tries to bundle it.
  await page.evaluate(async ({ moduleUrl, databaseName }) => {
    const { createBrowserAdapter } = (await import(/* @vite-ignore */ moduleUrl)) as typeof import('../src/index');
    const adapter = createBrowserAdapter({ databaseName });
    const heard: unknown[] = [];
    adapter.subscribe((event) => heard.push(event));
    (window as unknown as SecondTabWindow).okrkitTab = { adapter, heard };
  }, { moduleUrl: '/src/index.ts', databaseName });
};

/** Applies a batch in the second tab; returns the applied changes, or the error's name and message. */
const applyInSecondTab: BrowserCommand<[name: string, changes: unknown[]]> = async (_context, name, changes) =>
  tabOf(name).evaluate(async (changes) => {
    try {
      return { applied: await (window as unknown as SecondTabWindow).okrkitTab.adapter.apply(changes as Change[]) };
    } catch (error) {
      return { error: { name: (error as Error).name, message: (error as Error).message } };
    }
  }, changes);

/** What the second tab has loaded from its own connection, and what its subscriber has heard. */
const readSecondTab: BrowserCommand<[name: string]> = async (_context, name) =>
  tabOf(name).evaluate(async () => {
    const { adapter, heard } = (window as unknown as SecondTabWindow).okrkitTab;
    return { loaded: await adapter.load(), heard };
  });

/** Closes the second tab for real (its connection and channel go with it). */
const closeSecondTab: BrowserCommand<[name: string]> = async (_context, name) => {
  await tabs.get(name)?.close();
  tabs.delete(name);
};

export const secondTabCommands = { openSecondTab, applyInSecondTab, readSecondTab, closeSecondTab };

declare module 'vitest/browser' {
  interface BrowserCommands {
    openSecondTab(name: string, databaseName: string): Promise<void>;
    applyInSecondTab(name: string, changes: unknown[]): Promise<{ applied?: unknown[]; error?: { name: string; message: string } }>;
    readSecondTab(name: string): Promise<{ loaded: { records: unknown[] }; heard: unknown[] }>;
    closeSecondTab(name: string): Promise<void>;
  }
}
