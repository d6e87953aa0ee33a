import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AlignmentTree } from '../alignment-tree/index';
import { ObjectiveCard } from '../objective-card/index';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { domainExamplesNow } from '@okrkit/core/examples';
import { PersonName, useDirectoryNames, useLegacyPersonName, usePerson, useTeam } from './directory-hooks';
import { exampleDirectory } from './directory.fixtures';
import type { OkrDirectory } from './directory';
import { OkrProvider } from './okr-provider';

function Names({ personId, teamId, legacy }: { personId: string; teamId: string; legacy?: (id: string) => string }) {
  const person = usePerson(personId);
  const team = useTeam(teamId);
  const { personName, people } = useDirectoryNames();
  const legacyName = useLegacyPersonName(legacy, undefined);
  return (
    <ul>
      <li>person: {person?.name ?? 'unknown'}</li>
      <li>team: {team?.name ?? 'unknown'}</li>
      <li>function: {personName(personId)}</li>
      <li>legacy: {legacyName(personId)}</li>
      <li>listed: {people.length}</li>
    </ul>
  );
}

async function inProvider(children: React.ReactNode, directory: OkrDirectory | null = exampleDirectory) {
  const { store } = await loadedStore();
  return render(
    <OkrProvider store={store} now={domainExamplesNow} locale="en-US" directory={directory ?? undefined}>
      {children}
    </OkrProvider>,
  );
}

describe('one directory on the provider', () => {
  it('given a directory, the hooks name people and teams by it, and the deprecated personName still wins where passed', async () => {
    await inProvider(<Names personId="priya-nair" teamId="brightline-growth" legacy={(id) => `legacy ${id}`} />);
    expect(screen.getByText('person: Priya Nair, Growth lead')).toBeInTheDocument();
    expect(screen.getByText('team: Brightline · Growth team')).toBeInTheDocument();
    expect(screen.getByText('function: Priya Nair, Growth lead')).toBeInTheDocument();
    expect(screen.getByText('legacy: legacy priya-nair')).toBeInTheDocument();
    expect(screen.getByText('listed: 8')).toBeInTheDocument();
  });

  it('given no directory, everything falls back to the ids', async () => {
    await inProvider(<Names personId="priya-nair" teamId="brightline-growth" />, null);
    expect(screen.getByText('person: unknown')).toBeInTheDocument();
    expect(screen.getByText('function: priya-nair')).toBeInTheDocument();
    expect(screen.getByText('legacy: priya-nair')).toBeInTheDocument();
  });

  it('given an avatar, PersonName shows it as decoration beside the written name', async () => {
    await inProvider(<PersonName personId="ana" />, { people: { ana: { name: 'Ana Souza', avatarUrl: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' } } });
    const name = screen.getByText('Ana Souza');
    expect(name).toHaveAttribute('data-known', 'true');
    expect(name.querySelector('img')).toHaveAttribute('alt', '');
  });

  it('given a directory, the objective card shows its owner by name, never the raw id', async () => {
    await inProvider(<ObjectiveCard objectiveId="obj-retention" />);
    const card = screen.getByRole('article');
    expect(within(card).getByText('Priya Nair, Growth lead')).toBeInTheDocument();
    expect(card.textContent).not.toContain('priya-nair');
  });

  it('given the deprecated renderOwner, the card still uses it (one release)', async () => {
    await inProvider(<ObjectiveCard objectiveId="obj-retention" renderOwner={(id) => `Owner ${id}`} />);
    expect(screen.getByText('Owner priya-nair')).toBeInTheDocument();
  });

  it('given a directory, the alignment tree names owners by it; the deprecated renderOwner still overrides it', async () => {
    const tree = <AlignmentTree topLevelTeamIds={['brightline']} defaultExpanded="all" initialSize={{ width: 4000, height: 2000 }} />;
    const { unmount } = await inProvider(tree);
    expect(screen.getAllByText('Amara Osei, CEO').length).toBeGreaterThan(0);
    expect(screen.queryByText('amara-osei')).toBeNull();
    unmount();
    await inProvider(<AlignmentTree topLevelTeamIds={['brightline']} defaultExpanded="all" initialSize={{ width: 4000, height: 2000 }} renderOwner={(id) => `Owner ${id}`} />);
    expect(screen.getAllByText('Owner amara-osei').length).toBeGreaterThan(0);
  });
});
