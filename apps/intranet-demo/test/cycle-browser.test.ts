import { readFile } from 'node:fs/promises';
import { createRestAdapter } from '@okrkit/adapter-rest';
import { createOkrStore, type Change, type PlanningCycle } from '@okrkit/core';
import { createCycleStore, voteIdOf } from '@okrkit/core/cycle';
import type { BrowserContext, Locator, Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../server/demo-server.mjs';
import { PLANNING_CYCLE_ID } from '../shared/planning.mjs';
import { useDemoServer, type DemoTestContext } from './helpers';

type Stored = { kind: string; record: { id: string } & Record<string, unknown>; version: number };

/** What `GET /records` sends to `personId`. */
async function recordsSeenBy(server: DemoServer, personId: string): Promise<Stored[]> {
  const response = await fetch(new URL('api/okr/records', server.url), { headers: { 'x-okrkit-user': personId } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { records: Stored[] }).records;
}

async function storedCycle(server: DemoServer): Promise<{ record: PlanningCycle; version: number }> {
  const entry = (await recordsSeenBy(server, 'tom-becker')).find((candidate) => candidate.kind === 'planningCycle')!;
  return { record: entry.record as unknown as PlanningCycle, version: entry.version };
}

/** POSTs `changes` as `personId`, the way the REST client does; the response's status. */
async function statusOfWrite(server: DemoServer, personId: string, changes: Change[]): Promise<number> {
  const response = await fetch(new URL('api/okr/changes', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-okrkit-user': personId },
    body: JSON.stringify({ changes }),
  });
  return response.status;
}

/**
 * A page in a British browser that may use the clipboard (the announcement's copy buttons), on
 * `hash`, signed in as `personId`; page errors and console errors collected in `failures`.
 */
async function openAs(demo: DemoTestContext, personId: string, hash: string): Promise<{ page: Page; context: BrowserContext; failures: string[] }> {
  const context = await demo.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(demo.server.url).origin });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && failures.push(message.text())));
  await page.goto(new URL(hash, demo.server.url).href);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await signInAs(page, personId);
  return { page, context, failures };
}

/** "Signed in as" in the header, then waits for the page's intro to greet that person. */
async function signInAs(page: Page, personId: string): Promise<void> {
  await page.getByLabel('Signed in as').selectOption(personId);
  const name = await page.getByLabel('Signed in as').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]!.textContent!.split(' — ')[0]!);
  await page.locator('.intro').filter({ hasText: `${name},` }).first().waitFor();
}

const boardOf = (page: Page) => page.getByRole('region', { name: 'Planning: Q2 2026' });

async function propose(page: Page, title: string, strategy: string): Promise<void> {
  const board = boardOf(page);
  await board.getByRole('button', { name: 'Propose an objective' }).click();
  await board.getByLabel('Objective', { exact: true }).fill(title);
  await board.getByLabel('Strategy it answers').fill(strategy);
  await board.getByRole('button', { name: 'Submit proposal' }).click();
  await board.getByRole('listitem', { name: title }).waitFor();
}

/** The titles of the ballot's rows, best first (each row is named "title: place i of n"). */
async function ballotOrder(ballot: Locator): Promise<string[]> {
  const names = await ballot.getByRole('list', { name: 'Your vote' }).getByRole('listitem').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
  return names.map((name) => name.replace(/: place \d+ of \d+$/, ''));
}

/** Ranks two proposals with the keyboard (Alt+↓ on the focused first row) and saves the vote. */
async function voteFor(page: Page, first: string, second: string): Promise<void> {
  const ballot = page.getByRole('region', { name: 'Your vote' });
  await ballot.getByRole('list', { name: 'Your vote' }).waitFor();
  if ((await ballotOrder(ballot))[0] !== first) {
    const row = ballot.getByRole('listitem', { name: `${second}: place 1 of 2` });
    await row.focus();
    await row.press('Alt+ArrowDown');
    await ballot.getByRole('status').filter({ hasText: `${second}: place 2 of 2` }).waitFor();
  }
  expect(await ballotOrder(ballot)).toEqual([first, second]);
  await ballot.getByRole('button', { name: 'Save my vote' }).click();
  await ballot.getByText('Your vote is saved. Voting again replaces it.').waitFor();
}

