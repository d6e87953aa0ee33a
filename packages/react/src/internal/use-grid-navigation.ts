'use client';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

/** A cell of the grid: `row` -1 is the header row. */
export interface GridPosition {
  row: number;
  col: number;
}

/** Options of {@link useGridNavigation}. */
export interface UseGridNavigationOptions {
  gridRef: RefObject<HTMLElement | null>;
  rowCount: number;
  colCount: number;
  /** Whether Enter / F2 may edit the cell. */
  isEditable: (position: GridPosition) => boolean;
  /** Called before focusing a row that may not be rendered (virtualised rows). */
  scrollToRow: (row: number) => void;
  /** Rows moved by Page Up / Page Down. @default 10 */
  pageSize?: number;
}

export interface GridNavigation {
  active: GridPosition;
  editing: GridPosition | null;
  /** Props of the element that takes focus in a cell (the cell, or its one button). */
  focusProps: (position: GridPosition) => { tabIndex: 0 | -1; 'data-row': number; 'data-col': number; onFocus: () => void };
  /**
   * Makes a cell the active one (the one in the tab order) without focusing it: what a cell's
   * `onFocus` does. The same function on every render, so a memoised row can take it instead of
   * `focusProps` (which changes whenever the active cell does) and draw again only when its own
   * cells' tab stops change.
   */
  activate: (position: GridPosition) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  startEditing: (position: GridPosition) => void;
  /** Leaves edit mode and puts focus back on the cell. */
  stopEditing: () => void;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * The WAI-ARIA grid pattern's keyboard model: one cell in the tab order (roving tabindex),
 * arrows move between cells (mirrored right to left), Home/End go to the row's ends and
 * Ctrl+Home/End to the grid's, Page Up/Down move by a page, Enter or F2 edits the cell,
 * Escape (in the editor) cancels, Tab leaves the grid.
 */
export function useGridNavigation(options: UseGridNavigationOptions): GridNavigation {
  const { gridRef, rowCount, colCount, isEditable, scrollToRow, pageSize = 10 } = options;
  const [active, setActive] = useState<GridPosition>({ row: rowCount > 0 ? 0 : -1, col: 0 });
  const [editing, setEditing] = useState<GridPosition | null>(null);
  const focusPending = useRef(false);

  // Rows come and go (filtering, removing): keep the active cell inside the grid.
  const row = clamp(active.row, -1, rowCount - 1);
  const col = clamp(active.col, 0, colCount - 1);
  const current = row === active.row && col === active.col ? active : { row, col };

  useEffect(() => {
    if (!focusPending.current || editing) return;
    focusPending.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-row="${current.row}"][data-col="${current.col}"]`)?.focus();
  });

  const moveTo = useCallback(
    (next: GridPosition) => {
      const target = { row: clamp(next.row, -1, rowCount - 1), col: clamp(next.col, 0, colCount - 1) };
      if (target.row >= 0) scrollToRow(target.row);
      focusPending.current = true;
      setActive(target);
    },
    [rowCount, colCount, scrollToRow],
  );

  const startEditing = useCallback(
    (position: GridPosition) => {
      if (!isEditable(position)) return;
      setActive(position);
      setEditing(position);
    },
    [isEditable],
  );

  const stopEditing = useCallback(() => {
    focusPending.current = true;
    setEditing(null);
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (editing || event.altKey || event.metaKey) return;
      const rtl = gridRef.current ? getComputedStyle(gridRef.current).direction === 'rtl' : false;
      const step = rtl ? -1 : 1;
      const { row: r, col: c } = current;
      const moves: Record<string, GridPosition | undefined> = {
        ArrowRight: { row: r, col: c + step },
        ArrowLeft: { row: r, col: c - step },
        ArrowDown: { row: r + 1, col: c },
        ArrowUp: { row: r - 1, col: c },
        Home: event.ctrlKey ? { row: 0, col: 0 } : { row: r, col: 0 },
        End: event.ctrlKey ? { row: rowCount - 1, col: colCount - 1 } : { row: r, col: colCount - 1 },
        PageDown: { row: r + pageSize, col: c },
        PageUp: { row: Math.max(0, r - pageSize), col: c },
      };
      const move = moves[event.key];
      if (move) {
        event.preventDefault();
        moveTo(move);
        return;
      }
      if ((event.key === 'Enter' || event.key === 'F2') && r >= 0 && isEditable(current)) {
        event.preventDefault();
        setEditing(current);
      }
    },
    [editing, gridRef, current, rowCount, colCount, pageSize, moveTo, isEditable],
  );

  const activate = useCallback((position: GridPosition) => setActive((previous) => (previous.row === position.row && previous.col === position.col ? previous : position)), []);

  const focusProps = useCallback(
    (position: GridPosition) => ({
      tabIndex: (position.row === current.row && position.col === current.col ? 0 : -1) as 0 | -1,
      'data-row': position.row,
      'data-col': position.col,
      onFocus: () => activate(position),
    }),
    [current, activate],
  );

  return { active: current, editing, focusProps, activate, onKeyDown, startEditing, stopEditing };
}
