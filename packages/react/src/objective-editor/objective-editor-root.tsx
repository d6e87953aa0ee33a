'use client';
import { createDraftSession, okrIndex, type DraftBackup, type DraftSessionState, type LintIssue, type LintOptions, type OkrStoreSnapshot } from '@okrkit/core';
import { forwardRef, useCallback, useEffect, useId, useMemo, useRef, useState, type ComponentPropsWithoutRef, type KeyboardEvent } from 'react';
import { rootClassName, visuallyHidden } from '../internal/progressbar';
import { useCan, useOkrContext, useOkrSelector, useReportError } from '../provider/index';
import { draftHints } from './draft-hints';
import { afterNextPaint } from '../internal/after-next-paint';
import { ObjectiveEditorHintsProvider, ObjectiveEditorPartsProvider, useEditorState, type ObjectiveEditorParts } from './objective-editor-context';
import { resolveEditorLabels, type ObjectiveEditorLabels } from './objective-editor.labels';
import type { ObjectiveDraft } from './objective-editor.types';
import { blankObjectiveDraft } from './objective-editor.utils';
import { saveObjectiveDraft } from './save-objective-draft';
import { slotClass } from '../internal/slot-class';

export interface ObjectiveEditorRootProps extends Omit<ComponentPropsWithoutRef<'form'>, 'defaultValue' | 'onSubmit'> {
  /** Edit this stored objective; without it the editor creates a new one. */
  objectiveId?: string;
  /** The draft, controlled. */
  value?: ObjectiveDraft;
  /** The first draft when creating, uncontrolled (e.g. a template's, or a title typed in a list). */
  defaultValue?: ObjectiveDraft;
  /** Told every change of the draft. */
  onValueChange?: (draft: ObjectiveDraft) => void;
  /** Told after a save storage accepted, with what it holds. */
  onSaved?: (draft: ObjectiveDraft) => void;
  /**
   * Writes the draft in place of `store.saveObjective` (the planning board proposes it through
   * the cycle store). Resolves with what storage now holds (or nothing: the draft itself); a
   * rejection keeps the draft and shows the reason with Retry, as a refused save does.
   * @default saveObjectiveDraft(store, draft)
   */
  onSave?: (draft: ObjectiveDraft) => Promise<ObjectiveDraft | void>;
  /** Told when the user cancels (Esc or Cancel; after confirming when there were unsaved changes). */
  onCancel?: () => void;
  /** The period a new objective starts in, when `defaultValue` does not say. */
  periodId?: string;
  /** Where unsaved drafts are copied, so a reload offers them back (memory, localStorage, IndexedDB). */
  backup?: DraftBackup<ObjectiveDraft>;
  /** The key of this draft in `backup`. @default `objective-editor:<objective id>`, or `objective-editor:new` when creating */
  backupKey?: string;
  /** Makes every field read-only (the store's read-only flag does the same). */
  readOnly?: boolean;
  /** Why it is read-only, shown and spoken beside it. */
  readOnlyReason?: string;
  /** Options of the live hints (`lintObjective`). */
  lintOptions?: LintOptions;
  /** Ids for new objectives and key results. @default random UUIDs */
  generateId?: (kind: 'objective' | 'keyResult') => string;
  /** Own words, over the provider's `labels.editor`. */
  labels?: Partial<ObjectiveEditorLabels>;
  /** Drop okrkit's styles (data attributes stay). */
  unstyled?: boolean;
}

/** What the root itself shows of the session's state. */
interface RootView {
  conflict: boolean;
  indicator: DraftSessionState<ObjectiveDraft>['indicator']['state'];
  dirty: boolean;
  /** Only while creating (the policy judges the draft); undefined when editing. */
  objective: ObjectiveDraft['objective'] | undefined;
  keyResults: ObjectiveDraft['keyResults'];
}

function rootView(state: DraftSessionState<ObjectiveDraft>, creating: boolean): RootView {
  return { conflict: state.conflict !== null, indicator: state.indicator.state, dirty: state.dirty, objective: creating ? state.value.objective : undefined, keyResults: state.value.keyResults };
}

