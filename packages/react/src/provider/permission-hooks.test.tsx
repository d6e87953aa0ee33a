import type { AuthorizationTarget, OkrAction, OkrPolicy } from '@okrkit/core';
import { domainExamplesNow } from '@okrkit/core/examples';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { OkrProvider } from './okr-provider';
import { useCan, useCanEditObjective } from './permission-hooks';

function EditAnswer({ objectiveId }: { objectiveId: string }) {
  const { allowed, reason } = useCanEditObjective(objectiveId);
  return <p data-testid={objectiveId}>{allowed ? 'allowed' : `refused: ${reason ?? ''}`}</p>;
}

function AskAbout({ action, target }: { action: OkrAction; target: AuthorizationTarget }) {
  const { allowed, reason } = useCan(action, target);
  return <p data-testid="answer">{allowed ? 'allowed' : `refused: ${reason ?? ''}`}</p>;
}

/** The policy a host writes once for its handler: people edit their own team's objectives. */
const productTeamOnly: OkrPolicy = (_action, target) => {
  const objective = target.kind === 'objective' ? target.record : target.objective;
  return (objective as { teamId?: string } | null | undefined)?.teamId === 'brightline-product';
};

describe('useCan and useCanEditObjective: the provider shares the host policy', () => {
  it('given no policy, everything is allowed', async () => {
    const { store } = await loadedStore();
    render(
      <OkrProvider store={store} now={domainExamplesNow}>
        <EditAnswer objectiveId="obj-company-growth" />
      </OkrProvider>,
    );
    expect(screen.getByTestId('obj-company-growth')).toHaveTextContent('allowed');
  });

  it("given a team policy, the own team's objective may be edited and another team's may not, with the reason in words", async () => {
    const { store } = await loadedStore();
    render(
      <OkrProvider store={store} now={domainExamplesNow} can={productTeamOnly}>
        <EditAnswer objectiveId="obj-user-activity" />
        <EditAnswer objectiveId="obj-retention" />
        <EditAnswer objectiveId="obj-missing" />
      </OkrProvider>,
    );
    expect(screen.getByTestId('obj-user-activity')).toHaveTextContent('allowed');
    expect(screen.getByTestId('obj-retention')).toHaveTextContent("refused: You can't edit this team's objectives");
    expect(screen.getByTestId('obj-missing')).toHaveTextContent(/^refused/);
  });

  it('given a check-in on a key result, the policy is asked with the objective resolved (check-in → key result → objective), as the handler does', async () => {
    const { store } = await loadedStore();
    const keyResult = store.getSnapshot().okrSet.keyResults.find((candidate) => candidate.objectiveId === 'obj-retention')!;
    const can = vi.fn(productTeamOnly);
    render(
      <OkrProvider store={store} now={domainExamplesNow} can={can}>
        <AskAbout action="create" target={{ kind: 'checkIn', record: { id: 'c-new', keyResultId: keyResult.id, at: domainExamplesNow, value: 1 } as never }} />
      </OkrProvider>,
    );
    expect(screen.getByTestId('answer')).toHaveTextContent("refused: You can't check in on this objective's key results");
    expect(can).toHaveBeenCalledWith('create', expect.objectContaining({ kind: 'checkIn', objective: expect.objectContaining({ id: 'obj-retention' }) }));
  });

  it('given the labels, the reason can be reworded by the host', async () => {
    const { store } = await loadedStore();
    render(
      <OkrProvider store={store} now={domainExamplesNow} can={() => false} labels={{ notAllowed: (action, kind) => `Nein: ${action} ${kind}` }}>
        <EditAnswer objectiveId="obj-user-activity" />
      </OkrProvider>,
    );
    expect(screen.getByTestId('obj-user-activity')).toHaveTextContent('refused: Nein: update objective');
  });
});
