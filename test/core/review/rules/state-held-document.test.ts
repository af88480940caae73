import { describe, expect, it } from 'vitest';
import { stateHeldDocument } from '../../../../src/core/review/rules/state-held-document.ts';
import { runRule } from '../content.ts';

describe('state-held-document', () => {
  it('flags a document whose data the state holds, found by name or alias', async () => {
    const findings = await runRule(stateHeldDocument, {
      records: {
        'xa/a': { documents: [{ name: 'Bản sao Giấy khai sinh của người con', form: 'copy' }] },
        'xa/b': { documents: [{ name: 'CCCD', form: 'present' }] },
      },
    });
    expect(findings.map((f) => [f.records[0], f.subject, f.severity])).toEqual([
      ['xa/a', 'giay-khai-sinh', 'warning'],
      ['xa/b', 'can-cuoc', 'warning'],
    ]);
  });

  it('accepts the paper as a fallback when the data cannot be looked up, and documents the state does not hold', async () => {
    const findings = await runRule(stateHeldDocument, {
      records: {
        'xa/a': { documents: [{ name: 'Giấy khai sinh', form: 'copy', when: 'Chỉ khi cơ quan không khai thác được dữ liệu hộ tịch điện tử' }] },
        'xa/b': { documents: [{ name: 'Giấy chứng sinh', form: 'original' }] },
      },
    });
    expect(findings).toEqual([]);
  });
});
