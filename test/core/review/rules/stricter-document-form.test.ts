import { describe, expect, it } from 'vitest';
import { stricterDocumentForm } from '../../../../src/core/review/rules/stricter-document-form.ts';
import { runRule, which } from '../content.ts';

const gcs = (form: unknown) => [{ name: 'Giấy chứng sinh', form }];

describe('stricter-document-form', () => {
  it('flags a certified copy or the original where the baseline accepts a copy shown with the original', async () => {
    const findings = await runRule(stricterDocumentForm, {
      records: { 'xa/a': { documents: gcs('certified_copy') }, 'xa/b': { documents: gcs('original') } },
      national: { '1.001193': { documents: gcs('copy_with_original') } },
    });
    expect(which(findings)).toEqual(['national/1.001193 xa/a', 'national/1.001193 xa/b']);
    expect(findings[0]!.message).toContain('chỉ nhận "Giấy chứng sinh" dạng bản sao có chứng thực');
  });

  it('flags the original where the baseline accepts a certified copy', async () => {
    const findings = await runRule(stricterDocumentForm, {
      records: { 'xa/a': { documents: gcs('original') } },
      national: { '1.001193': { documents: gcs(['original', 'certified_copy']) } },
    });
    expect(which(findings)).toEqual(['national/1.001193 xa/a']);
  });

  it('does not flag the same form, or a list that still accepts the lighter form', async () => {
    const findings = await runRule(stricterDocumentForm, {
      records: {
        'xa/a': { documents: gcs('original') },
        'xa/b': { code: '2.000635', documents: gcs(['certified_copy', 'copy_with_original']) },
      },
      national: {
        '1.001193': { documents: [{ name: 'Giấy chứng sinh (bản chính)', form: 'original' }] },
        '2.000635': { documents: gcs('copy_with_original') },
      },
    });
    expect(findings).toEqual([]);
  });

  // Real rows: the Đồng Nai land and building records against national 1.013978 and 1.013225 (imported from
  // "1 bản chính, 1 bản sao", the original handed in with a copy), and chứng thực chữ ký against 2.000884.
  it('does not flag papers that are originals by nature, nor the original against "1 bản chính, 1 bản sao"', async () => {
    const findings = await runRule(stricterDocumentForm, {
      records: {
        'xa/a': {
          documents: [
            { name: 'Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 04/ĐK)', form: 'original' },
            { name: 'Tờ khai đăng ký khai sinh', form: 'original' },
            { name: 'Giấy tờ, văn bản mà người yêu cầu chứng thực sẽ ký', form: 'original' },
            { name: 'Bản vẽ thiết kế xây dựng', form: 'original' },
          ],
        },
      },
      national: {
        '1.001193': {
          documents: [
            { name: '(1) Đơn đăng ký đất đai, tài sản gắn liền với đất theo Mẫu số 04/ĐK', form: ['original', 'copy'] },
            { name: 'Tờ khai đăng ký khai sinh theo mẫu', form: 'copy' },
            { name: 'Giấy tờ, văn bản mà mình sẽ yêu cầu chứng thực chữ ký', form: 'present' },
            {
              name: '02 bộ bản vẽ thiết kế xây dựng',
              form: 'original',
              note: 'CSDL quốc gia ghi: 1 bản chính, 1 bản sao.',
            },
          ],
        },
      },
    });
    expect(findings).toEqual([]);
  });

  // The shape of the Đồng Nai tách thửa record against national 1.012784: the certificate, or a copy with the original.
  it('flags the original land certificate where the national record accepts a copy with the original', async () => {
    const findings = await runRule(stricterDocumentForm, {
      records: { 'tinh/a': { level: 'tinh', documents: [{ name: 'Giấy chứng nhận đã cấp', form: 'original' }] } },
      national: {
        '1.001193': { documents: [{ name: '(3) Giấy chứng nhận đã cấp', form: ['original', 'copy_with_original'] }] },
      },
    });
    expect(which(findings)).toEqual(['national/1.001193 tinh/a']);
  });
});
