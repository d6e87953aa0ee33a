'use client';
import type { DraftSession, DraftSessionState, LintIssue } from '@okrkit/core';
import { createContext, useContext } from 'react';
import type { ObjectiveEditorLabels } from './objective-editor.labels';
import type { DraftErrors, ObjectiveDraft } from './objective-editor.types';

/** What every part of an `ObjectiveEditor` reads from its Root. */
export interface ObjectiveEditorContextValue {
  mode: 'create' | 'edit';
  session: DraftSession<ObjectiveDraft>;
  state: DraftSessionState<ObjectiveDraft>;
  draft: ObjectiveDraft;
  /** The core's field errors of the draft, by path (`objective.title`, `keyResults[0].metric.target`). */
  errors: DraftErrors;
  /** The method's findings for this objective (advice: they never block saving). */
  hints: readonly LintIssue[];
  labels: ObjectiveEditorLabels;
  readOnly: boolean;
  /** Why the editor is read-only, when it is. */
  readOnlyReason: string | undefined;
  /** Applies an edit to the draft. */
  edit: (update: (draft: ObjectiveDraft) => ObjectiveDraft) => void;
  save: () => Promise<boolean>;
  /** Esc / Cancel: asks first when the draft has unsaved changes. */
  requestCancel: () => void;
  /** A fresh id for a new key result. */
  newKeyResultId: () => string;
  /** Ids of the key results storage holds (removing one deletes it in the save's batch). */
  storedKeyResultIds: ReadonlySet<string>;
  /** Moves focus to a key result's title after the next render (a row just added or removed). */
  focusKeyResult: (keyResultId: string | null) => void;
  /** Called by each row's title input so focus can be moved to it. */
  registerKeyResultTitle: (keyResultId: string, element: HTMLInputElement | null) => void;
  /** Says something to screen readers (a KR moved). */
  announce: (message: string) => void;
  /** Id of a field's error element, by path (for `aria-describedby`). */
  errorId: (path: string) => string;
}

const ObjectiveEditorContext = /* @__PURE__ */ createContext<ObjectiveEditorContextValue | null>(null);

/** The context's provider (Root only). */
export const ObjectiveEditorProvider = ObjectiveEditorContext.Provider;

/**
 * The editor's context. Throws a clear error when a part is rendered outside
 * `<ObjectiveEditor.Root>` (Radix convention).
 * @example const { draft, edit } = useObjectiveEditorContext('Title');
 */
export function useObjectiveEditorContext(part: string): ObjectiveEditorContextValue {
  const value = useContext(ObjectiveEditorContext);
  if (!value) throw new Error(`okrkit: <ObjectiveEditor.${part}> must be rendered inside <ObjectiveEditor.Root>.`);
  return value;
}
