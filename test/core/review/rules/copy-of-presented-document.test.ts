import { describe, expect, it } from 'vitest';
import { copyOfPresentedDocument } from '../../../../src/core/review/rules/copy-of-presented-document.ts';
import { runRule } from '../content.ts';

describe('copy-of-presented-document', () => {
  it('flags a document to be shown that is also demanded as a copy, national records included', async () => {
    const documents = [
      { name: 'Giấy tờ tùy thân của người đi đăng ký', form: 'present' },
      { name: 'Bản sao giấy tờ tùy thân', form: 'certified_copy' },
    ];
    const findings = await runRule(copyOfPresentedDocument, {
      records: { 'xa/a': { documents } },
      national: { '1.001193': { documents } },
    });
    expect(findings.map((f) => [f.records[0], f.subject])).toEqual([
      ['national/1.001193', 'giay-to-tuy-than'],
      ['xa/a', 'giay-to-tuy-than'],
    ]);
    expect(findings[1]!.message).toBe(
      '"Đăng ký khai sinh" (cấp xã): "Giấy tờ tùy thân của người đi đăng ký" chỉ cần xuất trình nhưng lại yêu cầu nộp bản sao ("Bản sao giấy tờ tùy thân").',
    );
  });

  // Real rows of national 1.005040: copies handed in, "phải xuất trình (bản chính)" to compare them.
  it('does not flag a copy handed in with the original shown for comparison', async () => {
    const findings = await runRule(copyOfPresentedDocument, {
      national: {
        '1.001193': {
          documents: [
            { name: 'Giấy chứng nhận đăng ký phương tiện (bản chính để đối chiếu)', form: 'present' },
            { name: 'Bản sao Giấy chứng nhận đăng ký phương tiện', form: 'copy' },
            { name: 'Giấy tờ tùy thân', form: 'present' },
            { name: 'Bản sao giấy tờ tùy thân kèm bản chính để đối chiếu', form: 'copy_with_original' },
          ],
        },
      },
    });
    expect(findings).toEqual([]);
  });

  it('accepts alternatives, copies for another case, and different documents', async () => {
    const findings = await runRule(copyOfPresentedDocument, {
      records: {
        'xa/a': { documents: [{ name: 'Giấy tờ tùy thân', form: ['present', 'copy'] }] },
        'xa/b': {
          documents: [
            { name: 'Giấy tờ tùy thân', form: 'present', when: 'Nộp trực tiếp' },
            { name: 'Bản sao giấy tờ tùy thân', form: 'copy', when: 'Nộp qua bưu chính' },
          ],
        },
        'xa/c': {
          documents: [
            { name: 'Giấy chứng sinh', form: 'present' },
            { name: 'Giấy chứng tử', form: 'copy' },
          ],
        },
      },
    });
    expect(findings).toEqual([]);
  });
});
