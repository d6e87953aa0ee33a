import type { OkrPolicy, OkrStore } from '@okrkit/core';
import { domainExamplesNow } from '@okrkit/core/examples';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadedStore, type AdapterMode } from '../objective-card/objective-card.test-utils';
import { exampleDirectory } from '../provider/directory.fixtures';
import { OkrProvider } from '../provider/index';
import { ObjectiveList, type ObjectiveListProps } from './index';
import { listStorySet, manyObjectivesSet } from './objective-list.fixtures';

async function renderList(props: ObjectiveListProps = { teamId: 'brightline-growth', periodId: 'q1-2026' }, options: { mode?: AdapterMode; can?: OkrPolicy; initial?: typeof listStorySet } = {}) {
  const { store } = await loadedStore({ mode: options.mode, initial: options.initial ?? listStorySet });
  const rerank = vi.spyOn(store, 'rerank');
  render(
    <OkrProvider store={store} now={domainExamplesNow} locale="en-US" directory={exampleDirectory} can={options.can}>
      <ObjectiveList {...props} />
    </OkrProvider>,
  );
  return { store, rerank, user: userEvent.setup() };
}

const live = () => document.querySelector('[data-slot="objective-list-live"]');
const tabStops = () => [...grid().querySelectorAll('[tabindex="0"]')];
const grid = () => screen.getByRole('grid', { name: 'Objectives' });
const titles = () => within(grid()).queryAllByRole('row').map((row) => row.querySelector('[data-slot="objective-list-open"]')?.textContent).filter(Boolean);
const priorities = (store: OkrStore) => Object.fromEntries(store.getSnapshot().okrSet.objectives.filter((objective) => objective.teamId === 'brightline-growth').map((objective) => [objective.id, objective.priority]));

describe('ObjectiveList: reading', () => {
  it('given a team and a period, it lists their objectives in priority order with names, state and status in words', async () => {
    await renderList();
    expect(titles()).toEqual([
      'Keep the users we win',
      'Win back customers who stopped using the app',
      'Make onboarding the best first week in the category',
      'Turn referrals into a growth channel',
      'Learn which price works for small teams',
    ]);
    const second = within(grid()).getAllByRole('row')[2]!;
    expect(within(second).getByText('Priya Nair, Growth lead')).toBeInTheDocument();
    expect(within(second).getByText('Brightline · Growth team')).toBeInTheDocument();
    expect(within(second).getByText('Active')).toBeInTheDocument();
    expect(second.querySelector('[data-slot="objective-list-status"]')?.textContent).toMatch(/On track|At risk|Off track|Not started|Achieved/);
    expect(screen.getByText('5 of 5 objectives')).toBeInTheDocument();
  });

  it('when sorted by title, it reorders, says aria-sort and turns re-ranking off with the reason', async () => {
    const { user } = await renderList();
    await user.click(screen.getByRole('button', { name: 'Objective' }));
    expect(screen.getByRole('columnheader', { name: 'Objective' })).toHaveAttribute('aria-sort', 'ascending');
    expect(titles()[0]).toBe('Keep the users we win');
    expect(titles()[1]).toBe('Learn which price works for small teams');
    expect(screen.getByText(/Re-ranking is off while the list is sorted by another column/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Move / })).toBeNull();
  });

  it('when sorted and sorted back, it writes the new order into the rows already drawn: the same row elements, the new titles, ids and handles', async () => {
    const { user } = await renderList();
    const rowElements = () => [...grid().querySelectorAll<HTMLElement>('[data-slot="objective-list-row"]')];
    const drawn = rowElements();
    const ranked = titles();
    await user.click(screen.getByRole('button', { name: 'Objective' }));
    expect(titles()).not.toEqual(ranked);
    expect(rowElements()).toEqual(drawn);
    await user.click(screen.getByRole('button', { name: /^Objective/ }));
    await user.click(screen.getByRole('button', { name: /^Objective/ }));
    expect(titles()).toEqual(ranked);
    expect(rowElements()).toEqual(drawn);
    // Every reused row says what it shows now: its objective's id and the handle's name.
    const ids = rowElements().map((row) => row.dataset.objectiveId);
    expect(new Set(ids).size).toBe(5);
    expect(screen.getAllByRole('button', { name: /^Move / }).map((handle) => handle.getAttribute('aria-label'))).toEqual(ranked.map((title, at) => `Move ${title}, rank ${at + 1}`));
  });

  it('when filtered by state and grouped by state, it shows only those rows under group headings', async () => {
    const { user } = await renderList();
    await user.selectOptions(screen.getByLabelText('Filter by state'), 'draft');
    expect(titles()).toEqual(['Learn which price works for small teams']);
    expect(screen.getByText('1 of 5 objectives')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Filter by state'), '');
    await user.selectOptions(screen.getByLabelText('Group by'), 'state');
    expect(screen.getByText('Active · 4')).toBeInTheDocument();
    expect(screen.getByText('Draft · 1')).toBeInTheDocument();
  });

  it('given 2,000 objectives, it renders only a window of rows and counts them all (with the header and New objective rows)', async () => {
    await renderList({ teamId: 'brightline-growth' }, { initial: manyObjectivesSet(2000) });
    expect(grid()).toHaveAttribute('aria-rowcount', '2002');
    expect(within(grid()).getAllByRole('row').length).toBeLessThan(40);
  });
});

