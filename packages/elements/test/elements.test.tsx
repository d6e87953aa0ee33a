import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { createOkrStore, UnavailableError, type OkrStore } from '@okrkit/core';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineOkrElements, languageOf, OkrObjectiveCardElement, resolveSource, shadowCss, type OkrCheckInSavedDetail, type OkrFailureDetail } from '../src/index';

defineOkrElements();

/** The stylesheet as the build inlines it (Vitest, unlike the build, does not load CSS as text). */
const okrkitCss = readFileSync(fileURLToPath(import.meta.resolve('@okrkit/react/styles.css')), 'utf8');

async function loadedStore(options: { failWrites?: boolean } = {}): Promise<OkrStore> {
  const memory = createMemoryAdapter({ initial: domainExamples });
  const adapter = options.failWrites
    ? {
        ...memory,
        apply: async () => {
          throw new UnavailableError('offline');
        },
      }
    : memory;
  const store = createOkrStore({ adapter, now: () => new Date(domainExamplesNow) });
  await store.load();
  return store;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

afterEach(() => {
  document.body.replaceChildren();
});

describe('shadowCss', () => {
  it('given okrkit’s stylesheet, it drops the :root token block and gives every token use its default as fallback, so a page’s --okr-* inherit in', () => {
    expect(okrkitCss.length).toBeGreaterThan(10_000);
    const css = shadowCss(okrkitCss);
    expect(css).not.toMatch(/:root,\s*\[data-color-scheme\]\s*\{/);
    expect(css).toContain('var(--okr-color-background, #fff)');
    expect(css).toContain('var(--okr-space-4, 1rem)');
    // The dark scheme still declares its tokens on the element's root.
    expect(css).toContain("[data-color-scheme='dark']");
    expect(css).toMatch(/:host \{ all: initial; display: block;/);
    expect(css).not.toMatch(/var\(--okr-color-accent\)/);
  });
});

describe('resolveSource and languageOf', () => {
  it('resolves src against the page and refuses what is not an http(s) URL, saying which attribute', () => {
    expect(resolveSource('/api/okr/', 'https://intranet.example/team/')).toBe('https://intranet.example/api/okr');
    expect(resolveSource('javascript:alert(1)', 'https://intranet.example/')).toEqual(new Error('src: only http and https URLs are loaded ("javascript:" given)'));
    expect(resolveSource('x'.repeat(2049), 'https://intranet.example/')).toBeInstanceOf(Error);
  });

  it('maps a BCP 47 tag to one of okrkit’s label sets, or none', () => {
    expect(languageOf('de-CH')).toBe('de');
    expect(languageOf('zh_Hans')).toBe('zh');
    expect(languageOf('pt-BR')).toBeUndefined();
    expect(languageOf(null)).toBeUndefined();
  });
});

describe('<okr-objective-card>', () => {
  it('given the store property and an objective-id, it renders the card in its shadow root; the id attribute and property reflect each other', async () => {
    const card = document.createElement('okr-objective-card');
    expect(card).toBeInstanceOf(OkrObjectiveCardElement);
    card.store = await loadedStore();
    card.objectiveId = 'obj-retention';
    expect(card.getAttribute('objective-id')).toBe('obj-retention');
    card.setAttribute('color-scheme', 'dark');
    expect(card.colorScheme).toBe('dark');
    document.body.append(card);
    await settle();
    const root = card.shadowRoot;
    expect(root?.querySelector("[data-slot='okr-element']")?.getAttribute('data-color-scheme')).toBe('dark');
    expect(root?.querySelector("[data-slot='objective-card-title']")?.textContent).toBe('Keep the users we win');
    // data-slot is exposed as part.
    expect(root?.querySelector("[data-slot='objective-card-title']")?.getAttribute('part')).toBe('objective-card-title');
    card.objectiveId = 'obj-support';
    await settle();
    expect(root?.querySelector("[data-slot='objective-card-title']")?.textContent).toBe('Answer every customer quickly and well');
  });

  it('given no store and no src, or no objective-id, it renders nothing and says why on the console, once', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const card = document.createElement('okr-objective-card');
    document.body.append(card);
    await settle();
    card.setAttribute('locale', 'en-GB');
    await settle();
    expect(error.mock.calls.map(([message]) => message)).toEqual(['okrkit: <okr-objective-card> store: set the store property or the src attribute']);
    card.store = await loadedStore();
    await settle();
    expect(error.mock.calls.at(-1)?.[0]).toBe('okrkit: <okr-objective-card> objective-id: required (the id of the record to show)');
    expect(card.shadowRoot?.querySelector("[data-slot='objective-card']")).toBeNull();
    error.mockRestore();
  });

  it('given a check-in through its store view, okr-check-in-saved bubbles out of the element, composed, with the check-in; written to the store given', async () => {
    const store = await loadedStore();
    const card = document.createElement('okr-objective-card');
    card.store = store;
    card.objectiveId = 'obj-retention';
    const saved = vi.fn<(detail: OkrCheckInSavedDetail) => void>();
    document.addEventListener('okr-check-in-saved', (event) => saved((event as CustomEvent<OkrCheckInSavedDetail>).detail), { once: true });
    document.body.append(card);
    await settle();
    // The widgets' store is a view of the one given: writes go to it, and announce themselves.
    const button = card.shadowRoot?.querySelector<HTMLButtonElement>("[data-slot='objective-card-check-in']");
    expect(button).toBeTruthy();
    button?.click();
    await settle();
    const dialog = card.shadowRoot?.querySelector("[role='dialog']");
    expect(dialog, 'the dialog portals into the shadow root').toBeTruthy();
    const before = store.getSnapshot().okrSet.checkIns.length;
    dialog?.querySelector('form')?.requestSubmit();
    await vi.waitFor(() => expect(saved).toHaveBeenCalled());
    expect(saved.mock.calls[0]?.[0]).toMatchObject({ keyResultId: 'kr-churn', objectiveId: 'obj-retention', overtook: false, checkIn: { keyResultId: 'kr-churn' } });
    expect(store.getSnapshot().okrSet.checkIns).toHaveLength(before + 1);
  });
});

describe('failures', () => {
  it('given storage refusing a check-in, okr-save-failed carries the code, plain message, widget and record', async () => {
    const store = await loadedStore({ failWrites: true });
    const card = document.createElement('okr-objective-card');
    card.store = store;
    card.objectiveId = 'obj-retention';
    const failed = vi.fn<(detail: OkrFailureDetail) => void>();
    card.addEventListener('okr-save-failed', (event) => failed((event as CustomEvent<OkrFailureDetail>).detail));
    document.body.append(card);
    await settle();
    card.shadowRoot?.querySelector<HTMLButtonElement>("[data-slot='objective-card-check-in']")?.click();
    await settle();
    const form = card.shadowRoot?.querySelector<HTMLFormElement>("[role='dialog'] form");
    expect(form).toBeTruthy();
    form?.requestSubmit();
    await vi.waitFor(() => expect(failed).toHaveBeenCalled());
    
    expect(failed.mock.calls[0]?.[0]).toMatchObject({ code: 'unavailable', widget: 'check-in', action: 'save', kind: 'keyResult', recordId: 'kr-churn', message: expect.any(String) });
  });
});
