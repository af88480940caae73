/**
 * Bytes of a content file -> text, or why not. Content is UTF-8; editors on Windows also save "ANSI"
 * (Windows-1258 for Vietnamese, Windows-1252 elsewhere) from Notepad, and "Unicode" (UTF-16) from Notepad or
 * Excel. UTF-16 is decoded losslessly and read like UTF-8; an ANSI file is never guessed into text (a wrong
 * guess would turn every Vietnamese letter into another one): the editor is told what it seems to be and how to
 * save it as UTF-8.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Decoded =
  | {
      ok: true;
      /** The text; a UTF-8 byte-order mark is kept (the loader drops it, fix reports it). */ text: string;
      encoding: TextEncoding;
    }
  | {
      ok: false;
      /** What the bytes seem to be. */
      guess: 'windows-1258' | 'windows-1252' | 'binary' | 'utf-16' | 'utf-8';
      /** 1-based position of the first byte that is not UTF-8 (of the NUL byte for binary). */
      line: number;
      column: number;
      /** The line around that byte as the guessed encoding reads it, for the editor to recognise. */
      sample?: string;
    };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeContent(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const bomless = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bomless === 0) {
    const sixteen = utf16WithoutBom(bytes);
    if (sixteen) return utf16(bytes, sixteen);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, guess: 'binary', ...positionOf(bytes, nul) };
  try {
    return { ok: true, text: UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const guess = VIETNAMESE_1258.some((b) => bytes.includes(b)) ? 'windows-1258' : 'windows-1252';
    return { ok: false, guess, ...positionOf(bytes, bad), sample: lineAround(bytes, bad, guess) };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, guess: 'utf-16', line: 1, column: 1 };
  }
}

/**
 * UTF-16 without a byte-order mark: YAML keys and punctuation are ASCII, so one byte of most pairs is 0 — the
 * second one in little-endian, the first in big-endian. UTF-8 text has no 0 byte at all.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const pairs = Math.min(bytes.length, 8192) / 2;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Bytes Windows-1258 uses for Vietnamese letters (Đ đ Ơ ơ Ư ư) and its combining tone marks (grave, acute,
 * hook, tilde, dot below); a file holding one of them and not valid UTF-8 is most likely Vietnamese ANSI.
 */
const VIETNAMESE_1258 = [0xd0, 0xf0, 0xd5, 0xf5, 0xdd, 0xfd, 0xcc, 0xec, 0xd2, 0xde, 0xf2];

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    try {
      UTF8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return 0;
}

function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function lineAround(bytes: Uint8Array, offset: number, encoding: string): string {
  let start = offset;
  while (start > 0 && bytes[start - 1] !== 0x0a) start--;
  let end = offset;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  const text = new TextDecoder(encoding)
    .decode(bytes.subarray(start, Math.min(end, start + 200)))
    .normalize('NFC')
    .trim();
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
