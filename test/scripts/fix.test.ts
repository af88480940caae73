import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runScript } from './run-script.ts';
import { disposeAfterEach } from '../fixtures/dispose-after-each.ts';

const keep = disposeAfterEach();

/** The valid fixture with the mistakes editors make: an unquoted code, a phone without quotes, Windows endings. */
function messyContent(): string {
  const dir = keep(copyFixture('content-valid'));
  const record = join(dir, 'procedures/xa/dang-ky-khai-sinh.md');
  const text = readFileSync(record, 'utf8');
  expect(text).toContain('code: "1.001193"');
  writeFileSync(
    record,
    `\uFEFF${text.replace('code: "1.001193"', 'code: 1.001193').replace('Đăng ký khai sinh', 'Đăng ký khai\u200B sinh  ')}`.replace(
      /\n/g,
      '\r\n',
    ),
  );
  const agencies = join(dir, 'agencies.yaml');
  writeFileSync(
    agencies,
    `${readFileSync(agencies, 'utf8').replace('  name: Sở Tư pháp tỉnh Đồng Nai\n', '  name: Sở Tư pháp tỉnh Đồng Nai\n  phone: 02513822555\n')}`,
  );
  expect(readFileSync(agencies, 'utf8')).toContain('phone: 02513822555');
  return dir;
}

describe('npm run fix', () => {
  it('check points at fix for unquoted numbers; fix mends them, says what it changed, and check then passes', async () => {
    const dir = messyContent();
    const before = await runScript('check', ['--content', dir]);
    expect(before.status).toBe(1);
    expect(before.stdout).toMatch(/procedures\/xa\/dang-ky-khai-sinh\.md:\d+:\d+ {2}code {2}Gặp số 1\.001193/);
    expect(before.stdout.match(/npm run fix sửa việc này/g)).toHaveLength(2);

    const dry = await runScript('fix', ['--content', dir, '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('2 tệp sẽ được sửa. Chạy lại không có --dry-run để ghi.');
    const dryEn = await runScript('fix', ['--content', dir, '--dry-run', '--lang', 'en']);
    expect(dryEn.stdout).toContain(
      `${dir}/procedures/xa/dang-ky-khai-sinh.md\n  removed the byte-order mark (BOM)\n  line endings CRLF → LF`,
    );
    expect(dryEn.stdout).toContain('code quoted so it stays text as written: 1.001193 → "1.001193"');
    expect((await runScript('check', ['--content', dir])).status).toBe(1);

    const fixed = await runScript('fix', ['--content', dir]);
    expect(fixed.status).toBe(0);
    expect(fixed.stdout).toContain(
      `${dir}/procedures/xa/dang-ky-khai-sinh.md\n  bỏ dấu BOM ở đầu tệp\n  đổi cách xuống dòng Windows (CRLF) thành LF`,
    );
    expect(fixed.stdout).toMatch(/dòng \d+: đặt code trong dấu nháy để giữ đúng như đã viết: 1\.001193 → "1\.001193"/);
    expect(fixed.stdout).toContain(`${dir}/agencies.yaml\n`);
    expect(fixed.stdout).toContain('đặt 1.phone trong dấu nháy để giữ đúng như đã viết: 02513822555 → "02513822555"');
    expect(fixed.stdout).toContain('Đã sửa 2 tệp.');

    const after = await runScript('check', ['--content', dir]);
    expect(after.stdout).toContain('Nội dung hợp lệ');
    expect(after.status).toBe(0);
    expect(readFileSync(join(dir, 'procedures/xa/dang-ky-khai-sinh.md'), 'utf8')).toMatch(
      /^---\n# [^\n]*\ncode: "1\.001193"\ntitle: Đăng ký khai sinh\n/,
    );

    const again = await runScript('fix', ['--content', dir]);
    expect(again.stdout).toBe(`Mọi tệp trong ${dir} đã đúng dạng chuẩn.\n`);
    expect((await runScript('fix', ['--content', dir, '--lang', 'en'])).stdout).toBe(
      `All files in ${dir} are already in canonical form.\n`,
    );
  });

  it('exits 2 with the usage for a missing content directory', async () => {
    const result = await runScript('fix', ['--content', 'no/such/dir']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('content directory not found: no/such/dir');
    expect(result.stderr).toContain('Usage: npm run fix');
  });
});
