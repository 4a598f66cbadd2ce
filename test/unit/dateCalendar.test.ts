// The calendar of the date recognizer (src/core/dates/calendar/): ISO days, the shared day and
// range caches, festival days, and the range and granularity of a raw date in a year.
import { strict as assert } from 'node:assert';
import { daysInMonth, isoDate, parseIso } from '../../src/core/dates/calendar/iso';
import { Days, addDays, dayRange, monthRange, shiftYears, yearRange } from '../../src/core/dates/calendar/days';
import { festivalDate, festivalRule } from '../../src/core/dates/calendar/festivalDates';
import { calendarRange, granularityOf } from '../../src/core/dates/calendar/ranges';
import { raw, type RawDate } from '../../src/core/dates/rawDate';

describe('dates calendar: ISO days and month lengths', () => {
  const lengths: ReadonlyArray<[y: number, m: number, days: number]> = [
    [2024, 2, 29], [2023, 2, 28], [1900, 2, 28], [2000, 2, 29], [2024, 4, 30], [2024, 12, 31],
  ];
  for (const [y, m, days] of lengths) {
    it(`${y}-${m} has ${days} days`, () => { assert.equal(daysInMonth(y, m), days); });
  }
  const isos: ReadonlyArray<[s: string, expected: { y: number; m: number; d: number } | null]> = [
    ['2024-09-02', { y: 2024, m: 9, d: 2 }], ['2024-02-29', { y: 2024, m: 2, d: 29 }], ['2023-02-29', null],
    ['2024-13-01', null], ['2024-9-2', null], ['20240902', null],
  ];
  for (const [s, expected] of isos) {
    it(`parseIso(${s})`, () => { assert.deepEqual(parseIso(s), expected); });
  }
  it('isoDate pads', () => { assert.equal(isoDate(2024, 9, 2), '2024-09-02'); assert.equal(isoDate(812, 1, 1), '0812-01-01'); });
});

describe('dates calendar: days and ranges', () => {
  const days = new Days();
  it('one string per day and one frozen object per range', () => {
    assert.equal(days.iso(2024, 9, 2), '2024-09-02');
    const a = days.range('2024-01-01', '2024-12-31');
    assert.equal(days.range('2024-01-01', '2024-12-31'), a);
    assert.ok(Object.isFrozen(a));
  });
  const shifts: ReadonlyArray<[from: string, n: number, add: string, years: string]> = [
    ['2024-09-02', -7, '2024-08-26', '2017-09-02'], ['2024-02-29', 1, '2024-03-01', '2025-02-28'], ['2024-12-31', 1, '2025-01-01', '2025-12-31'],
  ];
  for (const [from, n, add, years] of shifts) {
    it(`${from} + ${n} days = ${add}, + ${n} years = ${years}`, () => {
      assert.equal(addDays(days, from, n), add);
      assert.equal(shiftYears(days, from, n), years);
    });
  }
  it('year, month and day ranges (a day past the month end is its last day)', () => {
    assert.deepEqual(yearRange(days, 2021, 2025), { start: '2021-01-01', end: '2025-12-31' });
    assert.deepEqual(monthRange(days, 2024, 1, 7), { start: '2024-01-01', end: '2024-07-31' });
    assert.deepEqual(dayRange(days, 2023, 2, 31), { start: '2023-02-28', end: '2023-02-28' });
  });
});

describe('dates calendar: festival days', () => {
  const rows: ReadonlyArray<[name: string, year: number, day: string | null]> = [
    ['国庆节', 2024, '2024-10-01'], ['元旦', 2025, '2025-01-01'], ['春节', 2024, '2024-02-10'], ['除夕', 2024, '2024-02-09'],
    ['元宵节', 2024, '2024-02-24'], ['端午', 2024, '2024-06-10'], ['中秋', 2024, '2024-09-17'], ['清明节', 2024, '2024-04-04'],
    ['清明节', 2025, '2025-04-04'], ['春节', 2050, null], ['清明节', 1999, null],
  ];
  const days = new Days();
  for (const [name, year, day] of rows) {
    it(`${name} ${year} → ${day}`, () => {
      const rule = festivalRule(name);
      assert.ok(rule);
      assert.equal(festivalDate(days, rule, year), day);
    });
  }
  it('knows no rule for other names', () => { assert.equal(festivalRule('圣诞节'), undefined); assert.equal(festivalRule(undefined), undefined); });
});

