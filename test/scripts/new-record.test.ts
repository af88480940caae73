import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseDocument, type Scalar } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyFixture, REPO, runScript } from './run-script.ts';
import type { Problem } from '../../src/core/load/problem.ts';
import { disposeAfterEach } from '../fixtures/dispose-after-each.ts';

const keep = disposeAfterEach();

function content(fixture: string): string {
  return keep(copyFixture(fixture));
}

function hasNationalRecord(dir: string, code: string): boolean {
  const national = join(dir, 'national');
  if (!existsSync(national)) return false;
  return readdirSync(national, { recursive: true }).some((f) => String(f).endsWith(`${code}.md`));
}

/**
 * The bundled content once its national baseline is imported, else the loader's valid fixture. Of the bundled
 * content only the data files and the code's national record are copied: check stays fast, the data stays real.
 */
const CODE = '1.001193';
const BUNDLED = join(REPO, 'content');
const REAL = hasNationalRecord(BUNDLED, CODE) ? 'content/' : 'test/fixtures/content-valid/';

function realContent(): string {
  if (REAL === 'test/fixtures/content-valid/') return content('content-valid');
  const dir = mkdtempSync(join(tmpdir(), 'tthc-content-'));
  keep.later(() => rmSync(dir, { recursive: true, force: true }));
  for (const entry of readdirSync(BUNDLED, { withFileTypes: true })) {
    if (entry.isFile()) cpSync(join(BUNDLED, entry.name), join(dir, entry.name));
  }
  cpSync(join(BUNDLED, 'review'), join(dir, 'review'), { recursive: true });
  const national = readdirSync(join(BUNDLED, 'national'), { recursive: true })
    .map(String)
    .find((f) => f.endsWith(`${CODE}.md`))!;
  mkdirSync(dirname(join(dir, 'national', national)), { recursive: true });
  cpSync(join(BUNDLED, 'national', national), join(dir, 'national', national));
  return dir;
}

async function problemsOf(dir: string, file: string): Promise<Problem[]> {
  const result = await runScript('check', ['--content', dir, '--json', '--today', '2026-11-26']);
  const { problems } = JSON.parse(result.stdout) as { problems: Problem[] };
  return problems.filter((p) => p.file === file);
}

