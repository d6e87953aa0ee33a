import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { useDemoServer } from './helpers';

const churnTitle = 'Monthly churn falls from 5 % to 3 %';

describe('the intranet page in Chromium, with the @okrkit/react widgets', () => {
  const demo = useDemoServer({ browser: true });

  /** A page in a British browser, signed in as `personId`, with page errors collected. */
  async function openAs(personId: string, intro: string): Promise<{ page: Page; failures: string[] }> {
    const page = await demo.browser.newPage({ locale: 'en-GB' });
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && failures.push(message.text())));
    await page.goto(demo.server.url);
    await page.getByRole('heading', { level: 1, name: 'Objectives and key results' }).waitFor();
    await page.getByLabel('Signed in as').selectOption(personId);
    await page.getByText(intro).waitFor();
    return { page, failures };
  }

  it('given a Growth team member, when she checks in through the card’s dialog, the new value is still there after a reload', async () => {
    const { page, failures } = await openAs('priya-nair', 'Priya Nair, you can change the objectives of Brightline · Growth team');

    const churn = page.getByRole('listitem').filter({ hasText: churnTitle });
    await churn.getByRole('button', { name: `Current value of ${churnTitle}: 4%` }).waitFor();
    await churn.getByRole('button', { name: `Check in: ${churnTitle}` }).click();

    const dialog = page.getByRole('dialog', { name: `Check in: ${churnTitle}` });
    await dialog.getByText('Current value: 4%.').waitFor();
    await dialog.getByLabel('New value').fill('3.4');
    await dialog.getByLabel(/^Confidence/).fill('70');
    await dialog.getByLabel(/^Note/).fill('Win-back emails work');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Focus is back on the button that opened the dialog.
    await expect(churn.getByRole('button', { name: `Check in: ${churnTitle}` }).evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await churn.getByRole('button', { name: `Current value of ${churnTitle}: 3.4%` }).waitFor();

    await page.reload();
    const reloaded = page.getByRole('listitem').filter({ hasText: churnTitle });
    await reloaded.getByRole('button', { name: `Current value of ${churnTitle}: 3.4%` }).waitFor();
    await expect(reloaded.getByRole('progressbar').getAttribute('aria-valuetext')).resolves.toMatch(/^3\.4% of target 3%/);
    // Still signed in as the same person after the reload.
    await expect(page.getByLabel('Signed in as').inputValue()).resolves.toBe('priya-nair');
    expect(failures).toEqual([]);
  });

  it('given a Support lead, when she retitles a Growth objective in place, the refusal shows beside the text she typed, which stays', async () => {
    const { page, failures } = await openAs('lena-kovac', 'Lena Kovač, you can change the objectives of Brightline · Customer support');

    // The card is named by its title, which follows the draft while editing: find it by its team.
    const growth = page.getByRole('region', { name: 'Brightline · Growth team, Q1 2026' });
    await growth.getByRole('button', { name: 'Keep the users we win' }).click();
    const title = growth.getByRole('textbox', { name: 'Objective title' });
    await title.fill('Keep every user we win');
    await title.press('Enter');

    await growth.getByRole('alert').getByText('You are not allowed to make this change.').waitFor();
    await expect(title.inputValue()).resolves.toBe('Keep every user we win');
    await expect(title.getAttribute('aria-invalid')).resolves.toBe('true');
    // Nothing reached storage.
    const stored = (await (await fetch(new URL('api/okr/records', demo.server.url), { headers: { 'x-okrkit-user': 'priya-nair' } })).json()) as {
      records: { record: { id: string; title?: string } }[];
    };
    expect(stored.records.find((entry) => entry.record.id === 'obj-retention')?.record.title).toBe('Keep the users we win');
    // The browser logs the refused request (403) and nothing else.
    expect(failures.filter((failure) => !/status of 403/.test(failure))).toEqual([]);
  });

  it('given the page header, dark mode sets data-color-scheme on the app root and the scoring picker regrades every card', async () => {
    const { page } = await openAs('priya-nair', 'Priya Nair, you can change the objectives of Brightline · Growth team');
    const root = page.locator('.intranet');
    const card = page.getByRole('article', { name: 'Keep the users we win' });

    await page.getByRole('button', { name: 'Dark mode' }).click();
    await expect(root.getAttribute('data-color-scheme')).resolves.toBe('dark');
    // The host's --okr-color-background override reaches okrkit's card.
    await expect(card.evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.toBe('rgb(27, 32, 41)');

    const score = card.locator('[data-slot="objective-card-score-value"]');
    await expect(score.textContent()).resolves.toMatch(/^Score \d+% (Low|Medium|High)$/);
    await page.getByLabel('Scoring').selectOption('google');
    // Google grades: 0.0–1.0 in tenths, red, yellow or green.
    await score.filter({ hasText: /^Score [01]\.\d (Red|Yellow|Green)$/ }).waitFor();
  });
});
