import { domainExamples } from '@okrkit/core/examples';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ObjectiveCard } from './index';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { createOkrStore } from '@okrkit/core';
import { domainExamplesNow } from '@okrkit/core/examples';
import { conflictingStores, loadedStore, withProvider } from './objective-card.test-utils';

const TITLE = 'Significantly increase user activity';
const titleOf = (store: Awaited<ReturnType<typeof loadedStore>>['store'], id = 'obj-user-activity') =>
  store.getSnapshot().okrSet.objectives.find((objective) => objective.id === id)?.title;

describe('ObjectiveCard title, edited in place', () => {
  it('given a card, when the title is clicked, edited and Enter pressed, it saves to the store and shows the new title', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />));
    await user.click(screen.getByRole('button', { name: TITLE }));
    const field = screen.getByRole('textbox', { name: 'Objective title' });
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, 'Make users come back every day{Enter}');
    expect(await screen.findByRole('button', { name: 'Make users come back every day' })).toBeInTheDocument();
    expect(titleOf(store)).toBe('Make users come back every day');
    expect(screen.getByRole('button', { name: 'Make users come back every day' })).toHaveFocus();
  });

  it('given the focused title, when Enter is pressed, it opens the field; Esc cancels without saving', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    const update = vi.spyOn(store, 'updateObjective');
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />));
    screen.getByRole('button', { name: TITLE }).focus();
    await user.keyboard('{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Objective title' }), ' — edited{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Objective title' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: TITLE })).toHaveFocus();
    expect(update).not.toHaveBeenCalled();
  });

  it('given storage that is offline, when a new title is saved, it keeps the typed text with a message, and Retry saves once storage is back', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore({ mode: 'offline' });
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />));
    await user.click(screen.getByRole('button', { name: TITLE }));
    await user.type(screen.getByRole('textbox', { name: 'Objective title' }), '!!{Enter}');
    const field = await screen.findByRole('textbox', { name: 'Objective title' });
    expect(field).toHaveValue(`${TITLE}!!`);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be reached/i);
    expect(field).toHaveAccessibleDescription(/could not be reached/i);
    expect(titleOf(store)).toBe(TITLE);
    // Storage comes back: Retry sends the same text again.
    const retry = vi.spyOn(store, 'updateObjective').mockImplementation(async (id, patch) => ({ ...domainExamples.objectives[2]!, id, ...patch }));
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledWith('obj-user-activity', { title: `${TITLE}!!` });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('given a blank title, when saved, the store refuses it and the field says why', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />));
    await user.click(screen.getByRole('button', { name: TITLE }));
    await user.clear(screen.getByRole('textbox', { name: 'Objective title' }));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(/refused/i);
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(titleOf(store)).toBe(TITLE);
  });

  it('given a colleague changed the title meanwhile, when mine is saved, it shows theirs and mine; "Use mine" saves mine', async () => {
    const user = userEvent.setup();
    const { mine, theirs } = await conflictingStores();
    await theirs.updateObjective('obj-user-activity', { title: 'Their better title' });
    render(withProvider(mine, <ObjectiveCard objectiveId="obj-user-activity" />));
    await user.click(screen.getByRole('button', { name: TITLE }));
    const field = screen.getByRole('textbox', { name: 'Objective title' });
    await user.clear(field);
    await user.type(field, 'My title{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(/someone else changed this/i);
    expect(screen.getByRole('textbox', { name: 'Objective title' })).toHaveValue('My title');
    const conflict = screen.getByRole('alert').parentElement!;
    expect(within(conflict).getByText('Their better title')).toBeInTheDocument();
    expect(within(conflict).getByText('My title')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use mine' }));
    expect(await screen.findByRole('button', { name: 'My title' })).toBeInTheDocument();
    expect(titleOf(theirs)).toBe('My title');
  });

  it('given a conflict, when "Keep theirs" is chosen, it shows their title and drops mine', async () => {
    const user = userEvent.setup();
    const { mine, theirs } = await conflictingStores();
    await theirs.updateObjective('obj-user-activity', { title: 'Their better title' });
    render(withProvider(mine, <ObjectiveCard objectiveId="obj-user-activity" />));
    await user.click(screen.getByRole('button', { name: TITLE }));
    await user.type(screen.getByRole('textbox', { name: 'Objective title' }), ' (mine){Enter}');
    await user.click(await screen.findByRole('button', { name: 'Keep theirs' }));
    expect(screen.getByRole('button', { name: 'Their better title' })).toBeInTheDocument();
  });
});

