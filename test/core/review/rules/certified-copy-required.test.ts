import { describe, expect, it } from 'vitest';
import { certifiedCopyRequired } from '../../../../src/core/review/rules/certified-copy-required.ts';
import { runRule } from '../content.ts';

describe('certified-copy-required', () => {
  it('flags a document accepted only as a certified copy', async () => {
    const findings = await runRule(certifiedCopyRequired, {
      records: { 'xa/a': { documents: [{ name: 'Bản sao có chứng thực Giấy chứng sinh', form: 'certified_copy' }] } },
    });
    expect(findings.map((f) => [f.records[0], f.subject, f.severity])).toEqual([['xa/a', 'giay-chung-sinh', 'info']]);
    expect(findings[0]!.message).toBe(
      '"Đăng ký khai sinh" (cấp xã) chỉ nhận bản sao có chứng thực của "Bản sao có chứng thực Giấy chứng sinh"; nên nhận cả bản sao kèm bản chính để đối chiếu.',
    );
  });

  // Real row: the Đồng Nai mortgage record, as khoản 2 Điều 27 Nghị định 99/2022 words it (national 1.011441).
  it('does not flag "the original or a certified copy": a party holding the original certifies nothing', async () => {
    const findings = await runRule(certifiedCopyRequired, {
      records: {
        'tinh/a': { level: 'tinh', documents: [{ name: 'Hợp đồng thế chấp', form: ['original', 'certified_copy'] }] },
      },
    });
    expect(findings).toEqual([]);
  });

  it('accepts a certified copy offered beside a plain copy with the original', async () => {
    const findings = await runRule(certifiedCopyRequired, {
      records: {
        'xa/a': { documents: [{ name: 'Giấy chứng sinh', form: ['certified_copy', 'copy_with_original'] }] },
        'xa/b': { documents: [{ name: 'Giấy chứng sinh', form: 'original' }] },
      },
    });
    expect(findings).toEqual([]);
  });
});
