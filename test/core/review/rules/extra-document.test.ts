import { describe, expect, it } from 'vitest';
import { extraDocument } from '../../../../src/core/review/rules/extra-document.ts';
import { runRule } from '../content.ts';

const doc = (name: string, form = 'original') => ({ name, form });

describe('extra-document', () => {
  it('flags a document the baseline does not require', async () => {
    const findings = await runRule(extraDocument, {
      records: { 'xa/a': { documents: [doc('Tờ khai đăng ký khai sinh'), doc('Sổ hộ khẩu')] } },
      national: { '1.001193': { documents: [doc('Tờ khai đăng ký khai sinh (theo mẫu)')] } },
    });
    expect(findings.map((f) => [f.records.join(' '), f.subject])).toEqual([['national/1.001193 xa/a', 'so-ho-khau']]);
    expect(findings[0]).toMatchObject({ severity: 'error', field: 'documents' });
  });

  it('does not flag the baseline’s documents reworded or reordered', async () => {
    const findings = await runRule(extraDocument, {
      documents: [],
      records: { 'xa/a': { documents: [doc('Giấy tờ tùy thân, bản sao'), doc('Tờ khai đăng ký khai sinh theo mẫu quy định')] } },
      national: { '1.001193': { documents: [doc('Tờ khai đăng ký khai sinh (theo mẫu)'), doc('Bản sao giấy tờ tùy thân')] } },
    });
    expect(findings).toEqual([]);
  });

  it('does not flag anything when the baseline lists no documents', async () => {
    const findings = await runRule(extraDocument, {
      records: { 'xa/a': { documents: [doc('Giấy chứng sinh')] } },
      national: { '1.001193': { documents: [] } },
    });
    expect(findings).toEqual([]);
  });
});