describe('ObjectiveCard name while the title is edited', () => {
  it('given the title being typed, the card keeps its saved title as its name', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />));
    await user.click(screen.getByRole('button', { name: TITLE }));
    await user.type(screen.getByRole('textbox', { name: 'Objective title' }), ' — draft');
    expect(screen.getByRole('article', { name: TITLE })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: `${TITLE} — draft` })).not.toBeInTheDocument();
  });

  it('given a slow save, the card keeps its saved name until storage accepts the new title, then takes it', async () => {
    const user = userEvent.setup();
    const memory = createMemoryAdapter({ initial: domainExamples });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const store = createOkrStore({ adapter: { ...memory, apply: async (batch) => (await held, memory.apply(batch)) }, now: () => new Date(domainExamplesNow) });
    await store.load();
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />));
    await user.click(screen.getByRole('button', { name: TITLE }));
    const field = screen.getByRole('textbox', { name: 'Objective title' });
    await user.clear(field);
    await user.type(field, 'Make users come back every day{Enter}');
    // Optimistic: the heading already shows the new title, but it is not saved yet.
    expect(screen.getByRole('heading', { name: 'Make users come back every day' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: TITLE })).toHaveAttribute('data-state', 'ready');
    await act(async () => release());
    expect(await screen.findByRole('article', { name: 'Make users come back every day' })).toBeInTheDocument();
  });

  it('given a refused save, the card is still named by the saved title', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore({ mode: 'offline' });
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />));
    await user.click(screen.getByRole('button', { name: TITLE }));
    await user.type(screen.getByRole('textbox', { name: 'Objective title' }), '!!{Enter}');
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: TITLE })).toBeInTheDocument();
  });
});

describe('ObjectiveCard key results, each said once', () => {
  it('given a numeric KR, its title and value show once, and its bar is named by the row’s title with the full reading', async () => {
    const { store } = await loadedStore();
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />));
    const list = screen.getByRole('list', { name: 'Key results' });
    const row = within(list).getByText('Monthly active users +20 %').closest('li')!;
    expect(within(row).getAllByText('Monthly active users +20 %')).toHaveLength(1);
    expect(within(row).getAllByText('1,100,000')).toHaveLength(1);
    const bar = within(row).getByRole('progressbar', { name: 'Monthly active users +20 %' });
    expect(bar).toHaveAttribute('aria-valuetext', '1,100,000 of 1,200,000, 50%, at risk');
    // What the row does not show itself stays on the bar: the range and the percentage.
    expect(within(row).getByText('from 1,000,000 to 1,200,000')).toBeInTheDocument();
    expect(within(row).getByText('50%')).toBeInTheDocument();
  });

  it('given a binary KR, "Not done" shows once (its switch) and the bar still says it', async () => {
    const { store } = await loadedStore();
    render(withProvider(store, <ObjectiveCard objectiveId="obj-retention" />));
    const row = screen.getByRole('switch', { name: /onboarding checklist/i }).closest('li')!;
    expect(within(row).getAllByText('Ship the in-app onboarding checklist')).toHaveLength(1);
    expect(within(row).getAllByText('Not done')).toHaveLength(1);
    expect(within(row).getByRole('progressbar', { name: 'Ship the in-app onboarding checklist' })).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Not done/));
  });

  it('given a read-only card, a KR still shows its title and value once', async () => {
    const { store } = await loadedStore();
    render(withProvider(store, <ObjectiveCard objectiveId="obj-retention" readOnly />));
    const list = screen.getByRole('list', { name: 'Key results' });
    expect(within(list).getAllByText('Ship the in-app onboarding checklist')).toHaveLength(1);
    expect(within(list).getAllByText('Not done')).toHaveLength(1);
  });
});

