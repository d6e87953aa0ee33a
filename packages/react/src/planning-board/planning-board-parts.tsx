'use client';
import type { BallotIssue, OkrStoreSnapshot, ProposalComment, ProposalCommentStance } from '@okrkit/core';
import { announcementOf, announcementToHtml, announcementToMarkdown, announcementToPlainText, nextPhase, PLANNING_PHASES } from '@okrkit/core/cycle';
import { useEffect, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useOkrSelector } from '../provider/hooks';
import { formatNumber } from '../format/number-format';
import { PersonName, useDirectoryNames } from '../provider/directory-hooks';
import { usePlanningBoardContext, type PlanningProposal } from './planning-board-context';
import { PlanningBoardPropose } from './planning-board-propose';
import { RankingList } from './planning-board-ranking';
import { NotAllowed, SaveStatus, useSave } from './planning-board-status';

const okrSetOf = (snapshot: OkrStoreSnapshot) => snapshot.okrSet;
const STANCES: readonly ProposalCommentStance[] = ['for', 'against', 'question'];

function Section({ title, slot, children }: { title: string; slot: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} data-slot={`planning-board-${slot}`} className={`okr-slot-${`planning-board-${slot}`}`}>
      <h2 id={id} data-slot="planning-board-heading" className="okr-slot-planning-board-heading">{title}</h2>
      {children}
    </section>
  );
}

/** The seven phases as a stepper (`aria-current="step"` on the cycle's phase), with deadlines and, for the confirmer, moving on. */
export function PlanningBoardPhases() {
  const { cycle, cycleStore, labels, permissions, formatDate } = usePlanningBoardContext();
  const save = useSave();
  const reasonId = useId();
  if (!cycle) return null;
  const current = PLANNING_PHASES.indexOf(cycle.phase);
  const next = nextPhase(cycle.phase);
  const { advance } = permissions;
  return (
    <nav aria-label={labels.phases} data-slot="planning-board-phases" className="okr-slot-planning-board-phases">
      <ol data-slot="planning-board-steps" className="okr-slot-planning-board-steps">
        {PLANNING_PHASES.map((phase, index) => {
          const deadline = cycle.phases.find((entry) => entry.phase === phase)?.deadline;
          const state = index < current ? 'done' : index === current ? 'current' : 'upcoming';
          return (
            <li key={phase} data-slot="planning-board-step" className="okr-slot-planning-board-step" data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
              <span data-slot="planning-board-step-marker" className="okr-slot-planning-board-step-marker" aria-hidden="true">{state === 'done' ? '✓' : index + 1}</span>
              <span data-slot="planning-board-step-name" className="okr-slot-planning-board-step-name">{labels.phaseNames[phase]}</span>
              {deadline ? <span data-slot="planning-board-step-deadline" className="okr-slot-planning-board-step-deadline">{labels.deadline(formatDate(deadline))}</span> : null}
            </li>
          );
        })}
      </ol>
      {next ? (
        <>
          <button
            type="button"
            data-slot="planning-board-advance" className="okr-slot-planning-board-advance"
            aria-disabled={!advance.allowed || save.saving}
            aria-describedby={advance.allowed ? undefined : reasonId}
            title={advance.reason}
            onClick={() => {
              if (advance.allowed && !save.saving) void save.run(() => cycleStore.advancePhase(cycle.id), labels.advanced(labels.phaseNames[next]));
            }}
          >
            {labels.advanceTo(labels.phaseNames[next])}
          </button>
          <NotAllowed permission={advance} id={reasonId} />
        </>
      ) : null}
      <SaveStatus failed={save.failed} done={save.done} reason={save.reason} failedText={labels.saveFailed} />
    </nav>
  );
}

