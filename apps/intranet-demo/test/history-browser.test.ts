import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { openDefaultPage, useDemoServer } from './helpers';

describe('team summaries and the check-in timeline in Chromium', () => {
  const demo = useDemoServer({ browser: true });

  const openPage = () => openDefaultPage(demo);

  /** Opens the Alignment page with one objective selected; returns the side panel. */
  async function selectOnAlignment(page: Page, title: string) {
    await page.goto(new URL('#/alignment', demo.server.url).href);
    await page.getByRole('searchbox', { name: 'Search' }).fill(title);
    const tree = page.getByRole('tree', { name: 'Company alignment' });
    await tree.getByRole('treeitem').filter({ hasText: title }).first().click();
    const panel = page.getByRole('complementary', { name: 'Selected objective' });
    await panel.getByRole('article', { name: title }).waitFor();
    return panel;
  }

  it('given the OKR board, each team starts with its summary: numbers by status in a table that add up, and the net confidence score', async () => {
    const { page, failures } = await openPage();
    const summary = page.getByRole('region', { name: 'Summary: Brightline · Growth team, Q1 2026' });
    await summary.waitFor();
    const status = summary.getByRole('region', { name: 'Objectives by status' });
    const underWay = Number((await status.getByText(/ under way$/).textContent())?.split(' ')[0]);
    const counts = (await status.getByRole('table').getByRole('cell').allTextContents()).map(Number);
    expect(underWay).toBeGreaterThan(0);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(underWay);
    await expect(summary.getByRole('region', { name: 'Net confidence score' }).isVisible()).resolves.toBe(true);
    // One summary per team section on the board.
    const teams = await page.locator('.board-team').count();
    expect(await page.getByRole('region', { name: /^Summary: / }).count()).toBe(teams - (await page.locator('.board-team[aria-label^="No team"]').count()));
    expect(failures).toEqual([]);
  });

  it('given one of her team’s objectives, Priya corrects its latest check-in in the side panel; the card follows, the server keeps it after a reload, and a confirmed delete falls back to the previous reading', async () => {
    const { page, failures } = await openPage();
    let panel = await selectOnAlignment(page, 'Keep the users we win');
    // Above the feed, each of the objective's two KRs has its burn-up chart, an image named by its summary.
    await panel.getByRole('region', { name: 'Progress over time' }).getByRole('img').first().waitFor();
    await expect(panel.getByRole('region', { name: 'Progress over time' }).getByRole('img').count()).resolves.toBe(2);
    // The churn KR's latest check-in (the onboarding KR was checked in the same day).
    const churnOn = (date: string) => panel.getByRole('feed', { name: 'Check-ins' }).getByRole('article', { name: new RegExp(`^Monthly churn .+, ${date}$`) });
    const newest = churnOn('13 Feb 2026');
    await newest.getByText('4.2% → 4%').waitFor();
    await newest.getByText('Priya Nair', { exact: true }).waitFor();

    await newest.getByRole('button', { name: 'Edit check-in' }).click();
    const value = newest.getByRole('textbox', { name: 'Value' });
    await value.fill('3.9');
    await value.press('Enter');
    await newest.getByText('4.2% → 3.9%').waitFor();
    await expect(panel.getByRole('article', { name: 'Keep the users we win' }).textContent()).resolves.toContain('3.9%');

    await page.reload();
    panel = await selectOnAlignment(page, 'Keep the users we win');
    const afterReload = churnOn('13 Feb 2026');
    await afterReload.getByText('4.2% → 3.9%').waitFor();

    const before = await panel.getByRole('feed', { name: 'Check-ins' }).getByRole('article').count();
    await afterReload.getByRole('button', { name: 'Delete check-in' }).click();
    const confirm = afterReload.getByRole('group', { name: /^Delete this check-in\?/ });
    await confirm.getByRole('button', { name: 'Delete check-in' }).click();
    await expect.poll(() => panel.getByRole('feed', { name: 'Check-ins' }).getByRole('article').count()).toBe(before - 1);
    await churnOn('6 Feb 2026').getByText('4.4% → 4.2%').waitFor();
    await expect(churnOn('13 Feb 2026').count()).resolves.toBe(0);
    await expect(panel.getByRole('article', { name: 'Keep the users we win' }).textContent()).resolves.toContain('4.2%');
    expect(failures).toEqual([]);
  });

  it('given another team’s objective, the timeline reads the same but offers no Edit or Delete (the server would refuse them)', async () => {
    const { page, failures } = await openPage();
    const panel = await selectOnAlignment(page, 'Answer every customer quickly and well');
    const feed = panel.getByRole('feed', { name: 'Check-ins' });
    await feed.getByRole('article').first().waitFor();
    expect(await feed.getByRole('article').count()).toBeGreaterThan(1);
    await expect(feed.getByRole('button', { name: /Edit check-in|Delete check-in/ }).count()).resolves.toBe(0);
    // Authors are named from the directory, never by id.
    await expect(feed.textContent()).resolves.not.toMatch(/lena-kovac/);
    expect(failures).toEqual([]);
  });
});