describe('ObjectiveCard key-result values, edited in place', () => {
  it('given a numeric KR, when its value is edited and Enter pressed, it records a check-in', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />));
    await user.click(screen.getByRole('button', { name: /current value of monthly active users/i }));
    const field = screen.getByRole('spinbutton', { name: /current value of monthly active users/i });
    await user.clear(field);
    await user.type(field, '1150000{Enter}');
    expect(await screen.findByRole('button', { name: /current value of monthly active users \+20 %: 1,150,000/i })).toBeInTheDocument();
    const checkIns = store.getSnapshot().okrSet.checkIns.filter((checkIn) => checkIn.keyResultId === 'kr-mau');
    expect(checkIns.at(-1)?.value).toBe(1_150_000);
  });

  it('given a value being edited, when Esc is pressed or the field is empty, nothing is recorded', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    const record = vi.spyOn(store, 'recordCheckIn');
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />));
    await user.click(screen.getByRole('button', { name: /current value of monthly active users/i }));
    const field = screen.getByRole('spinbutton', { name: /current value of monthly active users/i });
    await user.clear(field);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(record).not.toHaveBeenCalled();
  });

  it('given storage offline, when a value is saved, the typed value stays with the message and Retry', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore({ mode: 'offline' });
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />));
    await user.click(screen.getByRole('button', { name: /current value of monthly active users/i }));
    const field = screen.getByRole('spinbutton', { name: /current value of monthly active users/i });
    await user.clear(field);
    await user.type(field, '1180000{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be reached/i);
    expect(screen.getByRole('spinbutton', { name: /current value of monthly active users/i })).toHaveValue(1_180_000);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('given a binary KR, when its switch is pressed, it records the KR as done', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(withProvider(store, <ObjectiveCard objectiveId="obj-retention" />));
    const toggle = screen.getByRole('switch', { name: /ship the in-app onboarding checklist/i });
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await user.click(toggle);
    expect(await screen.findByRole('switch', { name: /onboarding checklist/i })).toHaveAttribute('aria-checked', 'true');
    const keyResult = store.getSnapshot().okrSet.keyResults.find((item) => item.id === 'kr-onboarding-checklist');
    expect(keyResult?.metric).toMatchObject({ kind: 'binary', done: true });
  });
});

describe('ObjectiveCard parts', () => {
  it('given a read-only card, it offers no field, no edit button and no check-in', async () => {
    const { store } = await loadedStore();
    render(withProvider(store, <ObjectiveCard objectiveId="obj-retention" readOnly />));
    expect(screen.getByRole('heading', { name: 'Keep the users we win' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /keep the users|current value|check in/i })).not.toBeInTheDocument();
  });

  it('given a store whose storage cannot write, the card is read-only by itself', async () => {
    const { store } = await loadedStore({ mode: 'read-only' });
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />));
    expect(screen.getByRole('article', { name: TITLE })).toHaveAttribute('data-readonly');
    expect(screen.queryByRole('button', { name: /current value|check in/i })).not.toBeInTheDocument();
  });

  it('given a part outside ObjectiveCard.Root, it throws an error that names the fix', async () => {
    const { store } = await loadedStore();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(withProvider(store, <ObjectiveCard.Title />))).toThrow('<ObjectiveCard.Title> must be rendered inside <ObjectiveCard.Root');
    vi.restoreAllMocks();
  });

  it('given "Why this score?", when pressed, it discloses the formula and each KR with weight, share and contribution', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />));
    const why = screen.getByRole('button', { name: 'Why this score?' });
    expect(why).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(why.getAttribute('aria-controls')!)!;
    expect(panel).not.toBeVisible();
    await user.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    const mau = within(panel).getByRole('row', { name: /monthly active users/i });
    // MAU weighs 3 of 4: share 75 %, progress 50 %, contribution 38 %.
    expect(within(mau).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', '75%', '50%', '38%']);
  });

  it('given the examples, it shows status with "Outdated", meta, score, progress and health', async () => {
    const { store } = await loadedStore();
    render(withProvider(store, <ObjectiveCard objectiveId="obj-maths-results" renderOwner={(id) => `person:${id}`} />));
    const card = screen.getByRole('article', { name: 'Our students get measurably better at maths' });
    expect(within(card).getAllByText('Off track').length).toBeGreaterThan(0);
    expect(within(card).getAllByText('Outdated').length).toBeGreaterThan(0);
    expect(within(card).getByText('person:daniel-okafor')).toBeInTheDocument();
    expect(within(card).getByText('Priority 1')).toBeInTheDocument();
    expect(within(card).getByRole('progressbar', { name: 'Objective progress' })).toHaveAttribute('aria-valuetext', expect.stringMatching(/off track/i));
    expect(within(card).getByRole('region', { name: 'Health warnings' })).toHaveTextContent(/Warning:/);
    expect(within(card).getByText(/last check-in/i)).toHaveTextContent(/ago/);
  });

  it('given a loading store, an unknown objective, or a failed load, it says so', async () => {
    const { store } = await loadedStore();
    const { rerender } = render(withProvider(store, <ObjectiveCard objectiveId="nope" />));
    expect(screen.getByText('This objective does not exist (any more).')).toBeInTheDocument();
    const { createOkrStore, UnavailableError } = await import('@okrkit/core');
    const failing = createOkrStore({ adapter: { load: () => Promise.reject(new UnavailableError('server down')) } });
    rerender(withProvider(failing, <ObjectiveCard objectiveId="obj-user-activity" />));
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    await act(() => failing.load().catch(() => undefined));
    expect(screen.getByRole('alert')).toHaveTextContent('server down');
  });
});
