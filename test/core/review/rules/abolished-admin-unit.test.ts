import { describe, expect, it } from 'vitest';
import { abolishedAdminUnit } from '../../../../src/core/review/rules/abolished-admin-unit.ts';
import { runRule } from '../content.ts';

const agencies = [
  { id: 'ubnd-xa', name: 'Ủy ban nhân dân xã', level: 'xa', address: 'x', phone: '1' },
  { id: 'ubnd-huyen', name: 'Ủy ban nhân dân huyện', level: 'huyen' },
  { id: 'ubnd-bien-hoa', name: 'Ủy ban nhân dân thành phố Biên Hòa', locality: 'bien-hoa' },
];

describe('abolished-admin-unit', () => {
  it('flags a record at an ended level, for an ended locality, or with an agency of an ended level or locality', async () => {
    const findings = await runRule(abolishedAdminUnit, {
      agencies,
      records: {
        'huyen/a': { agency: 'ubnd-huyen' },
        'xa/b': { localities: ['tan-phong', 'tran-bien'] },
        'xa/c': { desks: ['ubnd-bien-hoa'] },
      },
    });
    expect(findings.map((f) => [f.records[0], f.field, f.subject])).toEqual([
      ['huyen/a', 'level', 'huyen'],
      ['huyen/a', 'agency', 'ubnd-huyen'],
      ['xa/b', 'localities', 'tan-phong'],
      ['xa/c', 'desks', 'ubnd-bien-hoa'],
    ]);
    expect(findings[0]!.message).toBe(
      '"Đăng ký khai sinh" (cấp huyện) còn công bố ở Cấp huyện, cấp này đã kết thúc từ 01/07/2025.',
    );
    expect(findings[0]!.message).not.toMatch(/xa\/|national\/|huyen\//);
  });

  it('does not flag before the end date, or units still in place', async () => {
    const spec = { agencies, records: { 'huyen/a': { agency: 'ubnd-huyen' }, 'xa/b': { localities: ['tran-bien'] } } };
    expect(await runRule(abolishedAdminUnit, spec, '2025-06-30')).toEqual([]);
    expect((await runRule(abolishedAdminUnit, spec, '2025-07-01')).map((f) => f.records[0])).toEqual([
      'huyen/a',
      'huyen/a',
    ]);
  });
});
