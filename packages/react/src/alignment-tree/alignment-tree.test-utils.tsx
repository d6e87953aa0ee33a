/** Rendering an `AlignmentTree` over the domain examples, for the tree's tests and its parts' (not part of the package). */
import { createOkrStore, type OkrSet, type OkrStore } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import { act, fireEvent, render, screen, within, type RenderResult } from '@testing-library/react';
import { OkrProvider } from '../provider/okr-provider';
import { exampleTopLevelTeamIds as topLevelTeamIds } from './alignment-tree.fixtures';
import { AlignmentTree, type AlignmentTreeProps } from './index';

/** Large enough that nothing of the examples is culled, unless a test asks for a small view. */
export const bigView = { width: 4000, height: 2000 };

export async function loadedStore(initial: OkrSet = domainExamples): Promise<OkrStore> {
  const store = createOkrStore({ adapter: createMemoryAdapter({ initial }), now: () => new Date(domainExamplesNow) });
  await store.load();
  return store;
}

/** The tree over a fresh memory store, with `rerenderWith` to change its props. */
export async function renderTree(props: Partial<AlignmentTreeProps> = {}, initial?: OkrSet): Promise<RenderResult & { rerenderWith: (extra: Partial<AlignmentTreeProps>) => void }> {
  const store = await loadedStore(initial);
  const ui = (extra: Partial<AlignmentTreeProps>) => (
    <OkrProvider store={store} now={domainExamplesNow} locale="en-US">
      <AlignmentTree topLevelTeamIds={topLevelTeamIds} initialSize={bigView} {...props} {...extra} />
    </OkrProvider>
  );
  const result = render(ui({}));
  return { ...result, rerenderWith: (extra: Partial<AlignmentTreeProps>) => result.rerender(ui(extra)) };
}

export const tree = () => screen.getByRole('tree', { name: 'Alignment tree' });
export const item = (name: RegExp) => within(tree()).getByRole('treeitem', { name });
export const names = () => within(tree()).getAllByRole('treeitem').map((element) => element.textContent ?? '');
export const focusedName = () => document.activeElement?.textContent ?? '';
export const press = (key: string) => fireEvent.keyDown(document.activeElement as Element, { key });
export function focusFirst() {
  const [first] = within(tree()).getAllByRole('treeitem').filter((element) => element.tabIndex === 0);
  act(() => first?.focus());
}

