import { describe, expect, it } from 'vitest';
import type { Catalogue, NationalRecord, PublishedRecord } from '../../../src/core/catalogue/types.ts';
import { readTime } from '../../../src/core/load/read-record.ts';
import { review } from '../../../src/core/review/engine.ts';
import { catalogueOf, TODAY } from './content.ts';

const DOCUMENT_NAMES = [
  'Tờ khai đăng ký theo mẫu (nếu người có yêu cầu nộp hồ sơ trực tiếp hoặc qua bưu chính)',
  'Giấy tờ tùy thân của người yêu cầu',
  'Văn bản ủy quyền trong trường hợp ủy quyền thực hiện thủ tục',
  'Giấy tờ chứng minh nơi cư trú theo Nghị định số 104/2022/NĐ-CP về nộp, xuất trình sổ hộ khẩu',
  'Bản sao Giấy khai sinh',
  'Giấy xác nhận của cơ quan có thẩm quyền về việc',
];
const TOPICS = [
  'khai sinh',
  'kết hôn',
  'khai tử',
  'nhận cha mẹ con',
  'giám hộ',
  'thay đổi hộ tịch',
  'cấp bản sao trích lục',
  'xác nhận cư trú',
];

/**
 * A province-sized catalogue built in memory: `codes` procedures, one version per commune (with a few
 * variations each: fees, times, an extra document, a record without code), plus their national records.
 */
function generated(base: Catalogue, size: number): Catalogue {
  const codes = Math.ceil(size / 80);
  const national: NationalRecord[] = [];
  const records: PublishedRecord[] = [];
  for (let c = 0; c < codes; c++) {
    const code = `1.${String(100000 + c)}`;
    const title = `Đăng ký ${TOPICS[c % TOPICS.length]} loại ${c}`;
    const documents = DOCUMENT_NAMES.map((name, k) => ({
      name: `${name} ${k === 5 ? `số ${c}` : ''}`.trim(),
      form: 'original' as const,
    }));
    const common = {
      title,
      sector: 'ho-tich',
      subjects: ['Cá nhân'],
      steps: ['Nộp hồ sơ.'],
      result: 'Giấy xác nhận',
      channels: { in_person: true, postal: true, online: 'partial' as const },
    };
    national.push({
      kind: 'national',
      id: `national/${code}`,
      file: `national/${code}.md`,
      body: '',
      guidance: '',
      notes: '',
      lines: {},
      time: readTime('3 Ngày làm việc'),
      data: {
        ...common,
        code,
        levels: ['xa'],
        processing_time: '3 Ngày làm việc',
        fees: [{ name: 'Lệ phí', amount: 0 }],
        documents,
        legal_basis: ['luat-ho-tich-2014'],
        sources: [{ title: 'CSDL quốc gia' }],
      },
    });
    for (let j = 0; j < 80 && records.length < size; j++) {
      const time = j % 5 === 0 ? '05 ngày làm việc' : '03 ngày làm việc';
      const docs = j % 7 === 0 ? [...documents, { name: 'Sổ hộ khẩu', form: 'original' as const }] : documents;
      records.push({
        kind: 'published',
        id: `xa/${code}/xa-${j}`,
        file: `procedures/xa/${code}/xa-${j}.md`,
        body: '',
        guidance: '',
        notes: '',
        lines: {},
        time: readTime(time),
        data: {
          ...common,
          ...(j === 79 ? {} : { code }),
          level: 'xa',
          agency: 'ubnd-xa',
          processing_time: time,
          documents: docs,
          fees: [{ name: 'Lệ phí', amount: j % 3 === 0 ? 8000 : 0 }],
          legal_basis: ['luat-ho-tich-2014'],
          reviewed_at: j % 9 === 0 ? '2024-01-01' : '2026-10-01',
          demo: true,
        },
      });
    }
  }
  return { ...base, national, nationalByCode: new Map(national.map((n) => [n.data.code, n])), records };
}

/** The fastest of two reviews of fresh catalogues (views are cached per catalogue), in seconds: the machine may be busy. */
function secondsToReview(make: () => Catalogue): number {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const catalogue = make();
    const started = performance.now();
    review(catalogue, { today: TODAY });
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return best;
}

describe('review performance', () => {
  it('grows roughly linearly with the catalogue: 10 times the records take far less than 100 times as long', async () => {
    const base = await catalogueOf({});
    const small = secondsToReview(() => generated(base, 1_000));
    const large = secondsToReview(() => generated(base, 10_000));
    // Linear is 10; comparing all pairs of records would be 100. The bound leaves room for a busy machine.
    expect(large / small).toBeLessThan(40);
  }, 120_000);
});
