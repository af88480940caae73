import { describe, expect, it } from 'vitest';
import { editUrl, idSegments } from '../../src/site/urls.ts';
import { entry } from './fixture.ts';

describe('URLs', () => {
  it('publishes a province record at /thu-tuc/ followed by its path below procedures/', async () => {
    const { entry: e } = await entry('xa/phuong-tran-bien/dang-ky-ket-hon');
    expect(e.url).toBe('/thu-tuc/xa/phuong-tran-bien/dang-ky-ket-hon/');
    expect(e.apiUrl).toBe('/api/thu-tuc/xa/phuong-tran-bien/dang-ky-ket-hon.json');
  });

  it('publishes a national record at /quoc-gia/ followed by its code, whatever its title', async () => {
    const { entry: e } = await entry('national/1.001193');
    expect(e.url).toBe('/quoc-gia/1-001193/');
    expect(e.apiUrl).toBe('/api/thu-tuc/national/1.001193.json');
  });

  it('makes file names written in Vietnamese into ASCII path segments', () => {
    expect(idSegments('xa/Đăng ký khai sinh')).toBe('xa/dang-ky-khai-sinh');
  });

  it('links "edit this page" to the record file in the repository', () => {
    expect(editUrl('https://github.com/org/tthc-kb/', undefined, 'content', 'procedures/xa/dang-ky-khai-sinh.md')).toBe(
      'https://github.com/org/tthc-kb/edit/main/content/procedures/xa/dang-ky-khai-sinh.md',
    );
    expect(editUrl(undefined, 'main', 'content', 'a.md')).toBeUndefined();
    expect(editUrl('https://github.com/org/r', 'main', undefined, 'a.md')).toBeUndefined();
  });
});
