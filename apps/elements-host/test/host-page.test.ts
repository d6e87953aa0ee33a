/**
 * The plain HTML host page in real Chromium, over the demo's server: okrkit's elements
 * render live data, check in, dispatch their events, share one store per `src`, keep the
 * page's CSS out and theirs in, and take the page's tokens, parts and colour scheme.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { startElementsHost, type ElementsHost } from '../server.mjs';

let dataDir: string;
let host: ElementsHost;
let browser: Browser;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'okrkit-elements-host-'));
  [host, browser] = await Promise.all([startElementsHost({ port: 0, dataDir: join(dataDir, 'pglite') }), chromium.launch(chromiumLaunchOptions)]);
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await rm(dataDir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  failures: string[];
  /** Every `/records` load the page made. */
  loads: string[];
}

async function openPage(): Promise<Opened> {
  const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 1000 } });
  const failures: string[] = [];
  const loads: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && failures.push(message.text())));
  page.on('request', (request) => void (new URL(request.url()).pathname.endsWith('/records') && loads.push(request.url())));
  // Listen before the elements load, from the document: the events are composed.
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { okrEvents: unknown[] }).okrEvents = seen;
    for (const type of ['okr-check-in-saved', 'okr-save-failed', 'okr-objective-selected', 'okr-objective-saved']) {
      document.addEventListener(type, (event) => seen.push({ type, target: (event.target as HTMLElement).id, detail: (event as CustomEvent).detail, composed: event.composed, bubbles: event.bubbles }));
    }
  });
  await page.goto(host.url);
  await page.locator('#card').getByRole('heading', { name: 'Keep the users we win' }).waitFor();
  return { page, failures, loads };
}

/** The text an element shows (its shadow root's; `innerText` of the host reads only its light DOM). */
function shownText(page: Page, hostSelector: string): Promise<string> {
  return page.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.textContent ?? '', hostSelector);
}

/** Computed styles of elements in an element's shadow root, by selector. */
function stylesIn(page: Page, hostSelector: string, selectors: string[], properties: string[]) {
  return page.evaluate(
    ({ hostSelector, selectors, properties }) => {
      const root = document.querySelector(hostSelector)?.shadowRoot;
      if (!root) throw new Error(`${hostSelector} has no shadow root`);
      return selectors.map((selector) => {
        const element = root.querySelector(selector);
        if (!element) throw new Error(`${hostSelector} has no ${selector}`);
        const style = getComputedStyle(element);
        return Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]));
      });
    },
    { hostSelector, selectors, properties },
  );
}

