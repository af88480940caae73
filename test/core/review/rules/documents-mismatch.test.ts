import { describe, expect, it } from 'vitest';
import { documentsMismatch } from '../../../../src/core/review/rules/documents-mismatch.ts';
import type { DocumentRequirement } from '../../../../src/core/schema/index.ts';
import { shownDocument } from '../../../../src/core/review/evidence.ts';
import { runRule } from '../content.ts';

const doc = (name: string, form: unknown = 'original', extra: Record<string, unknown> = {}) => ({
  name,
  form,
  ...extra,
});
const base = doc('Tờ khai đăng ký khai sinh', 'original', { doc: 'to-khai-khai-sinh' });

describe('documents-mismatch', () => {
  it('flags a document some records require and others do not', async () => {
    const findings = await runRule(documentsMismatch, {
      records: {
        'xa/a': { localities: ['tran-bien'], documents: [base, doc('Giấy chứng sinh')] },
        'xa/b': { localities: ['phuoc-binh'], documents: [base] },
      },
    });
    expect(findings.map((f) => [f.subject, f.records.join(' ')])).toEqual([['giay-chung-sinh', 'xa/a xa/b']]);
    expect(findings[0]!.message).toBe(
      'Giấy tờ "Giấy chứng sinh" có trong "Đăng ký khai sinh" (Phường Trấn Biên) nhưng không có trong "Đăng ký khai sinh" (Phường Phước Bình).',
    );
    expect(findings[0]!.message).not.toMatch(/xa\/|national\//);
  });

  it('flags a different accepted form and a different number of copies separately', async () => {
    const findings = await runRule(documentsMismatch, {
      records: {
        'xa/a': { localities: ['tran-bien'], documents: [base, doc('Giấy chứng sinh', 'original')] },
        'xa/b': {
          localities: ['phuoc-binh'],
          documents: [base, doc('Giấy chứng sinh', 'certified_copy', { copies: 2 })],
        },
      },
    });
    expect(findings.map((f) => f.subject)).toEqual(['giay-chung-sinh.form', 'giay-chung-sinh.copies']);
    expect(findings[0]!.message).toContain('"Đăng ký khai sinh" (Phường Phước Bình) nhận bản sao có chứng thực');
  });

  it("shows each record's requirement as the other rules show a document, with its number of copies", async () => {
    const asked: DocumentRequirement = {
      name: 'Giấy chứng sinh',
      form: 'certified_copy',
      copies: 2,
      when: 'Trường hợp sinh tại cơ sở y tế',
    };
    const findings = await runRule(documentsMismatch, {
      records: {
        'xa/a': { localities: ['tran-bien'], documents: [base, doc('Giấy chứng sinh', 'certified_copy')] },
        'xa/b': { localities: ['phuoc-binh'], documents: [base, asked] },
      },
    });
    const copies = findings.find((f) => f.subject === 'giay-chung-sinh.copies')!;
    // As findings.json writes it: the same fields in the same order as every rule's document, then copies.
    expect(JSON.stringify(copies.evidence['xa/b'])).toBe(JSON.stringify([{ ...shownDocument(asked), copies: 2 }]));
  });

  it('treats reworded, reordered, NFD and old-tone names as the same document', async () => {
    const findings = await runRule(documentsMismatch, {
      documents: [],
      records: {
        'xa/a': {
          documents: [
            doc('Tờ khai đăng ký khai sinh (theo mẫu)'),
            doc('Văn bản ủy quyền và giấy tờ tùy thân'),
            doc('Biên bản hoà giải'),
          ],
        },
        'xa/b': {
          documents: [
            doc('Biên bản hòa giải'.normalize('NFD')),
            doc('Giấy tờ tùy thân và văn bản uỷ quyền'),
            doc('Tờ khai đăng ký khai sinh theo mẫu quy định'),
          ],
        },
      },
    });
    expect(findings).toEqual([]);
  });

  it('does not take "Giấy chứng sinh" and "Giấy chứng tử" for one document', async () => {
    const findings = await runRule(documentsMismatch, {
      documents: [],
      records: { 'xa/a': { documents: [doc('Giấy chứng sinh')] }, 'xa/b': { documents: [doc('Giấy chứng tử')] } },
    });
    expect(findings.map((f) => f.records.join(' '))).toEqual(['xa/a xa/b', 'xa/a xa/b']);
    expect(findings).toHaveLength(2);
  });
});
