import { describe, expect, it } from 'vitest';
import { missingInformation } from '../../../../src/core/review/rules/missing-information.ts';
import { runRule } from '../content.ts';

describe('missing-information', () => {
  it('flags empty documents, legal basis, steps and result, one finding each', async () => {
    const findings = await runRule(missingInformation, {
      records: { 'xa/a': { documents: [], legal_basis: [], steps: [], result: '' } },
    });
    expect(findings.map((f) => f.field)).toEqual(['documents', 'legal_basis', 'steps', 'result']);
    expect(findings[0]!.message).toBe('"Đăng ký khai sinh" (cấp xã) thiếu thành phần hồ sơ.');
    expect(findings[0]!.message).not.toMatch(/xa\/|national\//);
  });

  it('flags a national fee or time stated as missing', async () => {
    const findings = await runRule(missingInformation, {
      national: {
        '1.001612': { fees: [{ name: 'Phí, lệ phí', amount: null, note: 'Không có thông tin' }] },
        '1.001193': { processing_time: '' },
      },
    });
    expect(findings.map((f) => [f.records[0], f.field])).toEqual([
      ['national/1.001193', 'processing_time'],
      ['national/1.001612', 'fees'],
    ]);
  });

  // The shape the importer once left in national 1.007662 (a "." row between two papers).
  it('warns of document rows that name no paper, with their row numbers, and keeps the other rows', async () => {
    const papers = [
      { name: 'Giấy chứng nhận giám định …:', form: 'original' },
      { name: '.', form: 'original' },
      { name: ').', form: 'original' },
      { name: 'Biên bản xác nhận nguyên nhân thiệt hại', form: 'original' },
    ];
    const findings = await runRule(missingInformation, { national: { '1.007662': { documents: papers } } });
    expect(findings.map((f) => [f.field, f.severity, f.evidence])).toEqual([
      [
        'documents.name',
        'warning',
        {
          'national/1.007662': [
            { name: '.', row: 2 },
            { name: ').', row: 3 },
          ],
        },
      ],
    ]);
    expect(findings[0]!.message).toContain('2 dòng thành phần hồ sơ không ghi tên giấy tờ (dòng 2, 3');
  });

  it('accepts a complete record, "no fee" ([]), and a fee set elsewhere with its note', async () => {
    const findings = await runRule(missingInformation, {
      records: {
        'xa/a': { fees: [] },
        'xa/b': { fees: [{ name: 'Lệ phí', amount: null, note: 'Theo Nghị quyết HĐND tỉnh' }] },
      },
      national: { '1.001193': {} },
    });
    expect(findings).toEqual([]);
  });

  // Real shapes: national 5.003806 (subjects only officials) and a fee "Không có thông tin" elsewhere.
  it('reports an unknown fee as a warning, and not for a procedure between state bodies', async () => {
    const unknown = { fees: [{ name: 'Phí, lệ phí', amount: null, note: 'Không có thông tin' }] };
    const findings = await runRule(missingInformation, {
      national: { '1.001193': unknown, '5.003806': { ...unknown, subjects: ['Cán bộ, công chức, viên chức'] } },
    });
    expect(findings.map((f) => [f.records[0], f.field, f.severity])).toEqual([
      ['national/1.001193', 'fees', 'warning'],
    ]);
  });
});
