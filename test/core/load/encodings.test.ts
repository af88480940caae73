import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeContent } from '../../../src/core/load/decode.ts';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { fixContent } from '../../../src/core/fix/fix-content.ts';
import { encodeUtf16, encodeWindows1252, encodeWindows1258, tempContent } from '../../fixtures/hostile/make.ts';
import { VALID_DIR } from './fixtures.ts';
import { disposeAfterEach } from '../../fixtures/dispose-after-each.ts';

const RECORD = 'procedures/xa/dang-ky-khai-sinh.md';
const original = readFileSync(join(VALID_DIR, RECORD), 'utf8');

const keep = disposeAfterEach();
function content(): string {
  return keep(tempContent());
}

describe('a record saved as "ANSI" by Notepad (Windows-1258, CRLF)', () => {
  const bytes = encodeWindows1258(original.replace(/\n/g, '\r\n'));

  it('is one problem on that file, at the first Vietnamese letter, saying Windows-1258 and how to save as UTF-8', async () => {
    const dir = content();
    writeFileSync(join(dir, RECORD), bytes);
    const { problems, catalogue } = await loadContent(dir);
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p!.file).toBe(RECORD);
    expect(p!.code).toBe('encoding');
    expect(p!.found).toContain('Windows-1258');
    expect(p!.hint).toContain('UTF-8');
    // The line it points at holds the first non-ASCII letter; the sample shows it as the editor wrote it.
    const firstVietnamese = original.split('\n').findIndex((l) => /[^\x00-\x7f]/.test(l));
    expect(p!.line).toBe(firstVietnamese + 1);
    expect(p!.hint).toContain(original.split('\n')[firstVietnamese]!.trim().slice(0, 30));
    expect(catalogue.records.map((r) => r.file)).not.toContain(RECORD);
  });

  it('is never rewritten by fix: not one byte changes, and fix says why', async () => {
    const dir = content();
    writeFileSync(join(dir, RECORD), bytes);
    const result = await fixContent(dir);
    expect(readFileSync(join(dir, RECORD))).toEqual(bytes);
    expect(result.fixed.map((f) => f.file)).not.toContain(RECORD);
    expect(result.skipped.map((p) => [p.file, p.code])).toEqual([[RECORD, 'encoding']]);
  });

  it('as a vocabulary file names that file', async () => {
    const dir = content();
    writeFileSync(join(dir, 'sectors.yaml'), encodeWindows1258(readFileSync(join(VALID_DIR, 'sectors.yaml'), 'utf8')));
    const { problems } = await loadContent(dir);
    expect(problems.filter((p) => p.code === 'encoding').map((p) => p.file)).toEqual(['sectors.yaml']);
  });
});

describe('other encodings', () => {
  it('Windows-1252 (Western ANSI) is named as such', () => {
    const decoded = decodeContent(encodeWindows1252('title: Café\nnote: déjà\n'));
    expect(decoded).toMatchObject({ ok: false, guess: 'windows-1252', line: 1, column: 11 });
  });

  it('a binary file (NUL bytes) is not read as text', () => {
    expect(decodeContent(Buffer.from('PK\u0003\u0004\u0000\u0000junk'))).toMatchObject({ ok: false, guess: 'binary' });
  });

  it.each([
    ['UTF-16 LE with BOM', 'le', true],
    ['UTF-16 BE with BOM', 'be', true],
    ['UTF-16 LE without BOM', 'le', false],
    ['UTF-16 BE without BOM', 'be', false],
  ] as const)(
    '%s loads to the same record as UTF-8, and fix saves it as UTF-8 without losing a character',
    async (_name, order, bom) => {
      const dir = content();
      writeFileSync(join(dir, RECORD), encodeUtf16(original, order, bom));
      const { problems, catalogue } = await loadContent(dir);
      expect(problems).toEqual([]);
      const expected = (await loadContent(VALID_DIR)).catalogue.records.find((r) => r.file === RECORD)!;
      const loaded = catalogue.records.find((r) => r.file === RECORD)!;
      expect(loaded.data).toEqual(expected.data);
      expect(loaded.body).toEqual(expected.body);

      const { fixed, skipped } = await fixContent(dir);
      expect(skipped).toEqual([]);
      expect(fixed.find((f) => f.file === RECORD)?.changes[0]).toEqual({ kind: 'utf8', was: `utf-16${order}` });
      expect(readFileSync(join(dir, RECORD), 'utf8')).toBe(original);
    },
  );

  it('odd-length UTF-16 with BOM is reported, not guessed', () => {
    const bytes = Buffer.concat([encodeUtf16('title: Đăng ký', 'le', true), Buffer.from([0x41])]);
    expect(decodeContent(bytes)).toMatchObject({ ok: false, guess: 'utf-16' });
  });

  it('UTF-8 with a BOM and plain UTF-8 read the same', () => {
    const plain = decodeContent(Buffer.from(original));
    const bom = decodeContent(Buffer.from(`\uFEFF${original}`));
    expect(plain).toMatchObject({ ok: true, encoding: 'utf-8', text: original });
    expect(bom).toMatchObject({ ok: true, encoding: 'utf-8', text: `\uFEFF${original}` });
  });
});

describe('the way out it gives', () => {
  it('a Windows-1252 file is told to reopen as Western in VS Code, a Windows-1258 one as Vietnamese', async () => {
    const dir = keep(tempContent());
    writeFileSync(join(dir, 'procedures/xa/western.md'), encodeWindows1252('---\ntitle: Café déjà vu\n---\n'));
    writeFileSync(join(dir, 'procedures/xa/vietnamese.md'), encodeWindows1258('---\ntitle: Đăng ký kết hôn\n---\n'));
    const { problems } = await loadContent(dir);
    const hint = (file: string) => problems.find((p) => p.file === `procedures/xa/${file}`)!.hint!;
    expect(hint('western.md')).toContain('Reopen with Encoding → Western (Windows 1252)');
    expect(hint('vietnamese.md')).toContain('Reopen with Encoding → Vietnamese (Windows 1258)');
    expect(hint('vietnamese.md')).toContain('“title: Đăng ký kết hôn”');
  });
});
