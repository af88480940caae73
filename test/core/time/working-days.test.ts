import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DURATION_UNITS, type Duration } from '../../../src/core/time/duration.ts';
import { parseDuration } from '../../../src/core/time/parse-duration.ts';
import { formatDuration, toWorkingDays } from '../../../src/core/time/working-days.ts';

describe('toWorkingDays', () => {
  it('applies the review factors: hours / 8, days x 5/7, months x 22, same day = 0', () => {
    expect(toWorkingDays({ value: 8, unit: 'hours' })).toBe(1);
    expect(toWorkingDays({ value: 14, unit: 'days' })).toBe(10);
    expect(toWorkingDays({ value: 3, unit: 'months' })).toBe(66);
    expect(toWorkingDays({ value: 0, unit: 'same_day' })).toBe(0);
    expect(toWorkingDays({ value: 5, unit: 'working_days' })).toBe(5);
  });

  it('ranks 15 calendar days below 15 working days', () => {
    expect(toWorkingDays({ value: 15, unit: 'days' })).toBeLessThan(toWorkingDays({ value: 15, unit: 'working_days' }));
  });
});

describe('formatDuration', () => {
  it('writes durations as Vietnamese notices do', () => {
    expect(formatDuration({ value: 5, unit: 'working_days' })).toBe('5 ngày làm việc');
    expect(formatDuration({ value: 0, unit: 'same_day' })).toBe('Trong ngày');
    expect(formatDuration({ value: 8, unit: 'hours' })).toBe('8 giờ');
    expect(formatDuration({ value: 3, unit: 'months' })).toBe('3 tháng');
    expect(formatDuration({ value: 15, unit: 'days' })).toBe('15 ngày');
    expect(formatDuration({ value: 1.5, unit: 'working_days' })).toBe('1,5 ngày làm việc');
  });

  it('is read back by parseDuration', () => {
    const duration: fc.Arbitrary<Duration> = fc.record({
      value: fc.integer({ min: 0, max: 4 * 999 }).map((n) => n / 4),
      unit: fc.constantFrom(...DURATION_UNITS),
    });
    fc.assert(
      fc.property(duration, (d) => {
        const r = parseDuration(formatDuration(d));
        const expected =
          d.unit === 'same_day'
            ? { value: 0, unit: 'same_day' }
            : { value: Math.round(d.value * 100) / 100, unit: d.unit };
        expect(r).toMatchObject({ ok: true, ...expected });
      }),
    );
  });
});
