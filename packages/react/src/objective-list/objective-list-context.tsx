'use client';
import { createContext, useContext } from 'react';
import type { ObjectiveListState } from './use-objective-list-state';

/** What `ObjectiveList.Root` shares with its parts (read it with {@link useObjectiveListContext}). */
export type ObjectiveListContextValue = ObjectiveListState;

export const ObjectiveListContext = /* @__PURE__ */ createContext<ObjectiveListContextValue | null>(null);

/**
 * The list's state inside `ObjectiveList.Root`: rows as shown, sorting, filters, grouping,
 * moves, deletes, the panel. Throws a clear error in a part used outside its root.
 * @example const { rows, labels } = useObjectiveListContext('Count');
 */
export function useObjectiveListContext(part: string): ObjectiveListContextValue {
  const context = useContext(ObjectiveListContext);
  if (!context) throw new Error(`okrkit: <ObjectiveList.${part}> must be rendered inside <ObjectiveList.Root>.`);
  return context;
}
