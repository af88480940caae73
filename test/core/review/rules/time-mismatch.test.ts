import { describe, expect, it } from 'vitest';
import { timeMismatch } from '../../../../src/core/review/rules/time-mismatch.ts';
import { runRule, which } from '../content.ts';

describe('time-mismatch', () => {
  it('flags different processing times in one group', async () => {
    const findings = await runRule(timeMismatch, {
      records: {
        'xa/a': { localities: ['tran-bien'], processing_time: { value: 5, unit: 'working_days' } },
        'xa/b': { localities: ['phuoc-binh'], processing_time: '07 ngày làm việc' },
      },
    });
    expect(which(findings)).toEqual(['xa/a xa/b']);
    expect(findings[0]).toMatchObject({ severity: 'warning', field: 'processing_time', code: '1.001193' });
    expect(findings[0]!.message).toContain('"Đăng ký khai sinh" (Phường Trấn Biên) 5 ngày làm việc');
    expect(findings[0]!.message).toContain('"Đăng ký khai sinh" (Phường Phước Bình) 7 ngày làm việc');
    expect(findings[0]!.message).not.toMatch(/xa\/|national\//);
  });

  it('treats a text time and the equal object time as the same', async () => {
    const findings = await runRule(timeMismatch, {
      records: {
        'xa/a': { processing_time: '05 ngày làm việc' },
        'xa/b': { processing_time: { value: 5, unit: 'working_days' } },
      },
    });
    expect(findings).toEqual([]);
  });

  it('compares in the units the law uses: "7 ngày" is not "5 ngày làm việc", and no converted fraction is shown', async () => {
    const findings = await runRule(timeMismatch, {
      records: {
        'xa/a': { localities: ['tran-bien'], processing_time: '05 ngày làm việc' },
        'xa/c': { localities: ['phuoc-binh'], processing_time: '20 ngày' },
      },
    });
    expect(which(findings)).toEqual(['xa/a xa/c']);
    expect(findings[0]!.message).toContain('20 ngày');
    expect(findings[0]!.message).not.toMatch(/≈|\d,\d/);
  });

  it('treats "Ngay trong ngày" as same day', async () => {
    const findings = await runRule(timeMismatch, {
      records: {
        'xa/a': { processing_time: 'Ngay trong ngày tiếp nhận hồ sơ' },
        'xa/b': { processing_time: { value: 0, unit: 'same_day' } },
      },
    });
    expect(findings).toEqual([]);
  });
});