/** The CEO moves the cycle on to `phase` (one step). */
async function moveOnTo(page: Page, phase: string): Promise<void> {
  const board = boardOf(page);
  await board.getByRole('button', { name: `Move on to ${phase}` }).click();
  await board.getByRole('navigation', { name: 'Phases' }).locator('[aria-current="step"]').filter({ hasText: phase }).waitFor();
}

const sales = 'Open a partner sales channel in Germany';
const support = 'Answer every question in the customer’s language';
const strategyGrow = 'Grow market share in Europe';
const strategyKeep = 'Keep the customers we win';
const cascadedTitle = 'Sign ten partner agencies in Germany';

describe('planning Q2 and closing Q1 in Chromium, through the Planning and Review pages', () => {
  const demo = useDemoServer({ browser: true });

  it('given the seeded Q2 cycle, two employees propose, a manager comments, three managers vote, the CEO confirms the tally and cascades a department objective; the API, a reload and the announcement export agree', async () => {
    const { page, context, failures } = await openAs(demo, 'noah-fischer', '#/planning');
    await page.getByRole('heading', { level: 1, name: 'Planning' }).waitFor();
    await propose(page, sales, strategyGrow);
    await signInAs(page, 'ines-duarte');
    await propose(page, support, strategyKeep);

    await signInAs(page, 'amara-osei');
    await moveOnTo(page, 'Screening');

    // A manager discusses a proposal, then ranks both.
    await signInAs(page, 'jonas-weber');
    const proposal = boardOf(page).getByRole('listitem', { name: sales });
    await proposal.getByText('Discussion (0)').click();
    await proposal.getByRole('radio', { name: 'Against' }).check();
    await proposal.getByLabel('Comment', { exact: true }).fill('Germany first needs a partner manager: who would that be?');
    await proposal.getByRole('button', { name: 'Post' }).click();
    await proposal.getByText('Discussion (1)').waitFor();
    await proposal.getByText('Germany first needs a partner manager: who would that be?').waitFor();
    await voteFor(page, sales, support);
    // The proposer answers in his own proposal's discussion (the policy sees whose proposal it is).
    await signInAs(page, 'noah-fischer');
    const own = boardOf(page).getByRole('listitem', { name: sales });
    await own.getByText('Discussion (1)').click();
    await own.getByRole('button', { name: 'Reply' }).click();
    await own.getByLabel('Reply', { exact: true }).fill('I would, with the Berlin agency we already work with.');
    await own.getByRole('button', { name: 'Post' }).first().click();
    await own.getByText('Discussion (2)').waitFor();
    await own.getByText('I would, with the Berlin agency we already work with.').waitFor();
    await signInAs(page, 'priya-nair');
    await voteFor(page, support, sales);
    await signInAs(page, 'lena-kovac');
    await voteFor(page, sales, support);

    // Borda count over two proposals: a first place earns 2 points, a second 1.
    const tally = page.getByRole('region', { name: 'Tally' });
    await tally.getByText('Ballots counted: 3').waitFor();
    const rows = await tally.getByRole('row').evaluateAll((cells) => cells.slice(1).map((row) => Array.from(row.children, (cell) => cell.textContent)));
    expect(rows).toEqual([
      ['1', sales, '5', '3', '2'],
      ['2', support, '4', '3', '1'],
    ]);

    await signInAs(page, 'amara-osei');
    await moveOnTo(page, 'Preliminary presentation');
    await moveOnTo(page, 'Confirmation');
    const decision = page.getByRole('region', { name: 'Decision' });
    await decision.getByRole('button', { name: 'Confirm' }).click();
    await decision.getByText('Confirmed by Amara Osei').waitFor();
    await expect(decision.getByRole('listitem').allTextContents()).resolves.toEqual([sales, support]);
    await moveOnTo(page, 'Alignment');

    const cascade = page.getByRole('region', { name: 'Cascade to departments' });
    await cascade.getByLabel('Confirmed objective').selectOption({ label: sales });
    await cascade.getByLabel('Department', { exact: true }).selectOption('brightline-growth');
    await cascade.getByLabel('Department objective').fill(cascadedTitle);
    await cascade.getByRole('button', { name: 'Draft for the department' }).click();
    await cascade.getByRole('status').filter({ hasText: `Drafted for Brightline · Growth team: ${cascadedTitle}` }).waitFor();
    await cascade.getByRole('list', { name: 'Department objectives' }).getByRole('article', { name: cascadedTitle }).waitFor();

    // The announcement: company OKRs in the confirmed order, in the preview and the Markdown copied.
    const announcement = page.getByRole('region', { name: 'Announcement preview' });
    const preview = (await announcement.locator('pre').textContent()) ?? '';
    expect(preview.indexOf(sales)).toBeGreaterThan(preview.indexOf('COMPANY'));
    expect(preview.indexOf(support)).toBeGreaterThan(preview.indexOf(sales));
    await announcement.getByRole('button', { name: 'Copy Markdown' }).click();
    await announcement.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^# .*OKRs: Q2 2026/);
    expect(markdown).toContain(sales);
    expect(markdown).toContain(support);

    // What the server holds.
    const records = await recordsSeenBy(demo.server, 'tom-becker');
    const objectiveTitled = (title: string) => records.find((entry) => entry.kind === 'objective' && entry.record.title === title)!.record;
    expect(objectiveTitled(sales)).toMatchObject({ state: 'active', priority: 1, periodId: 'q2-2026', ownerId: 'noah-fischer' });
    expect(objectiveTitled(support)).toMatchObject({ state: 'active', priority: 2, ownerId: 'ines-duarte' });
    expect(objectiveTitled(cascadedTitle)).toMatchObject({ state: 'draft', parentId: objectiveTitled(sales).id, teamId: 'brightline-growth', periodId: 'q2-2026' });
    const { record: cycle } = await storedCycle(demo.server);
    expect(cycle).toMatchObject({ phase: 'alignment', decision: { confirmerId: 'amara-osei' } });
    expect(cycle.decision!.order).toEqual(cycle.decision!.talliedOrder);
    expect(records.filter((entry) => entry.kind === 'vote').map((entry) => entry.record.voterId).sort()).toEqual(['jonas-weber', 'lena-kovac', 'priya-nair']);
    const comments = records.filter((entry) => entry.kind === 'proposalComment').map((entry) => entry.record);
    expect(comments).toEqual([
      expect.objectContaining({ authorId: 'jonas-weber', stance: 'against' }),
      expect.objectContaining({ authorId: 'noah-fischer', text: 'I would, with the Berlin agency we already work with.' }),
    ]);
    expect(comments[1]!.replyToId).toBe(comments[0]!.id);

    await page.reload();
    await boardOf(page).getByRole('navigation', { name: 'Phases' }).locator('[aria-current="step"]').filter({ hasText: 'Alignment' }).waitFor();
    await page.getByRole('region', { name: 'Decision' }).getByText('Confirmed by Amara Osei').waitFor();
    await page.getByRole('region', { name: 'Cascade to departments' }).getByRole('article', { name: cascadedTitle }).waitFor();
    await expect(page.getByRole('region', { name: 'Announcement preview' }).locator('pre').textContent()).resolves.toContain(sales);
    expect(failures).toEqual([]);
    await context.close();
  }, 120_000);

  it('given Q1, the Growth lead closes her objective with an adjusted grade and carries it into Q2, the Support lead closes hers; closed cards show result and grade and offer no check-in', async () => {
    const { page, context, failures } = await openAs(demo, 'priya-nair', '#/review');
    await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    const growth = page.getByRole('region', { name: 'Brightline · Growth team, Q1 2026' });
    const retention = growth.getByRole('article', { name: 'Keep the users we win' });
    await retention.getByRole('button', { name: 'Check in: Monthly churn falls from 5 % to 3 %' }).waitFor();
    await retention.getByRole('button', { name: 'Close out' }).click();

    const dialog = page.getByRole('dialog', { name: 'Close out: Keep the users we win' });
    const churnGrade = dialog.getByLabel('Final grade of Monthly churn falls from 5 % to 3 %');
    // Percent scoring (the page's default): churn went from 5 % to 4 % on the way to 3 %, half way.
    await dialog.getByText('Suggested: 50', { exact: true }).waitFor();
    await churnGrade.fill('40');
    await dialog.getByLabel('Why the grade of Monthly churn falls from 5 % to 3 % differs').fill('February’s figure counts a one-off refund wave');
    await dialog.getByRole('radio', { name: 'Carried over' }).check();
    await dialog.getByLabel('Next period').selectOption({ label: 'Q2 2026' });
    // Every key result continues unless unticked: the checklist shipped, only churn goes on.
    await dialog.getByRole('checkbox', { name: 'Monthly churn falls from 5 % to 3 %' }).check();
    await dialog.getByRole('checkbox', { name: 'Ship the in-app onboarding checklist' }).uncheck();
    await dialog.getByLabel('What was met').fill('The onboarding checklist shipped');
    await dialog.getByLabel('What was missed, and why').fill('Churn: the win-back offer came late in the quarter');
    await dialog.getByLabel('Lessons for the next cycle').fill('Start the win-back wave in week one');
    await dialog.getByRole('button', { name: 'Close objective' }).click();
    await dialog.waitFor({ state: 'detached' });

    const closedSummary = retention.locator('[data-slot="objective-card-closed"]');
    await closedSummary.getByText(/^Closed · Carried over · grade \d+%$/).waitFor();
    await expect(retention.getByRole('button', { name: /^Check in/ }).count()).resolves.toBe(0);
    await expect(retention.getByRole('button', { name: 'Close out' }).count()).resolves.toBe(0);
    const carried = page.getByRole('region', { name: 'Carried over into Q2 2026' }).getByRole('article', { name: 'Keep the users we win' });
    await carried.waitFor();

    // The Support lead closes her team's objective; the Growth team's is no longer hers to touch.
    await signInAs(page, 'lena-kovac');
    const supportCard = page.getByRole('region', { name: 'Brightline · Customer support, Q1 2026' }).getByRole('article', { name: 'Answer every customer quickly and well' });
    await supportCard.getByRole('button', { name: 'Close out' }).click();
    const supportDialog = page.getByRole('dialog', { name: 'Close out: Answer every customer quickly and well' });
    await supportDialog.getByRole('radio', { name: 'Missed' }).check();
    await supportDialog.getByLabel('What was missed, and why').fill('Response times slipped in the January peak');
    await supportDialog.getByRole('button', { name: 'Close objective' }).click();
    await supportDialog.waitFor({ state: 'detached' });
    await supportCard.locator('[data-slot="objective-card-closed"]').getByText(/^Closed · Missed · grade /).waitFor();

    // The server: one close-out each, the adjusted grade with its reason, the continuation in Q2
    // with the churn KR starting where Q1 ended and no check-in copied.
    const records = await recordsSeenBy(demo.server, 'tom-becker');
    const closeOuts = new Map(records.filter((entry) => entry.kind === 'closeOut').map((entry) => [entry.record.objectiveId as string, entry.record]));
    expect(closeOuts.get('obj-support')).toMatchObject({ result: 'missed', retrospective: { missed: 'Response times slipped in the January peak' } });
    const retentionCloseOut = closeOuts.get('obj-retention') as unknown as { result: string; grade: number; keyResults: { keyResultId: string; suggestedGrade: number; grade: number; adjustmentReason?: string }[]; carriedOverToId: string; retrospective: object };
    expect(retentionCloseOut).toMatchObject({ result: 'carried-over', retrospective: { lessons: 'Start the win-back wave in week one' } });
    expect(retentionCloseOut.keyResults.find((grade) => grade.keyResultId === 'kr-churn')).toEqual({ keyResultId: 'kr-churn', suggestedGrade: 50, grade: 40, adjustmentReason: 'February’s figure counts a one-off refund wave' });
    const byId = new Map(records.map((entry) => [entry.record.id, entry.record]));
    expect(byId.get('obj-retention')).toMatchObject({ state: 'closed' });
    expect(byId.get(retentionCloseOut.carriedOverToId)).toMatchObject({ title: 'Keep the users we win', periodId: 'q2-2026', state: 'draft', teamId: 'brightline-growth' });
    const churn = byId.get('kr-churn') as unknown as { metric: { current: number; target: number } };
    const continued = records.filter((entry) => entry.kind === 'keyResult' && entry.record.objectiveId === retentionCloseOut.carriedOverToId).map((entry) => entry.record as unknown as { id: string; title: string; metric: { start: number; current: number; target: number } });
    expect(continued).toHaveLength(1);
    expect(continued[0]).toMatchObject({ title: 'Monthly churn falls from 5 % to 3 %', metric: { start: churn.metric.current, current: churn.metric.current, target: churn.metric.target } });
    expect(records.filter((entry) => entry.kind === 'checkIn' && entry.record.keyResultId === continued[0]!.id)).toEqual([]);

    await page.reload();
    const reloaded = page.getByRole('region', { name: 'Brightline · Growth team, Q1 2026' }).getByRole('article', { name: 'Keep the users we win' });
    // The grade the card shows is the close-out's, as stored.
    await reloaded.locator('[data-slot="objective-card-closed"]').getByText(`Closed · Carried over · grade ${retentionCloseOut.grade}%`, { exact: true }).waitFor();
    await expect(reloaded.getByRole('button', { name: /^Check in/ }).count()).resolves.toBe(0);

    // The period review at the end of the page: both closed objectives with their stored grades
    // and the lesson typed above; the rest of Q1 still open.
    const review = page.getByRole('region', { name: 'Review: Q1 2026' });
    const supportCloseOut = closeOuts.get('obj-support') as unknown as { grade: number };
    const lessonsOf = review.getByRole('region', { name: 'Lessons' });
    const lessonTitles = () => lessonsOf.getByRole('listitem').evaluateAll((items) => items.map((item) => item.querySelector('h3')?.textContent ?? ''));
    await lessonsOf.getByRole('listitem', { name: 'Keep the users we win' }).waitFor();
    expect((await lessonTitles()).sort()).toEqual(['Answer every customer quickly and well', 'Keep the users we win']);
    const retentionLesson = lessonsOf.getByRole('listitem', { name: 'Keep the users we win' });
    await retentionLesson.getByText(new RegExp(`^Brightline · Growth team · Carried over · grade ${retentionCloseOut.grade}% · \\S`)).waitFor();
    await retentionLesson.getByText('Start the win-back wave in week one', { exact: true }).waitFor();
    await lessonsOf.getByRole('listitem', { name: 'Answer every customer quickly and well' }).getByText(new RegExp(`Missed · grade ${supportCloseOut.grade}% ·`)).waitFor();
    const figures = review.getByRole('region', { name: 'Summary' });
    await expect(figures.locator('[data-slot="period-review-closed"]').textContent()).resolves.toBe('2');
    const stillOpen = Number(await figures.locator('[data-slot="period-review-open"]').textContent());
    expect(stillOpen).toBeGreaterThan(0);
    await figures.getByText(`Not closed yet: ${stillOpen} still open. The review shows the 2 closed so far.`).waitFor();
    const teamRows = () => review.getByRole('region', { name: 'By team' }).getByRole('row').evaluateAll((rows) => rows.slice(1).map((row) => row.querySelector('th')?.textContent ?? ''));
    expect((await teamRows()).sort()).toEqual(['Brightline · Customer support', 'Brightline · Growth team']);

    // The team filter narrows every part of it to the Growth team.
    await review.getByLabel('Team', { exact: true }).selectOption({ label: 'Brightline · Growth team' });
    await expect.poll(lessonTitles).toEqual(['Keep the users we win']);
    expect(await teamRows()).toEqual(['Brightline · Growth team']);
    await expect(figures.locator('[data-slot="period-review-closed"]').textContent()).resolves.toBe('1');

    // The export is what is shown: Growth only, as Markdown, copied and downloaded alike.
    const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');
    const exportPart = review.getByRole('region', { name: 'Export' });
    await exportPart.getByRole('button', { name: 'Copy Markdown' }).click();
    await exportPart.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    const copied = plain(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.startsWith('# Review: Q1 2026\n')).toBe(true);
    expect(copied).toContain(`| Keep the users we win | Brightline · Growth team | Committed | Carried over | ${retentionCloseOut.grade}% |`);
    expect(copied).toContain('- **Keep the users we win**: Start the win-back wave in week one');
    expect(copied).not.toContain('Answer every customer quickly and well');
    const [download] = await Promise.all([page.waitForEvent('download'), exportPart.getByRole('link', { name: 'Download Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe('Q1-2026-review.md');
    expect(plain(await readFile(await download.path(), 'utf8'))).toBe(copied);
    expect(failures).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('out-of-role actions in Chromium and over the API', () => {
  const demo = useDemoServer({ browser: true });

  it('given the confirmation phase, an employee sees no ballot and no Confirm, a manager no Confirm; the same writes over the API get 403 and change nothing', async () => {
    // Set up through okrkit's stores, as the participants would: a proposal, one vote, the CEO moves on.
    const stores = (personId: string) => {
      const adapter = createRestAdapter({ baseUrl: new URL('api/okr', demo.server.url).href, headers: () => ({ 'x-okrkit-user': personId }), subscribe: false, retries: 0 });
      const okrStore = createOkrStore({ adapter, now: () => new Date('2026-02-15T12:00:00Z') });
      return { okrStore, cycles: createCycleStore({ adapter, okrStore, now: () => new Date('2026-02-15T12:00:00Z') }) };
    };
    const noah = stores('noah-fischer');
    await Promise.all([noah.okrStore.load(), noah.cycles.load()]);
    const { proposal } = await noah.cycles.propose({ cycleId: PLANNING_CYCLE_ID, proposerId: 'noah-fischer', strategy: strategyGrow, objective: { title: sales } });
    const ceo = stores('amara-osei');
    await ceo.cycles.load();
    await ceo.cycles.advancePhase(PLANNING_CYCLE_ID);
    const jonas = stores('jonas-weber');
    await jonas.cycles.load();
    await jonas.cycles.vote({ cycleId: PLANNING_CYCLE_ID, voterId: 'jonas-weber', ballot: { kind: 'ranking', ranking: [proposal.id] } });
    await ceo.cycles.load();
    await ceo.cycles.advancePhase(PLANNING_CYCLE_ID, 'confirmation');

    const { page, context, failures } = await openAs(demo, 'noah-fischer', '#/planning');
    const board = boardOf(page);
    await board.getByRole('listitem', { name: sales }).waitFor();
    const ballot = page.getByRole('region', { name: 'Your vote' });
    await ballot.getByText('Only the voters of this cycle can vote.').waitFor();
    await expect(ballot.getByRole('button', { name: 'Save my vote' }).count()).resolves.toBe(0);
    const decision = page.getByRole('region', { name: 'Decision' });
    await decision.getByText('Only the confirmer of this cycle can do this.').waitFor();
    await expect(decision.getByRole('button', { name: 'Confirm' }).count()).resolves.toBe(0);
    const advance = board.getByRole('button', { name: 'Move on to Alignment' });
    await expect(advance.getAttribute('aria-disabled')).resolves.toBe('true');

    await signInAs(page, 'jonas-weber');
    await page.getByRole('region', { name: 'Decision' }).getByText('Only the confirmer of this cycle can do this.').waitFor();
    await expect(page.getByRole('region', { name: 'Decision' }).getByRole('button', { name: 'Confirm' }).count()).resolves.toBe(0);
    await expect(board.getByRole('button', { name: 'Move on to Alignment' }).getAttribute('aria-disabled')).resolves.toBe('true');
    // The tally is there for a manager to read.
    await page.getByRole('region', { name: 'Tally' }).getByText('Ballots counted: 1').waitFor();

    // The writes the UI does not offer, sent anyway.
    const before = await storedCycle(demo.server);
    const confirmAs = (confirmerId: string): Change => ({
      op: 'put',
      kind: 'planningCycle',
      record: { ...before.record, decision: { confirmerId, order: [proposal.id], talliedOrder: [proposal.id], rejections: [] } },
      expectedVersion: before.version,
    } as Change);
    const noahsVote: Change = { op: 'put', kind: 'vote', record: { id: voteIdOf(PLANNING_CYCLE_ID, 'noah-fischer'), cycleId: PLANNING_CYCLE_ID, voterId: 'noah-fischer', ballot: { kind: 'ranking', ranking: [proposal.id] } }, expectedVersion: null } as Change;
    expect(await statusOfWrite(demo.server, 'noah-fischer', [noahsVote])).toBe(403);
    expect(await statusOfWrite(demo.server, 'noah-fischer', [confirmAs('noah-fischer')])).toBe(403);
    expect(await statusOfWrite(demo.server, 'jonas-weber', [confirmAs('jonas-weber')])).toBe(403);
    const objective = (await recordsSeenBy(demo.server, 'tom-becker')).find((entry) => entry.record.id === proposal.objectiveId)!;
    const activate: Change = { op: 'put', kind: 'objective', record: { ...objective.record, state: 'active', priority: 1 }, expectedVersion: objective.version } as Change;
    expect(await statusOfWrite(demo.server, 'jonas-weber', [activate])).toBe(403);
    expect(await storedCycle(demo.server)).toEqual(before);
    expect((await recordsSeenBy(demo.server, 'tom-becker')).filter((entry) => entry.kind === 'vote').map((entry) => entry.record.voterId)).toEqual(['jonas-weber']);
    expect(failures).toEqual([]);
    await context.close();
  }, 120_000);
});
