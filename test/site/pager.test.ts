import { describe, expect, it } from 'vitest';
import { pagerNumbers, pageUrl } from '../../src/site/pager.ts';

describe('pagerNumbers', () => {
  it('links the first and last page and two either side of the current one', () => {
    expect(pagerNumbers(10, 33)).toEqual([1, 8, 9, 10, 11, 12, 33]);
  });
  it('never links a page before the first or after the last, nor one twice', () => {
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(33, 33)).toEqual([1, 31, 32, 33]);
    expect(pagerNumbers(1, 1)).toEqual([1]);
  });
});

describe('pageUrl', () => {
  it('keeps the list’s own address for page 1 and adds the number below it for the others', () => {
    expect(pageUrl('/bao-cao/trang-thai/open', 1)).toBe('/bao-cao/trang-thai/open/');
    expect(pageUrl('/bao-cao/trang-thai/open/', 2)).toBe('/bao-cao/trang-thai/open/2/');
  });
});
