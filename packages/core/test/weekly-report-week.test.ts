import { getISOWeek, getISOWeekYear } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  firstDayOfWeek,
  firstDayOfWeekInRegion,
  formatIsoWeek,
  isoWeekMonday,
  isoWeekOf,
  isoWeeksInYear,
  nextReportWeek,
  previousReportWeek,
  reportWeekOf,
} from '../src/index';

describe('isoWeeksInYear', () => {
  it('given any year from 1 to 9999, it agrees with date-fns on whether 28 December (always in the last week) is in week 53', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (year) => {
        const local = new Date(year, 11, 28);
        local.setFullYear(year);
        expect(isoWeeksInYear(year)).toBe(getISOWeek(local));
      }),
      { numRuns: 500 },
    );
    expect([2015, 2020, 2026, 9999].map(isoWeeksInYear)).toEqual([53, 53, 53, 52]);
  });
});

describe('isoWeekOf', () => {
  it('given the last days of 2026, when 2026 is a long ISO year, it puts them in week 53 of 2026', () => {
    expect(isoWeekOf('2026-12-31')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-03')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2027-01-04')).toEqual({ year: 2027, week: 1 });
  });

  it('given 2020-12-31, it is in 2020-W53, and 2021-01-03 still is', () => {
    expect(isoWeekOf('2020-12-31')).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf('2021-01-03')).toEqual({ year: 2020, week: 53 });
  });

  it('given late December days that belong to the next year, it gives week 1 of that year', () => {
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf('2019-12-30')).toEqual({ year: 2020, week: 1 });
  });

  it('given the DOMAIN example week, it gives 2026-W10', () => {
    expect(isoWeekOf('2026-03-02')).toEqual({ year: 2026, week: 10 });
    expect(isoWeekOf('2026-03-08')).toEqual({ year: 2026, week: 10 });
    expect(formatIsoWeek({ year: 2026, week: 9 })).toBe('2026-W09');
  });

  it('given any day, its ISO week starts on the Monday at most 6 days before it (Date.getUTCDay as the oracle)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (dayNumber) => {
        const date = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
        const monday = isoWeekMonday(isoWeekOf(date));
        const back = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
        expect(monday).toBe(addDays(date, -back));
        // Week 1 holds 4 January.
        expect(isoWeekOf(`${isoWeekOf(date).year}-01-04`).week).toBe(1);
      }),
    );
  });
});

describe('isoWeekOf against date-fns', () => {
  it('given any day from 1900 to 2100, it agrees with date-fns getISOWeek and getISOWeekYear', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 47_482 }), (dayNumber) => {
        const date = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
        const [year, month, day] = date.split('-').map(Number) as [number, number, number];
        // date-fns reads local time: noon of the same calendar day is safe from DST gaps in any zone.
        const local = new Date(year, month - 1, day, 12);
        expect(isoWeekOf(date)).toEqual({ year: getISOWeekYear(local), week: getISOWeek(local) });
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('firstDayOfWeek', () => {
  it('given en-US, de-DE, ar-EG and he-IL, it gives Sunday, Monday, Saturday and Sunday', () => {
    expect(firstDayOfWeek('en-US')).toBe(7);
    expect(firstDayOfWeek('de-DE')).toBe(1);
    expect(firstDayOfWeek('ar-EG')).toBe(6);
    expect(firstDayOfWeek('he-IL')).toBe(7);
  });

  it('given an engine without week info, the CLDR table gives the same answers', () => {
    for (const locale of ['en-US', 'de-DE', 'ar-EG', 'he-IL', 'ja-JP', 'pt-BR', 'fr-FR', 'en-GB', 'fa-IR', 'ar', 'en']) {
      expect(firstDayOfWeek(locale, { useIntl: false }), locale).toBe(firstDayOfWeek(locale));
    }
  });

  it('given a -u-fw- keyword, the tag wins over the region', () => {
    expect(firstDayOfWeek('en-US-u-fw-mon')).toBe(1);
    expect(firstDayOfWeek('de-DE-u-fw-sun', { useIntl: false })).toBe(7);
  });

  it('given a region the table does not list, or none, it falls back to Monday', () => {
    expect(firstDayOfWeekInRegion('DE')).toBe(1);
    expect(firstDayOfWeekInRegion('MV')).toBe(5);
    expect(firstDayOfWeekInRegion(undefined)).toBe(1);
  });
});

describe('reportWeekOf, previousReportWeek, nextReportWeek', () => {
  it('given a Wednesday, it starts the week on the locale first day and files it under one ISO week', () => {
    expect(reportWeekOf('2026-03-04', 'de-DE')).toEqual({ week: { year: 2026, week: 10 }, weekStart: '2026-03-02', weekEnd: '2026-03-08' });
    expect(reportWeekOf('2026-03-04', 'en-US')).toEqual({ week: { year: 2026, week: 10 }, weekStart: '2026-03-01', weekEnd: '2026-03-07' });
    expect(reportWeekOf('2026-03-04', 'ar-EG')).toEqual({ week: { year: 2026, week: 10 }, weekStart: '2026-02-28', weekEnd: '2026-03-06' });
    expect(reportWeekOf('2026-03-04', 'he-IL').weekStart).toBe('2026-03-01');
  });

  it('given a US Sunday, it is the first day of its week and belongs to the ISO week of the next Monday', () => {
    expect(reportWeekOf('2026-01-04', 'en-US')).toEqual({ week: { year: 2026, week: 2 }, weekStart: '2026-01-04', weekEnd: '2026-01-10' });
    expect(reportWeekOf('2026-01-10', 'en-US').weekStart).toBe('2026-01-04');
  });

  it('given the week across new year, previous and next cross the year boundary', () => {
    const week53 = reportWeekOf('2027-01-01', 'de-DE');
    expect(week53).toEqual({ week: { year: 2026, week: 53 }, weekStart: '2026-12-28', weekEnd: '2027-01-03' });
    expect(nextReportWeek(week53.weekStart)).toEqual({ week: { year: 2027, week: 1 }, weekStart: '2027-01-04', weekEnd: '2027-01-10' });
    expect(previousReportWeek('2027-01-04')).toEqual(week53);
  });

  it('given any day and locale, every day of its week gives the same report week', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.constantFrom('en-US', 'de-DE', 'ar-EG', 'he-IL'), (dayNumber, locale) => {
        const date = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
        const week = reportWeekOf(date, locale);
        for (let offset = 0; offset < 7; offset++) expect(reportWeekOf(addDays(week.weekStart, offset), locale)).toEqual(week);
        expect(previousReportWeek(nextReportWeek(week.weekStart).weekStart)).toEqual(week);
      }),
      { numRuns: 200 },
    );
  });
});
