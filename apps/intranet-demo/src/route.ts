import { useSyncExternalStore } from 'react';

/** The pages of the demo's OKR section. */
export type PageId = 'okrs' | 'lists' | 'alignment' | 'weekly-report' | 'planning' | 'review';

/** A page: its link text (also the start of the document title) and its hash route. */
export interface PageRoute {
  id: PageId;
  label: string;
  /** `#/…`: hash routes need nothing from the server and survive a reload. */
  href: string;
}

/** In navigation order; the first is the page at `/` and at any unknown hash. */
export const pageRoutes: readonly PageRoute[] = [
  { id: 'okrs', label: 'OKRs', href: '#/' },
  { id: 'lists', label: 'Team lists', href: '#/lists' },
  { id: 'alignment', label: 'Alignment', href: '#/alignment' },
  { id: 'weekly-report', label: 'Weekly report', href: '#/weekly-report' },
  { id: 'planning', label: 'Planning', href: '#/planning' },
  { id: 'review', label: 'Review', href: '#/review' },
];

/**
 * The page a location hash names: `#/alignment` → 'alignment'; an empty or unknown hash is
 * the OKR board. A trailing slash or a query after the path is ignored.
 * @example pageFromHash('#/weekly-report') // 'weekly-report'
 * @example pageFromHash('') // 'okrs'
 */
export function pageFromHash(hash: string): PageId {
  const path = hash.replace(/^#/, '').split('?', 1)[0]!.replace(/\/+$/, '') || '/';
  return pageRoutes.find((route) => route.href.slice(1) === path)?.id ?? 'okrs';
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}
const readHash = () => window.location.hash;
const serverHash = () => '';

/** The current page, following the location hash (links, back and forward). */
export function usePage(): PageId {
  return pageFromHash(useSyncExternalStore(subscribe, readHash, serverHash));
}
