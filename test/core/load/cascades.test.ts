/** One mistake in a vocabulary is one problem, at its cause: never one more in every record that cites it. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { tempContent } from '../../fixtures/hostile/make.ts';
import { runScript } from '../../scripts/run-script.ts';
import { VALID_DIR } from './fixtures.ts';
import { disposeAfterEach } from '../../fixtures/dispose-after-each.ts';

const keep = disposeAfterEach();
function content(): string {
  return keep(tempContent());
}
function edit(dir: string, file: string, from: string, to: string) {
  const text = readFileSync(join(dir, file), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, file), text.replace(from, to));
}
const allRecords = async () => {
  const { catalogue } = await loadContent(VALID_DIR);
  return catalogue.records.length + catalogue.national.length;
};

describe('a broken vocabulary entry', () => {
  it('an invalid entry costs only itself: the other entries load, and records citing it are not reported again', async () => {
    const dir = content();
    // The entry every Hộ tịch record cites loses its name.
    edit(dir, 'sectors.yaml', '{ id: ho-tich, name: Hộ tịch }', '{ id: ho-tich, nam: Hộ tịch }');
    const { problems, catalogue } = await loadContent(dir);
    expect(problems.map((p) => p.file)).toEqual(['sectors.yaml', 'sectors.yaml']);
    expect([...catalogue.sectors.keys()]).toEqual(['chung-thuc', 'quoc-tich']);
    // The record citing another sector is still published.
    expect(catalogue.records.map((r) => r.id)).toContain('xa/chung-thuc-ban-sao');
  });

  it('a value split by an unquoted comma: one problem in the vocabulary, nothing in the records', async () => {
    const dir = content();
    edit(dir, 'sectors.yaml', 'name: Hộ tịch }', 'name: Hộ tịch, đăng ký }');
    const { problems } = await loadContent(dir);
    expect(problems.map((p) => [p.file, p.code])).toEqual([['sectors.yaml', 'comma-in-group']]);
  });

  it('a vocabulary that is not YAML at all: its syntax error alone, no reference to it reported', async () => {
    const dir = content();
    edit(dir, 'sectors.yaml', '{ id: ho-tich, name: Hộ tịch }', '{ id: ho-tich name: Hộ tịch }');
    const { problems, catalogue } = await loadContent(dir);
    expect(problems.map((p) => p.file)).toEqual(['sectors.yaml']);
    expect(catalogue.records.length + catalogue.national.length).toBe(await allRecords());
  });

  it('an absent optional vocabulary still has its references reported (absent is not broken)', async () => {
    const dir = content();
    rmSync(join(dir, 'localities.yaml'));
    const { problems } = await loadContent(dir);
    expect(problems.some((p) => p.file.startsWith('procedures/') && p.field.startsWith('localities'))).toBe(true);
  });

  it('the problem list starts with the cause: vocabulary problems before record problems', async () => {
    const dir = content();
    edit(dir, 'sectors.yaml', '{ id: quoc-tich, name: Quốc tịch }', '{ id: quoc-tich, name: 12 }');
    edit(dir, 'procedures/xa/dang-ky-khai-sinh.md', 'title: Đăng ký khai sinh', 'titel: Đăng ký khai sinh');
    const { problems } = await loadContent(dir);
    expect(problems[0]!.file).toBe('sectors.yaml');
    expect(problems.at(-1)!.file).toBe('procedures/xa/dang-ky-khai-sinh.md');
  });

  it('check prints a few lines for it, and exits 1', async () => {
    const dir = content();
    edit(dir, 'sectors.yaml', 'name: Hộ tịch }', 'name: Hộ tịch, đăng ký }');
    const run = await runScript('check', ['--content', dir]);
    expect(run.status).toBe(1);
    const problemPart = run.stdout.slice(run.stdout.indexOf(`\n${dir}/`));
    expect(problemPart.trim().split('\n').length).toBeLessThanOrEqual(6);
    expect(problemPart).toContain(`${dir}/sectors.yaml:`);
    expect(problemPart.trimEnd().split('\n').at(-1)).toBe('1 lỗi trong 1 tệp.');
  });
});
