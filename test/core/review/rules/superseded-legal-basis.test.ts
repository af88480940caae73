import { describe, expect, it } from 'vitest';
import { supersededLegalBasis } from '../../../../src/core/review/rules/superseded-legal-basis.ts';
import { runRule } from '../content.ts';

const legal = [
  { id: 'luat-ho-tich-2014', number: '60/2014/QH13', title: 'Luật Hộ tịch', status: 'in_force' },
  {
    id: 'tt-15-2015-btp',
    number: '15/2015/TT-BTP',
    title: 'Thông tư hướng dẫn Luật Hộ tịch',
    status: 'superseded',
    superseded_by: 'tt-04-2020-btp',
  },
  { id: 'tt-04-2020-btp', number: '04/2020/TT-BTP', title: 'Thông tư hướng dẫn Luật Hộ tịch', status: 'in_force' },
  { id: 'tt-36-2014-bca', number: '36/2014/TT-BCA', title: 'Thông tư về biểu mẫu đăng ký cư trú', status: 'expired' },
  { id: 'nd-123-2015', number: '123/2015/NĐ-CP', title: 'Nghị định hộ tịch', status: 'amended' },
  { id: 'luat-cu-tru-2020', number: '68/2020/QH14', title: 'Luật Cư trú', status: 'in_force' },
];

describe('superseded-legal-basis', () => {
  it('flags superseded and expired texts, resolving national {number, title} references by number', async () => {
    const findings = await runRule(supersededLegalBasis, {
      legal,
      records: { 'xa/a': { legal_basis: ['luat-ho-tich-2014', 'tt-15-2015-btp'] } },
      national: {
        '2.000986': {
          legal_basis: [
            'luat-ho-tich-2014',
            { number: 'Thông tư số 36/2014/TT-BCA', title: 'Thông tư quy định về biểu mẫu' },
          ],
        },
      },
    });
    expect(findings.map((f) => [f.records[0], f.subject])).toEqual([
      ['national/2.000986', 'tt-36-2014-bca'],
      ['xa/a', 'tt-15-2015-btp'],
    ]);
    expect(findings[1]!.message).toBe(
      '"Đăng ký khai sinh" (cấp xã) trích dẫn 15/2015/TT-BTP (Thông tư hướng dẫn Luật Hộ tịch) đã bị thay thế bởi 04/2020/TT-BTP.',
    );
    expect(findings[1]!.message).not.toMatch(/xa\/|national\//);
  });

  it('accepts texts in force or amended, and national references not in legal.yaml', async () => {
    const findings = await runRule(supersededLegalBasis, {
      legal,
      records: { 'xa/a': { legal_basis: ['nd-123-2015', 'tt-04-2020-btp'] } },
      national: {
        '1.001193': { legal_basis: [{ number: '87/2020/NĐ-CP', title: 'Nghị định về Cơ sở dữ liệu hộ tịch điện tử' }] },
      },
    });
    expect(findings).toEqual([]);
  });
});
