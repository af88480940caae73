import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FILE_TYPES } from '../../../src/core/field-reference/field-reference.ts';
import { contentFileKind } from '../../../src/core/fix/content-schemas.ts';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { DATA_FILES } from '../../../src/core/schema/content-files.ts';
import { VALID_DIR } from '../load/fixtures.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const registered = Object.values(DATA_FILES);

// One list of data files: a file added to it is read by the loader, documented in the field reference and
// rewritten by fix, or one of these fails.
describe('the content files registry', () => {
  it.each(registered.map((d) => [d.file, d] as const))('the loader reads %s and reports its problems', async (file) => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-registry-'));
    dirs.push(dir);
    cpSync(VALID_DIR, dir, { recursive: true });
    writeFileSync(join(dir, file), 'a: [\n');
    const { problems } = await loadContent(dir);
    expect(problems.map((p) => p.file)).toContain(file);
  });

  it('the field reference documents every registered file with its schema, and fix knows each', () => {
    const documented = new Map(FILE_TYPES.filter((t) => !t.files.includes('*')).map((t) => [t.files, t.schema]));
    expect([...documented.keys()].sort()).toEqual(registered.map((d) => d.file).sort());
    for (const d of registered) {
      expect(documented.get(d.file)).toBe(d.schema);
      expect(contentFileKind(d.file)).toEqual({ kind: 'data', schema: d.schema });
    }
  });
});
