import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/core/catalogue/types.ts';
import { splitFrontMatter } from '../../../src/core/load/front-matter.ts';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { parseYamlSource } from '../../../src/core/load/yaml-source.ts';
import { DATA_FILES } from '../../../src/core/schema/content-files.ts';
import {
  EDITED_RECORD,
  IMPORTED_LIST,
  IMPORTED_RECORD,
  recordFile,
  toYaml,
} from '../../../src/core/yaml/write-yaml.ts';
import { disposeAfterEach } from '../../fixtures/dispose-after-each.ts';

const CONTENT = fileURLToPath(new URL('../../../content/', import.meta.url));
const keep = disposeAfterEach();

function parsed(text: string): unknown {
  const source = parseYamlSource(text);
  expect(source.syntaxErrors).toEqual([]);
  return source.data;
}

/**
 * A copy of the bundled content with every record and data file written again by the writer from the values
 * the loader read: national records as the importer writes them, published records as `npm run new` drafts
 * them, data files one entry a line. Comments and layout go; values must not.
 */
function rewrittenCopy(): { dir: string; files: number } {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-yaml-'));
  keep.later(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(CONTENT, dir, { recursive: true });
  let files = 0;
  for (const { file } of Object.values(DATA_FILES)) {
    const path = join(dir, file);
    writeFileSync(path, toYaml(parsed(readFileSync(path, 'utf8')), IMPORTED_LIST));
    files++;
  }
  for (const [folder, layout] of [
    ['national', IMPORTED_RECORD],
    ['procedures', EDITED_RECORD],
  ] as const) {
    for (const file of readdirSync(join(dir, folder), { recursive: true }).map(String)) {
      if (!file.endsWith('.md')) continue;
      const path = join(dir, folder, file);
      const split = splitFrontMatter(readFileSync(path, 'utf8'));
      if (!split.ok) throw new Error(`${folder}/${file}: ${split.found}`);
      writeFileSync(path, recordFile(toYaml(parsed(split.yaml), layout), split.body));
      files++;
    }
  }
  return { dir, files };
}

/** What the site, the review and the report read: everything but the lines where keys stand. */
function values(catalogue: Catalogue) {
  const withoutLines = <T extends { lines: unknown }>({ lines: _lines, ...rest }: T) => rest;
  return {
    ...catalogue,
    records: catalogue.records.map(withoutLines),
    national: catalogue.national.map(withoutLines),
    nationalByCode: undefined,
  };
}

describe('every bundled file written by the YAML writer', () => {
  it('reads back through the loader to the same catalogue, with no problem', { timeout: 120_000 }, async () => {
    const before = await loadContent(CONTENT);
    const { dir, files } = rewrittenCopy();
    expect(files).toBeGreaterThan(1_600);
    const after = await loadContent(dir);
    expect(after.problems).toEqual(before.problems);
    expect(after.catalogue.records.length).toBe(before.catalogue.records.length);
    expect(after.catalogue.national.length).toBe(before.catalogue.national.length);
    expect(values(after.catalogue)).toEqual(values(before.catalogue));
  });
});
