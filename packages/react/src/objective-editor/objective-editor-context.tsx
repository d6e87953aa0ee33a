'use client';
import type { DraftSession, DraftSessionState, LintIssue } from '@okrkit/core';
import { createContext, useCallback, useContext, useRef, useSyncExternalStore } from 'react';
import { useDraftSession } from '../internal/use-draft-session';
import type { ObjectiveEditorLabels } from './objective-editor.labels';
import type { DraftErrors, ObjectiveDraft } from './objective-editor.types';
import { validateDraft } from './objective-editor.utils';

/**
 * What every part reads from its Root that does not change while the user types: the session,
 * the words, the commands. Kept apart from the draft so that a keystroke in the title
 * re-renders the title, not every field, KR row and select of the editor (bench/objective-editor).
 */
export interface ObjectiveEditorParts {
  mode: 'create' | 'edit';
  session: DraftSession<ObjectiveDraft>;
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

/** What every part of an `ObjectiveEditor` reads from its Root. */
export interface ObjectiveEditorContextValue extends ObjectiveEditorParts {
  state: DraftSessionState<ObjectiveDraft>;
  draft: ObjectiveDraft;
  /** The core's field errors of the draft, by path (`objective.title`, `keyResults[0].metric.target`). */
  errors: DraftErrors;
  /** The method's findings for this objective (advice: they never block saving). */
  hints: readonly LintIssue[];
}

const PartsContext = /* @__PURE__ */ createContext<ObjectiveEditorParts | null>(null);
const HintsContext = /* @__PURE__ */ createContext<readonly LintIssue[]>([]);

/** The contexts' providers (Root only). */
export const ObjectiveEditorPartsProvider = PartsContext.Provider;
export const ObjectiveEditorHintsProvider = HintsContext.Provider;

/**
 * The editor's steady context (session, words, commands). Throws a clear error when a part is
 * rendered outside `<ObjectiveEditor.Root>` (Radix convention).
 */
export function useEditorParts(part: string): ObjectiveEditorParts {
  const value = useContext(PartsContext);
  if (!value) throw new Error(`okrkit: <ObjectiveEditor.${part}> must be rendered inside <ObjectiveEditor.Root>.`);
  return value;
}

/** The method's findings for the draft (they trail the keystroke by a frame). */
export function useEditorHints(): readonly LintIssue[] {
  return useContext(HintsContext);
}

const validated = new WeakMap<ObjectiveDraft, DraftErrors>();

/**
 * The core's errors of one draft, validated once per draft however many fields ask (each
 * edit makes a new draft object, so the cache never goes stale).
 * @example draftErrors(draft).get('objective.title')
 */
export function draftErrors(draft: ObjectiveDraft): DraftErrors {
  let errors = validated.get(draft);
  if (!errors) validated.set(draft, (errors = validateDraft(draft)));
  return errors;
}

/**
 * A slice of the session's state; the part re-renders only when the slice changes (by
 * `isEqual`, `Object.is` by default). The select runs once per session state.
 * @example const title = useEditorState(session, (state) => state.value.objective.title);
 */
export function useEditorState<T>(session: DraftSession<ObjectiveDraft>, select: (state: DraftSessionState<ObjectiveDraft>) => T, isEqual: (a: T, b: T) => boolean = Object.is): T {
  const memo = useRef<{ state: DraftSessionState<ObjectiveDraft>; select: typeof select; value: T } | null>(null);
  const getSnapshot = useCallback(() => {
    const state = session.getState();
    const previous = memo.current;
    if (previous && previous.state === state && previous.select === select) return previous.value;
    const next = select(state);
    const value = previous && isEqual(previous.value, next) ? previous.value : next;
    memo.current = { state, select, value };
    return value;
  }, [session, select, isEqual]);
  return useSyncExternalStore(session.subscribe, getSnapshot, getSnapshot);
}

/**
 * A slice of the draft (see {@link useEditorState}).
 * @example const parentId = useDraftSlice(session, (draft) => draft.objective.parentId);
 */
export function useDraftSlice<T>(session: DraftSession<ObjectiveDraft>, select: (draft: ObjectiveDraft) => T, isEqual?: (a: T, b: T) => boolean): T {
  return useEditorState(session, (state) => select(state.value), isEqual);
}

/**
 * The editor's context, the draft and its errors and hints included: for a host's own part.
 * A part using it re-renders on every edit of the draft; okrkit's own parts read only the slice
 * they show. Throws a clear error when a part is rendered outside `<ObjectiveEditor.Root>`
 * (Radix convention).
 * @example const { draft, edit } = useObjectiveEditorContext('Title');
 */
export function useObjectiveEditorContext(part: string): ObjectiveEditorContextValue {
  const parts = useEditorParts(part);
  const state = useDraftSession(parts.session);
  const hints = useEditorHints();
  return { ...parts, state, draft: state.value, errors: draftErrors(state.value), hints };
}
