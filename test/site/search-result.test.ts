import { describe, expect, it } from 'vitest';
import { shortTitle } from '../../src/site/search-result.ts';

describe('shortTitle', () => {
  it('leaves a title that fits alone', () => {
    expect(shortTitle('Đăng ký khai sinh')).toBeUndefined();
  });

  it('cuts a long official title at a whole word, before an unclosed bracket, with "…"', () => {
    // Shaped like the national database's long titles: a scope in brackets after the name.
    const title =
      'Đăng ký khai sinh có yếu tố nước ngoài tại khu vực biên giới cho trẻ em sinh ra ở nước láng giềng (áp dụng cho trường hợp cha hoặc mẹ là công dân Việt Nam thường trú)';
    const short = shortTitle(title)!;
    expect(short.length).toBeLessThanOrEqual(121);
    expect(short.endsWith('…')).toBe(true);
    const words = short.slice(0, -1).split(' ');
    // Every word is a whole word of the title, and no bracket is left open.
    expect(title.split(/\s+/)).toEqual(expect.arrayContaining(words));
    expect(short).not.toContain('(');
    expect(title.startsWith(short.slice(0, -1))).toBe(true);
  });

  it('drops a comma left at the cut', () => {
    const title = `${'Cấp lại giấy phép '.repeat(6)}xây dựng, sửa chữa, cải tạo công trình, nhà ở riêng lẻ`;
    expect(shortTitle(title, 60)).toMatch(/[^\s,]…$/);
  });
});
