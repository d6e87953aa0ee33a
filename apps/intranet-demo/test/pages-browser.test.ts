import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { openDefaultPage, useDemoServer } from './helpers';

/** The name of the element that has focus, as a screen reader would start reading it. */
const focusedText = (page: Page) => page.evaluate(() => `${document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName}: ${document.activeElement?.textContent ?? ''}`);

describe('the Alignment and Weekly report pages in Chromium', () => {
  const demo = useDemoServer({ browser: true });

  /** A British browser signed in as the default person (Priya Nair, Growth), page errors collected. */
  async function openPage(): Promise<{ page: Page; failures: string[] }> {
    const opened = await openDefaultPage(demo);
    await expect(opened.page.getByLabel('Signed in as').inputValue()).resolves.toBe('priya-nair');
    return opened;
  }

  it('given the Alignment link followed by keyboard, the tree renders as a tree, ArrowDown moves focus, and a text filter keeps the match in view', async () => {
    const { page, failures } = await openPage();
    const nav = page.getByRole('navigation', { name: 'Intranet' });
    await nav.getByRole('link', { name: 'Alignment' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Alignment' }).waitFor();
    await expect(nav.getByRole('link', { name: 'Alignment' }).getAttribute('aria-current')).resolves.toBe('page');
    await expect(nav.getByRole('link', { name: 'OKRs' }).getAttribute('aria-current')).resolves.toBeNull();
    // Focus follows to the new page's heading.
    await expect(focusedText(page)).resolves.toBe('H1: Alignment');

    const tree = page.getByRole('tree', { name: 'Company alignment' });
    const items = tree.getByRole('treeitem');
    await items.filter({ hasText: 'Answer every customer quickly and well' }).waitFor();
    expect(await items.count()).toBeGreaterThanOrEqual(9);
    // One tab stop; ArrowDown moves focus to the next item.
    await tree.locator('[role="treeitem"][tabindex="0"]').focus();
    const before = await focusedText(page);
    expect(before).toMatch(/^treeitem: /);
    await page.keyboard.press('ArrowDown');
    const after = await focusedText(page);
    expect(after).toMatch(/^treeitem: /);
    expect(after).not.toBe(before);

    await page.getByRole('searchbox', { name: 'Search' }).fill('customer quickly');
    await tree.getByRole('treeitem').filter({ hasText: 'Lead technical innovation' }).waitFor({ state: 'detached' });
    const match = items.filter({ hasText: 'Answer every customer quickly and well' });
    await expect(match.isVisible()).resolves.toBe(true);
    // Its ancestors stay, so the match stays connected to the company.
    await expect(items.allTextContents()).resolves.toEqual([
      expect.stringContaining('Make Brightline the app our users open every day'),
      expect.stringContaining('Significantly increase user activity'),
      expect.stringContaining('Keep the users we win'),
      expect.stringContaining('Answer every customer quickly and well'),
    ]);
    await expect(page.getByText('1 match', { exact: true }).isVisible()).resolves.toBe(true);

    // Selecting it shows its card beside the tree.
    await match.click();
    const panel = page.getByRole('complementary', { name: 'Selected objective' });
    await panel.getByRole('article', { name: 'Answer every customer quickly and well' }).waitFor();
    await expect(match.getAttribute('aria-selected')).resolves.toBe('true');
    expect(failures).toEqual([]);
  });

  it('given the Weekly report page, a task added through the dialog is saved, still there after a reload, and read-only once submitted', async () => {
    const { page, failures } = await openPage();
    await page.goto(new URL('#/weekly-report', demo.server.url).href);
    const report = page.getByRole('article', { name: 'Your report this week' });
    // Created on the first visit, for the demo week in a British browser (weeks start on Monday).
    await report.getByText(/^2026-W07 · 9\s*–\s*15 Feb 2026 · by Priya Nair · Draft$/).waitFor();
    // Last week's teammate's report is there to read.
    const teamReports = page.getByRole('region', { name: 'Team reports' });
    await teamReports.getByText(/^Noah Fischer · 2026-W06 · 2\s*–\s*8 Feb 2026$/).waitFor();

    await report.getByRole('button', { name: 'Add task' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a task' });
    await dialog.getByLabel('Task').fill('Call the ten biggest churned accounts');
    await dialog.getByLabel('Key result').selectOption({ label: 'Monthly churn falls from 5 % to 3 %' });
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const grid = report.getByRole('grid', { name: 'Tasks' });
    await grid.getByRole('row').filter({ hasText: 'Call the ten biggest churned accounts' }).waitFor();
    await report.getByRole('status').filter({ hasText: /^Saved · / }).waitFor();

    await page.reload();
    const reloaded = page.getByRole('article', { name: 'Your report this week' });
    const row = reloaded.getByRole('grid', { name: 'Tasks' }).getByRole('row').filter({ hasText: 'Call the ten biggest churned accounts' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Monthly churn falls from 5 % to 3 %');
    // Saved, so the local backup has nothing newer to offer.
    await expect(reloaded.getByText(/^Restore unsaved changes/).count()).resolves.toBe(0);

    await reloaded.getByRole('button', { name: 'Submit', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Submit this report?' });
    await confirm.getByRole('button', { name: 'Submit report' }).click();
    await reloaded.getByText(/^Submitted /).waitFor();
    await expect(reloaded.getByRole('grid', { name: 'Tasks' }).getAttribute('aria-readonly')).resolves.toBe('true');
    await expect(reloaded.getByRole('button', { name: 'Add task' }).count()).resolves.toBe(0);
    await expect(reloaded.getByRole('button', { name: 'Reopen' }).isVisible()).resolves.toBe(true);
    expect(failures).toEqual([]);
  });
});
