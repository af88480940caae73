import { describe, expect, it } from 'vitest';
import { legalBasisMismatch } from '../../../../src/core/review/rules/legal-basis-mismatch.ts';
import { runRule, which } from '../content.ts';

describe('legal-basis-mismatch', () => {
  it('flags records citing different legal texts, naming the texts by number', async () => {
    const findings = await runRule(legalBasisMismatch, {
      records: {
        'xa/a': { localities: ['tran-bien'], legal_basis: ['luat-ho-tich-2014', 'nd-123-2015'] },
        'xa/b': { localities: ['phuoc-binh'], legal_basis: ['luat-ho-tich-2014'] },
      },
    });
    expect(which(findings)).toEqual(['xa/a xa/b']);
    expect(findings[0]!.message).toBe(
      'Căn cứ pháp lý khác nhau: 123/2015/NĐ-CP chỉ có ở "Đăng ký khai sinh" (Phường Trấn Biên).',
    );
    expect(findings[0]!.message).not.toMatch(/xa\/|national\//);
  });

  it('does not flag the same texts in another order', async () => {
    const findings = await runRule(legalBasisMismatch, {
      records: {
        'xa/a': { legal_basis: ['luat-ho-tich-2014', 'nd-123-2015'] },
        'xa/b': { legal_basis: ['nd-123-2015', 'luat-ho-tich-2014'] },
      },
    });
    expect(findings).toEqual([]);
  });
});
