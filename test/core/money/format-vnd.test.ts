import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEE_SET_ELSEWHERE, formatFee, formatVnd } from '../../../src/core/money/format-vnd.ts';
import { parseVndAmounts } from '../../../src/core/money/parse-vnd.ts';

describe('formatVnd', () => {
  it('groups thousands with "." as Vietnamese notices do', () => {
    expect(formatVnd(50000)).toBe('50.000 đ');
    expect(formatVnd(1025000)).toBe('1.025.000 đ');
    expect(formatVnd(500)).toBe('500 đ');
    expect(formatVnd(0)).toBe('0 đ');
  });

  it('is read back by parseVndAmounts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseVndAmounts(formatVnd(n)).map((a) => a.amount)).toEqual([n]);
      }),
    );
  });
});

describe('formatFee', () => {
  it('says "Miễn phí" for 0, a set-elsewhere text for null, the amount otherwise', () => {
    expect(formatFee(0)).toBe('Miễn phí');
    expect(formatFee(null)).toBe(FEE_SET_ELSEWHERE);
    expect(formatFee(8000)).toBe('8.000 đ');
  });
});