function sameRootView(a: RootView, b: RootView): boolean {
  return a.conflict === b.conflict && a.indicator === b.indicator && a.dirty === b.dirty && a.objective === b.objective && a.keyResults === b.keyResults;
}

function sameHints(a: readonly LintIssue[], b: readonly LintIssue[]): boolean {
  return a.length === b.length && a.every((issue, at) => JSON.stringify(issue) === JSON.stringify(b[at]));
}

function randomId(kind: 'objective' | 'keyResult'): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2);
  return `${kind === 'objective' ? 'objective' : 'key-result'}-${random}`;
}

function sameDraft(a: ObjectiveDraft, b: ObjectiveDraft): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function storedDraft(snapshot: OkrStoreSnapshot, objectiveId: string): ObjectiveDraft | undefined {
  const objective = snapshot.okrSet.objectives.find((candidate) => candidate.id === objectiveId);
  if (!objective) return undefined;
  // In the saved order (position, then the store's order for unpositioned ones), as every other widget lists them; a copy the draft may reorder.
  const keyResults = [...(okrIndex(snapshot.okrSet).keyResultsByObjective.get(objectiveId) ?? [])];
  return { objective, keyResults, removedKeyResultIds: [] };
}

/**
 * The editor's root: a `<form>` that holds one draft session (the core's `createDraftSession`)
 * and gives every part the draft, its field errors and the method's hints. Creates a `draft`
 * objective by default; saves everything in one batch (`store.saveObjective`) on Save or
 * Mod+Enter; Esc cancels (asking first when there are unsaved changes). A refused save keeps
 * the draft (and its backup) with the reason and a Retry.
 * @example
 * <ObjectiveEditor.Root periodId="q1-2026" onSaved={close} onCancel={close}>
 *   <ObjectiveEditor.Fields />
 *   <ObjectiveEditor.KeyResults />
 *   <ObjectiveEditor.Hints />
 *   <ObjectiveEditor.Actions />
 * </ObjectiveEditor.Root>
 */
export const ObjectiveEditorRoot = /* @__PURE__ */ forwardRef<HTMLFormElement, ObjectiveEditorRootProps>(function ObjectiveEditorRoot(props, ref) {
  const { objectiveId, defaultValue, periodId, generateId = randomId } = props;
  const { store } = useOkrContext();
  const stored = useOkrSelector(
    useCallback((snapshot: OkrStoreSnapshot) => (objectiveId ? storedDraft(snapshot, objectiveId) : undefined), [objectiveId]),
    (a, b) => (a && b ? sameDraft(a, b) : a === b),
  );
  const [created] = useState(() => defaultValue ?? props.value ?? blankObjectiveDraft({ id: generateId('objective'), periodId: periodId ?? '' }));
  const initial = objectiveId ? stored : created;
  if (!initial) return null;
  return <EditorSession {...props} key={objectiveId ?? created.objective.id} ref={ref} initial={initial} stored={stored} store={store} />;
});

type SessionProps = ObjectiveEditorRootProps & { initial: ObjectiveDraft; stored: ObjectiveDraft | undefined; store: ReturnType<typeof useOkrContext>['store'] };

