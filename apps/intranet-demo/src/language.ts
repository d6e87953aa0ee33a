import type { OkrLabels } from '@okrkit/react';
import { useEffect, useState } from 'react';

/** The languages okrkit ships complete word sets for. */
export type LanguageId = 'en' | 'de' | 'fr' | 'es' | 'vi' | 'zh';

/** Each language named in itself (as language pickers do), with the locale used when the browser's is in another language. */
export const languages: readonly { id: LanguageId; name: string; locale: string }[] = [
  { id: 'en', name: 'English', locale: 'en-GB' },
  { id: 'de', name: 'Deutsch', locale: 'de-DE' },
  { id: 'fr', name: 'Français', locale: 'fr-FR' },
  { id: 'es', name: 'Español', locale: 'es-ES' },
  { id: 'vi', name: 'Tiếng Việt', locale: 'vi-VN' },
  { id: 'zh', name: '中文', locale: 'zh-CN' },
];

const storageKey = 'okrkit-demo:language';

/** The remembered language, else English. */
export function readLanguage(storage: Storage | null = globalThis.localStorage ?? null): LanguageId {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(storageKey) ?? null;
  } catch {
    // Private mode: English.
  }
  return languages.find((language) => language.id === stored)?.id ?? 'en';
}

/** Remembers the language for the next visit (best effort). */
export function storeLanguage(id: LanguageId, storage: Storage | null = globalThis.localStorage ?? null): void {
  try {
    storage?.setItem(storageKey, id);
  } catch {
    // Private mode or full storage: the choice lasts until reload.
  }
}

/**
 * The locale for numbers and dates in `language`: the browser's own when it is in that
 * language (en-US keeps US weeks and dates), else the language's usual one.
 * @example localeFor('de', ['en-GB']) // 'de-DE'
 */
export function localeFor(language: LanguageId, browser: readonly string[]): string {
  return browser.find((tag) => tag.toLowerCase().split('-')[0] === language) ?? languages.find((candidate) => candidate.id === language)!.locale;
}

// One chunk per word set: the page downloads only the language chosen.
const loaders: Record<LanguageId, () => Promise<OkrLabels>> = {
  en: () => import('@okrkit/react/locales/en').then((module) => module.en),
  de: () => import('@okrkit/react/locales/de').then((module) => module.de),
  fr: () => import('@okrkit/react/locales/fr').then((module) => module.fr),
  es: () => import('@okrkit/react/locales/es').then((module) => module.es),
  vi: () => import('@okrkit/react/locales/vi').then((module) => module.vi),
  zh: () => import('@okrkit/react/locales/zh').then((module) => module.zh),
};

/**
 * okrkit's words for `language`, loaded on demand; undefined (okrkit's built-in English)
 * until the set has arrived. Also sets `<html lang>`.
 */
export function useLanguageLabels(language: LanguageId): OkrLabels | undefined {
  const [loaded, setLoaded] = useState<{ id: LanguageId; labels: OkrLabels } | null>(null);
  useEffect(() => {
    document.documentElement.lang = language;
    let live = true;
    void loaders[language]().then((labels) => live && setLoaded({ id: language, labels }));
    return () => {
      live = false;
    };
  }, [language]);
  return loaded?.labels;
}
