import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OkrPolicy } from '@okrkit/core';
import { domainExamplesNow } from '@okrkit/core/examples';
import { render } from '@testing-library/react';
import { OkrProvider } from '../provider/okr-provider';
import { exampleTopLevelTeamIds } from './alignment-tree.fixtures';
import { bigView, focusFirst, focusedName, item, loadedStore, names, press, renderTree, tree } from './alignment-tree.test-utils';
import { AlignmentTree } from './index';

afterEach(() => vi.useRealTimers());

describe('AlignmentTree (controller behaviour, by role)', () => {
  it('when ArrowDown and ArrowUp are pressed, focus walks the shown items in tree order', async () => {
    await renderTree({ defaultExpanded: 'all' });
    focusFirst();
    const visited = [focusedName()];
    for (let step = 0; step < 8; step++) {
      press('ArrowDown');
      visited.push(focusedName());
    }
    expect(visited.map((name) => name.slice(0, 12))).toEqual(names().map((name) => name.slice(0, 12)));
    press('ArrowDown'); // at the end: stays
    expect(focusedName()).toMatch(/Make our internal training/);
    press('ArrowUp');
    expect(focusedName()).toMatch(/Grow a team that learns/);
    press('Home');
    expect(focusedName()).toMatch(/healthy-dining/);
    press('End');
    expect(focusedName()).toMatch(/Make our internal training/);
  });

  it('when ArrowRight and ArrowLeft are pressed, they expand, enter, leave and collapse', async () => {
    await renderTree({ defaultExpanded: [] });
    act(() => item(/Make Brightline the app/).focus());
    press('ArrowRight');
    expect(item(/Make Brightline the app/)).toHaveAttribute('aria-expanded', 'true');
    press('ArrowRight');
    expect(focusedName()).toMatch(/Significantly increase user activity/);
    press('ArrowLeft');
    expect(focusedName()).toMatch(/Make Brightline the app/);
    press('ArrowLeft');
    expect(item(/Make Brightline the app/)).toHaveAttribute('aria-expanded', 'false');
    expect(within(tree()).queryByRole('treeitem', { name: /Significantly/ })).toBeNull();
  });

  it('when * is pressed, every sibling with children expands and focus stays', async () => {
    await renderTree({ defaultExpanded: [] });
    act(() => item(/Lead technical innovation/).focus());
    press('*');
    expect(item(/Make Brightline the app/)).toHaveAttribute('aria-expanded', 'true');
    expect(item(/Grow a team that learns/)).toHaveAttribute('aria-expanded', 'true');
    expect(focusedName()).toMatch(/Lead technical innovation/);
  });

  it('when letters are typed within 500 ms they form one query; after a pause a new one starts', async () => {
    vi.useFakeTimers();
    await renderTree({ defaultExpanded: 'all' });
    focusFirst();
    press('m');
    press('a');
    expect(focusedName()).toMatch(/Make Brightline the app/);
    act(() => vi.advanceTimersByTime(600));
    press('m'); // a new one-letter query starts after the focused item
    expect(focusedName()).toMatch(/Make our internal training/);
    act(() => vi.advanceTimersByTime(600));
    press('k');
    expect(focusedName()).toMatch(/Keep the users we win/);
    press('e');
    expect(focusedName()).toMatch(/Keep the users we win/);
    act(() => vi.advanceTimersByTime(600));
    press('g');
    expect(focusedName()).toMatch(/Grow a team that learns/);
  });

  it('given uncontrolled selection, Enter and clicks select, and onSelectedChange hears it', async () => {
    const onSelectedChange = vi.fn();
    await renderTree({ defaultExpanded: 'all', onSelectedChange });
    fireEvent.click(item(/Keep the users we win/));
    expect(item(/Keep the users we win/)).toHaveAttribute('aria-selected', 'true');
    expect(item(/Make Brightline the app/)).toHaveAttribute('data-on-path', 'true');
    press('ArrowDown');
    press('Enter');
    expect(item(/Answer every customer/)).toHaveAttribute('aria-selected', 'true');
    expect(onSelectedChange.mock.calls).toEqual([['obj-retention'], ['obj-support']]);
  });

  it('given controlled selection, a click asks for the change but the prop decides', async () => {
    const onSelectedChange = vi.fn();
    const { rerenderWith } = await renderTree({ defaultExpanded: 'all', selectedId: 'obj-support', onSelectedChange });
    expect(item(/Answer every customer/)).toHaveAttribute('aria-selected', 'true');
    fireEvent.click(item(/Keep the users we win/));
    expect(onSelectedChange).toHaveBeenCalledWith('obj-retention');
    expect(item(/Keep the users we win/)).toHaveAttribute('aria-selected', 'false');
    rerenderWith({ selectedId: 'obj-retention' });
    expect(item(/Keep the users we win/)).toHaveAttribute('aria-selected', 'true');
  });

  it('given controlled expansion, keys ask for the change and the prop decides', async () => {
    const onExpandedChange = vi.fn();
    const { rerenderWith } = await renderTree({ expanded: [], onExpandedChange });
    act(() => item(/Make Brightline the app/).focus());
    press('ArrowRight');
    expect(onExpandedChange).toHaveBeenCalledWith(['obj-company-growth']);
    expect(item(/Make Brightline the app/)).toHaveAttribute('aria-expanded', 'false');
    rerenderWith({ expanded: ['obj-company-growth'] });
    expect(item(/Make Brightline the app/)).toHaveAttribute('aria-expanded', 'true');
    expect(item(/Significantly increase user activity/)).toHaveAttribute('aria-expanded', 'false');
  });

  it('given a team filter, it keeps the matches and their ancestors only (expanded), and marks the matches', async () => {
    await renderTree({ teamIds: ['brightline-support'], defaultExpanded: [] });
    expect(names().map((name) => name.slice(0, 16))).toEqual(['Make Brightline ', 'Significantly in', 'Keep the users w', 'Answer every cus']);
    expect(item(/Answer every customer/)).toHaveAttribute('data-match', 'true');
    expect(item(/Keep the users we win/)).not.toHaveAttribute('data-match');
    expect(screen.getByText('1 match')).toBeInTheDocument();
  });

  it('given a small view, it renders only the nodes in view, plus the focused one wherever it is', async () => {
    const { container } = await renderTree({ defaultExpanded: 'all', initialSize: { width: 300, height: 200 } });
    const shown = within(tree()).getAllByRole('treeitem').length;
    expect(shown).toBeLessThan(9);
    focusFirst();
    press('End');
    expect(focusedName()).toMatch(/Make our internal training/);
    expect(container.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
  });

  it("given the provider's can, renderNode's can answers it for the node's objective (with the reason when refused), so a host's node actions follow the policy", async () => {
    const store = await loadedStore();
    const asked: string[] = [];
    const can: OkrPolicy = (action, target) => {
      asked.push(`${action}:${target.kind}:${target.objective?.id ?? 'none'}`);
      return action === 'update' && (target.objective as { teamId?: string } | undefined)?.teamId === 'brightline-product';
    };
    render(
      <OkrProvider store={store} now={domainExamplesNow} locale="en-US" can={can}>
        <AlignmentTree
          topLevelTeamIds={exampleTopLevelTeamIds}
          initialSize={bigView}
          defaultExpanded="all"
          renderNode={({ title, can: ask }) => {
            const { allowed, reason } = ask('update');
            return (
              <span data-testid={title} data-allowed={String(allowed)}>
                {title} {reason ?? ''}
              </span>
            );
          }}
        />
      </OkrProvider>,
    );
    const userActivity = store.getSnapshot().okrSet.objectives.find((objective) => objective.id === 'obj-user-activity')!;
    const retention = store.getSnapshot().okrSet.objectives.find((objective) => objective.id === 'obj-retention')!;
    expect(screen.getByTestId(userActivity.title)).toHaveAttribute('data-allowed', 'true');
    expect(screen.getByTestId(retention.title)).toHaveAttribute('data-allowed', 'false');
    expect(screen.getByTestId(retention.title)).toHaveTextContent("You can't edit this team's objectives");
    expect(asked).toContain('update:objective:obj-retention');
  });

  it('given no policy, every node may be changed', async () => {
    await renderTree({ defaultExpanded: 'all', renderNode: ({ title, can: ask }) => <span>{`${title} ${ask('delete').allowed ? 'may' : 'may not'}`}</span> });
    expect(names().length).toBeGreaterThan(3);
    for (const name of names()) expect(name).toMatch(/ may$/);
  });
});
