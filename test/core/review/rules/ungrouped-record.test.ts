import { describe, expect, it } from 'vitest';
import { ungroupedRecord } from '../../../../src/core/review/rules/ungrouped-record.ts';
import { runRule } from '../content.ts';

describe('ungrouped-record', () => {
  it('flags published records without a national code, and only those', async () => {
    const findings = await runRule(ungroupedRecord, {
      records: { 'xa/a': { code: undefined, title: 'Xác nhận thông tin hộ tịch địa phương' }, 'xa/b': {} },
    });
    expect(findings.map((f) => [f.records.join(' '), f.field, f.severity, f.code])).toEqual([
      ['xa/a', 'code', 'info', undefined],
    ]);
  });
});
