import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/review/finding.ts';
import { evidenceLines, valueWords, type CatalogueNames } from '../../../src/site/report/evidence.ts';

const base = { key: 'k', severity: 'warning', field: 'x', message: '', status: 'open', scope: 'province' } as const;
const LABELS: Readonly<Record<string, string>> = {
  'national/1.000894': 'Bản quốc gia',
  'xa/a': 'Xã A',
  'xa/b': 'Xã B',
};
const LEGAL: Readonly<Record<string, { number: string; title: string }>> = {
  'tt-24-2023-bca': { number: '24/2023/TT-BCA', title: 'Thông tư quy định về cấp, thu hồi đăng ký, biển số xe' },
  'nd-123-2015': { number: '123/2015/NĐ-CP', title: 'Nghị định hướng dẫn Luật Hộ tịch' },
};
const NAMES: CatalogueNames = {
  legal: (id) => LEGAL[id],
  agency: (id) => ({ 'ubnd-huyen': 'Ủy ban nhân dân huyện Trảng Bom' })[id],
  locality: (id) => ({ 'tt-trang-bom': 'Thị trấn Trảng Bom' })[id],
};
const texts = (finding: Finding) => evidenceLines(finding, (id) => LABELS[id], NAMES).map((l) => [l.label, l.text]);

