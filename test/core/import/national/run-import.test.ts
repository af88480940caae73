import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runImport } from '../../../../src/core/import/national/run-import.ts';
import { nationalRecordSchema } from '../../../../src/core/schema/national-record.ts';
import { sectorsSchema } from '../../../../src/core/schema/vocabularies.ts';
import { FIXTURES, RAW_DIR } from './raw-fixtures.ts';

let work: string;
let from: string;
let out: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'import-national-'));
  from = join(work, 'records');
  out = join(work, 'content');
  cpSync(RAW_DIR, from, { recursive: true });
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function frontMatter(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  expect(match).not.toBeNull();
  return parse(match![1]!, { schema: 'core' });
}

function snapshotOf(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path, readFileSync(path, 'utf8'));
  }
  return files;
}

describe('runImport', () => {
  it('imports every fixture into national/<ministry>/<code>.md with front matter the schema accepts', () => {
    const summary = runImport({ from, out });
    expect(summary.errors).toEqual([]);
    expect(summary.imported).toBe(FIXTURES.length);
    for (const path of FIXTURES) {
      const data = frontMatter(join(out, 'national', `${path}.md`));
      const checked = nationalRecordSchema.safeParse(data);
      expect(checked.error?.issues ?? []).toEqual([]);
      expect(checked.data?.code).toBe(path.split('/')[1]);
    }
  });

  it('keeps the unit-less time "1" of 1.001193 as the text "1", not the number 1, and reports it', () => {
    const summary = runImport({ from, out });
    const data = frontMatter(join(out, 'national/bo-tu-phap/1.001193.md')) as { processing_time: unknown };
    expect(data.processing_time).toBe('1');
    expect(summary.warnings.time_without_unit).toBeGreaterThanOrEqual(1);
  });

  it('produces byte-identical files when run again on the same input', () => {
    runImport({ from, out });
    const first = snapshotOf(out);
    const again = runImport({ from, out });
    expect(again.written).toBe(0);
    expect(again.unchanged).toBe(FIXTURES.length);
    expect(snapshotOf(out)).toEqual(first);
  });

  it('keeps only records of the requested levels', () => {
    const summary = runImport({ from, out, levels: ['tinh'] });
    // Only the land registration record 1.012783 is at "Cấp tỉnh" among the fixtures.
    expect(summary.imported).toBe(1);
    expect(summary.skipped_by_level).toBe(FIXTURES.length - 1);
    expect(readdirSync(join(out, 'national'))).toEqual(['bo-nong-nghiep-mt']);
  });

  it('keeps a "Cấp bộ" record that provincial and commune police serve (đổi giấy phép lái xe 3.000347)', () => {
    cpSync(fileURLToPath(new URL('../../../fixtures/national-serving/', import.meta.url)), from, { recursive: true });
    const summary = runImport({ from, out, levels: ['tinh', 'xa'] });
    expect(summary.kept_by_serving_body).toBe(1);
    const data = frontMatter(join(out, 'national', 'bo-cong-an', '3.000347.md')) as {
      levels: string[];
      agency_text: string;
    };
    // The record keeps the national database's level; the site reads the serving bodies with the same rule.
    expect(data.levels).toEqual(['bo']);
    expect(data.agency_text).toContain('Công an cấp Xã');
    // 1.013441 (Cục cảnh sát quản lý hành chính, "Cấp bộ") is served by the ministry only: still skipped.
    expect(readdirSync(join(out, 'national', 'bo-cong-an'))).not.toContain('1.013441.md');
  });

  it('counts an unreadable JSON file as an error and imports the others', () => {
    writeFileSync(join(from, 'bo-tu-phap', '9.999999.json'), '{ "ma_thu_tuc": "9.999999", ');
    const summary = runImport({ from, out });
    expect(summary.imported).toBe(FIXTURES.length);
    expect(summary.errors).toHaveLength(1);
    expect(summary.errors[0]).toMatchObject({ kind: 'unreadable_json', file: 'bo-tu-phap/9.999999.json' });
  });

  it('merges the sectors it meets into sectors.yaml, keeping entries already there, sorted by id', () => {
    const sectorsPath = join(out, 'sectors.yaml');
    runImport({ from, out });
    writeFileSync(
      sectorsPath,
      '- { id: zz-bien-tap, name: Lĩnh vực do biên tập viên thêm }\n- { id: ho-tich, name: Hộ tịch (đã sửa) }\n',
    );
    runImport({ from, out });
    const sectors = sectorsSchema.parse(parse(readFileSync(sectorsPath, 'utf8')));
    const ids = sectors.map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
    expect(sectors).toContainEqual({ id: 'zz-bien-tap', name: 'Lĩnh vực do biên tập viên thêm' });
    expect(sectors).toContainEqual({ id: 'ho-tich', name: 'Hộ tịch (đã sửa)' });
    expect(sectors).toContainEqual({ id: 'dat-dai', name: 'Đất đai' });
  });

  it('leaves a broken sectors.yaml untouched and reports it', () => {
    const sectorsPath = join(out, 'sectors.yaml');
    runImport({ from, out });
    writeFileSync(sectorsPath, '- { id: Not An Id }\n');
    const summary = runImport({ from, out });
    expect(summary.errors.map((e) => e.kind)).toEqual(['sectors_file']);
    expect(readFileSync(sectorsPath, 'utf8')).toBe('- { id: Not An Id }\n');
  });
});
