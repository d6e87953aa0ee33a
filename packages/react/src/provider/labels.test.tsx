import { domainExamplesNow } from '@okrkit/core/examples';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { KeyResultProgress } from '../key-result-progress/index';
import { ObjectiveCard } from '../objective-card/index';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { defaultLabels, type OkrSharedWords } from './labels';
import { OkrProvider } from './okr-provider';

const NBSP = '\u00a0';

/** Every key, typed as `OkrLabels`: a word added to okrkit without a translation here fails to compile. */
const german: OkrSharedWords = {
  status: { 'not-started': 'Nicht begonnen', 'on-track': 'Im Plan', 'at-risk': 'Gefährdet', 'off-track': 'Verfehlt', achieved: 'Erreicht' },
  spokenStatus: { 'not-started': 'nicht begonnen', 'on-track': 'im Plan', 'at-risk': 'gefährdet', 'off-track': 'verfehlt', achieved: 'erreicht' },
  done: 'Erledigt',
  notDone: 'Offen',
  milestonesDone: (done, total) => `${done} von ${total} Meilensteinen`,
  loading: 'Wird geladen…',
  empty: 'Noch nichts da',
  readOnly: 'Nur lesen',
  expectedMarker: 'Bis jetzt erwartet',
  progressOf: (current, target) => `${current} von ${target}`,
  progressOfTarget: (current, target) => `${current} bei Ziel ${target}`,
  fromTo: (start, target) => `von ${start} bis ${target}`,
  percentDone: (percent) => percent,
  guardrailHeld: 'Im Rahmen',
  guardrailBreached: 'Grenze überschritten',
  guardrailLimit: (bound, threshold) => `${bound === 'below' ? 'unter' : 'über'} ${threshold}`,
  guardrailBetween: (min, max) => `zwischen ${min} und ${max}`,
  objectiveTitle: 'Titel des Ziels',
  editTitle: 'Titel bearbeiten',
  editValue: (keyResultTitle) => `Aktueller Wert von ${keyResultTitle}`,
  keyResults: 'Schlüsselergebnisse',
  owner: 'Verantwortlich',
  period: 'Zeitraum',
  rank: 'Rang',
  priority: (rank) => `Priorität ${rank}`,
  kind: 'Art',
  committed: 'Verbindlich',
  aspirational: 'Ambitioniert',
  outdated: 'Veraltet',
  lastCheckIn: (age) => `Letzter Check-in ${age}`,
  noCheckIn: 'Noch kein Check-in',
  checkIn: 'Einchecken',
  checkInFor: (keyResultTitle) => `Einchecken: ${keyResultTitle}`,
  objectiveProgress: 'Fortschritt des Ziels',
  expectedProgress: (percent) => `erwartet ${percent}`,
  score: 'Bewertung',
  whyThisScore: 'Warum diese Bewertung?',
  formula: 'Formel',
  weight: 'Gewicht',
  share: 'Anteil',
  partProgress: 'Fortschritt',
  contribution: 'Beitrag',
  contributionsTotal: 'Summe',
  contributionsRounded: 'Die Beiträge sind auf ganze Prozent gerundet, damit sie die Summe ergeben: einer kann um einen Punkt von seiner eigenen Rundung abweichen.',
  healthWarnings: 'Hinweise zur Qualität',
  severity: { error: 'Fehler', warning: 'Warnung', info: 'Tipp' },
  unknownObjective: 'Dieses Ziel gibt es nicht (mehr).',
  loadFailed: 'Die OKRs konnten nicht geladen werden.',
  edit: 'Bearbeiten',
  save: 'Speichern',
  saving: 'Wird gespeichert…',
  cancel: 'Abbrechen',
  retry: 'Erneut versuchen',
  saveFailed: 'Nicht gespeichert.',
  storageErrors: {
    unavailable: 'Der Speicher ist nicht erreichbar.',
    validation: 'Der Speicher hat den Wert abgelehnt.',
    forbidden: 'Diese Änderung ist nicht erlaubt.',
    'read-only': 'Dieser Speicher ist schreibgeschützt.',
    'not-found': 'Diesen Eintrag gibt es nicht mehr.',
    conflict: 'Jemand anderes hat das inzwischen geändert.',
    unknown: 'Beim Speichern ging etwas schief.',
  },
  theirs: 'Deren Stand',
  yours: 'Dein Stand',
  keepTheirs: 'Deren behalten',
  useMine: 'Meinen nehmen',
  checkInOvertook: (person, value) => `${person ?? 'Jemand'} hat zwischendurch ${value} eingecheckt; Ihr Check-in wurde danach erfasst.`,
  notAllowed: (action, kind) => `Sie dürfen ${kind === 'objective' ? 'die Ziele dieses Teams' : 'das'} nicht ${action === 'read' ? 'sehen' : action === 'create' ? 'anlegen' : action === 'delete' ? 'löschen' : 'bearbeiten'}`,
  enterNumber: 'Bitte eine Zahl eingeben',
  checkInDescription: (current) => `Halte fest, wo dieses Ergebnis steht. Aktueller Wert: ${current}.`,
  newValue: 'Neuer Wert',
  milestones: 'Meilensteine',
  confidence: 'Zuversicht',
  confidenceHint: 'Wie wahrscheinlich wird das Ziel erreicht, von 0 bis 100 %?',
  confidenceRange: 'Die Zuversicht liegt zwischen 0 und 100 %',
  note: 'Notiz',
  optional: '(optional)',
  close: 'Schließen',
};

