import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { createOkrStore } from '@okrkit/core';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ObjectiveCardTitle } from './objective-card-title';
import { conflictingStores, inCard, loadedStore } from './objective-card.test-utils';

const TITLE = 'Significantly increase user activity';
const titleOf = (store: Awaited<ReturnType<typeof loadedStore>>['store'], id = 'obj-user-activity') =>
  store.getSnapshot().okrSet.objectives.find((objective) => objective.id === id)?.title;

describe('ObjectiveCard.Title, edited in place', () => {
  it('given a card, when the title is clicked, edited and Enter pressed, it saves to the store and shows the new title', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(inCard(store, 'obj-user-activity', <ObjectiveCardTitle />));
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
    render(inCard(store, 'obj-user-activity', <ObjectiveCardTitle />));
    screen.getByRole('button', { name: TITLE }).focus();
    await user.keyboard('{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Objective title' }), ' — edited{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Objective title' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: TITLE })).toHaveFocus();
    expect(update).not.toHaveBeenCalled();
  });

  it('given a title being edited, when focus leaves the field, it saves (like Notion); leaving it unchanged saves nothing', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    const update = vi.spyOn(store, 'updateObjective');
    render(
      <>
        {inCard(store, 'obj-user-activity', <ObjectiveCardTitle />)}
        <button type="button">Elsewhere</button>
      </>,
    );
    await user.click(screen.getByRole('button', { name: TITLE }));
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(update).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: TITLE }));
    await user.type(screen.getByRole('textbox', { name: 'Objective title' }), ' daily');
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(await screen.findByRole('button', { name: `${TITLE} daily` })).toBeInTheDocument();
    expect(update).toHaveBeenCalledOnce();
    expect(titleOf(store)).toBe(`${TITLE} daily`);
  });

  it('given a read-only card, the title is a plain heading with nothing to press', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-user-activity', <ObjectiveCardTitle />, { readOnly: true }));
    expect(screen.getByRole('heading', { name: TITLE })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('given storage that is offline, when a new title is saved, it keeps the typed text with a message, and Retry saves once storage is back', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore({ mode: 'offline' });
    render(inCard(store, 'obj-user-activity', <ObjectiveCardTitle />));
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
    render(inCard(store, 'obj-user-activity', <ObjectiveCardTitle />));
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
    render(inCard(mine, 'obj-user-activity', <ObjectiveCardTitle />));
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
    render(inCard(mine, 'obj-user-activity', <ObjectiveCardTitle />));
    await user.click(screen.getByRole('button', { name: TITLE }));
    await user.type(screen.getByRole('textbox', { name: 'Objective title' }), ' (mine){Enter}');
    await user.click(await screen.findByRole('button', { name: 'Keep theirs' }));
    expect(screen.getByRole('button', { name: 'Their better title' })).toBeInTheDocument();
  });
});

describe('ObjectiveCard.Title names the card while it is edited', () => {
  it('given the title being typed, the card keeps its saved title as its name', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(inCard(store, 'obj-user-activity', <ObjectiveCardTitle />));
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
    render(inCard(store, 'obj-user-activity', <ObjectiveCardTitle />));
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
    render(inCard(store, 'obj-user-activity', <ObjectiveCardTitle />));
    await user.click(screen.getByRole('button', { name: TITLE }));
    await user.type(screen.getByRole('textbox', { name: 'Objective title' }), '!!{Enter}');
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: TITLE })).toBeInTheDocument();
  });
});
