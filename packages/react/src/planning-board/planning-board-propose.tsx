'use client';
import { ValidationFailedError, type KeyResult } from '@okrkit/core';
import { useId, useRef, useState } from 'react';
import { ObjectiveEditorKeyResults } from '../objective-editor/key-result-rows';
import { ObjectiveEditorDescription, ObjectiveEditorKind, ObjectiveEditorTeam, ObjectiveEditorTitle } from '../objective-editor/objective-editor-fields';
import { ObjectiveEditorContributesTo, ObjectiveEditorParent } from '../objective-editor/objective-picker';
import { ObjectiveEditorRoot } from '../objective-editor/objective-editor-root';
import { ObjectiveEditorActions, ObjectiveEditorHints } from '../objective-editor/objective-editor-status';
import type { ObjectiveDraft } from '../objective-editor/objective-editor.types';
import { blankObjectiveDraft, draftForSave } from '../objective-editor/objective-editor.utils';
import { useOkrContext } from '../provider/okr-provider';
import { usePlanningBoardContext } from './planning-board-context';
import { NotAllowed } from './planning-board-status';

function randomObjectiveId(): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2);
  return `objective-${random}`;
}

/** The proposal's own field inside the editor: the strategy or company goal it answers (required). */
function ProposalStrategy({ value, onChange, missing }: { value: string; onChange: (value: string) => void; missing: boolean }) {
  const { labels } = usePlanningBoardContext();
  const id = useId();
  const errorId = useId();
  return (
    <div data-slot="planning-board-strategy" className="okr-slot-planning-board-strategy" data-invalid={missing ? '' : undefined}>
      <label htmlFor={id}>{labels.strategy}</label>
      <input id={id} type="text" dir="auto" maxLength={2000} value={value} aria-required aria-invalid={missing || undefined} aria-describedby={missing ? errorId : undefined} onChange={(event) => onChange(event.target.value)} />
      {missing ? <span id={errorId} data-slot="planning-board-field-error" className="okr-slot-planning-board-field-error">{labels.required}</span> : null}
    </div>
  );
}

/** A proposal's key results as `propose` takes them: positions come from their order there. */
function proposedKeyResults(keyResults: readonly KeyResult[]) {
  return keyResults.map(({ objectiveId: _objectiveId, position: _position, ...keyResult }) => keyResult);
}

/**
 * "Propose an objective": opens the full `ObjectiveEditor` (title, description, team, kind,
 * parent and contributions, key results with their metric kinds, the method's hints) with the
 * proposal's own field, the strategy it answers, and submits everything as one batch through the
 * cycle store's `propose` (objective in state `proposed` in the cycle's period, owned by the
 * proposer unless changed, its key results, the proposal). A refusal keeps all that was typed,
 * with the reason and Retry. Hidden, with the reason in its place, for whoever may not propose
 * now (no proposer role, the provider's `can`, the phase or its deadline).
 * @example <PlanningBoard.Propose />
 */
export function PlanningBoardPropose() {
  const { cycle, cycleStore, labels, permissions, personId } = usePlanningBoardContext();
  const { store } = useOkrContext();
  const [open, setOpen] = useState(false);
  const [strategy, setStrategy] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState('');
  const strategyRef = useRef(strategy);
  strategyRef.current = strategy;
  const [draft, setDraft] = useState<ObjectiveDraft | null>(null);
  const editorId = useId();
  const { propose } = permissions;
  if (!cycle) return null;

  const start = () => {
    // A fresh draft per opening; a cancelled one is gone, a refused one stays while the editor is open.
    setDraft(blankObjectiveDraft({ id: randomObjectiveId(), periodId: cycle.periodId, state: 'proposed', ...(personId === undefined ? {} : { ownerId: personId }) }));
    setDone('');
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    setDraft(null);
    setStrategy('');
    setMissing(false);
  };
  const submit = async (value: ObjectiveDraft): Promise<ObjectiveDraft> => {
    const answers = strategyRef.current.trim();
    if (answers === '') {
      setMissing(true);
      throw new ValidationFailedError([{ path: '', message: `${labels.strategy}: ${labels.required}` }]);
    }
    setMissing(false);
    if (personId === undefined) throw new ValidationFailedError([{ path: '', message: labels.notInRole.proposer }]);
    const ready = draftForSave(value);
    const { periodId: _periodId, state: _state, ...objective } = ready.objective;
    const result = await cycleStore.propose({ cycleId: cycle.id, proposerId: personId, strategy: answers, objective, keyResults: proposedKeyResults(ready.keyResults) });
    const keyResults = store.getSnapshot().okrSet.keyResults.filter((keyResult) => keyResult.objectiveId === result.objective.id);
    return { objective: result.objective, keyResults, removedKeyResultIds: [] };
  };

  return (
    <div data-slot="planning-board-propose" className="okr-slot-planning-board-propose" data-state={open ? 'open' : 'closed'}>
      {propose.allowed ? (
        <button type="button" data-slot="planning-board-propose-trigger" className="okr-slot-planning-board-propose-trigger" aria-expanded={open} aria-controls={open ? editorId : undefined} onClick={() => (open ? close() : start())}>
          {labels.propose}
        </button>
      ) : (
        <NotAllowed permission={propose} />
      )}
      {open && draft && propose.allowed ? (
        <ObjectiveEditorRoot
          id={editorId}
          aria-label={labels.propose}
          defaultValue={draft}
          onSave={submit}
          onSaved={() => {
            close();
            setDone(labels.proposed);
          }}
          onCancel={close}
          labels={{ save: labels.submitProposal, cancel: labels.cancel }}
        >
          <ObjectiveEditorTitle autoFocus />
          <ProposalStrategy value={strategy} onChange={(next) => { setStrategy(next); if (next.trim() !== '') setMissing(false); }} missing={missing} />
          <ObjectiveEditorDescription />
          <ObjectiveEditorTeam />
          <ObjectiveEditorKind />
          <ObjectiveEditorParent />
          <ObjectiveEditorContributesTo />
          <ObjectiveEditorKeyResults />
          <ObjectiveEditorHints />
          <ObjectiveEditorActions />
        </ObjectiveEditorRoot>
      ) : null}
      <p role="status" data-slot="planning-board-done" className="okr-slot-planning-board-done">{done}</p>
    </div>
  );
}
