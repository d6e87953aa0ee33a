import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoServer } from '../server/demo-server.mjs';
import { startOn, tempDataDir } from './helpers';

const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

describe('the intranet page in Chromium', () => {
  let dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    [server, browser] = await Promise.all([
      startOn(dataDir.path),
      chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs }),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await dataDir?.remove();
  });

  it('given a Growth team member, when she records a check-in through the form, it is still there after a reload', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && failures.push(message.text())));

    await page.goto(server.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Objectives and key results' }).isVisible()).resolves.toBe(true);
    await page.getByLabel('Signed in as').selectOption('priya-nair');
    await page.getByText('Priya Nair, you can change the objectives of Brightline · Growth team').waitFor();

    const churn = page.getByRole('listitem', { name: 'Monthly churn falls from 5 % to 3 %' });
    await expect(churn.getByText('4% (from 5% to 3%)').isVisible()).resolves.toBe(true);
    await churn.getByRole('button', { name: /^Check in/ }).click();
    await churn.getByLabel('New value (%)').fill('3.4');
    await churn.getByLabel('Confidence').selectOption('0.7');
    await churn.getByLabel('Note (optional)').fill('Win-back emails work');
    await churn.getByRole('button', { name: 'Save check-in' }).click();
    await churn.getByRole('status').getByText('Check-in saved: 3.4%.').waitFor();

    await page.reload();
    const reloaded = page.getByRole('listitem', { name: 'Monthly churn falls from 5 % to 3 %' });
    await reloaded.getByText('3.4% (from 5% to 3%)').waitFor();
    await expect(reloaded.getByText(/Last check-in 15 Feb 2026 by Priya Nair · confidence 70% · “Win-back emails work”/).isVisible()).resolves.toBe(true);
    // Still signed in as the same person after the reload.
    await expect(page.getByLabel('Signed in as').inputValue()).resolves.toBe('priya-nair');
    expect(failures).toEqual([]);
  });
});
