import { describe, expect, it } from 'vitest';
import { stateHeldDocument } from '../../../../src/core/review/rules/state-held-document.ts';
import { runRule } from '../content.ts';

describe('state-held-document', () => {
  it('flags a document whose data the state holds, found by name or alias', async () => {
    const findings = await runRule(stateHeldDocument, {
      records: {
        'xa/a': { documents: [{ name: 'Bản sao Giấy khai sinh của người con', form: 'copy' }] },
        'xa/b': { documents: [{ name: 'Bản sao CCCD', form: 'copy' }] },
      },
    });
    expect(findings.map((f) => [f.records[0], f.subject, f.severity])).toEqual([
      ['xa/a', 'giay-khai-sinh', 'warning'],
      ['xa/b', 'can-cuoc', 'warning'],
    ]);
  });

  // Real rows: the Đồng Nai record 1.004873 (the earlier certificate handed back), national 1.014059 (the ID card
  // shown at the counter), 2.000522 (đăng ký lại khai sinh), 1.004878 (a foreign adopter's papers).
  it('does not flag a paper handed back, an ID card only shown, a re-registration, or a paper issued abroad', async () => {
    const findings = await runRule(stateHeldDocument, {
      records: {
        'xa/a': {
          documents: [
            {
              name: 'Giấy xác nhận tình trạng hôn nhân đã được cấp trước đó',
              form: 'original',
              when: 'Nộp lại khi đề nghị cấp lại',
            },
          ],
        },
        'xa/b': {
          code: '2.000522',
          title: 'Đăng ký lại khai sinh',
          documents: [{ name: 'Bản sao Giấy khai sinh', form: 'copy' }],
        },
      },
      national: {
        '1.001193': { documents: [{ name: 'Thẻ căn cước', form: 'present' }] },
        '2.000522': { title: 'Đăng ký lại khai sinh', documents: [{ name: 'Bản sao Giấy khai sinh', form: 'copy' }] },
        '1.004878': {
          documents: [
            { name: 'Giấy xác nhận tình trạng hôn nhân do cơ quan có thẩm quyền nước ngoài cấp', form: 'original' },
          ],
        },
      },
    });
    expect(findings).toEqual([]);
  });

  it('accepts the paper as a fallback when the data cannot be looked up, and documents the state does not hold', async () => {
    const findings = await runRule(stateHeldDocument, {
      records: {
        'xa/a': {
          documents: [
            {
              name: 'Giấy khai sinh',
              form: 'copy',
              when: 'Chỉ khi cơ quan không khai thác được dữ liệu hộ tịch điện tử',
            },
          ],
        },
        'xa/b': { documents: [{ name: 'Giấy chứng sinh', form: 'original' }] },
      },
    });
    expect(findings).toEqual([]);
  });
});

describe('state-held-document on national wording', () => {
  it('reads a fallback written in the name, and does not take an application for the paper', async () => {
    const findings = await runRule(stateHeldDocument, {
      documents: [
        {
          id: 'giay-xac-nhan-cu-tru',
          name: 'Giấy xác nhận thông tin về cư trú',
          aliases: ['Giấy xác nhận cư trú'],
          held_by_state: true,
        },
        { id: 'giay-chung-nhan-ket-hon', name: 'Giấy chứng nhận kết hôn', held_by_state: true },
      ],
      national: {
        '1.003583': {
          documents: [
            {
              name: 'Giấy chứng nhận kết hôn của cha, mẹ. Trường hợp đã có thông tin trong cơ sở dữ liệu thì không phải xuất trình.',
              form: 'present',
            },
          ],
        },
        '1.008544': {
          documents: [{ name: 'Giấy đề nghị xác nhận cư trú của Việt Nam theo mẫu số 06/HTQT', form: 'original' }],
        },
      },
    });
    expect(findings).toEqual([]);
  });
});
