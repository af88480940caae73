import { describe, expect, it } from 'vitest';
import { readResults } from '../../../../src/core/import/national/results.ts';
import { Warnings } from '../../../../src/core/import/national/warnings.ts';
import { rawRecord } from './raw-fixtures.ts';

function results(input: string) {
  const warnings = new Warnings();
  return { ...readResults(input, warnings), kinds: warnings.list.map((w) => w.kind) };
}

describe('readResults', () => {
  it('reads the result and its code and drops the portal boilerplate (1.001193)', () => {
    expect(results(rawRecord('bo-tu-phap/1.001193').ket_qua_xu_ly)).toEqual({
      result: 'Giấy khai sinh',
      codes: ['KQ.G15.000031'],
      kinds: [],
    });
  });

  it('joins several results with "; "', () => {
    const r = results(
      'Thẻ Sỹ quan kiểm tra tàu biển Việt NamMã: KQ.G04.000488Thẻ Sỹ quan kiểm tra nhà nước cảng biểnMã: KQ.G04.000489Từ khóaKhông có thông tinMô tảKhông có thông tin',
    );
    expect(r.result).toBe('Thẻ Sỹ quan kiểm tra tàu biển Việt Nam; Thẻ Sỹ quan kiểm tra nhà nước cảng biển');
    expect(r.codes).toEqual(['KQ.G04.000488', 'KQ.G04.000489']);
  });

  it('keeps a non-standard code beside its result name and reports it', () => {
    const r = results('Giấy phépMã: 000.00.00.G12-KQ1234Văn bản từ chốiMã: KQ.G12.000001Từ khóaKhông có thông tin');
    expect(r.result).toBe('Giấy phép (mã 000.00.00.G12-KQ1234); Văn bản từ chối');
    expect(r.codes).toEqual(['KQ.G12.000001']);
    expect(r.kinds).toEqual(['result_code_nonstandard']);
  });

  it('reports a record without a result', () => {
    expect(results('').kinds).toEqual(['result_missing']);
  });
});
