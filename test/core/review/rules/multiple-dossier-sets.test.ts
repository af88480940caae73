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
    expect(findings.map((f) => [f.records[0], f.field, f.subject])).toEqual([
      ['xa/a', 'dossier_sets', undefined],
      ['xa/b', 'documents', 'giay-chung-sinh'],
    ]);
    expect(findings[1]!.message).toBe('xa/b yêu cầu 3 bản "Giấy chứng sinh".');
  });

  it('accepts one set and one copy, explicit or by default', async () => {
    const findings = await runRule(multipleDossierSets, {
      records: { 'xa/a': { dossier_sets: 1, documents: [{ name: 'Giấy chứng sinh', form: 'copy', copies: 1 }] }, 'xa/b': {} },
    });
    expect(findings).toEqual([]);
  });
});
