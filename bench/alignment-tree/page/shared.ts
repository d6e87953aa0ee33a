import type { GeneratedOrganisation } from '@okrkit/core/examples';

export interface BenchSide {
  /** A selector matching one node of the tree (the first one marks "firstNode"). */
  nodeSelector: string;
  /** Work done before `start` (okrkit: create and load the store). */
  prepare(organisation: GeneratedOrganisation, options: SideOptions): Promise<void>;
  mount(container: HTMLElement, organisation: GeneratedOrganisation, options: SideOptions): void;
  /** Labels of drawn objectives, `title|owner` → percent text, to check both sides show the same thing. */
  labels(container: HTMLElement): Record<string, string>;
  /** Objectives in the tree this side draws (all of them, shown or collapsed). */
  objectiveCount(organisation: GeneratedOrganisation): number;
  /**
   * Prepares a toggle of a subtree (okrkit picks the node, react-d3-tree is given its id);
   * returns the objective id, the action that toggles it and its state after a toggle.
   */
  toggleTarget(container: HTMLElement, organisation: GeneratedOrganisation, id: string | undefined): Promise<{ id: string; toggle: () => void; state: () => string }>;
}

export interface SideOptions {
  expandAll: boolean;
}

/** Objectives below an id along parentId links (drafts left out, as both sides draw them). */
export function descendantsOf(organisation: GeneratedOrganisation, id: string): number {
  const children = new Map<string, string[]>();
  for (const objective of organisation.okrSet.objectives) {
    if (objective.state === 'draft' || objective.parentId === undefined) continue;
    const list = children.get(objective.parentId);
    if (list) list.push(objective.id);
    else children.set(objective.parentId, [objective.id]);
  }
  let count = 0;
  const stack = [...(children.get(id) ?? [])];
  while (stack.length) {
    const next = stack.pop() as string;
    count++;
    stack.push(...(children.get(next) ?? []));
  }
  return count;
}


/** Waits for two frames (a render scheduled by the last one has been committed and painted). */
export function frames(count = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

/** The key both sides label an objective by: title and owner id (unique in the generated data, checked). */
export const labelKey = (title: string, ownerId: string) => `${title}|${ownerId}`;