function created(stdout: string, dir: string): string {
  const path = /^Created (\S+?)(?: from| \()/m.exec(stdout)?.[1];
  expect(path, stdout).toBeDefined();
  return path!.slice(dir.length + 1);
}

/** Fills what an editor fills: each key marked TODO gets a value taken from the hint or a plain valid one. */
function fillTodos(path: string): string[] {
  const doc = parseDocument(
    readFileSync(path, 'utf8')
      .split('\n---\n')[0]!
      .replace(/^---\n/, ''),
    { schema: 'core' },
  );
  const filled: string[] = [];
  const visit = (keys: (string | number)[]) => {
    const node = doc.getIn(keys, true) as Scalar | undefined;
    const comment = `${node?.comment ?? ''}`;
    const above = `${(doc.getIn(keys.slice(0, -1), true) as { items?: { key: Scalar }[] } | undefined)?.items?.find((p) => p.key.value === keys.at(-1))?.key.commentBefore ?? ''}`;
    if (!/TODO/.test(comment) && !/TODO/.test(above)) return;
    const key = String(keys.at(-1));
    const suggested = /ví dụ: ([a-z0-9-]+)/.exec(comment)?.[1];
    const values: Record<string, unknown> = {
      title: 'Thủ tục thử nghiệm',
      sector: suggested,
      agency: suggested,
      subjects: ['Cá nhân'],
      processing_time: { value: 5, unit: 'working_days' },
      fees: [],
      documents: [{ name: 'Tờ khai', form: 'original' }],
      steps: ['Nộp hồ sơ.'],
      channels: { in_person: true, postal: false, online: 'none' },
      result: 'Giấy chứng nhận',
      legal_basis: [],
      reviewed_at: '2026-11-20',
      sources: [{ title: 'Quyết định công bố (thử nghiệm)' }],
      provenance: { kind: 'national', basis: 'Theo bản quốc gia (thử nghiệm).' },
    };
    expect(values[key], `a value for ${key}`).toBeDefined();
    doc.setIn(keys, doc.createNode(values[key]));
    filled.push(keys.join('.'));
  };
  for (const key of Object.keys(doc.toJS() as object)) visit([key]);
  for (const channel of ['online', 'postal', 'in_person']) {
    if (doc.hasIn(['by_channel', channel, 'processing_time'])) visit(['by_channel', channel, 'processing_time']);
  }
  const text = readFileSync(path, 'utf8');
  const body = text.slice(text.indexOf('\n---\n') + 5);
  writeFileSync(path, `---\n${doc.toString()}---\n${body}`);
  return filled;
}

async function expectOnlyTodoLines(dir: string, file: string): Promise<Problem[]> {
  const problems = await problemsOf(dir, file);
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  for (const p of problems) {
    const line = lines[p.line - 1] ?? '';
    const above = lines[p.line - 2] ?? '';
    expect(`${line}\n${above}`, `${p.field}: ${p.found}`).toMatch(/# TODO:/);
  }
  return problems;
}

describe('npm run new', () => {
  it(`prefills a record from the national record of a real code; check fails only on the TODO marks, then passes once they are filled (${REAL})`, async () => {
    const dir = realContent();
    const result = await runScript('new-record', [
      '--content',
      dir,
      '--code',
      CODE,
      '--level',
      'xa',
      '--slug',
      'dang-ky-khai-sinh-ban-moi',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = created(result.stdout, dir);
    expect(file).toBe('procedures/xa/dang-ky-khai-sinh-ban-moi.md');
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).toMatch(/^---\n#.*\n/);
    expect(text).toContain('code: "1.001193"');
    expect(text).toMatch(/\ntitle: Đăng ký khai sinh\n/);
    expect(text).toMatch(/\nagency: # TODO: /);
    expect(text).toMatch(/\nreviewed_at: # TODO: /);

    const problems = await expectOnlyTodoLines(dir, file);
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['agency', 'reviewed_at']));
    fillTodos(join(dir, file));
    expect(await problemsOf(dir, file)).toEqual([]);
  });

  it('writes a locality version to its own folder with the locality set', async () => {
    const dir = content('content-valid');
    const result = await runScript('new-record', [
      '--content',
      dir,
      '--code',
      '1.001193',
      '--level',
      'xa',
      '--locality',
      'phuong-tran-bien',
    ]);
    expect(result.status).toBe(0);
    const file = created(result.stdout, dir);
    expect(file).toBe('procedures/xa/phuong-tran-bien/dang-ky-khai-sinh.md');
    expect(readFileSync(join(dir, file), 'utf8')).toMatch(/\nlocalities: \[phuong-tran-bien\]\n/);
    expect(result.stdout).toContain('Records with the same code at this level already exist: xa/dang-ky-khai-sinh');
    // The fixture's national record gives a time without a unit ("1"): marked, not silently kept.
    expect((await expectOnlyTodoLines(dir, file)).map((p) => p.field)).toEqual([
      'agency',
      'processing_time',
      'reviewed_at',
    ]);
    expect(fillTodos(join(dir, file))).toEqual(['agency', 'processing_time', 'reviewed_at']);
    expect(await problemsOf(dir, file)).toEqual([]);
  });

  it('maps the national legal basis to legal.yaml ids by number and lists the texts legal.yaml lacks', async () => {
    const dir = content('content-valid');
    await runScript('new-record', ['--content', dir, '--code', '1.001193', '--level', 'xa', '--slug', 'x']);
    const text = readFileSync(join(dir, 'procedures/xa/x.md'), 'utf8');
    expect(text).toMatch(/\nlegal_basis: \[luat-ho-tich-2014\]\n/);
    expect(text).toMatch(/#\s+87\/2020\/NĐ-CP \(Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử\)\n/);
  });

  it('writes a commented template when the code has no national record; every problem is a TODO until filled', async () => {
    const dir = content('content-valid');
    const result = await runScript('new-record', [
      '--content',
      dir,
      '--code',
      '1.009999',
      '--level',
      'tinh',
      '--slug',
      'thu-tuc-moi',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('no national record of this code: a template');
    const file = created(result.stdout, dir);
    const problems = await expectOnlyTodoLines(dir, file);
    expect(problems.length).toBeGreaterThanOrEqual(10);
    const filled = fillTodos(join(dir, file));
    expect(filled).toEqual(expect.arrayContaining(['title', 'agency', 'reviewed_at', 'sources', 'provenance']));
    expect(await problemsOf(dir, file)).toEqual([]);
  });

  it('never overwrites an existing file', async () => {
    const dir = content('content-valid');
    const path = join(dir, 'procedures/xa/dang-ky-khai-sinh.md');
    const before = readFileSync(path, 'utf8');
    const result = await runScript('new-record', ['--content', dir, '--code', '1.001193', '--level', 'xa']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('exists already; nothing written');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it.each([
    [['--code', '1.1193', '--level', 'xa'], '--code must be a national procedure code'],
    [['--code', '1.001193', '--level', 'huyen'], '--level must be a level enabled in site.yaml (tinh, xa)'],
    [
      ['--code', '1.001193', '--level', 'xa', '--locality', 'khong-co'],
      '--locality "khong-co" is not an id in localities.yaml',
    ],
    [['--level', 'xa'], '--code and --level are required'],
  ])('refuses %j with a usage error', async (args, message) => {
    const dir = content('content-valid');
    const result = await runScript('new-record', ['--content', dir, ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
