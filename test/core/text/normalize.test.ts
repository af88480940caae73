import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeInline, normalizeText, stripBom } from '../../../src/core/text/normalize.ts';
import { anyText } from './arbitraries.ts';

describe('normalizeText', () => {
  it('composes decomposed Vietnamese (NFD) into NFC', () => {
    const nfd = 'Đăng ký khai sinh'.normalize('NFD');
    expect(nfd).not.toBe('Đăng ký khai sinh');
    expect(normalizeText(nfd)).toBe('Đăng ký khai sinh');
  });

  it('removes zero-width and invisible characters, even between a letter and its mark', () => {
    expect(normalizeText('Giấy\u200B chứng\u00AD sinh\uFEFF\u2060\u180E\u200C\u200D')).toBe('Giấy chứng sinh');
    expect(normalizeText('a\u200B\u0301')).toBe('á');
  });

  it('turns CRLF and CR into LF and keeps newlines', () => {
    expect(normalizeText('Bước 1\r\nBước 2\rBước 3\nBước 4')).toBe('Bước 1\nBước 2\nBước 3\nBước 4');
  });

  it('turns no-break spaces into spaces', () => {
    expect(normalizeText('05\u00A0ngày\u202Flàm\u2007việc')).toBe('05 ngày làm việc');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(anyText, (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  });
});

describe('normalizeInline', () => {
  it('collapses whitespace runs including newlines and trims', () => {
    expect(normalizeInline('  Tờ khai\n\n đăng ký\t khai sinh \r\n')).toBe('Tờ khai đăng ký khai sinh');
  });

  it('is idempotent and never keeps a newline', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalizeInline(s);
        return normalizeInline(once) === once && !/[\n\r]/.test(once) && once === once.trim();
      }),
    );
  });

  it('gives the same output for NFC and NFD input', () => {
    fc.assert(fc.property(anyText, (s) => normalizeInline(s.normalize('NFD')) === normalizeInline(s.normalize('NFC'))));
  });
});

describe('stripBom', () => {
  it('removes a leading byte-order mark only', () => {
    expect(stripBom('\uFEFFcode: "1.001193"')).toBe('code: "1.001193"');
    expect(stripBom('a\uFEFF')).toBe('a\uFEFF');
    expect(stripBom('')).toBe('');
  });
});
