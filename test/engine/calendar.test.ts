import fc from 'fast-check';
import { addMonths, dayOfIso, endOf, isoOfDay, monthOf, validDay } from '../../src/engine/calendar';

const d = (s: string) => dayOfIso(s) as number;

describe('calendar days (rulebook §3)', () => {
  test('N days after D holds through D+N', () => {
    expect(isoOfDay(endOf(d('2026-11-01'), { days: 7 }))).toBe('2026-11-08');
  });
  test('months clamp to the last day of the month', () => {
    expect(isoOfDay(addMonths(d('2026-01-31'), 1))).toBe('2026-02-28');
    expect(isoOfDay(addMonths(d('2028-01-31'), 1))).toBe('2028-02-29');
    expect(isoOfDay(addMonths(d('2026-11-03'), 3))).toBe('2027-02-03');
    expect(isoOfDay(addMonths(d('2026-03-31'), -1))).toBe('2026-02-28');
  });
  test('ISO parsing rejects days that do not exist', () => {
    expect(dayOfIso('2026-02-30')).toBeNull();
    expect(validDay(2026, 13, 1)).toBeNull();
    expect(dayOfIso('2026-11-3')).toBeNull();
  });
  test('month bounds', () => {
    const m = monthOf(d('2026-02-14'));
    expect([isoOfDay(m.first), isoOfDay(m.last), m.key]).toEqual(['2026-02-01', '2026-02-28', '2026-02']);
  });
  test('iso round-trips and months never go backwards', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40000 }), fc.integer({ min: 0, max: 36 }), (day, n) => {
        expect(dayOfIso(isoOfDay(day))).toBe(day);
        expect(addMonths(day, n)).toBeGreaterThanOrEqual(day);
        expect(addMonths(day, n) - day).toBeLessThanOrEqual(n * 31);
      }),
    );
  });
});
