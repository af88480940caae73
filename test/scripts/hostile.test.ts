/** What an editor sees from check and fix on hostile or mistaken input: exit 1, the file named, never a stack trace. */
import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { encodeWindows1258, HOSTILE, tempContent } from '../fixtures/hostile/make.ts';
import { runScript } from './run-script.ts';
import { disposeAfterEach } from '../fixtures/dispose-after-each.ts';

const keep = disposeAfterEach();
function content(): string {
  return keep(tempContent());
}
const stackLines = (out: string) => out.split('\n').filter((l) => /^\s+at /.test(l) || /Internal error/.test(l));

describe('check and fix on hostile input', () => {
  it('a Windows-1258 record with CRLF: check names it and says how to save as UTF-8; fix leaves every byte and exits 1', async () => {
    const dir = content();
    const record = join(dir, 'procedures/xa/dang-ky-khai-sinh.md');
    const bytes = encodeWindows1258(readFileSync(record, 'utf8').replace(/\n/g, '\r\n'));
    writeFileSync(record, bytes);

    const check = await runScript('check', ['--content', dir]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`${dir}/procedures/xa/dang-ky-khai-sinh.md:`);
    expect(check.stdout).toMatch(
      /dang-ky-khai-sinh\.md:\d+:\d+ {2}\(tệp\) {2}Gặp một tệp không phải UTF-8: có vẻ được lưu bằng bảng mã Windows-1258/,
    );
    expect(check.stdout).toMatch(/Save As…, ô Encoding chọn “UTF-8”/);
    expect(stackLines(check.stdout + check.stderr)).toEqual([]);

    const fix = await runScript('fix', ['--content', dir]);
    expect(fix.status).toBe(1);
    expect(readFileSync(record)).toEqual(bytes);
    expect(fix.stdout).toContain('1 tệp để nguyên');
    expect(fix.stdout).toContain(`${dir}/procedures/xa/dang-ky-khai-sinh.md:`);
    expect(stackLines(fix.stdout + fix.stderr)).toEqual([]);
  });

  it('sectors.yaml linked to /etc/passwd: check exits 1 naming sectors.yaml and prints nothing of /etc/passwd', async () => {
    const dir = content();
    rmSync(join(dir, 'sectors.yaml'));
    symlinkSync('/etc/passwd', join(dir, 'sectors.yaml'));
    const check = await runScript('check', ['--content', dir]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`${dir}/sectors.yaml:1:1`);
    expect(check.stdout).toContain('ra ngoài thư mục nội dung');
    expect(check.stdout + check.stderr).not.toMatch(/root:x|nologin/);
    expect(stackLines(check.stdout + check.stderr)).toEqual([]);
  });

  it('an alias bomb, a /dev/zero link and a symlink loop: exit 1, each file named, no stack trace, in bounded time', async () => {
    const dir = content();
    copyFileSync(join(HOSTILE, 'alias-bomb.yaml'), join(dir, 'sectors.yaml'));
    rmSync(join(dir, 'legal.yaml'));
    symlinkSync('/dev/zero', join(dir, 'legal.yaml'));
    symlinkSync('loop.md', join(dir, 'procedures/xa/loop.md'));
    const started = performance.now();
    const check = await runScript('check', ['--content', dir]);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(check.status).toBe(1);
    for (const file of ['sectors.yaml:3:', 'legal.yaml:1:1', 'procedures/xa/loop.md:1:1'])
      expect(check.stdout).toContain(`${dir}/${file}`);
    expect(stackLines(check.stdout + check.stderr)).toEqual([]);
  });

  it('two files for the same page: check exits 1 naming both (the build used to die with a stack trace instead)', async () => {
    const dir = content();
    const folder = join(dir, 'procedures/xa/phuong-tran-bien');
    copyFileSync(join(folder, 'dang-ky-ket-hon.md'), join(folder, 'Đăng ký kết hôn.md'));
    const check = await runScript('check', ['--content', dir]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`${dir}/procedures/xa/phuong-tran-bien/Đăng ký kết hôn.md:1:1`);
    expect(check.stdout).toContain(`${dir}/procedures/xa/phuong-tran-bien/dang-ky-ket-hon.md:1:1`);
    expect(stackLines(check.stdout + check.stderr)).toEqual([]);
  });
});
