import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../src/core/report/model.ts';
import { renderMarkdown } from '../../../src/core/report/markdown.ts';
import { formatVolumeProblems, parseVolumesCsv, withVolumes } from '../../../src/core/volumes/volumes-csv.ts';
import { CATALOGUE, OUTCOME, TODAY } from '../report/sample.ts';

const HEADER = 'ban_ghi,ma_thu_tuc,nam,so_ho_so,nguon,minh_hoa';
const parse = (text: string, file = 'so-ho-so.csv') => parseVolumesCsv(text, file, CATALOGUE, TODAY);

describe('annual volumes CSV', () => {
  it('reads a volume per record, with thousands written the Vietnamese way, and the latest year of each record', () => {
    const { table, problems } = parse(
      `\uFEFF${HEADER}\r\nxa/ho-tich/khai-sinh,1.001193,2024,9.000,Báo cáo 2024,\r\nxa/ho-tich/khai-sinh,1.001193,2025,12 000,"Hệ thống một cửa, 2025",\r\n`,
    );
    expect(problems).toEqual([]);
    expect(table?.rows).toEqual([
      expect.objectContaining({
        record: 'xa/ho-tich/khai-sinh',
        year: 2025,
        volume: 12_000,
        source: 'Hệ thống một cửa, 2025',
        demo: false,
      }),
    ]);
  });

  it('reports every mistake at once with its line, column, what it found and how to fix it, and gives no table', () => {
    const { table, problems } = parse(
      [
        HEADER,
        'xa/ho-tich/khai-sinhh,,2025,100,Nguồn,',
        'xa/ho-tich/khai-sinh,1.000894,25,mười,,',
        'xa/ho-tich/khai-sinh,1.001193,2025,100',
      ].join('\n'),
    );
    expect(table).toBeUndefined();
    const at = problems.map((p) => `${p.line}:${p.column} ${p.field}`);
    expect(at).toEqual(['2:1 ban_ghi', '3:22 ma_thu_tuc', '3:31 nam', '3:34 so_ho_so', '3:39 nguon', '4:1 ']);
    expect(problems[0]!.fix).toContain('xa/ho-tich/khai-sinh'); // a near id is suggested
    for (const p of problems) {
      expect(p.message).toMatch(/^Gặp .*cần /);
      expect(p.fix.length).toBeGreaterThan(10);
    }
    expect(formatVolumeProblems('so-ho-so.csv', problems)).toContain(
      'so-ho-so.csv:3:34  so_ho_so  Gặp "mười", cần số nguyên',
    );
  });

  it('names a missing or unknown column in the header', () => {
    const { problems } = parse('ban_ghi,year,so_ho_so\nxa/ho-tich/khai-sinh,2025,1');
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('Gặp cột "year"'), 'Thiếu cột "nam"']);
  });

  it('says how to fix a file saved in another encoding', () => {
    expect(parse('ban_ghi,nam,so_ho_so\n\uFFFD').problems[0]?.fix).toContain('UTF-8');
  });

  it('takes every row of a *.demo.csv file as illustrative, whatever its minh_hoa column says', () => {
    const { table } = parse(`${HEADER}\nxa/ho-tich/khai-sinh,,2025,100,,`, 'so-ho-so.demo.csv');
    expect(table?.demo_file).toBe(true);
    expect(table?.rows[0]?.demo).toBe(true);
  });
});

describe('the bundled demo volumes file', () => {
  it('is marked demo in its name, on every row and in its sources', () => {
    const text = readFileSync('docs/examples/so-ho-so-mot-nam.demo.csv', 'utf8');
    const lines = text.trim().split('\n').slice(1);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toContain('SỐ LIỆU MINH HỌA');
      expect(line.trim().endsWith(',có')).toBe(true);
    }
  });
});

describe('a report built on illustrative volumes', () => {
  const { table } = parse(`${HEADER}\nxa/ho-tich/khai-sinh-tran-bien,,2025,5000,,có`);
  const catalogue = withVolumes(CATALOGUE, table!);
  const model = buildReportModel(catalogue, OUTCOME, TODAY, { volumes: table! });

  it('uses the volume for the yearly figures and says, wherever they appear, that they are not real', () => {
    const record = model.groups[0]!.records.find((r) => r.id === 'xa/ho-tich/khai-sinh-tran-bien')!;
    expect(record.annual_volume).toBe(5_000);
    expect(record.volume_source).toMatchObject({ demo: true, year: 2025 });
    expect(model.summary.cost.annual_demo).toBe(true);
    expect(model.groups[0]!.volume_demo).toBe(true);
    expect(model.costs.records.find((r) => r.record === record.id)?.volume_demo).toBe(true);
    expect(renderMarkdown(model)).toContain('không phải số liệu thật');
  });

  it('marks nothing when the volumes are real', () => {
    const real = parse(`${HEADER}\nxa/ho-tich/khai-sinh-tran-bien,,2025,5000,Hệ thống một cửa,`).table!;
    const m = buildReportModel(withVolumes(CATALOGUE, real), OUTCOME, TODAY, { volumes: real });
    expect(m.summary.cost.annual_demo).toBe(false);
    expect(renderMarkdown(m)).not.toContain('không phải số liệu thật');
  });
});
