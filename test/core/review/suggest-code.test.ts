import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/core/catalogue/types.ts';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { groupsOf } from '../../../src/core/review/groups.ts';
import { legalBasisDiffersFromBaseline } from '../../../src/core/review/rules/legal-basis-differs-from-baseline.ts';
import { suggestCode } from '../../../src/core/review/suggest-code.ts';
import { reviewViews } from '../../../src/core/review/views.ts';
import { catalogueOf, type ContentSpec, runRule, TODAY, writeContent } from './content.ts';

/** Like catalogueOf, with the Markdown body of some records replaced (content.ts writes "Hướng dẫn."). */
async function catalogueWithBodies(spec: ContentSpec, bodies: Record<string, string>): Promise<Catalogue> {
  const dir = await writeContent(spec);
  try {
    for (const [id, body] of Object.entries(bodies)) {
      const file = join(dir, 'procedures', `${id}.md`);
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/\nHướng dẫn\.\n$/u, `\n${body}\n`), 'utf8');
    }
    const { catalogue, problems } = await loadContent(dir);
    expect(problems).toEqual([]);
    return catalogue;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const record = (catalogue: Catalogue, id: string) => catalogue.records.find((r) => r.id === id)!;

const LEGAL = [
  { id: 'luat-ho-tich-2014', number: '60/2014/QH13', title: 'Luật Hộ tịch', status: 'in_force' },
  { id: 'luat-cu-tru-2020', number: '68/2020/QH14', title: 'Luật Cư trú', status: 'in_force' },
  // content/legal.yaml
  { id: 'nd-99-2022', number: '99/2022/NĐ-CP', title: 'Nghị định về đăng ký biện pháp bảo đảm', status: 'in_force' },
  {
    id: 'nq-23-2024-hdnd-dong-nai',
    number: '23/2024/NQ-HĐND',
    title:
      'Nghị quyết của HĐND tỉnh Đồng Nai về phí đăng ký biện pháp bảo đảm (theo bản tổng hợp TTHC đất đai; trích yếu chưa xem được)',
    status: 'in_force',
  },
];

// content/procedures/tinh/dang-ky-bien-phap-bao-dam/dang-ky-the-chap-quyen-su-dung-dat.md (no `code`).
const THE_CHAP = {
  code: undefined,
  title: 'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
  level: 'tinh',
  documents: [
    { name: 'Đơn yêu cầu đăng ký (Mẫu 01/ĐK Nghị định 99/2022/NĐ-CP)', form: 'original' },
    { name: 'Hợp đồng thế chấp', form: ['original', 'certified_copy'] },
    { name: 'Bản gốc Giấy chứng nhận', form: 'original' },
  ],
  legal_basis: ['nd-99-2022', 'nq-23-2024-hdnd-dong-nai'],
};
const THE_CHAP_BODY = `Bản tổng hợp thủ tục đất đai của tỉnh Đồng Nai (tháng 7/2025) ghi thủ tục này là "Mới" với mã riêng **99.001** của người
tổng hợp - không phải mã thủ tục quốc gia, nên bản công bố này không có mã. Thủ tục quốc gia tương ứng là 1.011441 "Đăng ký
biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất".`;

// content/national/bo-tu-phap/1.011441.md
const BAO_DAM = {
  title: 'Đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất',
  levels: ['tinh', 'xa'],
  decision: '570/QĐ-BTP',
  legal_basis: [
    {
      number: '18/2026/NĐ-CP',
      title:
        'Nghị định sửa đổi, bổ sung một số nghị định để cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ Tư pháp',
    },
    { number: '99/2022/NĐ-CP', title: 'Về đăng ký biện pháp bảo đảm' },
  ],
};

const THE_CHAP_MESSAGE =
  '"Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất" (cấp tỉnh) không trích dẫn 18/2026/NĐ-CP mà bản quốc gia mã 1.011441 làm căn cứ.';

