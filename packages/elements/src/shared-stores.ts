import { createRestAdapter } from '@okrkit/adapter-rest';
import { createOkrStore, createWeeklyReportStore, type OkrStore, type WeeklyReportStore } from '@okrkit/core';

/** The stores of one REST base URL and person: every element naming the same `src` and `person` shares them. */
export interface SharedStores {
  /** The absolute base URL. */
  url: string;
  store: OkrStore;
  /** Created, and loaded, on first use (only `<okr-weekly-report>` needs it). */
  reportStore(): WeeklyReportStore;
}

const shared = new Map<string, SharedStores>();

/** The header the REST handler's `identify` reads in okrkit's demo and examples. */
export const personHeader = 'x-okrkit-user';

/**
 * The base URL a `src` attribute names, resolved against the page, or an Error saying
 * what is wrong with it: only http(s) URLs, at most 2,048 characters.
 * @example resolveSource('/api/okr') // 'https://intranet.example/api/okr'
 */
export function resolveSource(src: string, base: string): string | Error {
  if (src.length > 2048) return new Error(`src: at most 2,048 characters (${src.length} given)`);
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return new Error(`src: "${src}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return new Error(`src: only http and https URLs are loaded ("${url.protocol}" given)`);
  return url.href.replace(/\/+$/, '');
}

/**
 * The stores of `url` as `person` (sent as `x-okrkit-user`; a host whose server reads a
 * cookie leaves it out): made and loaded once per page, then shared.
 */
export function sharedStores(url: string, person: string | null): SharedStores {
  const key = `${url}\u0000${person ?? ''}`;
  const existing = shared.get(key);
  if (existing) return existing;
  const adapter = createRestAdapter({ baseUrl: url, headers: (): Record<string, string> => (person ? { [personHeader]: person } : {}) });
  const store = createOkrStore({ adapter });
  // A failed load shows in every element (with Retry) and reaches `okr-load-failed`.
  void store.load().catch(() => undefined);
  let reports: WeeklyReportStore | undefined;
  const entry: SharedStores = {
    url,
    store,
    reportStore() {
      if (!reports) {
        reports = createWeeklyReportStore({ adapter });
        void reports.load().catch(() => undefined);
      }
      return reports;
    },
  };
  shared.set(key, entry);
  return entry;
}
