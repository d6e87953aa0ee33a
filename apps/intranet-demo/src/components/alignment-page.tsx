import type { Status } from '@okrkit/core';
import { AlignmentTree, CheckInTimeline, KeyResultChart, ObjectiveCard, useKeyResultsOf, useObjective, useOkrContext } from '@okrkit/react';
import { useDeferredValue, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { mayWrite, type Person } from '../../shared/directory.mjs';
import { topLevelTeamIds } from '../org-chart';

export interface AlignmentPageProps {
  /** The signed-in person: decides whether past check-ins can be corrected here. */
  person: Person;
  /** Display names of teams, by id; their order is the team filter's order. */
  teamNames: Readonly<Record<string, string>>;
}

/** The statuses the filter offers, in the order a reader scans for trouble. */
const statusOrder: readonly Status[] = ['off-track', 'at-risk', 'on-track', 'not-started', 'achieved'];

/** The whole company's tree has a dozen objectives: show all of it. */
const expandAll = 'all';

/**
 * Left to right: the examples' tree is four levels deep and five companies wide, so in the
 * column beside the card it fits at a readable zoom this way, not top-down.
 */
const direction = 'left-right';

/**
 * The "Alignment" page: okrkit's `AlignmentTree` of every objective in the company, under
 * the host's filter bar (team, status, text), with the selected objective's card beside
 * it. The filters go to the tree as props; okrkit filters (keeping every match's
 * ancestors) and draws.
 */
export function AlignmentPage({ person, teamNames }: AlignmentPageProps) {
  const { labels } = useOkrContext();
  const [teamId, setTeamId] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const [text, setText] = useState('');
  // Typing stays responsive; the tree filters a moment later.
  const deferredText = useDeferredValue(text);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const teamIds = useMemo(() => (teamId ? [teamId] : undefined), [teamId]);
  const statuses = useMemo(() => (status ? [status] : undefined), [status]);
  const filtered = teamId !== '' || status !== '' || text.trim() !== '';
  const ids = { team: useId(), status: useId(), text: useId() };
  const frameRef = useRef<HTMLDivElement>(null);
  const frameSize = useFrameSize(frameRef);

  function clearFilters() {
    setTeamId('');
    setStatus('');
    setText('');
  }

  return (
    <>
      <header className="page-header">
        <div>
          <h1 tabIndex={-1}>Alignment</h1>
          <p className="intro">
            Who serves whom, company by company. Solid lines are an objective’s parent, dashed lines the other objectives it contributes to.
            Select an objective to see its card; arrow keys move through the tree.
          </p>
        </div>
      </header>
      <form className="filter-bar" role="search" aria-label="Filter the alignment tree" onSubmit={(event) => event.preventDefault()}>
        <div className="filter-field">
          <label htmlFor={ids.team}>Team</label>
          <select id={ids.team} value={teamId} onChange={(event) => setTeamId(event.target.value)}>
            <option value="">All teams</option>
            {Object.entries(teamNames).map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor={ids.status}>Status</label>
          <select id={ids.status} value={status} onChange={(event) => setStatus(event.target.value as Status | '')}>
            <option value="">All statuses</option>
            {statusOrder.map((value) => (
              <option key={value} value={value}>
                {labels.status[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field filter-field-text">
          <label htmlFor={ids.text}>Search</label>
          <input id={ids.text} type="search" value={text} placeholder="Title or key result" onChange={(event) => setText(event.target.value)} />
        </div>
        <button type="button" className="intranet-button intranet-button-quiet" onClick={clearFilters} disabled={!filtered}>
          Clear filters
        </button>
      </form>
      <div className="alignment-layout">
        <div className="alignment-tree-frame" ref={frameRef}>
          {frameSize ? (
            <AlignmentTree
              aria-label="Company alignment"
              direction={direction}
              initialSize={frameSize}
              topLevelTeamIds={topLevelTeamIds}
              defaultExpanded={expandAll}
              teamIds={teamIds}
              statuses={statuses}
              text={deferredText}
              selectedId={selectedId}
              onSelectedChange={setSelectedId}
            />
          ) : null}
        </div>
        <aside className="alignment-detail" aria-label="Selected objective">
          <SelectedObjective objectiveId={selectedId} person={person} />
        </aside>
      </div>
    </>
  );
}

function SelectedObjective({ objectiveId, person }: { objectiveId: string | null; person: Person }) {
  // The selection can outlive its objective (deleted in another tab): say so rather than show an empty card.
  const objective = useObjective(objectiveId ?? '');
  const keyResults = useKeyResultsOf(objectiveId ?? '');
  const headingId = useId();
  if (objectiveId === null) {
    return <p className="alignment-hint">Select an objective in the tree to see its card here: progress, key results, check-ins and health.</p>;
  }
  if (!objective) return <p className="alignment-hint">This objective no longer exists.</p>;
  // The same policy the server enforces, so nobody is offered a correction it would refuse.
  const mayCorrect = mayWrite(person, objective);
  return (
    <>
      <ObjectiveCard objectiveId={objectiveId} lintOptions={lintOptions} />
      <section className="objective-history" aria-labelledby={headingId}>
        <h2 id={headingId}>Progress over time</h2>
        {/* Each key result's burn-up against the expected line, then every check-in. */}
        <div className="objective-history-charts">
          {keyResults.map((keyResult) => (
            <KeyResultChart key={keyResult.id} keyResultId={keyResult.id} />
          ))}
        </div>
        <CheckInTimeline objectiveId={objectiveId} canEdit={mayCorrect} />
      </section>
    </>
  );
}

const lintOptions = { topLevelTeamIds } as const;

/** The tree's canvas height, as `--okr-tree-height` sets it in styles.css (34rem). */
const treeHeightRem = 34;

/**
 * The size the tree's canvas will have, measured before the tree mounts. Workaround:
 * `AlignmentTree` places its first view (fit to the tree) at `initialSize` (960 × 600 by
 * default) when the OKRs are already loaded, before it measures itself, so in a narrower
 * column the right of the tree starts cut off.
 */
function useFrameSize(frameRef: RefObject<HTMLDivElement | null>): { width: number; height: number } | null {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    // Less the canvas's 1px borders.
    setSize({ width: Math.max(1, frame.clientWidth - 2), height: treeHeightRem * rem - 2 });
  }, [frameRef]);
  return size;
}