async function renderGerman(ui: ReactNode) {
  const { store } = await loadedStore();
  return render(
    <OkrProvider store={store} now={domainExamplesNow} locale="de-DE" labels={german}>
      {ui}
    </OkrProvider>,
  );
}

describe('OkrLabels: one set of words for every widget', () => {
  it('given a fully German label set on the provider, the card shows and speaks German, and no English word is left', async () => {
    await renderGerman(<ObjectiveCard objectiveId="obj-maths-results" />);
    const card = screen.getByRole('article', { name: 'Our students get measurably better at maths' });
    expect(within(card).getAllByText('Verfehlt').length).toBeGreaterThan(0);
    expect(within(card).getAllByText('Veraltet').length).toBeGreaterThan(0);
    expect(within(card).getByText('Priorität 1')).toBeInTheDocument();
    expect(within(card).getByRole('progressbar', { name: 'Fortschritt des Ziels' })).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(new RegExp(`^-?\\d+${NBSP}%, verfehlt, erwartet \\d+${NBSP}%$`)),
    );
    expect(within(card).getByRole('list', { name: 'Schlüsselergebnisse' })).toBeInTheDocument();
    expect(within(card).getByRole('region', { name: 'Hinweise zur Qualität' })).toHaveTextContent(/Warnung:/);
    expect(within(card).getByRole('button', { name: 'Warum diese Bewertung?' })).toBeInTheDocument();
    expect(within(card).getAllByRole('button', { name: /^Einchecken: / }).length).toBeGreaterThan(0);
    expect(within(card).getAllByText(/^Letzter Check-in vor \d+ (Tagen|Wochen)$/).length).toBeGreaterThan(0);

    // No English default may be left in what the card shows or names (the objective's own data,
    // the core's lint messages and the strategy's band names are content, not labels).
    const shown = [card.textContent ?? '', ...Array.from(card.querySelectorAll('[aria-label],[title],[aria-valuetext]'), (element) =>
      ['aria-label', 'title', 'aria-valuetext'].map((name) => element.getAttribute(name) ?? '').join(' '),
    )].join(' ');
    const englishWords = Object.values(defaultLabels).flatMap((value) =>
      typeof value === 'string' ? [value] : typeof value === 'object' ? Object.values(value as Record<string, string>) : [],
    );
    for (const word of englishWords) expect(shown, word).not.toMatch(new RegExp(`(^|\\W)${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\W|$)`));
  });

  it('given the same labels, the key-result progress bar speaks and shows German', async () => {
    await renderGerman(<KeyResultProgress keyResultId="kr-patents" />);
    const bar = screen.getByRole('progressbar', { name: 'File at least 5 core patents' });
    expect(bar).toHaveAttribute('aria-valuetext', `3 von 5 patents, 60${NBSP}%, im Plan`);
    expect(screen.getByText('Im Plan')).toBeInTheDocument();
    expect(screen.getByText('von 0 bis 5 patents')).toBeInTheDocument();
    // Testing Library normalises the no-break space of "12 %" to a plain one.
    expect(screen.getByText(/^Bis jetzt erwartet: \d+ %$/)).toBeInTheDocument();
  });
});
