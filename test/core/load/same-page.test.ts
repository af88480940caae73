import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { pageSegments } from '../../../src/core/load/same-page.ts';
import { idSegments } from '../../../src/site/urls.ts';
import { tempContent } from '../../fixtures/hostile/make.ts';
import { disposeAfterEach } from '../../fixtures/dispose-after-each.ts';

const keep = disposeAfterEach();

describe('two records that would publish to the same page', () => {
  it('`Đăng ký kết hôn.md` beside `dang-ky-ket-hon.md`: a problem on each file naming the other, neither published', async () => {
    const dir = keep(tempContent());
    const folder = join(dir, 'procedures/xa/phuong-tran-bien');
    copyFileSync(join(folder, 'dang-ky-ket-hon.md'), join(folder, 'Đăng ký kết hôn.md'));
    const { problems, catalogue } = await loadContent(dir);
    const same = problems.filter((p) => p.code === 'same-page');
    expect(same.map((p) => p.file).sort()).toEqual(
      ['procedures/xa/phuong-tran-bien/dang-ky-ket-hon.md', 'procedures/xa/phuong-tran-bien/Đăng ký kết hôn.md'].sort(),
    );
    expect(same.find((p) => p.file.endsWith('dang-ky-ket-hon.md'))!.found).toContain('Đăng ký kết hôn.md');
    expect(same.find((p) => p.file.endsWith('Đăng ký kết hôn.md'))!.found).toContain(
      '/thu-tuc/xa/phuong-tran-bien/dang-ky-ket-hon/',
    );
    expect(catalogue.records.filter((r) => r.file.startsWith('procedures/xa/phuong-tran-bien/'))).toEqual([]);
  });

  it('a folder differing only by case or tone marks clashes too', async () => {
    const dir = keep(tempContent());
    mkdirSync(join(dir, 'procedures/xa/Phường Trấn Biên'));
    copyFileSync(
      join(dir, 'procedures/xa/phuong-tran-bien/dang-ky-ket-hon.md'),
      join(dir, 'procedures/xa/Phường Trấn Biên/dang-ky-ket-hon.md'),
    );
    const { problems } = await loadContent(dir);
    expect(problems.filter((p) => p.code === 'same-page')).toHaveLength(2);
  });

  it('uses exactly the URL the site gives a record', () => {
    const ids = [
      'xa/Đăng ký kết hôn',
      'xa/dang-ky-ket-hon',
      'tinh/Sở Tư Pháp/ĐĂNG KÝ',
      'xa/!!!',
      `xa/${'dài '.repeat(80)}`,
      'xa/phường 1/a_b.c',
    ];
    for (const id of ids) expect(pageSegments(id)).toBe(idSegments(id));
  });
});