describe('okrkit elements on a plain HTML page', () => {
  it('given one script tag, every element renders live data from the server, in its locale, without errors', async () => {
    const { page, failures } = await openPage();
    expect(await page.locator('script').count()).toBe(1);
    await expect.poll(() => page.locator('#progress').getByRole('progressbar').count()).toBe(1);
    await page.locator('#list-element').getByRole('grid').waitFor({ timeout: 8000 });
    await page.locator('#list-element [data-objective-id="obj-retention"]').waitFor({ timeout: 8000 });
    await expect.poll(() => page.locator('#tree-element').getByRole('treeitem').count()).toBeGreaterThan(3);
    await page.locator('#report-element').getByRole('heading', { level: 2 }).first().waitFor({ timeout: 8000 });
    await page.locator('#timeline').getByRole('feed').waitFor({ timeout: 8000 });
    // German words (the de label set, a chunk beside the bundle) in the German card.
    await expect.poll(() => shownText(page, '#german-card')).toContain('Schlüsselergebnisse');
    expect(await shownText(page, '#card')).toContain('Monthly churn falls from 5 % to 3 %');
    expect(await shownText(page, '#report-element')).toContain('Churn at 4.2 % or lower after the second win-back wave');
    expect(failures).toEqual([]);
    await page.close();
  });

  it('given a check-in through <okr-objective-card>, its dialog opens inside the shadow root styled, okr-check-in-saved fires with the check-in, and the elements sharing the store update without a reload; one /records load in all', async () => {
    const { page, failures, loads } = await openPage();
    const card = page.locator('#card');
    await card.getByRole('button', { name: 'Check in: Monthly churn falls from 5 % to 3 %' }).click();
    const dialog = card.getByRole('dialog');
    await dialog.waitFor();
    // Portalled into the element's shadow root, where okrkit's stylesheet applies.
    const placement = await page.evaluate(() => {
      const dialogElement = document.querySelector('#card')?.shadowRoot?.querySelector('[role="dialog"]');
      return { inShadow: Boolean(dialogElement), inBody: Boolean(document.body.querySelector(':scope > [role="dialog"]')), position: dialogElement ? getComputedStyle(dialogElement).position : null };
    });
    expect(placement).toEqual({ inShadow: true, inBody: false, position: 'fixed' });
    const value = dialog.getByRole('spinbutton', { name: /New value/ });
    await value.fill('3.6');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const events = await page.evaluate(() => (window as unknown as { okrEvents: Array<{ type: string }> }).okrEvents.filter((event) => event.type === 'okr-check-in-saved'));
    expect(events).toEqual([
      {
        type: 'okr-check-in-saved',
        target: 'card',
        composed: true,
        bubbles: true,
        detail: expect.objectContaining({ keyResultId: 'kr-churn', objectiveId: 'obj-retention', overtook: false, checkIn: expect.objectContaining({ keyResultId: 'kr-churn', value: 3.6, authorId: 'priya-nair' }) }),
      },
    ]);
    // The progress bar, the timeline and the German card (same src and person) show it at once.
    await expect.poll(() => page.locator('#progress').getByRole('progressbar').getAttribute('aria-valuetext')).toMatch(/3\.6/);
    await expect.poll(() => shownText(page, '#german-card')).toMatch(/3,6/);
    await expect.poll(() => shownText(page, '#timeline')).toMatch(/^\S.*?4% → 3\.6%/);
    // One load of the OKRs for all seven elements (the weekly report's store loads its reports once, apart).
    expect(loads.filter((url) => !url.includes('weeklyReport'))).toHaveLength(1);
    expect(loads.filter((url) => url.includes('weeklyReport'))).toHaveLength(1);
    // It is on the server: a new page reads it back.
    const again = await openPage();
    await expect.poll(() => again.page.locator('#progress').getByRole('progressbar').getAttribute('aria-valuetext')).toMatch(/3\.6/);
    await again.page.close();
    expect(failures).toEqual([]);
    await page.close();
  });

  it('given the check-in dialog open, Esc closes it and focus goes back to its trigger inside the card', async () => {
    const { page } = await openPage();
    const trigger = page.locator('#card').getByRole('button', { name: 'Check in: Monthly churn falls from 5 % to 3 %' });
    await trigger.click();
    await page.locator('#card').getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#card').getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.querySelector('#card')?.shadowRoot?.activeElement?.getAttribute('data-slot'))).toBe('objective-card-check-in');
    await page.close();
  });

  it('given the check-in dialog open, focus starts in its first field and Tab and Shift+Tab stay inside it', async () => {
    const { page } = await openPage();
    await page.locator('#card').getByRole('button', { name: 'Check in: Monthly churn falls from 5 % to 3 %' }).click();
    await page.locator('#card').getByRole('dialog').waitFor();
    const focused = () =>
      page.evaluate(() => {
        const active = document.querySelector('#card')?.shadowRoot?.activeElement;
        return { inDialog: Boolean(active?.closest('[role="dialog"]')), isDialog: active?.getAttribute('role') === 'dialog', tag: active?.tagName ?? null };
      });
    await expect.poll(focused).toEqual({ inDialog: true, isDialog: false, tag: 'INPUT' });
    const first = await page.evaluate(() => document.querySelector('#card')?.shadowRoot?.activeElement?.outerHTML);
    const count = await page.evaluate(() => document.querySelector('#card')!.shadowRoot!.querySelector('[role="dialog"]')!.querySelectorAll('button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled])').length);
    for (let step = 0; step < count + 2; step += 1) {
      await page.keyboard.press('Tab');
      expect((await focused()).inDialog, `Tab ${step + 1} stays in the dialog`).toBe(true);
    }
    // Shift+Tab from the first field wraps to the last control, never out to the page.
    await page.evaluate(() => (document.querySelector('#card')!.shadowRoot!.querySelector('[role="dialog"] input') as HTMLInputElement).focus());
    expect(await page.evaluate(() => document.querySelector('#card')?.shadowRoot?.activeElement?.outerHTML)).toBe(first);
    await page.keyboard.press('Shift+Tab');
    expect((await focused()).inDialog).toBe(true);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('given hostile page CSS, the widgets compute the same styles; page rules do reach the page', async () => {
    const { page } = await openPage();
    await page.locator('#card').getByRole('button', { name: /^Check in:/ }).first().waitFor();
    const parts = ["[data-slot='objective-card']", "[data-slot='objective-card-check-in']", "[data-slot='objective-card-title']", "[role='progressbar']"];
    const properties = ['color', 'font-size', 'font-family', 'display', 'padding-top', 'background-color', 'border-top-width'];
    const before = await stylesIn(page, '#card', parts, properties);
    await page.addStyleTag({ content: 'button { color: red !important; font: 40px serif } * { display: inline } article, h3, div { padding: 3rem !important; background: yellow !important; border: 9px solid lime !important }' });
    await page.evaluate(() => {
      const probe = document.createElement('button');
      probe.id = 'probe';
      probe.textContent = 'A host button';
      document.body.append(probe);
    });
    expect(await page.locator('#probe').evaluate((probe) => getComputedStyle(probe).color)).toBe('rgb(255, 0, 0)');
    expect(await stylesIn(page, '#card', parts, properties)).toEqual(before);
    await page.close();
  });

  it("given okrkit's rules, none leak out: a light-DOM element with okrkit's slot and scheme stays unstyled", async () => {
    const { page } = await openPage();
    const outside = await page.evaluate(() => {
      const lookalike = document.createElement('article');
      lookalike.setAttribute('data-slot', 'objective-card');
      lookalike.setAttribute('data-color-scheme', 'dark');
      document.body.append(lookalike);
      const style = getComputedStyle(lookalike);
      return { padding: style.paddingTop, border: style.borderTopWidth, background: style.backgroundColor, token: style.getPropertyValue('--okr-color-background') };
    });
    expect(outside).toEqual({ padding: '0px', border: '0px', background: 'rgba(0, 0, 0, 0)', token: '' });
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    await page.close();
  });

  it('given --okr-* tokens from outside, the widgets take them; ::part() styles a part; every element adopts the one shared sheet', async () => {
    const { page } = await openPage();
    const background = () => stylesIn(page, '#card', ["[data-slot='objective-card']"], ['background-color']).then(([style]) => style?.['background-color']);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.evaluate(() => document.body.style.setProperty('--okr-color-background', 'rgb(1, 2, 3)'));
    expect(await background()).toBe('rgb(1, 2, 3)');
    await page.addStyleTag({ content: '#card::part(objective-card-title) { text-decoration-line: underline; }' });
    const [title] = await stylesIn(page, '#card', ["[data-slot='objective-card-title']"], ['text-decoration-line']);
    expect(title?.['text-decoration-line']).toBe('underline');
    const [otherTitle] = await stylesIn(page, '#german-card', ["[data-slot='objective-card-title']"], ['text-decoration-line']);
    expect(otherTitle?.['text-decoration-line']).toBe('none');
    const sheets = await page.evaluate(() => {
      const roots = [...document.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []));
      const first = roots[0]?.adoptedStyleSheets[0];
      return { roots: roots.length, allShare: roots.every((root) => root.adoptedStyleSheets.length === 1 && root.adoptedStyleSheets[0] === first), styleElements: roots.filter((root) => root.querySelector('style')).length };
    });
    expect(sheets).toEqual({ roots: 9, allShare: true, styleElements: 0 });
    await page.close();
  });

  it('given color-scheme="dark", that card uses the dark tokens; switching the attribute back makes it light', async () => {
    const { page } = await openPage();
    await page.locator('#dark-card').getByRole('heading').first().waitFor();
    const look = () => stylesIn(page, '#dark-card', ["[data-slot='objective-card']", "[data-slot='objective-card-title']"], ['background-color', 'color']);
    const [darkCard, darkTitle] = await look();
    expect(darkCard?.['background-color']).toBe('rgb(25, 25, 25)');
    expect(darkTitle?.color).toBe('rgb(227, 226, 224)');
    await page.locator('#dark-card').evaluate((element) => ((element as HTMLElement & { colorScheme: string }).colorScheme = 'light'));
    await expect.poll(async () => (await look())[0]?.['background-color']).toBe('rgb(255, 255, 255)');
    expect(await page.locator('#dark-card').getAttribute('color-scheme')).toBe('light');
    await page.close();
  });

  it('given no-panel on the list, opening a row dispatches okr-objective-selected with the objective', async () => {
    const { page } = await openPage();
    await page.locator('#list-element [data-objective-id="obj-retention"] [data-slot="objective-list-open"]').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { okrEvents: Array<{ type: string }> }).okrEvents.filter((event) => event.type === 'okr-objective-selected')))
      .toEqual([{ type: 'okr-objective-selected', target: 'list-element', composed: true, bubbles: true, detail: { objectiveId: 'obj-retention', source: 'objective-list' } }]);
    await page.close();
  });

  it('given a removed element, its React root unmounts; put back, it renders again', async () => {
    const { page } = await openPage();
    const count = () => page.evaluate(() => document.querySelector('#card')?.shadowRoot?.querySelectorAll("[data-slot='objective-card']").length ?? -1);
    expect(await count()).toBe(1);
    await page.evaluate(() => {
      const card = document.querySelector('#card');
      (window as unknown as { parked: Element | null }).parked = card;
      card?.remove();
    });
    await expect.poll(count).toBe(-1);
    await expect.poll(() => page.evaluate(() => (window as unknown as { parked: Element }).parked.shadowRoot?.querySelectorAll("[data-slot='objective-card']").length)).toBe(0);
    await page.evaluate(() => document.querySelector('main')?.append((window as unknown as { parked: Element }).parked));
    await expect.poll(count).toBe(1);
    await page.close();
  });
});