function calendar(fields: Partial<RawDate>): RawDate {
  return Object.assign(raw(true, 'calendar', 'context', fields.part), fields);
}

describe('dates calendar: a raw date in a year, and its granularity', () => {
  const rows: ReadonlyArray<[name: string, fields: Partial<RawDate>, start: string | null, end: string | null, granularity: string]> = [
    ['year', { part: 'year' }, '2024-01-01', '2024-12-31', 'year'],
    ['years', { part: 'year', yearTo: 2025 }, '2024-01-01', '2025-12-31', 'period'],
    ['second half', { part: 'half', half: 2 }, '2024-07-01', '2024-12-31', 'half'],
    ['quarter 2', { part: 'quarter', quarter: 2 }, '2024-04-01', '2024-06-30', 'quarter'],
    ['quarters 3–4', { part: 'quarter', quarter: 3, quarterTo: 4 }, '2024-07-01', '2024-12-31', 'period'],
    ['end of quarter 2', { part: 'quarter', quarter: 2, monthPoint: 'end' }, '2024-06-30', '2024-06-30', 'day'],
    ['February', { part: 'months', month: 2 }, '2024-02-01', '2024-02-29', 'month'],
    ['months 1–7', { part: 'months', month: 1, monthTo: 7 }, '2024-01-01', '2024-07-31', 'period'],
    ['end of July', { part: 'months', month: 7, monthPoint: 'end' }, '2024-07-31', '2024-07-31', 'day'],
    ['last ten days of February', { part: 'months', month: 2, monthPoint: 'xun3' }, '2024-02-21', '2024-02-29', 'period'],
    ['first week of September', { part: 'months', month: 9, monthPoint: 'firstWeek' }, '2024-09-02', '2024-09-08', 'period'],
    ['a day', { part: 'days', month: 9, day: 2 }, '2024-09-02', '2024-09-02', 'day'],
    ['days 15–20', { part: 'days', month: 9, day: 15, dayTo: 20 }, '2024-09-15', '2024-09-20', 'period'],
    ['30 February (no such day; a day as written)', { part: 'days', month: 2, day: 30 }, null, null, 'day'],
    ['year end', { part: 'yearEnd' }, '2024-12-31', '2024-12-31', 'day'],
    ['festival', { part: 'festival', festival: '春节' }, '2024-02-10', '2024-02-10', 'event'],
  ];
  const days = new Days();
  for (const [name, fields, start, end, granularity] of rows) {
    it(`${name}: ${start} … ${end}, ${granularity}`, () => {
      const r = calendar(fields);
      const range = calendarRange(days, r, 2024);
      assert.deepEqual(range, start === null ? null : { start, end });
      assert.equal(granularityOf(r, range), granularity);
    });
  }
  it('durations, plans, 年内 and 以来 have the granularity of their shape', () => {
    assert.equal(granularityOf(raw(true, 'duration'), null), 'duration');
    assert.equal(granularityOf(Object.assign(raw(false, 'plan'), { year: 2021, yearTo: 2025 }), null), 'period');
    assert.equal(granularityOf(Object.assign(raw(false, 'plan'), { year: 2025, yearTo: 2025 }), null), 'year');
    assert.equal(granularityOf(raw(true, 'withinYear'), null), 'period');
    assert.equal(granularityOf(calendar({ part: 'year', since: true }), null), 'period');
  });
});