describe('suggestCode', () => {
  // Real rows: content/procedures/tinh/dang-ky-bien-phap-bao-dam/dang-ky-the-chap-quyen-su-dung-dat.md and content/national/bo-tu-phap/1.011441.md.
  it('suggests the national code the record’s own text names ("Thủ tục quốc gia tương ứng là 1.011441")', async () => {
    const catalogue = await catalogueWithBodies(
      { legal: LEGAL, records: { 'tinh/the-chap': THE_CHAP }, national: { '1.011441': BAO_DAM } },
      { 'tinh/the-chap': THE_CHAP_BODY },
    );
    expect(suggestCode(record(catalogue, 'tinh/the-chap'), catalogue)).toEqual({
      code: '1.011441',
      reason: 'text',
      score: 0.59,
    });
  });

  // Real rows: content/procedures/tinh/dang-ky-bien-phap-bao-dam/dang-ky-the-chap-quyen-su-dung-dat.md and content/national/bo-tu-phap/1.011441.md.
  it('compares a record without code with the baseline its text names, as a member of that group', async () => {
    const catalogue = await catalogueWithBodies(
      { legal: LEGAL, records: { 'tinh/the-chap': THE_CHAP }, national: { '1.011441': BAO_DAM } },
      { 'tinh/the-chap': THE_CHAP_BODY },
    );
    const { groups } = reviewViews(catalogue);
    expect(groups.ungrouped.map((r) => r.id)).toEqual(['tinh/the-chap']);
    expect([...groupsOf(catalogue, groups)].map((g) => [g.code, g.baseline?.id, g.records.map((r) => r.id)])).toEqual([
      ['1.011441', 'national/1.011441', ['tinh/the-chap']],
    ]);
    const findings = legalBasisDiffersFromBaseline.run({ catalogue, today: TODAY }, groups);
    expect(findings.map((f) => [f.code, f.records.join(' ')])).toEqual([
      ['1.011441', 'national/1.011441 tinh/the-chap'],
    ]);
    expect(findings[0]!.message).toBe(THE_CHAP_MESSAGE);
  });

  // Real rows: content/procedures/tinh/dang-ky-bien-phap-bao-dam/dang-ky-the-chap-quyen-su-dung-dat.md (document note) and content/national/bo-tu-phap/1.011441.md.
  it('reads the code from a document note too, so runRule compares the record with 1.011441', async () => {
    const findings = await runRule(legalBasisDiffersFromBaseline, {
      legal: LEGAL,
      records: {
        'tinh/the-chap': {
          ...THE_CHAP,
          documents: [
            {
              name: 'Đơn yêu cầu đăng ký (Mẫu 01/ĐK Nghị định 99/2022/NĐ-CP)',
              form: 'original',
              note: 'Bản quốc gia năm 2026 (thủ tục 1.011441) dùng Phiếu yêu cầu theo Mẫu số 01a.',
            },
          ],
        },
      },
      national: { '1.011441': BAO_DAM },
    });
    expect(findings.map((f) => f.message)).toEqual([THE_CHAP_MESSAGE]);
  });

  it('ignores a code the text names that has no national record, and then goes by title', async () => {
    const catalogue = await catalogueWithBodies(
      { legal: LEGAL, records: { 'tinh/the-chap': THE_CHAP }, national: { '1.011441': BAO_DAM } },
      { 'tinh/the-chap': 'Thủ tục quốc gia tương ứng là 1.999999.' },
    );
    expect(suggestCode(record(catalogue, 'tinh/the-chap'), catalogue)).toBeUndefined();
  });

  // Real titles: content/national/bo-tai-chinh/1.001612.md and content/national/bo-tu-phap/1.001193.md.
  it('suggests the national title most like the record’s at its level', async () => {
    const catalogue = await catalogueOf({
      records: {
        'xa/hkd': { code: undefined, title: 'Đăng ký thành lập hộ kinh doanh tại phường' },
        'tinh/hkd': { code: undefined, title: 'Đăng ký thành lập hộ kinh doanh tại phường', level: 'tinh' },
      },
      national: {
        '1.001612': { title: 'Đăng ký thành lập hộ kinh doanh', levels: ['bo', 'xa'] },
        '1.001193': { title: 'Đăng ký khai sinh', levels: ['xa'] },
      },
    });
    expect(suggestCode(record(catalogue, 'xa/hkd'), catalogue)).toEqual({
      code: '1.001612',
      reason: 'title',
      score: 0.97,
    });
    // 1.001612 is not done at provincial level.
    expect(suggestCode(record(catalogue, 'tinh/hkd'), catalogue)).toBeUndefined();
    expect([...(reviewViews(catalogue).groups.suggested ?? [])]).toEqual([
      ['xa/hkd', { code: '1.001612', reason: 'title', score: 0.97 }],
    ]);
  });

  // Real titles: content/procedures/tinh/dang-ky-bien-phap-bao-dam/dang-ky-the-chap-quyen-su-dung-dat.md and content/national/bo-tu-phap/1.011441.md.
  it('suggests nothing when no national title is similar enough ("Đăng ký thế chấp…" is not "Đăng ký biện pháp bảo đảm…")', async () => {
    const catalogue = await catalogueOf({
      legal: LEGAL,
      records: { 'tinh/the-chap': THE_CHAP },
      national: { '1.011441': BAO_DAM },
    });
    expect(suggestCode(record(catalogue, 'tinh/the-chap'), catalogue)).toBeUndefined();
    const { groups } = reviewViews(catalogue);
    expect([...groupsOf(catalogue, groups)].map((g) => g.code)).toEqual([]);
    expect(legalBasisDiffersFromBaseline.run({ catalogue, today: TODAY }, groups)).toEqual([]);
  });
});
