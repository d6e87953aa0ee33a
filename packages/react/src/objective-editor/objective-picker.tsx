'use client';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { okrIndex } from '@okrkit/core';
import { useOkrSelector } from '../provider/index';
import { draftErrors, useDraftSlice, useEditorParts } from './objective-editor-context';
import { filterObjectiveOptions, objectiveOptions, type ObjectiveOption } from './objective-picker.utils';
import { editorLimits } from './objective-editor.utils';

/**
 * A searchable objective picker (WAI-ARIA combobox with a listbox): type to filter by any
 * word of an objective's path to the root, ↑/↓ to move, Enter to choose, Esc to close.
 * Options that would close a loop stay listed, disabled, with the reason.
 */
function ObjectivePicker({ label, slot, excluded, onChoose }: { label: string; slot: string; excluded: ReadonlySet<string>; onChoose: (option: ObjectiveOption) => void }) {
  const { session, labels } = useEditorParts('Parent');
  const selfId = useDraftSlice(session, (draft) => draft.objective.id);
  const okrSet = useOkrSelector((snapshot) => snapshot.okrSet);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Closing on blur waits for the focus move to finish: hiding the list while Chromium moves
  // focus on Tab makes the move fail, and focus fell onto the sheet instead of the next field.
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(closing.current), []);
  // The graph is built when the picker opens, not per keystroke in the title.
  const all = useMemo(() => (open ? objectiveOptions(okrSet, selfId) : []), [open, okrSet, selfId]);
  const shown = useMemo(() => filterObjectiveOptions(all, query).filter((option) => !excluded.has(option.id)), [all, query, excluded]);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (at: number) => `${id}-option-${at}`;
  const reasonOf = (option: ObjectiveOption) =>
    option.disabledReason === 'self' ? labels.cannotAlignToSelf : option.disabledReason === 'descendant' ? labels.cannotAlignToDescendant : undefined;

  const choose = (option: ObjectiveOption | undefined) => {
    if (!option || option.disabledReason) return;
    onChoose(option);
    setQuery('');
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (shown.length === 0 ? 0 : (current + step + shown.length) % shown.length));
    } else if (event.key === 'Home' && open) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && open) {
      event.preventDefault();
      setActive(Math.max(0, shown.length - 1));
    } else if (event.key === 'Enter' && open && !event.metaKey && !event.ctrlKey) {
      event.preventDefault();
      choose(shown[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };
  const activeOption = open ? shown[active] : undefined;
  return (
    <div data-slot={slot} className={`okr-slot-${slot}`} data-state={open ? 'open' : 'closed'}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? optionId(active) : undefined}
        dir="auto"
        maxLength={editorLimits.title}
        placeholder={labels.searchObjectives}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          clearTimeout(closing.current);
          setOpen(true);
        }}
        onBlur={() => {
          clearTimeout(closing.current);
          closing.current = setTimeout(() => setOpen(false), 0);
        }}
        onKeyDown={onKeyDown}
      />
      {/* tabIndex -1: Chromium makes a scrolling box with no focusable child a Tab stop; the
          options are reached with ↑/↓ from the input (aria-activedescendant), never by Tab. */}
      <ul id={listId} role="listbox" aria-label={label} hidden={!open} tabIndex={-1} data-slot="objective-editor-options" className="okr-slot-objective-editor-options">
        {open && shown.length === 0 ? <li role="presentation">{labels.noMatches}</li> : null}
        {open
          ? shown.map((option, at) => {
              const reason = reasonOf(option);
              return (
                <li
                  key={option.id}
                  id={optionId(at)}
                  role="option"
                  aria-selected={at === active}
                  aria-disabled={reason ? true : undefined}
                  data-active={at === active ? '' : undefined}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(option)}
                >
                  <span dir="auto" data-slot="objective-editor-option-path" className="okr-slot-objective-editor-option-path">
                    {option.path.map((step, index) => (
                      <bdi key={index}>{index > 0 ? ` › ${step}` : step}</bdi>
                    ))}
                  </span>
                  {reason ? <span data-slot="objective-editor-option-reason" className="okr-slot-objective-editor-option-reason"> — {reason}</span> : null}
                </li>
              );
            })
          : null}
      </ul>
    </div>
  );
}

const NONE: readonly string[] = [];

/** An objective's title by id, through the store's index (no walk over 10,000 objectives per render). */
function useTitleOf() {
  const okrSet = useOkrSelector((snapshot) => snapshot.okrSet);
  return (id: string) => okrIndex(okrSet).objectivesById.get(id)?.title ?? id;
}

/**
 * The objective this one serves (its parent), chosen in the picker; "Not aligned" clears it.
 * @example <ObjectiveEditor.Parent />
 */
export function ObjectiveEditorParent() {
  const { session, edit, labels } = useEditorParts('Parent');
  const titleOf = useTitleOf();
  const parentId = useDraftSlice(session, (draft) => draft.objective.parentId);
  const excluded = useMemo(() => new Set(parentId ? [parentId] : []), [parentId]);
  const error = useDraftSlice(session, (draft) => draftErrors(draft).get('objective.parentId'));
  return (
    <div data-slot="objective-editor-parent" className="okr-slot-objective-editor-parent" data-state={parentId ? 'aligned' : 'orphan'}>
      <p data-slot="objective-editor-parent-value" className="okr-slot-objective-editor-parent-value">
        <span>{labels.parent}: </span>
        <bdi dir="auto">{parentId ? titleOf(parentId) : labels.noParent}</bdi>{' '}
        {parentId ? (
          <button type="button" onClick={() => edit((current) => ({ ...current, objective: { ...current.objective, parentId: undefined } }))}>
            {labels.removeContribution(titleOf(parentId))}
          </button>
        ) : null}
      </p>
      <ObjectivePicker
        label={labels.parent}
        slot="objective-editor-parent-picker"
        excluded={excluded}
        onChoose={(option) => edit((current) => ({ ...current, objective: { ...current.objective, parentId: option.id } }))}
      />
      {error ? <span data-slot="objective-editor-error" className="okr-slot-objective-editor-error">{error}</span> : null}
    </div>
  );
}

/**
 * Further objectives this one contributes to (several; same picker, loops refused the same way).
 * @example <ObjectiveEditor.ContributesTo />
 */
export function ObjectiveEditorContributesTo() {
  const { session, edit, labels } = useEditorParts('ContributesTo');
  const titleOf = useTitleOf();
  const chosen = useDraftSlice(session, (draft) => draft.objective.contributesTo) ?? NONE;
  const parentId = useDraftSlice(session, (draft) => draft.objective.parentId);
  const excluded = useMemo(() => new Set([...chosen, ...(parentId ? [parentId] : [])]), [chosen, parentId]);
  const setList = (next: string[]) => edit((current) => ({ ...current, objective: { ...current.objective, contributesTo: next.length > 0 ? next : undefined } }));
  return (
    <div data-slot="objective-editor-contributes-to" className="okr-slot-objective-editor-contributes-to">
      {chosen.length > 0 ? (
        <ul aria-label={labels.contributesTo}>
          {chosen.map((id) => (
            <li key={id}>
              <bdi dir="auto">{titleOf(id)}</bdi>{' '}
              <button type="button" onClick={() => setList(chosen.filter((other) => other !== id))}>
                {labels.removeContribution(titleOf(id))}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {chosen.length < editorLimits.contributesTo ? (
        <ObjectivePicker label={labels.contributesTo} slot="objective-editor-contributes-to-picker" excluded={excluded} onChoose={(option) => setList([...chosen, option.id])} />
      ) : null}
    </div>
  );
}
