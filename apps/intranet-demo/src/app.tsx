import type { OkrStore } from '@okrkit/core';
import { scoringPresets } from '@okrkit/core';
import { OkrProvider } from '@okrkit/react';
import { useId, useState, useSyncExternalStore } from 'react';
import type { Person } from '../shared/directory.mjs';
import { OkrBoard } from './components/okr-board';
import type { DemoClock } from './demo-clock';
import type { Session } from './session';
import { useDemoNow } from './use-demo-now';

export interface AppProps {
  /** The page's one store; every okrkit widget reads it through `OkrProvider`. */
  store: OkrStore;
  clock: DemoClock;
  /** BCP 47 locale for okrkit's numbers and dates, e.g. the browser's. */
  locale: string | undefined;
  session: Session;
  directory: readonly Person[];
  teamNames: Readonly<Record<string, string>>;
  /** Loads the OKRs again (after signing in as someone else, or after a failed load). */
  reload: () => void;
}

type ScoringPresetId = keyof typeof scoringPresets;
type ColorScheme = 'light' | 'dark';

const presetIds = Object.keys(scoringPresets) as ScoringPresetId[];

function preferredColorScheme(): ColorScheme {
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * The intranet shell around okrkit: one `OkrProvider` for the whole page (store, locale,
 * clock, scoring strategy), the header with "Signed in as" and dark mode, the page's view
 * settings, and the board. Host code: okrkit draws only the objective cards.
 */
export function App({ store, clock, locale, session, directory, teamNames, reload }: AppProps) {
  const now = useDemoNow(clock);
  const person = useSyncExternalStore(session.subscribe, session.getPerson, session.getPerson);
  const [scoringId, setScoringId] = useState<ScoringPresetId>('percent');
  const [includeChildren, setIncludeChildren] = useState(false);
  const [colorScheme, setColorScheme] = useState<ColorScheme>(preferredColorScheme);
  const personSelectId = useId();
  const scoringSelectId = useId();
  const personName = (id: string) => directory.find((candidate) => candidate.id === id)?.name ?? id;
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(now);

  function signInAs(id: string) {
    session.setPersonId(id);
    // What a person may read can depend on who they are: load again as the new person.
    reload();
  }

  return (
    <OkrProvider store={store} locale={locale} now={now} scoring={scoringPresets[scoringId]} includeChildren={includeChildren} userId={person.id}>
      {/* okrkit's dark tokens apply below data-color-scheme; its check-in dialog, portalled to
          <body>, copies the attribute from here. */}
      <div className="intranet" data-color-scheme={colorScheme}>
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
          <div className="intranet-tools">
            <button
              type="button"
              className="intranet-toggle"
              aria-pressed={colorScheme === 'dark'}
              onClick={() => setColorScheme((scheme) => (scheme === 'dark' ? 'light' : 'dark'))}
            >
              Dark mode
            </button>
            <div className="sign-in">
              <label htmlFor={personSelectId}>Signed in as</label>
              <select id={personSelectId} value={person.id} onChange={(event) => signInAs(event.target.value)}>
                {directory.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name} — {candidate.role}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </header>
        <main id="main" className="intranet-main">
          <header className="page-header">
            <div>
              <h1>Objectives and key results</h1>
              <p className="intro">
                {person.admin
                  ? `${person.name}, as ${person.role} you can change every objective.`
                  : `${person.name}, you can change the objectives of ${person.teamName}; the server refuses your changes to other teams’ objectives.`}{' '}
                Status is judged as of <strong>{day}</strong>, the day the example OKRs are written for.
              </p>
            </div>
            <div className="page-settings" role="group" aria-label="View settings">
              <div className="page-setting">
                <label htmlFor={scoringSelectId}>Scoring</label>
                <select id={scoringSelectId} value={scoringId} onChange={(event) => setScoringId(event.target.value as ScoringPresetId)}>
                  {presetIds.map((id) => (
                    <option key={id} value={id}>
                      {scoringPresets[id].label}
                    </option>
                  ))}
                </select>
              </div>
              <label className="page-setting">
                <input type="checkbox" checked={includeChildren} onChange={(event) => setIncludeChildren(event.target.checked)} /> Roll up
                aligned objectives
              </label>
            </div>
          </header>
          <OkrBoard person={person} personName={personName} teamNames={teamNames} reload={reload} />
        </main>
        <footer className="intranet-footer">
          <p>OKRs powered by okrkit · sample data: the okrkit domain examples</p>
        </footer>
      </div>
    </OkrProvider>
  );
}
