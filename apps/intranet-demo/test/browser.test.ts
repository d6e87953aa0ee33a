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

  it('given a Support lead, the Growth team’s cards are read-only for her (the shared policy), while her own team’s stay editable', async () => {
    const { page, failures } = await openAs('lena-kovac', 'Lena Kovač, you can change the objectives of Brightline · Customer support');

    const growth = page.getByRole('region', { name: 'Brightline · Growth team, Q1 2026' });
    await growth.getByRole('article', { name: 'Keep the users we win' }).waitFor();
    // No edit affordance on the title, no check-in: the server would refuse both.
    await expect(growth.getByRole('button', { name: 'Keep the users we win' }).count()).resolves.toBe(0);
    await expect(growth.getByRole('button', { name: `Check in: ${churnTitle}` }).count()).resolves.toBe(0);
    const support = page.getByRole('region', { name: 'Brightline · Customer support, Q1 2026' });
    await support.getByRole('button', { name: 'Answer every customer quickly and well' }).waitFor();
    expect(failures).toEqual([]);
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
