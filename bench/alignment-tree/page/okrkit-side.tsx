import { buildAlignmentGraph, createOkrStore, type OkrStore } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { AlignmentTree, OkrProvider } from '@okrkit/react';
import '@okrkit/react/styles.css';
import { createRoot } from 'react-dom/client';
import { frames, labelKey, type BenchSide } from './shared';

let store: OkrStore | undefined;

/** Owner and title of each drawn objective card → the percent it shows. */
function labels(container: HTMLElement): Record<string, string> {
  const found: Record<string, string> = {};
  for (const item of container.querySelectorAll('[role="treeitem"][data-kind="objective"]')) {
    const title = item.querySelector('[data-slot="alignment-tree-node-title"]')?.textContent;
    const owner = item.querySelector('[data-slot="alignment-tree-node-owner"]')?.textContent;
    const status = item.querySelector('[data-slot="alignment-tree-node-status"]')?.textContent;
    if (title && owner && status) found[labelKey(title, owner)] = status.split(' · ')[0] ?? '';
  }
  return found;
}

function press(element: Element, key: string) {
  element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

export const side: BenchSide = {
  nodeSelector: '[role="treeitem"]',
  // A memory store already holding the set: loading storage is not what is compared.
  async prepare(organisation) {
    store = createOkrStore({ adapter: createMemoryAdapter({ initial: organisation.okrSet }), now: () => new Date(organisation.now) });
    await store.load();
  },
  mount(container, organisation, options) {
    if (!store) throw new Error('prepare first');
    createRoot(container).render(
      <OkrProvider store={store} now={organisation.now} locale="en-GB">
        <AlignmentTree topLevelTeamIds={organisation.topLevelTeamIds} defaultExpanded={options.expandAll ? 'all' : undefined} />
      </OkrProvider>,
    );
  },
  labels,
  objectiveCount: (organisation) => buildAlignmentGraph(organisation.okrSet, { topLevelTeamIds: organisation.topLevelTeamIds }).nodeById.size,
  // Keyboard, as the tree is meant to be used: focus the first top objective, ArrowRight to its
  // first child (the view pans to it), then ArrowLeft / ArrowRight collapse and expand it.
  async toggleTarget(container, organisation) {
    const first = container.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]');
    if (!first) throw new Error('no tab stop');
    first.focus();
    await frames();
    press(first, 'ArrowRight');
    await frames();
    const target = document.activeElement as HTMLElement;
    const title = target.querySelector('[data-slot="alignment-tree-node-title"]')?.textContent ?? '';
    const owner = target.querySelector('[data-slot="alignment-tree-node-owner"]')?.textContent ?? '';
    const matches = organisation.okrSet.objectives.filter((objective) => objective.title === title && objective.ownerId === owner && objective.state !== 'draft');
    if (matches.length !== 1 || target === first) throw new Error(`cannot identify the focused node (${title}, ${owner})`);
    const current = () => document.activeElement as HTMLElement;
    return {
      id: (matches[0] as { id: string }).id,
      toggle: () => press(current(), current().getAttribute('aria-expanded') === 'true' ? 'ArrowLeft' : 'ArrowRight'),
      state: () => (current().getAttribute('aria-expanded') === 'true' ? 'expanded' : 'collapsed'),
    };
  },
};
