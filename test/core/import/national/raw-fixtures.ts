/** Real records of the national database (2026 crawl), copied into test/fixtures/national-raw/. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toRawRecord, type RawNationalRecord } from '../../../../src/core/import/national/raw-record.ts';

export const RAW_DIR = fileURLToPath(new URL('../../../fixtures/national-raw/', import.meta.url));

/** `path` is "<ministry>/<code>", e.g. "bo-tu-phap/1.001193". */
export function rawRecord(path: string): RawNationalRecord {
  const record = toRawRecord(JSON.parse(readFileSync(`${RAW_DIR}${path}.json`, 'utf8')));
  if (record === null) throw new Error(`${path} is not a record`);
  return record;
}

export const FIXTURES = [
  'bo-cong-an/1.003358',
  'bo-cong-an/1.013441',
  'bo-cong-an/1.014061',
  'bo-nong-nghiep-mt/1.012783',
  'bo-nong-nghiep-mt/1.013978',
  'bo-tai-chinh/1.000014',
  'bo-tai-chinh/1.001612',
  'bo-tu-phap/1.001193',
  'bo-tu-phap/1.004873',
  'bo-tu-phap/2.000815',
] as const;
