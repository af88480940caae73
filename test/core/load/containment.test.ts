import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { fixContent } from '../../../src/core/fix/fix-content.ts';
import { makeFifo, tempContent } from '../../fixtures/hostile/make.ts';
import { disposeAfterEach } from '../../fixtures/dispose-after-each.ts';

const keep = disposeAfterEach();
function content(): string {
  return keep(tempContent());
}
/** A file outside the content directory, with text fix would change (trailing spaces, CRLF). */
function outsideFile(text = '- { id: ho-tich, name: Hộ tịch }   \r\n'): string {
  const dir = keep(tempContent());
  const path = join(dir, 'outside.yaml');
  writeFileSync(path, text);
  return path;
}
function replaceWithLink(dir: string, file: string, target: string) {
  rmSync(join(dir, file), { force: true });
  symlinkSync(target, join(dir, file));
}

describe('content is read only from regular files inside the content directory', () => {
  it('a sectors.yaml linked to /etc/passwd is a problem naming sectors.yaml; not a byte of /etc/passwd is shown', async () => {
    const dir = content();
    replaceWithLink(dir, 'sectors.yaml', '/etc/passwd');
    const { problems } = await loadContent(dir);
    const own = problems.filter((p) => p.file === 'sectors.yaml');
    expect(own.map((p) => p.code)).toEqual(['outside-content']);
    expect(JSON.stringify(problems)).not.toMatch(/root:|\/bin\/|daemon/);
  });

  it('a link to /dev/zero is refused before anything is read, in bounded time', async () => {
    const dir = content();
    replaceWithLink(dir, 'legal.yaml', '/dev/zero');
    const started = performance.now();
    const { problems } = await loadContent(dir);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(problems.filter((p) => p.file === 'legal.yaml').map((p) => p.code)).toEqual(['outside-content']);
  });

  it('a record linked to a file outside is refused; a record linked to another file inside is read', async () => {
    const dir = content();
    const outside = outsideFile(readFileSync(join(dir, 'procedures/xa/chung-thuc-ban-sao.md'), 'utf8'));
    replaceWithLink(dir, 'procedures/xa/chung-thuc-ban-sao.md', outside);
    mkdirSync(join(dir, 'procedures/tinh/alias'));
    symlinkSync('../../xa/dang-ky-khai-sinh.md', join(dir, 'procedures/tinh/alias/link.md'));
    const { problems, catalogue } = await loadContent(dir);
    expect(problems.find((p) => p.file === 'procedures/xa/chung-thuc-ban-sao.md')?.code).toBe('outside-content');
    expect(catalogue.records.map((r) => r.id)).not.toContain('xa/chung-thuc-ban-sao');
    // The link inside is read as a record of its own path (here wrongly at level tinh, which check says).
    expect(problems.filter((p) => p.file === 'procedures/tinh/alias/link.md').map((p) => p.field)).toEqual(['level']);
  });

  it('a whole folder linked outside the content directory: each file in it is refused', async () => {
    const dir = content();
    const outside = join(outsideFile(), '..', 'procedures', 'xa');
    rmSync(join(dir, 'procedures/xa'), { recursive: true });
    symlinkSync(outside, join(dir, 'procedures/xa'));
    const { problems, catalogue } = await loadContent(dir);
    expect(catalogue.records.filter((r) => r.id.startsWith('xa/'))).toEqual([]);
    const refused = problems.filter((p) => p.file.startsWith('procedures/xa'));
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((p) => p.code === 'outside-content')).toBe(true);
  });

  it('a symlink loop and a link to nowhere are problems naming the path', async () => {
    const dir = content();
    symlinkSync('b.md', join(dir, 'procedures/xa/a.md'));
    symlinkSync('a.md', join(dir, 'procedures/xa/b.md'));
    symlinkSync('missing.md', join(dir, 'procedures/xa/dangling.md'));
    replaceWithLink(dir, 'agencies.yaml', 'agencies.yaml');
    const { problems } = await loadContent(dir);
    const codes = Object.fromEntries(problems.filter((p) => p.code).map((p) => [p.file, p.code]));
    expect(codes).toMatchObject({
      'procedures/xa/a.md': 'symlink-loop',
      'procedures/xa/b.md': 'symlink-loop',
      'procedures/xa/dangling.md': 'broken-link',
      'agencies.yaml': 'symlink-loop',
    });
  });

  it('a FIFO among the records is a problem and never blocks the loader', async () => {
    const dir = content();
    if (!makeFifo(join(dir, 'procedures/xa/pipe.md'))) return void console.warn('skipped: mkfifo is not available');
    replaceWithLink(dir, 'documents.yaml', join(dir, 'procedures/xa/pipe.md'));
    const started = performance.now();
    const { problems } = await loadContent(dir);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(
      problems
        .filter((p) => p.code === 'not-regular-file')
        .map((p) => p.file)
        .sort(),
    ).toEqual(['documents.yaml', 'procedures/xa/pipe.md']);
    expect(problems.find((p) => p.file === 'procedures/xa/pipe.md')?.found).toContain('FIFO');
  });

  it('a file too large is refused with its size, before it is parsed', async () => {
    const dir = content();
    writeFileSync(join(dir, 'procedures/xa/huge.md'), `---\ntitle: x\n---\n${'a'.repeat(3 * 1024 * 1024)}\n`);
    const { problems } = await loadContent(dir);
    const huge = problems.filter((p) => p.file === 'procedures/xa/huge.md');
    expect(huge.map((p) => p.code)).toEqual(['file-too-large']);
    expect(huge[0]!.found).toMatch(/3,0 MB/);
  });
});

describe('fix never writes outside the content directory', () => {
  it('leaves a linked outside file exactly as it was, and says so', async () => {
    const dir = content();
    const outside = outsideFile();
    const before = readFileSync(outside);
    replaceWithLink(dir, 'sectors.yaml', outside);
    const { fixed, skipped } = await fixContent(dir);
    expect(readFileSync(outside)).toEqual(before);
    expect(fixed.map((f) => f.file)).not.toContain('sectors.yaml');
    expect(skipped.map((p) => [p.file, p.code])).toEqual([['sectors.yaml', 'outside-content']]);
  });

  it('fixes a file reached through a link inside the content directory, at its real place', async () => {
    const dir = content();
    writeFileSync(join(dir, 'real-sectors.yaml'), '- { id: ho-tich, name: Hộ tịch }   \n');
    replaceWithLink(dir, 'sectors.yaml', 'real-sectors.yaml');
    await fixContent(dir);
    expect(readFileSync(join(dir, 'real-sectors.yaml'), 'utf8')).toBe('- { id: ho-tich, name: Hộ tịch }\n');
  });
});

it('the test machine has a temporary directory', () => expect(tmpdir()).toBeTruthy());
