import { describe, expect, it } from 'vitest';
import { certifiedCopyRequired } from '../../../../src/core/review/rules/certified-copy-required.ts';
import { runRule } from '../content.ts';

describe('certified-copy-required', () => {
  it('flags a document accepted only as a certified copy (or the original)', async () => {
    const findings = await runRule(certifiedCopyRequired, {
      records: {
        'xa/a': { documents: [{ name: 'Bản sao có chứng thực Giấy chứng sinh', form: 'certified_copy' }] },
        'xa/b': { documents: [{ name: 'Giấy chứng sinh', form: ['original', 'certified_copy'] }] },
      },
    });
    expect(findings.map((f) => [f.records[0], f.subject, f.severity])).toEqual([
      ['xa/a', 'giay-chung-sinh', 'info'],
      ['xa/b', 'giay-chung-sinh', 'info'],
    ]);
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
