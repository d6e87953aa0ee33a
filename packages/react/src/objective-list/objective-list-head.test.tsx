import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { nextSorting, ObjectiveListHead, type HeadColumn } from './objective-list-head';

const columns: HeadColumn[] = [
  { id: 'title', label: 'Objective' },
  { id: 'owner', label: 'Owner' },
  { id: 'actions', label: 'Actions' },
];
const focusProps = ({ col }: { row: number; col: number }) => ({ tabIndex: (col === 0 ? 0 : -1) as 0 | -1, 'data-row': -1, 'data-col': col, onFocus: () => {} });

describe('nextSorting', () => {
  it('given clicks on one column, it cycles ascending → descending → back to priority order', () => {
    const first = nextSorting({ id: 'rank', desc: false }, 'title');
    expect(first).toEqual({ id: 'title', desc: false });
    const second = nextSorting(first, 'title');
    expect(second).toEqual({ id: 'title', desc: true });
    expect(nextSorting(second, 'title')).toEqual({ id: 'rank', desc: false });
  });

  it('given a click on another column, it sorts that one ascending, whatever the current direction', () => {
    expect(nextSorting({ id: 'title', desc: true }, 'owner')).toEqual({ id: 'owner', desc: false });
  });
});

describe('ObjectiveListHead', () => {
  it('given a sorting, the sorted column says aria-sort in words and the others say none; the actions header has no button', () => {
    render(<div role="grid" aria-label="Objectives"><ObjectiveListHead columns={columns} sorting={{ id: 'title', desc: true }} onSortingChange={() => {}} focusProps={focusProps} /></div>);
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((header) => header.getAttribute('aria-sort'))).toEqual(['descending', 'none', null]);
    expect(within(headers[2]!).queryByRole('button')).toBeNull();
    expect(headers[2]).toHaveTextContent('Actions');
    expect(headers.map((header) => header.getAttribute('aria-colindex'))).toEqual(['1', '2', '3']);
  });

  it('when a header button is pressed, it asks for the next sorting of that column', async () => {
    const user = userEvent.setup();
    const onSortingChange = vi.fn();
    render(<div role="grid" aria-label="Objectives"><ObjectiveListHead columns={columns} sorting={{ id: 'title', desc: false }} onSortingChange={onSortingChange} focusProps={focusProps} /></div>);
    await user.click(screen.getByRole('button', { name: 'Objective' }));
    expect(onSortingChange).toHaveBeenLastCalledWith({ id: 'title', desc: true });
    await user.click(screen.getByRole('button', { name: 'Owner' }));
    expect(onSortingChange).toHaveBeenLastCalledWith({ id: 'owner', desc: false });
  });
});
