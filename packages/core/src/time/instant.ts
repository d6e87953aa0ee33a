/**
 * Fast, exact parsing of ISO 8601 instants. Check-in logs hold tens of thousands of
 * timestamps and `Date.parse` costs ~0.5 µs each; canonical UTC strings
 * (`YYYY-MM-DDTHH:MM:SS[.sss]Z`, what `toISOString()` writes) are read here by arithmetic,
 * and anything else falls back to `Date.parse`, so the result is always the same.
 */

function digits(text: string, from: number, count: number): number {
  let result = 0;
  for (let i = from; i < from + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    result = result * 10 + code;
  }
  return result;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Epoch milliseconds of an ISO instant, or NaN when it is not one.
 * @example parseInstantMs('2026-02-15T12:00:00Z') // 1771156800000
 */
export function parseInstantMs(text: string): number {
  const length = text.length;
  if ((length === 20 || length === 24) && text.charCodeAt(length - 1) === 90 /* Z */ && text.charCodeAt(10) === 84 /* T */) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    const millis = length === 24 ? digits(text, 20, 3) : 0;
    const shaped =
      year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0 && millis >= 0 &&
      text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58 &&
      (length === 20 || text.charCodeAt(19) === 46);
    if (shaped) {
      const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
      const valid =
        month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0) && (month !== 2 || day < 29 || leap) &&
        hour <= 23 && minute <= 59 && second <= 59;
      // Date.parse would roll 2026-02-30 over into March; an impossible date is no instant.
      if (!valid) return Number.NaN;
      return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millis;
    }
  }
  return Date.parse(text);
}

/**
 * Whether instant `a` is strictly later than `b`. Two canonical UTC strings of the same
 * length compare as text (which is chronological); anything else is parsed.
 */
export function isLaterInstant(a: string, b: string): boolean {
  if (a.length === b.length && a.length >= 20 && a.charCodeAt(a.length - 1) === 90 && b.charCodeAt(b.length - 1) === 90) {
    return a > b;
  }
  return parseInstantMs(a) > parseInstantMs(b);
}
