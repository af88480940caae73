/** In-memory records and catalogues for cost and report tests (no files, every field explicit). */
import type { Finding, FindingFields } from '../../../../src/core/review/finding.ts';
import type { Catalogue, NationalRecord, PublishedRecord } from '../../../../src/core/catalogue/types.ts';
import { readTime } from '../../../../src/core/load/read-record.ts';
import type { NationalRecordData, PublishedRecordData, SiteData } from '../../../../src/core/schema/index.ts';

export function published(id: string, data: Partial<PublishedRecordData> = {}): PublishedRecord {
  const full: PublishedRecordData = {
    title: 'Đăng ký khai sinh',
    level: 'xa',
    sector: 'ho-tich',
    agency: 'ubnd-xa',
    subjects: ['Cá nhân'],
    processing_time: { value: 3, unit: 'working_days' },
    fees: [],
    documents: [],
    steps: ['Nộp hồ sơ.'],
    channels: { in_person: true, postal: false, online: 'none' },
    result: 'Giấy khai sinh',
    legal_basis: [],
    reviewed_at: '2026-10-01',
    demo: true,
    ...data,
  };
  return {
    kind: 'published',
    id,
    file: `procedures/${id}.md`,
    body: '',
    guidance: '',
    notes: '',
    lines: {},
    time: readTime(full.processing_time),
    data: full,
  };
}

export function national(code: string, data: Partial<NationalRecordData> = {}): NationalRecord {
  const full: NationalRecordData = {
    code,
    title: 'Đăng ký khai sinh',
    levels: ['xa'],
    sector: 'ho-tich',
    subjects: ['Cá nhân'],
    processing_time: { value: 3, unit: 'working_days' },
    fees: [],
    documents: [],
    steps: ['Nộp hồ sơ.'],
    channels: { in_person: true, postal: true, online: 'full' },
    result: 'Giấy khai sinh',
    legal_basis: [],
    sources: [{ title: 'Cổng Dịch vụ công quốc gia' }],
    ...data,
  };
  return {
    kind: 'national',
    id: `national/${code}`,
    file: `national/${code}.md`,
    body: '',
    guidance: '',
    notes: '',
    lines: {},
    time: readTime(full.processing_time),
    data: full,
  };
}

export function catalogue(
  records: PublishedRecord[],
  nationals: NationalRecord[] = [],
  site: Partial<SiteData> = {},
): Catalogue {
  return {
    site: {
      province: { id: 'dong-nai', name: 'Đồng Nai' },
      title: 'Thủ tục hành chính tỉnh Đồng Nai',
      hotline: '1022',
      portals: { national: 'https://dichvucong.gov.vn' },
      levels: ['tinh', 'xa'],
      ...site,
    },
    levels: [
      { id: 'tinh', name: 'Cấp tỉnh' },
      { id: 'xa', name: 'Cấp xã' },
    ],
    localities: new Map([
      ['phuong-tran-bien', { id: 'phuong-tran-bien', name: 'Phường Trấn Biên', kind: 'commune' as const }],
      ['xa-tan-phu', { id: 'xa-tan-phu', name: 'Xã Tân Phú', kind: 'commune' as const }],
    ]),
    agencies: new Map([['ubnd-xa', { id: 'ubnd-xa', name: 'UBND cấp xã', level: 'xa' as const }]]),
    sectors: new Map([
      ['ho-tich', { id: 'ho-tich', name: 'Hộ tịch' }],
      ['dat-dai', { id: 'dat-dai', name: 'Đất đai' }],
    ]),
    documentTypes: new Map(),
    legal: new Map([
      [
        'nd-123-2015',
        {
          id: 'nd-123-2015',
          number: '123/2015/NĐ-CP',
          title: 'Nghị định hướng dẫn Luật Hộ tịch',
          status: 'amended' as const,
        },
      ],
    ]),
    lifeEvents: new Map(),
    decisions: [],
    synonyms: [],
    records: [...records].sort((a, b) => (a.id < b.id ? -1 : 1)),
    national: nationals,
    nationalByCode: new Map(nationals.map((n) => [n.data.code, n])),
  };
}

/**
 * A finding with defaults (an open fee-mismatch on the province's records, no evidence unless given); `over` sets
 * what the test is about.
 */
export function finding(over: Partial<FindingFields> & Partial<Pick<Finding, 'rule' | 'evidence'>>): Finding {
  return {
    key: 'k',
    rule: 'fee-mismatch',
    severity: 'error',
    records: [],
    field: 'fees',
    message: '',
    evidence: {},
    status: 'open',
    scope: 'province',
    ...over,
  } as Finding;
}
