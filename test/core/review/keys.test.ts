import { describe, expect, it } from 'vitest';
import { review } from '../../../src/core/review/engine.ts';
import { catalogueOf, TODAY, type ContentSpec } from './content.ts';

const doc = (name: string, form = 'original') => ({ name, form });

/** A group with a fee, time and document mismatch, a baseline, and an unrelated record. */
const before: ContentSpec = {
  records: {
    'xa/a': {
      fees: [{ name: 'Lệ phí đăng ký khai sinh', amount: 8000 }],
      processing_time: '05 ngày làm việc',
      documents: [doc('Tờ khai đăng ký khai sinh'), doc('Giấy chứng sinh'), doc('Giấy xác nhận của trưởng thôn')],
    },
    'xa/b': {
      fees: [],
      processing_time: '03 ngày làm việc',
      documents: [doc('Tờ khai đăng ký khai sinh'), doc('Giấy chứng sinh')],
    },
    'xa/other': {
      code: '2.000635',
      title: 'Cấp bản sao trích lục hộ tịch',
      fees: [{ name: 'Phí', amount: 0, note: 'Thu 8.000 đồng/bản' }],
    },
  },
  national: { '1.001193': { documents: [doc('Tờ khai đăng ký khai sinh'), doc('Giấy chứng sinh')] } },
};

async function keys(spec: ContentSpec): Promise<string[]> {
  return review(await catalogueOf(spec), { today: TODAY })
    .findings.filter((f) => f.code === '1.001193')
    .map((f) => f.key)
    .sort();
}

describe('finding keys', () => {
  it('are readable: rule, code or records, field, subject', async () => {
    expect(await keys(before)).toEqual([
      'documents-mismatch:1.001193:documents:giay-xac-nhan-cua-truong-thon',
      'exceeds-baseline-time:national/1.001193+xa/a:processing_time',
      'extra-document:national/1.001193+xa/a:documents:giay-xac-nhan-cua-truong-thon',
      'fee-differs-from-baseline:national/1.001193+xa/a:fees',
      'fee-mismatch:1.001193:fees:le-phi-dang-ky-khai-sinh',
      'time-mismatch:1.001193:processing_time',
    ]);
  });

  it('stay the same when an unrelated record changes or another record joins the group with the same problem', async () => {
    const expected = await keys(before);
    const other = {
      ...before.records!['xa/other'],
      title: 'Cấp bản sao trích lục',
      fees: [{ name: 'Phí', amount: 5000 }],
    };
    expect(await keys({ ...before, records: { ...before.records, 'xa/other': other } })).toEqual(expected);
    const joined = {
      'xa/c': { fees: [], processing_time: '03 ngày làm việc', documents: before.records!['xa/b']!['documents'] },
    };
    expect(await keys({ ...before, records: { ...before.records, ...joined } })).toEqual(expected);
  });

  it('stay the same when values change while the problem persists, or documents and fees are reordered or reworded', async () => {
    const expected = await keys(before);
    const a = before.records!['xa/a']!;
    const edited = {
      ...a,
      fees: [{ name: 'LỆ PHÍ đăng ký khai sinh', amount: 10000 }],
      processing_time: { value: 10, unit: 'working_days' },
      documents: [
        doc('Giấy xác nhận của trưởng thôn'),
        doc('Giấy chứng sinh (bản chính)'),
        doc('Tờ khai đăng ký khai sinh (theo mẫu)'),
      ],
    };
    expect(await keys({ ...before, records: { ...before.records, 'xa/a': edited } })).toEqual(expected);
  });
});
