/**
 * The host's wiring, and the only place where okrkit meets this page's storage: one REST
 * adapter for the whole page, the OKR store and the weekly-report stores over it, a clock,
 * the local draft backup, and the signed-in person's id sent with every request (the
 * server's `identify` reads it).
 */
import { createLocalStorageDraftBackup } from '@okrkit/adapter-browser';
import { createRestAdapter } from '@okrkit/adapter-rest';
import { createOkrStore, createWeeklyReportStore, type ScoringStrategy } from '@okrkit/core';
import { createCycleStore } from '@okrkit/core/cycle';
import { domainExampleTeams, domainExamplesNow } from '@okrkit/core/examples';
import '@okrkit/react/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { demoDirectory } from '../shared/directory.mjs';
import { App } from './app';
import { createDemoClock } from './demo-clock';
import { createSession } from './session';
// After okrkit's stylesheet: the host's rules are unlayered and win anyway, but reading
// order then matches precedence.
import './styles.css';

const session = createSession(demoDirectory);
const clock = createDemoClock(domainExamplesNow);
const adapter = createRestAdapter({
  baseUrl: '/api/okr',
  headers: () => ({ 'x-okrkit-user': session.getPerson().id }),
});
const store = createOkrStore({ adapter, now: clock.now });
// Weekly reports are records of kind 'weeklyReport' on the same adapter; the app makes one
// store per signed-in person (`usePersonReportStore`). Saves are stamped with the demo clock.
const createReportStore = () => createWeeklyReportStore({ adapter, now: clock.now });
// The planning meeting's records (cycle, proposals, comments, votes, close-outs) are kinds on
// the same adapter too; the cycle store writes objectives through the OKR store, in one batch
// with its own records. One per scoring strategy: close-outs grade with the page's.
const createPageCycleStore = (scoring: ScoringStrategy) => createCycleStore({ adapter, okrStore: store, now: clock.now, scoring });
const draftBackup = createLocalStorageDraftBackup({ key: 'okrkit-demo:weekly-report-draft', now: clock.now });

/** Loads (again) as the signed-in person; a failure shows on the board with a retry. */
function loadOkrs(): void {
  void store.load().then(
    () => clock.catchUp(store.getSnapshot().okrSet.checkIns.map((checkIn) => checkIn.at)),
    () => undefined,
  );
}
loadOkrs();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App
      store={store}
      createReportStore={createReportStore}
      createCycleStore={createPageCycleStore}
      draftBackup={draftBackup}
      clock={clock}
      browserLocales={navigator.languages?.length ? navigator.languages : [navigator.language]}
      session={session}
      directory={demoDirectory}
      teamNames={domainExampleTeams}
      reload={loadOkrs}
    />
  </StrictMode>,
);