function Field({ label, value, onChange, invalid, required, multiline, autoFocus }: { label: string; value: string; onChange: (value: string) => void; invalid: boolean; required: string; multiline?: boolean; autoFocus?: boolean }) {
  const id = useId();
  const errorId = useId();
  const shared = { id, value, dir: 'auto' as const, maxLength: 2000, 'aria-invalid': invalid || undefined, 'aria-describedby': invalid ? errorId : undefined, 'aria-required': true, autoFocus };
  return (
    <div data-slot="planning-board-field" className="okr-slot-planning-board-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...shared} rows={2} onChange={(event) => onChange(event.target.value)} /> : <input {...shared} type="text" onChange={(event) => onChange(event.target.value)} />}
      {invalid ? <span id={errorId} data-slot="planning-board-field-error" className="okr-slot-planning-board-field-error">{required}</span> : null}
    </div>
  );
}

function CommentForm({ proposalId, replyTo, onDone }: { proposalId: string; replyTo?: ProposalComment; onDone?: () => void }) {
  const { cycleStore, labels, personId } = usePlanningBoardContext();
  const [stance, setStance] = useState<ProposalCommentStance>('for');
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const save = useSave();
  const stanceId = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (personId === undefined || text.trim() === '') return;
    const ok = await save.run(() => cycleStore.comment({ proposalId, authorId: personId, stance, text: text.trim(), replyToId: replyTo?.id }), '');
    if (ok) {
      setText('');
      setTouched(false);
      onDone?.();
    }
  };
  return (
    <form data-slot="planning-board-comment-form" className="okr-slot-planning-board-comment-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset>
        <legend id={stanceId}>{labels.stance}</legend>
        {STANCES.map((option) => (
          <label key={option} data-slot="planning-board-stance-option" className="okr-slot-planning-board-stance-option">
            <input type="radio" name={`${proposalId}-${replyTo?.id ?? 'top'}-stance`} value={option} checked={stance === option} onChange={() => setStance(option)} />
            {labels.stances[option]}
          </label>
        ))}
      </fieldset>
      <Field label={replyTo ? labels.reply : labels.comment} value={text} onChange={setText} invalid={touched && text.trim() === ''} required={labels.required} multiline />
      <button type="submit" aria-disabled={save.saving}>{save.saving ? labels.saving : labels.postComment}</button>
      <SaveStatus failed={save.failed} done={save.done} reason={save.reason} failedText={labels.saveFailed} />
    </form>
  );
}

function CommentItem({ comment, proposalId, canReply }: { comment: ProposalComment; proposalId: string; canReply: boolean }) {
  const { labels } = usePlanningBoardContext();
  const [replying, setReplying] = useState(false);
  return (
    <li data-slot="planning-board-comment" className="okr-slot-planning-board-comment" data-stance={comment.stance} data-reply={comment.replyToId ? 'true' : undefined}>
      <span data-slot="planning-board-comment-stance" className="okr-slot-planning-board-comment-stance">{labels.stances[comment.stance]}</span> <PersonName personId={comment.authorId} avatar={false} />
      <p dir="auto" data-slot="planning-board-comment-text" className="okr-slot-planning-board-comment-text">{comment.text}</p>
      {canReply && comment.replyToId === undefined ? (
        replying ? (
          <CommentForm proposalId={proposalId} replyTo={comment} onDone={() => setReplying(false)} />
        ) : (
          <button type="button" data-slot="planning-board-reply" className="okr-slot-planning-board-reply" onClick={() => setReplying(true)}>
            {labels.reply}
          </button>
        )
      ) : null}
    </li>
  );
}

