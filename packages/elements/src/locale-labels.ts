import type { OkrLabels } from '@okrkit/react';

/** The languages okrkit has complete label sets for; anything else reads English. */
export const okrLanguages = ['en', 'de', 'fr', 'es', 'vi', 'zh'] as const;
export type OkrLanguage = (typeof okrLanguages)[number];

const loaded = new Map<OkrLanguage, Promise<OkrLabels>>();

/** The label set's language for a BCP 47 tag (`de-CH` → `de`), or undefined when okrkit has none. */
export function languageOf(locale: string | null | undefined): OkrLanguage | undefined {
  const language = locale?.trim().split(/[-_]/, 1)[0]?.toLowerCase();
  return okrLanguages.find((known) => known === language);
}

/** Loads one label set (each is its own chunk; fetched once per page). */
export function loadLabels(language: OkrLanguage): Promise<OkrLabels> {
  let labels = loaded.get(language);
  if (!labels) {
    labels = importLabels(language);
    loaded.set(language, labels);
  }
  return labels;
}

function importLabels(language: OkrLanguage): Promise<OkrLabels> {
  switch (language) {
    case 'de':
      return import('@okrkit/react/locales/de').then((module) => module.de);
    case 'fr':
      return import('@okrkit/react/locales/fr').then((module) => module.fr);
    case 'es':
      return import('@okrkit/react/locales/es').then((module) => module.es);
    case 'vi':
      return import('@okrkit/react/locales/vi').then((module) => module.vi);
    case 'zh':
      return import('@okrkit/react/locales/zh').then((module) => module.zh);
    case 'en':
      return import('@okrkit/react/locales/en').then((module) => module.en);
  }
}
