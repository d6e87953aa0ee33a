// The react README's weekly-report snippet is this folder's weekly-report-page.tsx (the
// README-snippet test in examples/own-storage keeps the two identical); here it runs.
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamples } from '@okrkit/core/examples';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createReportStores, MyWeeklyReport } from './weekly-report-page';

describe('README: start this week’s report', () => {
  it('given a person with KRs and no report yet, it starts one and the builder shows it with the focus filled in', async () => {
    const adapter = createMemoryAdapter({ initial: domainExamples });
    const stores = createReportStores(adapter);
    const ownerId = domainExamples.objectives.find((objective) => objective.ownerId !== undefined && objective.state !== 'closed')!.ownerId!;
    render(<MyWeeklyReport stores={stores} personId={ownerId} />);
    const focus = await screen.findByRole('region', { name: 'Focus' }, { timeout: 5000 });
    expect(within(focus).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(screen.queryByText('This report does not exist.')).not.toBeInTheDocument();
    const { records } = await adapter.load({ kinds: ['weeklyReport'] });
    expect(records.filter((stored) => stored.kind === 'weeklyReport')).toHaveLength(1);
  });
});