function ProposalItem({ entry }: { entry: PlanningProposal }) {
  const { labels, permissions, cycle } = usePlanningBoardContext();
  const { personName } = useDirectoryNames();
  const { proposal, objective, comments } = entry;
  // This proposal's discussion: its proposer answers in it, other proposers do not.
  const discuss = permissions.commentOn(entry);
  const headingId = useId();
  const rejection = cycle?.decision?.rejections.find((candidate) => candidate.proposalId === proposal.id);
  const confirmedAt = cycle?.decision?.order.indexOf(proposal.id) ?? -1;
  return (
    <li data-slot="planning-board-proposal" className="okr-slot-planning-board-proposal" aria-labelledby={headingId}>
      <h3 id={headingId} data-slot="planning-board-proposal-title" className="okr-slot-planning-board-proposal-title">
        <bdi>{objective?.title ?? proposal.objectiveId}</bdi>
      </h3>
      <p data-slot="planning-board-proposal-meta" className="okr-slot-planning-board-proposal-meta">
        <bdi>{labels.proposedBy(personName(proposal.proposerId))}</bdi> · <bdi>{labels.answers(proposal.strategy)}</bdi>
      </p>
      {rejection ? <p data-slot="planning-board-proposal-decision" className="okr-slot-planning-board-proposal-decision" data-state="rejected">{labels.rejected}: <span dir="auto">{rejection.reason}</span></p> : null}
      {confirmedAt >= 0 ? <p data-slot="planning-board-proposal-decision" className="okr-slot-planning-board-proposal-decision" data-state="confirmed">{labels.place} {confirmedAt + 1}</p> : null}
      <details data-slot="planning-board-discussion" className="okr-slot-planning-board-discussion">
        <summary>{labels.comments(String(comments.length))}</summary>
        {comments.length > 0 ? (
          <ul data-slot="planning-board-comments" className="okr-slot-planning-board-comments">
            {comments.map((comment) => <CommentItem key={comment.id} comment={comment} proposalId={proposal.id} canReply={discuss.allowed} />)}
          </ul>
        ) : null}
        {discuss.allowed ? <CommentForm proposalId={proposal.id} /> : <NotAllowed permission={discuss} />}
      </details>
    </li>
  );
}

/** The cycle's proposals, each with its proposer, the strategy it answers and its discussion; "Propose an objective" above them. */
export function PlanningBoardProposals() {
  const { proposals, labels } = usePlanningBoardContext();
  return (
    <Section title={labels.proposals} slot="proposals">
      <PlanningBoardPropose />
      {proposals.length === 0 ? <p data-slot="planning-board-empty" className="okr-slot-planning-board-empty">{labels.noProposals}</p> : (
        <ul data-slot="planning-board-proposal-list" className="okr-slot-planning-board-proposal-list">
          {proposals.map((entry) => <ProposalItem key={entry.proposal.id} entry={entry} />)}
        </ul>
      )}
    </Section>
  );
}

/** The person's own vote: a ranking (drag or Alt+↑/↓) or points per proposal, by the cycle's method; saving replaces an earlier vote. */
export function PlanningBoardBallot() {
  const { cycle, cycleStore, proposals, myVote, labels, permissions, personId, locale, titleOf } = usePlanningBoardContext();
  const ids = proposals.map((entry) => entry.proposal.id);
  const key = ids.join('\u0000');
  const initialOrder = () => {
    const ranked = myVote?.ballot.kind === 'ranking' ? myVote.ballot.ranking.filter((id) => ids.includes(id)) : [];
    return [...ranked, ...ids.filter((id) => !ranked.includes(id))];
  };
  const [order, setOrder] = useState<string[]>(initialOrder);
  const [points, setPoints] = useState<Record<string, string>>(() => (myVote?.ballot.kind === 'points' ? Object.fromEntries(Object.entries(myVote.ballot.points).map(([id, value]) => [id, String(value)])) : {}));
  // New proposals join the end of the ranking; gone ones leave it.
  useEffect(() => setOrder((previous) => [...previous.filter((id) => ids.includes(id)), ...ids.filter((id) => !previous.includes(id))]), [key]);
  const save = useSave();
  if (!cycle) return null;
  const { vote } = permissions;
  const method = cycle.votingMethod;
  const budget = method.kind === 'points' ? method.budget : 0;
  const parsed = Object.fromEntries(ids.map((id) => [id, Number(points[id] ?? '0') || 0]));
  const invalidPoints = ids.filter((id) => { const value = Number(points[id] ?? '0'); return !Number.isFinite(value) || value < 0 || !Number.isInteger(value); });
  const spent = Object.values(parsed).reduce((sum, value) => sum + Math.max(0, value), 0);
  const over = method.kind === 'points' && spent > budget;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!vote.allowed || personId === undefined || over || invalidPoints.length > 0 || ids.length === 0) return;
    const ballot = method.kind === 'ranking' ? { kind: 'ranking' as const, ranking: order } : { kind: 'points' as const, points: Object.fromEntries(Object.entries(parsed).filter(([, value]) => value > 0)) };
    await save.run(() => cycleStore.vote({ cycleId: cycle.id, voterId: personId, ballot }), labels.voteSaved);
  };
  return (
    <Section title={labels.ballot} slot="ballot">
      {!vote.allowed ? <NotAllowed permission={vote} /> : ids.length === 0 ? <p data-slot="planning-board-empty" className="okr-slot-planning-board-empty">{labels.noProposals}</p> : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          {method.kind === 'ranking' ? (
            <RankingList order={order} onOrderChange={setOrder} label={labels.ballot} />
          ) : (
            <fieldset data-slot="planning-board-points" className="okr-slot-planning-board-points">
              <legend>{labels.pointsSpent(formatNumber(spent, locale), formatNumber(budget, locale))}</legend>
              {ids.map((id) => (
                <PointsInput key={id} title={titleOf(id)} value={points[id] ?? ''} invalid={invalidPoints.includes(id)} budget={budget} onChange={(value) => setPoints({ ...points, [id]: value })} />
              ))}
              {over ? <p role="alert" data-slot="planning-board-error" className="okr-slot-planning-board-error">{labels.overBudget(formatNumber(budget, locale))}</p> : null}
            </fieldset>
          )}
          <button type="submit" aria-disabled={save.saving || over}>{save.saving ? labels.saving : labels.saveVote}</button>
        </form>
      )}
      <SaveStatus failed={save.failed} done={save.done} reason={save.reason} failedText={labels.saveFailed} />
    </Section>
  );
}

