import { useId, useSyncExternalStore } from 'react';
import type { Person } from '../shared/directory.mjs';
import { OkrBoard } from './components/okr-board';
import { useNow, useOkrStore } from './components/store-context';
import { formatDay } from './format';
import type { Session } from './session';

export interface AppProps {
  session: Session;
  directory: readonly Person[];
  teamNames: Readonly<Record<string, string>>;
}

/** The intranet shell around okrkit: header, navigation, "Signed in as", the OKR page. */
export function App({ session, directory, teamNames }: AppProps) {
  const store = useOkrStore();
  const now = useNow();
  const selectId = useId();
  const person = useSyncExternalStore(session.subscribe, session.getPerson, session.getPerson);
  const personName = (id: string) => directory.find((candidate) => candidate.id === id)?.name ?? id;

  function signInAs(id: string) {
    session.setPersonId(id);
    // What a person may read can depend on who they are: load again as the new person.
    void store.load().catch(() => undefined);
  }

  return (
    <div className="intranet">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="intranet-header">
        <p className="intranet-brand">Acme intranet</p>
        <nav aria-label="Intranet">
          <ul>
            <li>
              <span aria-disabled="true">News</span>
            </li>
            <li>
              <span aria-disabled="true">People</span>
            </li>
            <li>
              <a href="/" aria-current="page">
                OKRs
              </a>
            </li>
            <li>
              <span aria-disabled="true">Handbook</span>
            </li>
          </ul>
        </nav>
        <div className="sign-in">
          <label htmlFor={selectId}>Signed in as</label>
          <select id={selectId} value={person.id} onChange={(event) => signInAs(event.target.value)}>
            {directory.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name} — {candidate.role}
              </option>
            ))}
          </select>
        </div>
      </header>
      <main id="main" className="intranet-main">
        <h1>Objectives and key results</h1>
        <p className="intro">
          {person.admin
            ? `${person.name}, as ${person.role} you can change every objective.`
            : `${person.name}, you can change the objectives of ${person.teamName}; the others are read-only for you.`}{' '}
          Status is judged as of <strong>{formatDay(now)}</strong>, the day the example OKRs are written for.
        </p>
        <OkrBoard person={person} personName={personName} teamNames={teamNames} />
      </main>
      <footer className="intranet-footer">
        <p>OKRs powered by okrkit · sample data: the okrkit domain examples</p>
      </footer>
    </div>
  );
}
