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
    expect(findings[0]!.message).toContain('chỉ nhận "Giấy chứng sinh" dạng bản sao chứng thực');
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
      records: { 'xa/a': { documents: gcs('original') }, 'xa/b': { code: '2.000635', documents: gcs(['certified_copy', 'copy_with_original']) } },
      national: {
        '1.001193': { documents: [{ name: 'Giấy chứng sinh (bản chính)', form: 'original' }] },
        '2.000635': { documents: gcs('copy_with_original') },
      },
    });
    expect(findings).toEqual([]);
  });
});
