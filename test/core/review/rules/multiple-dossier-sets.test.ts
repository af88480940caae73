import { describe, expect, it } from 'vitest';
import { multipleDossierSets } from '../../../../src/core/review/rules/multiple-dossier-sets.ts';
import { runRule } from '../content.ts';

describe('multiple-dossier-sets', () => {
  it('flags more than one dossier set and more than one copy of a document', async () => {
    const findings = await runRule(multipleDossierSets, {
      records: {
        'xa/a': { dossier_sets: 2 },
        'xa/b': { documents: [{ name: 'Giấy chứng sinh', form: 'copy', copies: 3 }] },
      },
    });
    expect(findings.map((f) => [f.records[0], f.field])).toEqual([
      ['xa/a', 'documents'],
      ['xa/b', 'documents'],
    ]);
    expect(findings[0]!.message).toBe('"Đăng ký khai sinh" (cấp xã) yêu cầu nộp 2 bộ hồ sơ.');
    expect(findings[1]!.message).toBe('"Đăng ký khai sinh" (cấp xã) yêu cầu nộp nhiều bản: 3 bản "Giấy chứng sinh".');
  });

  // Real shape of national 2.002036 and 1.003976: the whole dossier in 3 sets shows "3 bản" on every paper.
  it('gives one finding for a dossier whose every paper comes in the same number of copies, and leaves photos out', async () => {
    const paper = (name: string, copies: number) => ({ name, form: 'original', copies });
    const findings = await runRule(multipleDossierSets, {
      national: {
        '1.001193': {
          documents: [
            paper('Đơn xin thôi quốc tịch Việt Nam', 3),
            paper('Bản khai lý lịch', 3),
            paper('Bản sao Hộ chiếu', 3),
            paper('Ảnh 4x6cm mới chụp', 2),
          ],
        },
        '2.000635': {
          documents: [paper('Ảnh 4x6cm, mới chụp, mắt nhìn thẳng', 2), paper('Tờ khai đề nghị cấp giấy thông hành', 1)],
        },
      },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe(
      '"Đăng ký khai sinh" (bản quốc gia mã 1.001193) yêu cầu nộp 3 bản mỗi giấy tờ (3 giấy tờ), tức 3 bộ hồ sơ.',
    );
  });

  it('accepts one set and one copy, explicit or by default', async () => {
    const findings = await runRule(multipleDossierSets, {
      records: {
        'xa/a': { dossier_sets: 1, documents: [{ name: 'Giấy chứng sinh', form: 'copy', copies: 1 }] },
        'xa/b': {},
      },
    });
    expect(findings).toEqual([]);
  });
});