const EditorSession = /* @__PURE__ */ forwardRef<HTMLFormElement, SessionProps>(function EditorSession(props, ref) {
  const {
    objectiveId, value, defaultValue: _defaultValue, onValueChange, onSaved, onSave, onCancel, periodId: _periodId, backup, backupKey,
    readOnly: readOnlyProp = false, readOnlyReason, lintOptions, generateId = randomId, labels: ownLabels, unstyled,
    initial, stored, store, className, children, ...formProps
  } = props;
  const context = useOkrContext();
  const labels = useMemo(() => resolveEditorLabels(context.labels, ownLabels), [context.labels, ownLabels]);
  const storeReadOnly = useOkrSelector((snapshot) => snapshot.readOnly);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const onSaveRef = useRef(onSave);
  onSaveRef.current = onSave;
  const reportError = useReportError();
  const reportErrorRef = useRef(reportError);
  reportErrorRef.current = reportError;

  const [session] = useState(() =>
    createDraftSession<ObjectiveDraft>({
      initial,
      isNew: !objectiveId,
      save: async (draft) => {
        try {
          const saved = onSaveRef.current ? ((await onSaveRef.current(draft)) ?? draft) : await saveObjectiveDraft(store, draft);
          onSavedRef.current?.(saved);
          return saved;
        } catch (cause) {
          reportErrorRef.current(cause, { widget: 'editor', action: 'save', kind: 'objective', recordId: draft.objective.id });
          throw cause;
        }
      },
      backup,
      // A new objective's draft keeps one key across reloads (its random id would not).
      backupKey: backup ? (backupKey ?? (objectiveId ? `objective-editor:${objectiveId}` : 'objective-editor:new')) : undefined,
      autosaveMs: null,
      equals: sameDraft,
    }),
  );
  useEffect(() => () => session.dispose(), [session]);
  // The root re-renders when what it shows changes (save state, conflict, a KR added or removed,
  // the draft's objective while creating: the policy judges it), not on every keystroke in a field.
  const creating = !objectiveId;
  const view = useEditorState(
    session,
    useCallback((state: DraftSessionState<ObjectiveDraft>) => rootView(state, creating), [creating]),
    sameRootView,
  );

  // Storage changed elsewhere (another tab, a check-in): a clean draft follows it, a dirty one meets it at save.
  useEffect(() => {
    if (stored) session.storedChanged(stored);
  }, [session, stored]);
  // Controlled: the host's value is the draft.
  useEffect(() => {
    if (value && !sameDraft(value, session.getState().value)) session.edit(() => value);
  }, [session, value]);
  // Told every change of the draft, straight from the session (the root does not re-render per keystroke).
  const onValueChangeRef = useRef(onValueChange);
  onValueChangeRef.current = onValueChange;
  useEffect(() => {
    let lastTold = session.getState().value;
    return session.subscribe(() => {
      const next = session.getState().value;
      if (next === lastTold) return;
      lastTold = next;
      onValueChangeRef.current?.(next);
    });
  }, [session]);

  // The provider's policy: editing needs `update` on the stored objective, creating `create` on the draft (its team decides).
  const judged = objectiveId ? (stored?.objective ?? initial.objective) : (view.objective ?? initial.objective);
  const target = useMemo(() => ({ kind: 'objective' as const, record: judged, objective: judged }), [judged]);
  const permission = useCan(objectiveId ? 'update' : 'create', target);
  const readOnly = readOnlyProp || storeReadOnly || !permission.allowed;
  const reason = readOnlyReason ?? (permission.allowed ? undefined : permission.reason);
  const okrSet = useOkrSelector((snapshot) => snapshot.okrSet);
  // Hints trail the keystroke: worked out in a task after the paint that shows it (not in its
  // render, nor in a task that could hold that paint up: bench/objective-editor), and only a
  // change of the findings re-renders the parts that show them.
  const lintOptionsRef = useRef(lintOptions);
  lintOptionsRef.current = lintOptions;
  const [hints, setHints] = useState<readonly LintIssue[]>(() => draftHints(okrSet, session.getState().value, lintOptions));
  useEffect(() => {
    const update = () => {
      const next = draftHints(okrSet, session.getState().value, lintOptionsRef.current);
      setHints((previous) => (sameHints(previous, next) ? previous : next));
    };
    update();
    let cancel: (() => void) | undefined;
    const unsubscribe = session.subscribe(() => {
      cancel ??= afterNextPaint(() => {
        cancel = undefined;
        update();
      });
    });
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [session, okrSet, lintOptions]);

  const storedKeyResultIds = useMemo(() => new Set((stored ?? { keyResults: [] }).keyResults.map((keyResult) => keyResult.id)), [stored]);
  const titles = useRef(new Map<string, HTMLInputElement>());
  const [pendingFocus, setPendingFocus] = useState<{ id: string | null } | null>(null);
  const rootElement = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if (!pendingFocus) return;
    const target = pendingFocus.id ? titles.current.get(pendingFocus.id) : rootElement.current?.querySelector<HTMLElement>('[data-slot="objective-editor-add-key-result"]');
    target?.focus();
    setPendingFocus(null);
  }, [pendingFocus, view.keyResults]);

  const [announcement, setAnnouncement] = useState('');
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const baseId = useId();

  const requestCancel = useCallback(() => {
    if (session.getState().dirty) setConfirmingCancel(true);
    else onCancel?.();
  }, [session, onCancel]);

  // Steady while the user types: parts read the draft's slices from the session themselves.
  const contextValue = useMemo<ObjectiveEditorParts>(
    () => ({
      mode: objectiveId ? 'edit' : 'create',
      session,
      labels,
      readOnly,
      readOnlyReason: readOnly ? (reason ?? labels.readOnly) : undefined,
      edit: (update) => session.edit(update),
      save: () => session.flush(),
      requestCancel,
      newKeyResultId: () => generateId('keyResult'),
      storedKeyResultIds,
      focusKeyResult: (id) => setPendingFocus({ id }),
      registerKeyResultTitle: (id, element) => {
        if (element) titles.current.set(id, element);
        else titles.current.delete(id);
      },
      announce: setAnnouncement,
      errorId: (path) => `${baseId}-error-${path.replace(/[^a-zA-Z0-9]/g, '-')}`,
    }),
    [objectiveId, session, labels, readOnly, reason, requestCancel, generateId, storedKeyResultIds, baseId],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    formProps.onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      if (!readOnly) void session.flush();
    } else if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type !== 'checkbox' && event.target.type !== 'radio') {
      // No implicit submission: Enter in a field never saves (Mod+Enter and the Save button do).
      event.preventDefault();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (confirmingCancel) setConfirmingCancel(false);
      else requestCancel();
    }
  };

  const name = objectiveId ? labels.editObjective(stored?.objective.title ?? initial.objective.title) : labels.newObjective;
  return (
    <ObjectiveEditorPartsProvider value={contextValue}>
      <ObjectiveEditorHintsProvider value={hints}>
      <form
        {...formProps}
        ref={(element) => {
          rootElement.current = element;
          if (typeof ref === 'function') ref(element);
          else if (ref) ref.current = element;
        }}
        aria-label={formProps['aria-label'] ?? name}
        noValidate
        className={slotClass('objective-editor', rootClassName('okr-objective-editor', unstyled, className))}
        data-slot="objective-editor"
        data-state={view.conflict ? 'conflict' : view.indicator}
        data-mode={objectiveId ? 'edit' : 'create'}
        data-dirty={view.dirty ? '' : undefined}
        onKeyDown={onKeyDown}
        onSubmit={(event) => {
          event.preventDefault();
          if (!readOnly) void session.flush();
        }}
      >
        {readOnly ? (
          <p id={`${baseId}-read-only`} data-slot="objective-editor-read-only" className="okr-slot-objective-editor-read-only" role="note">
            {reason ?? labels.readOnly}
          </p>
        ) : null}
        <fieldset data-slot="objective-editor-body" className="okr-slot-objective-editor-body" disabled={readOnly} aria-describedby={readOnly ? `${baseId}-read-only` : undefined}>
          <legend style={visuallyHidden}>{name}</legend>
          {children}
        </fieldset>
        {confirmingCancel ? (
          <div role="alertdialog" aria-modal="false" aria-label={labels.discardChanges} data-slot="objective-editor-confirm-cancel" className="okr-slot-objective-editor-confirm-cancel">
            <p>{labels.discardChanges}</p>
            <button type="button" autoFocus onClick={() => setConfirmingCancel(false)}>
              {labels.keepEditing}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirmingCancel(false);
                session.discardRestore();
                onCancel?.();
              }}
            >
              {labels.discard}
            </button>
          </div>
        ) : null}
        <div role="status" style={visuallyHidden} data-slot="objective-editor-announcer" className="okr-slot-objective-editor-announcer">
          {announcement}
        </div>
      </form>
      </ObjectiveEditorHintsProvider>
    </ObjectiveEditorPartsProvider>
  );
});
