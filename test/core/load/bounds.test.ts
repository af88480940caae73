import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { MAX_BODY_CHARS, MAX_BODY_PREFIX, MAX_FIELD_CHARS } from '../../../src/core/load/limits.ts';
import { renderBody } from '../../../src/core/markdown/render-body.ts';
import { HOSTILE, tempContent } from '../../fixtures/hostile/make.ts';
import { disposeAfterEach } from '../../fixtures/dispose-after-each.ts';

const RECORD = 'procedures/xa/dang-ky-khai-sinh.md';
const keep = disposeAfterEach();
function content(): string {
  return keep(tempContent());
}
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

describe('bounds: hostile YAML is a content problem naming the file', () => {
  it('an alias bomb in sectors.yaml: one problem on sectors.yaml, quickly, in little memory', async () => {
    const dir = content();
    copyFileSync(join(HOSTILE, 'alias-bomb.yaml'), join(dir, 'sectors.yaml'));
    const heap = process.memoryUsage().heapUsed;
    const { value, ms } = await timed(() => loadContent(dir));
    expect(ms).toBeLessThan(5000);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(200 * 1024 * 1024);
    const own = value.problems.filter((p) => p.file === 'sectors.yaml');
    expect(own.map((p) => p.code)).toEqual(['yaml-aliases']);
    expect(own[0]!.line).toBe(3);
    expect(own[0]!.hint).toMatch(/bí danh/);
  });

  it('flow collections nested 5,000 deep: a problem saying the data is nested too deeply', async () => {
    const dir = content();
    copyFileSync(join(HOSTILE, 'deep-flow.yaml'), join(dir, 'legal.yaml'));
    const { value, ms } = await timed(() => loadContent(dir));
    expect(ms).toBeLessThan(5000);
    const own = value.problems.filter((p) => p.file === 'legal.yaml');
    expect(own.length).toBeGreaterThan(0);
    expect(own[0]!.code).toBe('yaml-too-deep');
    expect(own[0]!.found).toMatch(/lồng nhau quá sâu/);
  });
});

describe('bounds: size of fields and of the text', () => {
  const record = (dir: string) => readFileSync(join(dir, RECORD), 'utf8');

  it(`a field longer than ${MAX_FIELD_CHARS} characters is a problem at that field; one just under is fine`, async () => {
    const dir = content();
    const text = record(dir);
    writeFileSync(join(dir, RECORD), text.replace(/^title: .*$/m, `title: "${'a'.repeat(MAX_FIELD_CHARS)}"`));
    expect((await loadContent(dir)).problems).toEqual([]);
    writeFileSync(join(dir, RECORD), text.replace(/^title: .*$/m, `title: "${'a'.repeat(MAX_FIELD_CHARS + 1)}"`));
    const { problems, catalogue } = await loadContent(dir);
    expect(problems.map((p) => [p.file, p.field, p.code])).toEqual([[RECORD, 'title', 'field-too-long']]);
    expect(problems[0]!.line).toBe(text.split('\n').findIndex((l) => l.startsWith('title:')) + 1);
    expect(catalogue.records.map((r) => r.file)).not.toContain(RECORD);
  });

  it(`a text longer than ${MAX_BODY_CHARS} characters is a problem on its first line`, async () => {
    const dir = content();
    const text = record(dir);
    writeFileSync(join(dir, RECORD), `${text}\n${'Lưu ý. '.repeat(MAX_BODY_CHARS / 7 + 1)}\n`);
    const { problems } = await loadContent(dir);
    expect(problems.map((p) => [p.file, p.code])).toEqual([[RECORD, 'body-too-long']]);
  });

  it('a text nested 100,000 quotes deep is refused at its line, in bounded time', async () => {
    const dir = content();
    const text = record(dir);
    const written = `${text}\nĐoạn đầu.\n\n${'>'.repeat(100_000)} sâu\n`;
    writeFileSync(join(dir, RECORD), written);
    const { value, ms } = await timed(() => loadContent(dir));
    expect(ms).toBeLessThan(5000);
    expect(value.problems.map((p) => [p.file, p.code])).toEqual([[RECORD, 'body-too-deep']]);
    expect(value.problems[0]!.line).toBe(written.split('\n').findIndex((l) => l.startsWith('>>>')) + 1);
  });

  it('Markdown rendering of the deepest text allowed stays linear in its length', () => {
    // Every line as deep as allowed: quotes, lists, and both mixed on one line.
    const lines = [
      `${'> '.repeat(MAX_BODY_PREFIX / 2)}Lưu ý khi nộp hồ sơ`,
      ...Array.from({ length: MAX_BODY_PREFIX / 2 }, (_, i) => `${'  '.repeat(i)}- mục ${i}`),
      `${'- > '.repeat(MAX_BODY_PREFIX / 4)}x`,
    ];
    const block = `${lines.join('\n')}\n`;
    const body = (chars: number) => block.repeat(Math.floor(chars / block.length));
    const best = (md: string) =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const started = performance.now();
          renderBody(md);
          return performance.now() - started;
        }),
      );
    const small = best(body(MAX_BODY_CHARS / 4));
    const large = best(body(MAX_BODY_CHARS));
    expect(large).toBeLessThan(2000);
    // Four times the text: about four times the time (quadratic would be sixteen).
    expect(large).toBeLessThan(Math.max(10 * small, 50));
  });
});
