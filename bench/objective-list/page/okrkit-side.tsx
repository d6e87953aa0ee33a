/**
 * okrkit's side: what a host gets. `ObjectiveList` over a memory adapter holding the
 * organisation, through `createOkrStore`, in `OkrProvider` with a directory of names, with
 * okrkit's styles. Its body windows rows (40 px rows, a 32rem viewport, overscan 6).
 */
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { createOkrStore } from '@okrkit/core';
import { ObjectiveList, OkrProvider, type OkrDirectory } from '@okrkit/react';
import '../../../packages/react/src/styles/styles.css';
import { createRoot } from 'react-dom/client';
import { organisation } from './data';
import type { Side } from './shared';

let prepared: { adapter: ReturnType<typeof createMemoryAdapter>; directory: OkrDirectory; now: string; userId: string } | null = null;

const rowOf = (element: Element) => element.closest<HTMLElement>('[data-objective-id]');

export const side: Side = {
  async prepare(count) {
    const { okrSet, directory, now } = organisation(count);
    prepared = { adapter: createMemoryAdapter({ initial: okrSet }), directory, now, userId: okrSet.objectives[0]?.ownerId ?? '' };
  },
  async mount(container) {
    const { adapter, directory, now, userId } = prepared!;
    const store = createOkrStore({ adapter, now: () => new Date(now) });
    await store.load();
    createRoot(container).render(
      <OkrProvider store={store} locale="en-US" now={now} directory={directory} userId={userId}>
        <ObjectiveList />
      </OkrProvider>,
    );
  },
  rowSelector: '[data-slot="objective-list-row"]',
  sortButton: (container) => container.querySelector<HTMLButtonElement>('[role="columnheader"][data-column="title"] [data-slot="objective-list-sort"]')!,
  statusFilter: (container) => [...container.querySelectorAll<HTMLSelectElement>('[data-slot="objective-list-filter"] select')][4]!,
  count: (container) => Number((container.querySelector('[data-slot="objective-list-count"]')?.textContent ?? '').replace(/,/g, '').match(/\d+/)?.[0] ?? NaN),
  firstTitle: (container) => container.querySelector('[data-slot="objective-list-row"] [data-column="title"]')?.textContent ?? '',
  renderedRows: (container) => container.querySelectorAll('[data-slot="objective-list-row"]').length,
  rowTarget: (container, line) => container.querySelector<HTMLElement>(`[data-slot="objective-list-row"][aria-rowindex="${line + 2}"] [data-slot="objective-list-open"]`),
  idOf: (element) => rowOf(element)?.dataset.objectiveId ?? null,
  lineOf: (container, id) => {
    const row = container.querySelector<HTMLElement>(`[data-slot="objective-list-row"][data-objective-id="${CSS.escape(id)}"]`);
    return row ? Number(row.getAttribute('aria-rowindex')) - 2 : -1;
  },
};
