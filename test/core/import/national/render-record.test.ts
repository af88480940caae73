import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderRecordFile } from '../../../../src/core/import/national/render-record.ts';
import { renderSectorsFile } from '../../../../src/core/import/national/sectors-file.ts';
import { splitFrontMatter } from '../../../../src/core/load/front-matter.ts';
import { parseYamlSource } from '../../../../src/core/load/yaml-source.ts';
import type { NationalRecordData } from '../../../../src/core/schema/national-record.ts';
import type { Sector } from '../../../../src/core/schema/vocabularies.ts';

const CONTENT = fileURLToPath(new URL('../../../../content/', import.meta.url));

describe('the bundled national baseline as the importer writes it', () => {
  it('is, byte for byte, what the importer writes from the values of each file', () => {
    const files = readdirSync(join(CONTENT, 'national'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(1_000);
    const differ = files.filter((file) => {
      const text = readFileSync(join(CONTENT, 'national', file), 'utf8');
      const split = splitFrontMatter(text);
      if (!split.ok) return true;
      return renderRecordFile(parseYamlSource(split.yaml).data as NationalRecordData, split.body) !== text;
    });
    // A change of the writer that would rewrite imported files shows here, before a re-import changes them all.
    expect(differ).toEqual([]);
  });

  it('has the sectors.yaml the importer writes', () => {
    const text = readFileSync(join(CONTENT, 'sectors.yaml'), 'utf8');
    expect(renderSectorsFile(parseYamlSource(text).data as Sector[])).toBe(text);
  });
});
