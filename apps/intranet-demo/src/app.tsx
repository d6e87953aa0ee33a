import type { DraftBackup, OkrStore, ScoringStrategy, WeeklyReportStore } from '@okrkit/core';
import type { CycleStore } from '@okrkit/core/cycle';
import { scoringPresets } from '@okrkit/core';
import { OkrProvider, type OkrDirectory } from '@okrkit/react';
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type MouseEvent } from 'react';
import type { Person } from '../shared/directory.mjs';
import { policyFor } from '../shared/policy.mjs';
import { ListPage } from './components/list-page';
import { AlignmentPage } from './components/alignment-page';
import { OkrPage, type ScoringPresetId } from './components/okr-page';
import { PlanningPage } from './components/planning-page';
import { ReviewPage } from './components/review-page';
import { WeeklyReportPage } from './components/weekly-report-page';
import type { DemoClock } from './demo-clock';
import { languages, localeFor, readLanguage, storeLanguage, useLanguageLabels, type LanguageId } from './language';
import { pageRoutes, usePage, type PageId } from './route';
import type { Session } from './session';
import { useDemoNow } from './use-demo-now';
import { useCycleStore } from './use-cycle-store';
import { usePersonReportStore } from './use-person-report-store';

export interface AppProps {
  /** The page's one store; every okrkit widget reads it through `OkrProvider`. */
  store: OkrStore;
  /** Makes a weekly-report store over the same adapter (one per signed-in person). */
  createReportStore: () => WeeklyReportStore;
  /** Makes the planning-cycle store over the same adapter, grading close-outs with `scoring`. */
  createCycleStore: (scoring: ScoringStrategy) => CycleStore;
  /** Where the weekly report builder copies unsaved text (survives a reload). */
  draftBackup: DraftBackup;
  clock: DemoClock;
  /** The browser's languages (BCP 47), e.g. `navigator.languages`: the locale when it is in the chosen language. */
  browserLocales: readonly string[];
  session: Session;
  directory: readonly Person[];
  teamNames: Readonly<Record<string, string>>;
  /** Loads the OKRs again (after signing in as someone else, or after a failed load). */
  reload: () => void;
}

type ColorScheme = 'light' | 'dark';

function preferredColorScheme(): ColorScheme {
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * The intranet shell around okrkit: one `OkrProvider` for the whole page (store, locale,
 * clock, scoring strategy), the header with the section's pages, "Signed in as" and dark
 * mode, and the current page (OKRs, Team lists, Alignment, Weekly report, Planning, Review). Host code: okrkit draws the
 * cards, the tree and the report.
 */
export function App({ store, createReportStore, createCycleStore, draftBackup, clock, browserLocales, session, directory, teamNames, reload }: AppProps) {
  const now = useDemoNow(clock);
  const person = useSyncExternalStore(session.subscribe, session.getPerson, session.getPerson);
  const page = usePage();
  const reports = usePersonReportStore(createReportStore, person.id);
  const [scoringId, setScoringId] = useState<ScoringPresetId>('percent');
  const [includeChildren, setIncludeChildren] = useState(false);
  const cycles = useCycleStore(createCycleStore, scoringPresets[scoringId]);
  const [colorScheme, setColorScheme] = useState<ColorScheme>(preferredColorScheme);
  const personSelectId = useId();
  const languageSelectId = useId();
  const [language, setLanguage] = useState<LanguageId>(readLanguage);
  const labels = useLanguageLabels(language);
  const locale = localeFor(language, browserLocales);
  // The server's rule for the signed-in person: widgets hide or disable what it would refuse.
  const can = useMemo(() => policyFor(person), [person]);
  const mainRef = useRef<HTMLElement>(null);
  const personName = (id: string) => directory.find((candidate) => candidate.id === id)?.name ?? id;
  // One directory for every okrkit widget: owners, authors and teams are named from it.
  const okrDirectory = useMemo(() => toOkrDirectory(directory, teamNames), [directory, teamNames]);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(now);
  const pageLabel = pageRoutes.find((route) => route.id === page)?.label ?? 'OKRs';

  useEffect(() => {
    document.title = `${pageLabel} · Acme intranet`;
  }, [pageLabel]);

  // After following a link to another page, focus its heading, so a screen reader reads the
  // new page and Tab continues from there. Not on the first render: the page just loaded.
  const shownPage = useRef<PageId>(page);
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [page]);

  function signInAs(id: string) {
    session.setPersonId(id);
    // What a person may read can depend on who they are: load again as the new person.
    reload();
  }

  return (
    <OkrProvider store={store} locale={locale} now={now} scoring={scoringPresets[scoringId]} includeChildren={includeChildren} userId={person.id} directory={okrDirectory} can={can} labels={labels}>
      {/* okrkit's dark tokens apply below data-color-scheme; its dialogs, portalled to
          <body>, copy the attribute from here. */}
      <div className="intranet" data-color-scheme={colorScheme}>
        <a className="skip-link" href="#main" onClick={(event) => skipToMain(event, mainRef.current)}>
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
              {pageRoutes.map((route) => (
                <li key={route.id}>
                  <a href={route.href} aria-current={route.id === page ? 'page' : undefined}>
                    {route.label}
                  </a>
                </li>
              ))}
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
              <label htmlFor={languageSelectId}>Language</label>
              <select
                id={languageSelectId}
                value={language}
                onChange={(event) => {
                  const next = event.target.value as LanguageId;
                  storeLanguage(next);
                  setLanguage(next);
                }}
              >
                {languages.map((candidate) => (
                  <option key={candidate.id} value={candidate.id} lang={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </select>
            </div>
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
        <main id="main" ref={mainRef} className="intranet-main" data-page={page} tabIndex={-1}>
          {page === 'lists' ? (
            <ListPage person={person} teamNames={teamNames} />
          ) : page === 'alignment' ? (
            <AlignmentPage person={person} teamNames={teamNames} />
          ) : page === 'planning' ? (
            cycles ? <PlanningPage person={person} cycles={cycles} teamNames={teamNames} /> : null
          ) : page === 'review' ? (
            cycles ? <ReviewPage person={person} cycles={cycles} teamNames={teamNames} /> : null
          ) : page === 'weekly-report' ? (
            reports ? (
              <WeeklyReportPage
                // A new person starts from a fresh builder and a fresh report.
                key={person.id}
                person={person}
                directory={directory}
                personName={personName}
                reports={reports}
                backup={draftBackup}
                now={now}
                locale={locale}
                reloadOkrs={reload}
              />
            ) : null
          ) : (
            <OkrPage
              person={person}
              teamNames={teamNames}
              day={day}
              scoringId={scoringId}
              onScoringChange={setScoringId}
              includeChildren={includeChildren}
              onIncludeChildrenChange={setIncludeChildren}
              reload={reload}
            />
          )}
        </main>
        <footer className="intranet-footer">
          <p>OKRs powered by okrkit · sample data: the okrkit domain examples</p>
        </footer>
      </div>
    </OkrProvider>
  );
}

/**
 * The skip link moves focus to the page's content without touching the location hash,
 * which names the page (`#main` would turn the page into the OKR board).
 */
function skipToMain(event: MouseEvent<HTMLAnchorElement>, main: HTMLElement | null) {
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

/** The demo's people and teams as okrkit's directory (names by id). */
function toOkrDirectory(people: readonly Person[], teamNames: Readonly<Record<string, string>>): OkrDirectory {
  return {
    people: Object.fromEntries(people.map((candidate) => [candidate.id, { name: candidate.name }])),
    teams: Object.fromEntries(Object.entries(teamNames).map(([id, name]) => [id, { name }])),
  };
}
