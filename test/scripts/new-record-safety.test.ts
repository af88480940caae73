/** npm run new answers the mistakes editors make: a name or typo for an id, an ended unit, options without "--". */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, REPO, runScript } from './run-script.ts';
import { disposeAfterEach } from '../fixtures/dispose-after-each.ts';

const keep = disposeAfterEach();
function content(): string {
  return keep(copyFixture('content-valid'));
}
const base = (dir: string) => ['--code', '1.001193', '--level', 'xa', '--content', dir, '--today', '2026-11-26'];

describe('npm run new: did you mean', () => {
  it.each([
    ['a typo in a commune id', 'phuong-tran-bein'],
    ['the commune written by its name', 'Phường Trấn Biên'],
  ])('%s: exit 2 naming the id to use, nothing written', async (_what, given) => {
    const dir = content();
    const run = await runScript('new-record', [...base(dir), '--locality', given]);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      `--locality "${given}" is not an id in localities.yaml; did you mean "phuong-tran-bien"?`,
    );
    expect(existsSync(join(dir, 'procedures/xa/phuong-tran-bien/dang-ky-khai-sinh.md'))).toBe(false);
  });

  it('a typo in an agency id names the agency meant; the right id fills agency without a TODO', async () => {
    const dir = content();
    const wrong = await runScript('new-record', [...base(dir), '--agency', 'ubnd-xaa', '--slug', 'moi']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('did you mean "ubnd-xa"?');
    const right = await runScript('new-record', [...base(dir), '--agency', 'ubnd-xa', '--slug', 'moi']);
    expect(right.status).toBe(0);
    const text = readFileSync(join(dir, 'procedures/xa/moi.md'), 'utf8');
    expect(text).toMatch(/^agency: ubnd-xa$/m);
    expect(text).not.toMatch(/^agency:.*TODO/m);
  });
});

describe('npm run new: ended levels and units', () => {
  it('a commune that ended is created with a warning saying when it ended', async () => {
    const dir = content();
    const run = await runScript('new-record', [...base(dir), '--locality', 'phuong-tan-phong']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /Cảnh báo: Phường Tân Phong \(phuong-tan-phong\) đã chấm dứt hoạt động từ ngày 2025-07-01/,
    );
    expect(run.stdout).toMatch(/Cảnh báo: Phường Tân Phong thuộc Thành phố Biên Hòa, đã chấm dứt/);
  });

  it('a level that ended is created with a warning; a current one has none', async () => {
    const dir = content();
    const site = join(dir, 'site.yaml');
    writeFileSync(
      site,
      readFileSync(site, 'utf8').replace(
        '  - tinh\n',
        '  - tinh\n  - { id: huyen, name: Cấp huyện, until: 2025-07-01 }\n',
      ),
    );
    const ended = await runScript('new-record', [
      '--code',
      '1.001193',
      '--level',
      'huyen',
      '--content',
      dir,
      '--today',
      '2026-11-26',
    ]);
    expect(ended.status).toBe(0);
    expect(ended.stdout).toContain('Cảnh báo: Cấp huyện đã kết thúc từ ngày 2025-07-01');
    const current = await runScript('new-record', [...base(dir), '--slug', 'hien-tai']);
    expect(current.stdout).not.toContain('Cảnh báo');
  });
});

describe('npm run new without "--"', () => {
  const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });
  it.skipIf(npm.status !== 0)('says the options go after "--" instead of a stray-argument error', () => {
    const dir = content();
    const run = spawnSync('npm', ['run', '--silent', 'new', '--code', '1.001193', '--level', 'xa', '--content', dir], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(process.execPath, '..')}:${process.env.PATH}` },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('các tùy chọn của lệnh phải đứng sau "--"');
    expect(run.stderr).toContain('npm run new -- --code … --level … --content …');
    expect(run.stderr).not.toMatch(/Unexpected argument/);
  });

  it('the same when simulated as npm does it (npm_config_* set, values left as arguments)', async () => {
    const run = await runScript('new-record', ['1.001193', 'xa'], {
      env: { npm_lifecycle_event: 'new', npm_config_code: 'true', npm_config_level: 'true' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('npm run new -- --code … --level …');
  });
});