describe('evidence in words', () => {
  it('writes a processing time as given, in its own unit, never as a converted fraction of working days', () => {
    const finding: Finding = {
      ...base,
      rule: 'time-mismatch',
      records: ['xa/a', 'xa/b'],
      evidence: {
        'xa/a': { value: 0, unit: 'same_day', text: 'Ngay trong ngày' },
        'xa/b': { value: 15, unit: 'days', text: '' },
      },
    };
    expect(texts(finding)).toEqual([
      ['Xã A', 'Ngay trong ngày'],
      ['Xã B', '15 ngày'],
    ]);
  });

  it('writes a baseline time it could not read as its text', () => {
    const finding: Finding = {
      ...base,
      rule: 'time-differs-from-baseline',
      records: ['national/1.000894', 'xa/a'],
      evidence: {
        'xa/a': { value: 5, unit: 'working_days', text: '05 ngày làm việc' },
        'national/1.000894': [{ text: '1' }],
      },
    };
    expect(texts(finding)).toEqual([
      ['Bản quốc gia', 'ghi: 1'],
      ['Xã A', '05 ngày làm việc'],
    ]);
  });

  it('writes fees with their amount and unit', () => {
    const finding: Finding = {
      ...base,
      rule: 'fee-mismatch',
      records: ['xa/a', 'xa/b'],
      evidence: {
        'xa/a': [{ name: 'Phí cấp bản sao', amount: 10000, per: 'bản' }],
        'xa/b': [{ name: 'Lệ phí', amount: 0, note: 'Miễn phí' }],
      },
    };
    expect(texts(finding)).toEqual([
      ['Xã A', 'Phí cấp bản sao: 10.000 đ/bản'],
      ['Xã B', 'Lệ phí: miễn phí (Miễn phí)'],
    ]);
  });

  it('writes documents with their form and copies, and "không có" where a record does not list one', () => {
    const finding: Finding = {
      ...base,
      rule: 'documents-mismatch',
      records: ['national/1.000894', 'xa/a', 'xa/b'],
      evidence: {
        'national/1.000894': [{ name: 'Giấy tờ tùy thân', form: 'present', copies: 2 }],
        'xa/a': [{ name: 'Giấy chứng sinh', form: ['original', 'electronic'], copies: 1 }],
        'xa/b': null,
      },
    };
    expect(texts(finding)).toEqual([
      ['Bản quốc gia', 'Giấy tờ tùy thân (xuất trình, không nộp, 2 bản)'],
      ['Xã A', 'Giấy chứng sinh (bản chính hoặc bản điện tử)'],
      ['Xã B', 'không có'],
    ]);
  });

  it('writes the forms a paper is accepted in, in words', () => {
    const finding: Finding = {
      ...base,
      rule: 'stricter-document-form',
      records: ['national/1.000894', 'xa/a'],
      evidence: { 'national/1.000894': ['copy'], 'xa/a': ['original', 'certified_copy'] },
    };
    expect(texts(finding)).toEqual([
      ['Bản quốc gia', 'bản sao'],
      ['Xã A', 'bản chính hoặc bản sao có chứng thực'],
    ]);
  });

  it('names the fields of other evidence in Vietnamese, and a missing value "không có"', () => {
    const finding: Finding = {
      ...base,
      rule: 'agency-contact-missing',
      records: ['xa/a'],
      evidence: { agency: { id: 'ubnd-xa', name: 'UBND xã A', address: null, phone: null } },
    };
    expect(texts(finding)).toEqual([
      ['cơ quan', 'mã: ubnd-xa; tên: UBND xã A; địa chỉ: không có; điện thoại: không có'],
    ]);
    expect(valueWords('partial')).toBe('một phần');
    expect(valueWords([])).toBe('không có');
  });

  it('names every field of the evidence in Vietnamese, never by its key in the JSON', () => {
    const findings: Finding[] = [
      {
        ...base,
        rule: 'multiple-dossier-sets',
        records: ['xa/a'],
        evidence: { 'xa/a': { dossier_sets: 2, documents: [{ name: 'Tờ khai', copies: 2 }] } },
      },
      {
        ...base,
        rule: 'legal-basis-differs-from-baseline',
        records: ['national/1.000894', 'xa/a'],
        evidence: {
          'xa/a': { cited: ['123/2015/NĐ-CP'], older_publication: ['2228/QĐ-UBND'] },
          'national/1.000894': {
            missing: [{ number: '43/2024/QH15', title: 'Luật Đất đai' }],
            decision: '2304/QĐ-BNNMT',
          },
        },
      },
      {
        ...base,
        rule: 'agency-contact-missing',
        records: ['xa/a'],
        evidence: { agency: { id: 'ubnd-xa', name: 'UBND xã', communes: 95, with_contact: 3 } },
      },
      {
        ...base,
        rule: 'extra-document',
        records: ['national/1.000894', 'xa/a'],
        evidence: {
          'xa/a': [{ name: 'Giấy xác nhận', form: 'copy' }],
          'national/1.000894': { closest_row: 'Giấy tờ khác.', coverage: 0.4 },
        },
      },
      {
        ...base,
        rule: 'missing-information',
        records: ['xa/a'],
        evidence: { 'xa/a': [{ name: 'Lệ phí', note: 'Không có thông tin' }] },
      },
      {
        ...base,
        rule: 'stale-review',
        records: ['xa/a'],
        evidence: { 'xa/a': { reviewed_at: '2024-01-01', age_days: 900, max_age_days: 730 } },
      },
      {
        ...base,
        rule: 'possible-duplicate',
        records: ['xa/a', 'xa/b'],
        evidence: {
          'xa/a': { title: 'Cấp giấy A', code: null },
          'xa/b': { title: 'Cấp giấy A mới', code: '1.000894' },
          level: 'xa',
          title_similarity: 0.7,
          document_similarity: null,
        },
      },
      {
        ...base,
        rule: 'ungrouped-record',
        records: ['xa/a'],
        evidence: {
          'xa/a': { title: 'Cấp giấy A', local_code: null },
          suggested_code: { code: '1.000894', reason: 'title', score: 0.72 },
        },
      },
      {
        ...base,
        rule: 'superseded-legal-basis',
        records: ['national/1.000894'],
        evidence: {
          'national/1.000894': {
            cited: { number: '15/2014/TT-BCA', title: 'Thông tư quy định về đăng ký xe' },
            status: 'superseded',
            superseded_by: 'tt-24-2023-bca',
          },
        },
      },
      {
        ...base,
        rule: 'abolished-admin-unit',
        records: ['xa/a'],
        evidence: { 'xa/a': { desks: 'ubnd-huyen', until: '2025-07-01' } },
      },
    ];
    const keysOf = (v: unknown): string[] =>
      Array.isArray(v)
        ? v.flatMap(keysOf)
        : v !== null && typeof v === 'object'
          ? Object.entries(v).flatMap(([k, x]) => [k, ...keysOf(x)])
          : [];
    for (const finding of findings) {
      const shown = texts(finding).map(([label, text]) => `${label}: ${text}`);
      for (const key of new Set(keysOf(finding.evidence)))
        for (const line of shown) expect(line).not.toMatch(new RegExp(`(^|; )${key}: `));
    }
    expect(texts(findings[0]!)).toEqual([['Xã A', 'số bộ hồ sơ: 2; giấy tờ nhiều bản: Tờ khai (2 bản)']]);
    expect(texts(findings[1]!)).toEqual([
      ['Bản quốc gia', 'chưa trích dẫn: 43/2024/QH15 (Luật Đất đai); quyết định công bố: 2304/QĐ-BNNMT'],
      ['Xã A', 'văn bản trích dẫn: 123/2015/NĐ-CP; theo công bố cũ: 2228/QĐ-UBND'],
    ]);
    // Shares as percentages and a level by its name, not "0,4" and "xa".
    expect(texts(findings[3]!)).toContainEqual([
      'Bản quốc gia',
      'dòng gần nhất: Giấy tờ khác; tỉ lệ tên nằm trong dòng: 40%',
    ]);
    expect(texts(findings[6]!).slice(2)).toEqual([
      ['cấp', 'cấp xã'],
      ['độ giống tên', '70%'],
      ['độ giống thành phần hồ sơ', 'không có'],
    ]);
    expect(texts(findings[8]!)).toEqual([
      [
        'Bản quốc gia',
        'văn bản trích dẫn: 15/2014/TT-BCA (Thông tư quy định về đăng ký xe); tình trạng: đã bị thay thế; được thay thế bởi: 24/2023/TT-BCA (Thông tư quy định về cấp, thu hồi đăng ký, biển số xe)',
      ],
    ]);
    expect(texts(findings[7]!)).toEqual([
      ['Xã A', 'tên thủ tục: Cấp giấy A; mã địa phương: không có'],
      ['mã gợi ý', '1.000894 (tên gần nhất, độ giống: 72%)'],
    ]);
  });

  it('gives one line per record in the finding’s order, then the evidence’s other keys', () => {
    const finding: Finding = {
      ...base,
      rule: 'no-online-channel',
      records: ['xa/b'],
      evidence: { full: ['national/1.000894'], 'xa/b': 'partial' },
    };
    expect(texts(finding)).toEqual([
      ['Xã B', 'một phần'],
      ['trực tuyến toàn trình', 'Bản quốc gia'],
    ]);
  });

  it('writes the legal texts, agencies, localities and dates it holds by id as the Office knows them', () => {
    const findings: Finding[] = [
      {
        ...base,
        rule: 'superseded-legal-basis',
        records: ['xa/a'],
        evidence: { 'xa/a': { cited: 'nd-123-2015', status: 'superseded', superseded_by: 'tt-24-2023-bca' } },
      },
      {
        ...base,
        rule: 'legal-basis-mismatch',
        records: ['xa/a', 'xa/b'],
        evidence: { 'xa/a': ['nd-123-2015', 'tt-24-2023-bca'], 'xa/b': ['nd-123-2015'] },
      },
      {
        ...base,
        rule: 'abolished-admin-unit',
        records: ['xa/a'],
        evidence: { 'xa/a': { desks: 'ubnd-huyen', until: '2025-07-01' } },
      },
      {
        ...base,
        rule: 'abolished-admin-unit',
        records: ['xa/b'],
        evidence: { 'xa/b': { locality: 'tt-trang-bom', until: '2025-07-01' } },
      },
      {
        ...base,
        rule: 'stale-review',
        records: ['xa/a'],
        evidence: { 'xa/a': { reviewed_at: '2024-01-31', age_days: 900, max_age_days: 730 } },
      },
    ];
    expect(findings.map(texts)).toEqual([
      [
        [
          'Xã A',
          'văn bản trích dẫn: 123/2015/NĐ-CP (Nghị định hướng dẫn Luật Hộ tịch); tình trạng: đã bị thay thế; được thay thế bởi: 24/2023/TT-BCA (Thông tư quy định về cấp, thu hồi đăng ký, biển số xe)',
        ],
      ],
      [
        [
          'Xã A',
          '123/2015/NĐ-CP (Nghị định hướng dẫn Luật Hộ tịch); 24/2023/TT-BCA (Thông tư quy định về cấp, thu hồi đăng ký, biển số xe)',
        ],
        ['Xã B', '123/2015/NĐ-CP (Nghị định hướng dẫn Luật Hộ tịch)'],
      ],
      [['Xã A', 'nơi tiếp nhận: Ủy ban nhân dân huyện Trảng Bom; kết thúc: 01/07/2025']],
      [['Xã B', 'địa bàn: Thị trấn Trảng Bom; kết thúc: 01/07/2025']],
      [['Xã A', 'ngày rà soát: 31/01/2024; số ngày đã qua: 900; số ngày tối đa: 730']],
    ]);
  });

  it('keeps an id the catalogue does not know rather than inventing a name for it', () => {
    const finding: Finding = {
      ...base,
      rule: 'superseded-legal-basis',
      records: ['xa/a'],
      evidence: { 'xa/a': { cited: 'nd-khong-co', status: 'expired', superseded_by: null } },
    };
    expect(texts(finding)).toEqual([
      ['Xã A', 'văn bản trích dẫn: nd-khong-co; tình trạng: hết hiệu lực; được thay thế bởi: không có'],
    ]);
  });

  it('writes online and in-person totals with their unit: đồng for fees, converted working days for times', () => {
    const penalty = (field: string, online: number, in_person: number): Finding => ({
      ...base,
      rule: 'online-penalty',
      field,
      records: ['xa/a'],
      evidence: { 'xa/a': { online, in_person } },
    });
    expect(texts(penalty('by_channel.online.fees', 50000, 30000))).toEqual([
      ['Xã A', 'trực tuyến: 50.000 đ; trực tiếp: 30.000 đ'],
    ]);
    // The rule compares working days converted from each channel's own unit: the figure says so.
    expect(texts(penalty('by_channel.online.processing_time', 7.5, 5))).toEqual([
      ['Xã A', 'trực tuyến: 7,5 ngày làm việc (quy đổi); trực tiếp: 5 ngày làm việc (quy đổi)'],
    ]);
  });
});