function PointsInput({ title, value, invalid, budget, onChange }: { title: string; value: string; invalid: boolean; budget: number; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div data-slot="planning-board-field" className="okr-slot-planning-board-field">
      <label htmlFor={id}><bdi>{title}</bdi></label>
      <input id={id} type="number" inputMode="numeric" min={0} max={budget} step={1} value={value} aria-invalid={invalid || undefined} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

const ISSUE_KINDS = ['not-a-voter', 'duplicate-vote', 'wrong-method', 'unknown-proposal', 'repeated-proposal', 'over-budget', 'invalid-points'] as const;

/** The live tally (`tallyVotes`) as a table with its numbers, and its explanation: the rule, ballots counted, abstentions, ballots left out, ties. */
export function PlanningBoardTally() {
  const { tally, labels, locale, titleOf, proposals, cycle } = usePlanningBoardContext();
  const captionId = useId();
  // Nothing to count before voting starts.
  if (!tally || !cycle || cycle.phase === 'proposal') return null;
  const number = (value: number) => formatNumber(value, locale);
  const { explanation } = tally;
  const abstained = explanation.issues.filter((issue) => issue.kind === 'abstained');
  const refused = explanation.issues.filter((issue): issue is Exclude<BallotIssue, { kind: 'abstained' }> => issue.kind !== 'abstained');
  const method = cycle.votingMethod;
  return (
    <Section title={labels.tally} slot="tally">
      <table data-slot="planning-board-tally-table" className="okr-slot-planning-board-tally-table" aria-describedby={captionId}>
        <thead>
          <tr>
            <th scope="col">{labels.place}</th>
            <th scope="col">{labels.proposal}</th>
            <th scope="col">{labels.score}</th>
            <th scope="col">{labels.supporters}</th>
            <th scope="col">{labels.firstChoices}</th>
          </tr>
        </thead>
        <tbody>
          {tally.entries.map((entry) => (
            <tr key={entry.proposalId}>
              <td>{number(entry.place)}</td>
              <th scope="row"><bdi>{titleOf(entry.proposalId)}</bdi></th>
              <td>{number(entry.score)}</td>
              <td>{number(entry.supporters)}</td>
              <td>{number(entry.firstChoices)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div id={captionId} data-slot="planning-board-explanation" className="okr-slot-planning-board-explanation">
        <p>{method.kind === 'ranking' ? labels.bordaRule(number(proposals.length)) : labels.pointsRule(number(method.budget))}</p>
        <p>{labels.ballotsCounted(number(explanation.ballotsCounted))}</p>
        {explanation.ties.length === 0 ? <p>{labels.noTies}</p> : (
          <ul data-slot="planning-board-ties" className="okr-slot-planning-board-ties">
            {explanation.ties.map((tie) => (
              <li key={tie.proposalIds.join(' ')} data-state={tie.resolvedBy}>
                {tie.resolvedBy === 'unresolved' ? labels.tieUnresolved(number(tie.score)) : labels.tieBroken(number(tie.score))}{' '}
                {tie.proposalIds.map((id, index) => <span key={id}>{index > 0 ? ', ' : ''}<bdi>{titleOf(id)}</bdi></span>)}
              </li>
            ))}
          </ul>
        )}
        {abstained.length > 0 ? (
          <p data-slot="planning-board-abstained" className="okr-slot-planning-board-abstained">
            {labels.abstained}:{' '}
            {abstained.map((issue, index) => <span key={issue.voterId}>{index > 0 ? ', ' : ''}<PersonName personId={issue.voterId} avatar={false} /></span>)}
          </p>
        ) : null}
        {refused.length > 0 ? (
          <div data-slot="planning-board-refused" className="okr-slot-planning-board-refused">
            <p>{labels.refusedBallots}:</p>
            <ul>
              {refused.map((issue, index) => (
                <li key={`${issue.voterId}-${index}`}><PersonName personId={issue.voterId} avatar={false} />: {labels.ballotIssues[ISSUE_KINDS.includes(issue.kind) ? issue.kind : 'wrong-method']}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </Section>
  );
}

/** The confirmer's decision: confirm in the tallied order or an overridden one (with a reason), reject proposals (each with a reason); afterwards, the decision as stored. */
export function PlanningBoardDecision() {
  const { cycle, cycleStore, tally, labels, permissions, personId, titleOf } = usePlanningBoardContext();
  const { personName } = useDirectoryNames();
  const [rejected, setRejected] = useState<Record<string, string>>({});
  const [override, setOverride] = useState(false);
  const [order, setOrder] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const save = useSave();
  if (!cycle || !tally) return null;
  const { confirm } = permissions;
  const decision = cycle.decision;
  // The decision is taken in the confirmation phase; before it there is nothing to show.
  if (!decision && PLANNING_PHASES.indexOf(cycle.phase) < PLANNING_PHASES.indexOf('confirmation')) return null;
  if (decision) {
    return (
      <Section title={labels.decision} slot="decision">
        <p><bdi>{labels.confirmedBy(personName(decision.confirmerId))}</bdi></p>
        <ol data-slot="planning-board-confirmed" className="okr-slot-planning-board-confirmed">
          {decision.order.map((id) => <li key={id}><bdi>{titleOf(id)}</bdi></li>)}
        </ol>
        {decision.overrideReason ? <p dir="auto" data-slot="planning-board-override-reason" className="okr-slot-planning-board-override-reason">{labels.overrideReason}: {decision.overrideReason}</p> : null}
        {decision.rejections.length > 0 ? (
          <ul data-slot="planning-board-rejections" className="okr-slot-planning-board-rejections">
            {decision.rejections.map((rejection) => <li key={rejection.proposalId}>{labels.rejected}: <bdi>{titleOf(rejection.proposalId)}</bdi> — <span dir="auto">{rejection.reason}</span></li>)}
          </ul>
        ) : null}
      </Section>
    );
  }
  const kept = tally.order.filter((id) => !(id in rejected));
  const effectiveOrder = override ? order.filter((id) => kept.includes(id)).concat(kept.filter((id) => !order.includes(id))) : kept;
  const missingReasons = Object.entries(rejected).filter(([, text]) => text.trim() === '').map(([id]) => id);
  const differs = effectiveOrder.join(' ') !== kept.join(' ');
  const needsReason = override && differs && reason.trim() === '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!confirm.allowed || personId === undefined || missingReasons.length > 0 || needsReason) return;
    await save.run(
      () => cycleStore.confirm(cycle.id, {
        confirmerId: personId,
        order: effectiveOrder,
        overrideReason: override && differs ? reason.trim() : undefined,
        rejections: Object.entries(rejected).map(([proposalId, text]) => ({ proposalId, reason: text.trim() })),
      }),
      labels.confirmed,
    );
  };
  return (
    <Section title={labels.decision} slot="decision">
      {!confirm.allowed ? <NotAllowed permission={confirm} /> : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <ul data-slot="planning-board-decision-list" className="okr-slot-planning-board-decision-list">
            {tally.order.map((id) => (
              <li key={id}>
                <label>
                  <input type="checkbox" checked={id in rejected} onChange={(event) => {
                    const next = { ...rejected };
                    if (event.target.checked) next[id] = '';
                    else delete next[id];
                    setRejected(next);
                  }} />
                  {labels.reject}: <bdi>{titleOf(id)}</bdi>
                </label>
                {id in rejected ? (
                  <Field label={`${labels.rejectionReason}: ${titleOf(id)}`} value={rejected[id] ?? ''} onChange={(text) => setRejected({ ...rejected, [id]: text })} invalid={touched && missingReasons.includes(id)} required={labels.required} />
                ) : null}
              </li>
            ))}
          </ul>
          <label data-slot="planning-board-override" className="okr-slot-planning-board-override">
            <input type="checkbox" checked={override} onChange={(event) => { setOverride(event.target.checked); if (event.target.checked) setOrder(kept); }} />
            {labels.overrideOrder}
          </label>
          {override ? (
            <>
              <RankingList order={effectiveOrder} onOrderChange={setOrder} label={labels.overrideOrder} />
              <Field label={labels.overrideReason} value={reason} onChange={setReason} invalid={touched && needsReason} required={labels.required} multiline />
            </>
          ) : null}
          <button type="submit" aria-disabled={save.saving}>{save.saving ? labels.saving : labels.confirm}</button>
        </form>
      )}
      <SaveStatus failed={save.failed} done={save.done} reason={save.reason} failedText={labels.saveFailed} />
    </Section>
  );
}

/** The plenary's announcement once the confirmer decided: a preview of the period's confirmed OKRs and buttons that copy it as Markdown, email-safe HTML or chat text. */
export function PlanningBoardAnnouncement() {
  const { cycle, labels } = usePlanningBoardContext();
  const { personName, teamName } = useDirectoryNames();
  const okrSet = useOkrSelector(okrSetOf);
  const [status, setStatus] = useState<{ failed: boolean; text: string }>({ failed: false, text: '' });
  const period = cycle ? okrSet.periods.find((candidate) => candidate.id === cycle.periodId) : undefined;
  const announcement = useMemo(
    () => (period ? announcementOf(period, okrSet, { heading: labels.announcementHeading, nameOf: (id, kind) => (kind === 'team' ? teamName(id) : personName(id)) }) : undefined),
    [period, okrSet, labels.announcementHeading, personName, teamName],
  );
  if (!cycle?.decision || !announcement) return null;
  const words = { company: labels.company, departments: labels.departments, personal: labels.personal, serves: labels.serves, aspirational: labels.aspirational, none: labels.none };
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ failed: false, text: labels.copied });
    } catch {
      setStatus({ failed: true, text: labels.copyFailed });
    }
  };
  const preview = announcementToPlainText(announcement, words);
  return (
    <Section title={labels.announcement} slot="announcement">
      <pre dir="auto" data-slot="planning-board-announcement-preview" className="okr-slot-planning-board-announcement-preview">{preview}</pre>
      <div data-slot="planning-board-actions" className="okr-slot-planning-board-actions">
        <button type="button" onClick={() => void copy(announcementToMarkdown(announcement, words))}>{labels.copyMarkdown}</button>
        <button type="button" onClick={() => void copy(announcementToHtml(announcement, words))}>{labels.copyHtml}</button>
        <button type="button" onClick={() => void copy(preview)}>{labels.copyChat}</button>
      </div>
      {status.failed ? <p role="alert" data-slot="planning-board-error" className="okr-slot-planning-board-error">{status.text}</p> : null}
      <p role="status" data-slot="planning-board-done" className="okr-slot-planning-board-done">{status.failed ? '' : status.text}</p>
    </Section>
  );
}
