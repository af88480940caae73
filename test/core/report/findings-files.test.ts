import { describe, expect, it } from 'vitest';
import { csvCode, csvField, renderFindingsCsv } from '../../../src/core/report/findings-csv.ts';
import { renderFindingsJson } from '../../../src/core/report/findings-json.ts';
import { buildReportModel } from '../../../src/core/report/model.ts';
import { catalogue } from '../review/cost/make-records.ts';
import { baseline, FINDINGS, lenient, loose, model, OUTCOME, strict, TODAY } from './sample.ts';

/** An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('findings.csv', () => {
  const text = renderFindingsCsv(model());

  it('starts with a UTF-8 byte-order mark so Excel reads Vietnamese', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('reads back as one row per finding with Vietnamese headers, the same number of fields on every row', () => {
    const rows = parseCsv(text.slice(1));
    const [header, ...body] = rows;
    expect(header?.slice(0, 7)).toEqual([
      'Phạm vi',
      'Trạng thái',
      'Mức độ',
      'Quy tắc',
      'Mã thủ tục',
      'Tên thủ tục',
      'Nội dung',
    ]);
    expect(body).toHaveLength(FINDINGS.length);
    for (const r of body) expect(r).toHaveLength(header!.length);
  });

  it('keeps a message with a comma, quotes and a line break intact', () => {
    const rows = parseCsv(text.slice(1));
    const col = rows[0]!.indexOf('Nội dung');
    const original = FINDINGS.find((f) => f.rule === 'fee-mismatch')!.message;
    expect(rows.some((r) => r[col] === original)).toBe(true);
  });

  it('writes costs as plain numbers and the ratio as a percentage', () => {
    const rows = parseCsv(text.slice(1));
    const header = rows[0]!;
    const fee = rows.find((r) => r[header.indexOf('Mã quy tắc')] === 'fee-mismatch')!;
    const before = Number(fee[header.indexOf('Chi phí hiện tại (đồng/lần)')]);
    const after = Number(fee[header.indexOf('Chi phí sau đơn giản hóa (đồng/lần)')]);
    const saving = Number(fee[header.indexOf('Tiết kiệm (đồng/lần)')]);
    expect(saving).toBe(before - after);
    expect(Number(fee[header.indexOf('Tỷ lệ tiết kiệm (%)')])).toBeCloseTo((100 * saving) / before, 1);
  });

  it('writes procedure codes so a spreadsheet keeps them as text (1.012790 must not become 1.01279)', () => {
    const rows = parseCsv(text.slice(1));
    const col = rows[0]!.indexOf('Mã thủ tục');
    const coded = FINDINGS.filter((f) => f.code);
    expect(coded.length).toBeGreaterThan(0);
    const cells = rows
      .slice(1)
      .map((r) => r[col]!)
      .filter((c) => c !== '');
    expect(cells).toHaveLength(coded.length);
    for (const [i, cell] of cells.entries()) expect(cell).toBe(`="${coded[i]!.code}"`);
    expect(csvCode('1.012790')).toBe('"=""1.012790"""');
    // Anything that is not a plain code is ordinary, inert text.
    expect(csvCode('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('quotes only what needs quoting', () => {
    expect(csvField('Hộ tịch')).toBe('Hộ tịch');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
  });

  it('says what backs the province records a finding names, so a finding on a compilation is not read as the decision', () => {
    const compiled = {
      ...strict,
      data: { ...strict.data, provenance: { kind: 'compilation' as const, basis: 'Bản tổng hợp.' } },
    };
    const rows = parseCsv(
      renderFindingsCsv(buildReportModel(catalogue([compiled, lenient, loose], [baseline]), OUTCOME, TODAY)).slice(1),
    );
    const column = rows[0]!.indexOf('Căn cứ của bản ghi');
    expect(column).toBeGreaterThan(0);
    const keyColumn = rows[0]!.indexOf('Khóa');
    const byKey = new Map(rows.slice(1).map((r) => [r[keyColumn], r[column]]));
    const onStrict = model().findings.find((f) => f.records.includes('xa/ho-tich/khai-sinh-tran-bien'))!;
    expect(byKey.get(onStrict.key)).toBe('Theo bản tổng hợp không chính thức');
    const onLoose = model().findings.find(
      (f) => f.records.length === 1 && f.records[0] === 'xa/ho-tich/xac-nhan-cu-tru',
    );
    if (onLoose) expect(byKey.get(onLoose.key)).toBe('');
  });
});

describe('findings.json', () => {
  it('reads back with every finding, its key and labels, the summary and the orphaned decisions', () => {
    const data = JSON.parse(renderFindingsJson(model()));
    expect(data.today).toBe('2026-11-30');
    expect(data.findings.map((f: { key: string }) => f.key).sort()).toEqual(FINDINGS.map((f) => f.key).sort());
    expect(data.findings[0]).toHaveProperty('rule_label');
    expect(data.summary.findings.total).toBe(FINDINGS.length);
    expect(data.orphaned_decisions).toHaveLength(1);
  });
});