describe('ObjectiveList: re-ranking by keyboard', () => {
  it('when Alt+ArrowDown is pressed on a row, it writes one rerank, announces the new rank and keeps focus on the row', async () => {
    const { store, rerank, user } = await renderList();
    const handle = screen.getByRole('button', { name: /^Move Win back customers who stopped using the app, rank/ });
    handle.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(priorities(store)['obj-growth-2']).toBe(3));
    expect(rerank).toHaveBeenCalledTimes(1);
    expect(priorities(store)['obj-growth-3']).toBe(2);
    expect(titles()[2]).toBe('Win back customers who stopped using the app');
    expect(live()).toHaveTextContent('Win back customers who stopped using the app moved to rank 3 of 5.');
    await waitFor(() => expect(screen.getByRole('button', { name: /^Move Win back customers who stopped using the app, rank/ })).toHaveFocus());
    // The roving tab stop moved with the row: one cell in the tab order, the focused one.
    expect(tabStops()).toEqual([document.activeElement]);
  });

  it('when storage refuses the move, it puts the order back and says why, focus and tab stop back on the row', async () => {
    const { store, rerank, user } = await renderList(undefined, { mode: 'offline' });
    screen.getByRole('button', { name: /^Move Win back customers who stopped using the app, rank/ }).focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(screen.getAllByText(/could not be moved/).length).toBeGreaterThan(0));
    expect(rerank).toHaveBeenCalledTimes(1);
    expect(priorities(store)['obj-growth-2']).toBe(2);
    expect(titles()[1]).toBe('Win back customers who stopped using the app');
    const handle = screen.getByRole('button', { name: /^Move Win back customers who stopped using the app, rank/ });
    await waitFor(() => expect(handle).toHaveFocus());
    await waitFor(() => expect(tabStops()).toEqual([handle]));
  });

  it('when Alt+ArrowUp is pressed on the first row, nothing is written and focus stays', async () => {
    const { rerank, user } = await renderList();
    const handle = screen.getByRole('button', { name: /^Move Keep the users we win, rank/ });
    handle.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(rerank).not.toHaveBeenCalled();
    expect(handle).toHaveFocus();
    expect(titles()[0]).toBe('Keep the users we win');
  });

  it('given a policy that refuses updates, re-ranking is off with the reason', async () => {
    const { rerank, user } = await renderList(undefined, { can: (action) => action !== 'update' });
    expect(screen.getByText('You can’t re-rank these objectives.')).toBeInTheDocument();
    within(grid()).getAllByRole('button', { name: /^Win back/ })[0]!.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(rerank).not.toHaveBeenCalled();
  });
});

describe('ObjectiveList: delete with Undo, new objective', () => {
  it('when a delete is confirmed, it lists what goes with it, deletes, and Undo brings it all back re-attached', async () => {
    const { store, user } = await renderList();
    await user.click(screen.getByRole('button', { name: 'Delete Win back customers who stopped using the app' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('2 key results')).toBeInTheDocument();
    expect(within(dialog).getByText(/1 aligned objectives/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(titles()).not.toContain('Win back customers who stopped using the app'));
    const child = () => store.getSnapshot().okrSet.objectives.find((objective) => objective.id === 'obj-growth-child');
    expect(child()).not.toHaveProperty('parentId');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toContain('Win back customers who stopped using the app'));
    expect(child()?.parentId).toBe('obj-growth-2');
    expect(store.getSnapshot().okrSet.keyResults.filter((keyResult) => keyResult.objectiveId === 'obj-growth-2')).toHaveLength(2);
    expect(live()).toHaveTextContent('is back');
  });

  it('given a policy that refuses deletes, the delete button is disabled with the reason and does nothing', async () => {
    const { user } = await renderList(undefined, { can: (action) => action !== 'delete' });
    const button = screen.getByRole('button', { name: 'Delete Win back customers who stopped using the app' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('title', 'You can’t delete this objective.');
    await user.click(button);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('when a title is typed in the New objective row and Enter pressed, it hands the title to onCreate', async () => {
    const onCreate = vi.fn();
    const { user } = await renderList({ teamId: 'brightline-growth', periodId: 'q1-2026', onCreate });
    const input = screen.getByRole('textbox', { name: 'New objective' });
    await user.type(input, '  Double weekly sign-ups  {Enter}');
    expect(onCreate).toHaveBeenCalledWith('Double weekly sign-ups');
    expect(input).toHaveValue('');
    await user.type(input, '   {Enter}');
    expect(onCreate).toHaveBeenCalledTimes(1);
  });

  it('given no onCreate, Enter in the New objective row opens the side panel with the editor holding the title', async () => {
    const { user } = await renderList();
    await user.type(screen.getByRole('textbox', { name: 'New objective' }), 'Double weekly sign-ups{Enter}');
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByDisplayValue('Double weekly sign-ups')).toBeInTheDocument();
  });

  it('when a row is opened, the side panel shows its card and its editor', async () => {
    const { user } = await renderList();
    await user.click(screen.getByRole('button', { name: 'Keep the users we win' }));
    const panel = await screen.findByRole('dialog');
    expect(panel.querySelector('[data-slot="objective-card"]')).not.toBeNull();
    expect(within(panel).getByDisplayValue('Keep the users we win')).toBeInTheDocument();
  });

  it('given a read-only list, there is no delete, no handle and no new row', async () => {
    await renderList({ teamId: 'brightline-growth', readOnly: true, onCreate: () => {} });
    expect(grid()).toHaveAttribute('aria-readonly', 'true');
    expect(screen.queryByRole('button', { name: /^Delete / })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Move / })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'New objective' })).toBeNull();
  });
});

void act;
