import { constants } from 'node:fs';
import { lstat, open, readdir, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { stripBom } from '../text/normalize.ts';
import { decodeContent, type Decoded, type TextEncoding } from './decode.ts';
import type { Problem } from './problem.ts';

/** Largest content file read, in bytes: the largest bundled file is under 100 KB. Larger is a mistake (a PDF saved as .md, a runaway export). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Every entry below `dir` that is not a directory (relative paths with forward slashes, sorted); [] when `dir`
 * does not exist. Symbolic links, FIFOs and devices are listed too, so that reading them reports them rather
 * than skipping them silently; symbolic links to directories are listed, never walked.
 */
export async function listFiles(root: string, dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    // `dir` itself is a file, a loop or a link to nowhere: reading it names the problem.
    if (code === 'ENOTDIR' || code === 'ELOOP') return [dir];
    throw error;
  }
  return entries
    .filter((e) => !e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

export type ContentFile =
  | {
      ok: true;
      /** The decoded text as saved (BOM and CRLF kept). */ raw: string;
      encoding: TextEncoding;
      /** The real path, inside the content directory. */ path: string;
    }
  | { ok: false; missing: true }
  | { ok: false; missing?: false; problem: Problem };

/**
 * Reads one content file safely: only a regular file whose real path is inside the content directory `root`
 * (a symbolic link is followed only when it leads to such a file), at most MAX_FILE_BYTES, decoded losslessly
 * (UTF-8, or UTF-16 with or without BOM). Anything else is a problem naming `file`, never an exception and never
 * the content of a file outside `root`.
 */
export async function readContentFile(root: string, file: string): Promise<ContentFile> {
  const fail: Fail = (line, column, code, [found, expected, hint], [enFound, enExpected, enHint]) => ({
    ok: false,
    problem: {
      file,
      line,
      column,
      field: '',
      found,
      expected,
      hint,
      code,
      en: { found: enFound, expected: enExpected, hint: enHint },
    },
  });
  const path = join(root, file);
  const link = await lstat(path).catch((error: NodeJS.ErrnoException) => error);
  if (link instanceof Error) {
    if (link.code === 'ENOENT') return { ok: false, missing: true };
    if (link.code === 'ENOTDIR') return { ok: false, missing: true };
    throw link;
  }
  let real: string;
  let rootReal: string;
  try {
    [real, rootReal] = await Promise.all([realpath(path), realpath(root)]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') {
      return fail(
        1,
        1,
        'symlink-loop',
        [
          'một vòng lặp liên kết (symbolic link trỏ về chính nó)',
          'một tệp thật trong thư mục nội dung',
          'Xóa liên kết này và đặt tệp thật vào đúng chỗ.',
        ],
        [
          'a symbolic link loop',
          'a real file inside the content directory',
          'Remove the link and put the real file in its place.',
        ],
      );
    }
    if (code === 'ENOENT') {
      return fail(
        1,
        1,
        'broken-link',
        [
          'một liên kết (symbolic link) trỏ tới tệp không tồn tại',
          'một tệp thật trong thư mục nội dung',
          'Xóa liên kết này và đặt tệp thật vào đúng chỗ.',
        ],
        [
          'a symbolic link to a file that does not exist',
          'a real file inside the content directory',
          'Remove the link and put the real file in its place.',
        ],
      );
    }
    throw error;
  }
  if (real !== rootReal && !real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep)) {
    return fail(
      1,
      1,
      'outside-content',
      [
        'một liên kết (symbolic link) ra ngoài thư mục nội dung; tệp đó không được đọc',
        'một tệp thật trong thư mục nội dung',
        'Chép nội dung cần dùng vào một tệp thật trong thư mục nội dung rồi xóa liên kết này.',
      ],
      [
        'a symbolic link leading outside the content directory; what it points to is not read',
        'a real file inside the content directory',
        'Copy what is needed into a real file inside the content directory, then remove the link.',
      ],
    );
  }
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO never waits for a writer; O_NOFOLLOW: the real path has no link left to follow.
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENXIO' || code === 'ELOOP' || code === 'EISDIR')
      return notRegular(
        fail,
        code === 'EISDIR' ? ['một thư mục', 'a directory'] : ['một tệp đặc biệt', 'a special file'],
      );
    if (code === 'EACCES' || code === 'EPERM') {
      return fail(
        1,
        1,
        'unreadable',
        ['một tệp không có quyền đọc', 'một tệp đọc được', 'Cấp quyền đọc cho tệp (chmod a+r) hoặc tạo lại tệp.'],
        ['a file without read permission', 'a readable file', 'Make the file readable (chmod a+r) or create it again.'],
      );
    }
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      const [vi, en] = info.isDirectory()
        ? ['một thư mục', 'a directory']
        : info.isFIFO()
          ? ['một đường ống (FIFO)', 'a FIFO']
          : info.isCharacterDevice() || info.isBlockDevice()
            ? ['một thiết bị', 'a device']
            : info.isSocket()
              ? ['một socket', 'a socket']
              : ['một tệp đặc biệt', 'a special file'];
      const viaLink = link.isSymbolicLink();
      return notRegular(fail, [
        `${vi}${viaLink ? ' (qua một liên kết)' : ''}`,
        `${en}${viaLink ? ' (through a link)' : ''}`,
      ]);
    }
    if (info.size > MAX_FILE_BYTES) return tooLarge(fail, info.size);
    // Read at most one byte more than allowed: a file that grows while read is still bounded.
    const buffer = Buffer.alloc(Math.min(info.size, MAX_FILE_BYTES) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > MAX_FILE_BYTES || (length === buffer.length && length > info.size)) return tooLarge(fail, length);
    const decoded = decodeContent(buffer.subarray(0, length));
    if (!decoded.ok) return undecodable(fail, decoded);
    return { ok: true, raw: decoded.text, encoding: decoded.encoding, path: real };
  } finally {
    await handle.close();
  }
}

/** found, expected, hint. */
type Words = [found: string, expected: string, hint: string];
/** A problem worded in Vietnamese, with its English wording for --lang en. */
type Fail = (line: number, column: number, code: string, vi: Words, en: Words) => ContentFile;

function notRegular(fail: Fail, [vi, en]: [string, string]): ContentFile {
  return fail(
    1,
    1,
    'not-regular-file',
    [
      `${vi}, không phải tệp văn bản thường; không được đọc`,
      'một tệp văn bản thường trong thư mục nội dung',
      'Xóa mục này khỏi thư mục nội dung, hoặc thay bằng một tệp thật.',
    ],
    [
      `${en}, not a regular file; not read`,
      'a regular text file inside the content directory',
      'Take it out of the content directory, or replace it with a real file.',
    ],
  );
}

function tooLarge(fail: Fail, bytes: number): ContentFile {
  const mb = (n: number, comma: boolean) => `${(n / 1024 / 1024).toFixed(1).replace('.', comma ? ',' : '.')} MB`;
  return fail(
    1,
    1,
    'file-too-large',
    [
      `một tệp ${mb(bytes, true)}`,
      `một tệp không quá ${mb(MAX_FILE_BYTES, true)}`,
      'Tệp này quá lớn để là một bản ghi hay danh mục: kiểm tra xem có lưu nhầm tệp khác (PDF, ảnh, bản xuất dữ liệu) vào đây không.',
    ],
    [
      `a file of ${mb(bytes, false)}`,
      `a file of at most ${mb(MAX_FILE_BYTES, false)}`,
      'Too large for a record or a vocabulary: check that no other file (a PDF, an image, a data export) was saved here by mistake.',
    ],
  );
}

/** How to save as UTF-8; `vscode`: the encoding VS Code should reopen the file with first (its name in VS Code's list). */
const HOW_TO_SAVE_UTF8_EN = (vscode: string) =>
  `Save the file as UTF-8: in Notepad, File → Save As…, Encoding “UTF-8”, Save; in VS Code, click the encoding in the status bar → Reopen with Encoding → ${vscode}, check the letters, then → Save with Encoding → UTF-8. Files edited on GitHub in the browser are always UTF-8.`;

const HOW_TO_SAVE_UTF8 = (vscode: string) =>
  `Lưu lại tệp bằng UTF-8: trong Notepad chọn File → Save As…, ô Encoding chọn “UTF-8”, rồi Save; trong VS Code bấm tên bảng mã ở thanh trạng thái dưới cùng → Reopen with Encoding → ${vscode}, kiểm tra chữ hiện đúng, rồi bấm lại → Save with Encoding → UTF-8. Trên GitHub, sửa tệp ngay trong trình duyệt luôn lưu UTF-8.`;

function undecodable(fail: Fail, decoded: Extract<Decoded, { ok: false }>): ContentFile {
  const { line, column } = decoded;
  switch (decoded.guess) {
    case 'binary':
      return fail(
        line,
        column,
        'binary-file',
        [
          'một tệp nhị phân (có byte 0), không phải văn bản',
          'một tệp văn bản lưu bằng UTF-8',
          'Kiểm tra xem có lưu nhầm tệp khác (Word, PDF, ảnh) vào đây không; bản ghi là tệp văn bản thuần.',
        ],
        [
          'a binary file (it has NUL bytes), not text',
          'a text file saved as UTF-8',
          'Check that no other file (Word, PDF, an image) was saved here by mistake; records are plain text.',
        ],
      );
    case 'utf-16':
      return fail(
        line,
        column,
        'encoding',
        [
          'một tệp UTF-16 bị hỏng (số byte lẻ hoặc ký tự không ghép đôi)',
          'một tệp văn bản lưu bằng UTF-8',
          HOW_TO_SAVE_UTF8('UTF-16 LE'),
        ],
        [
          'a broken UTF-16 file (an odd number of bytes or an unpaired character)',
          'a text file saved as UTF-8',
          HOW_TO_SAVE_UTF8_EN('UTF-16 LE'),
        ],
      );
    default: {
      const vietnamese = decoded.guess === 'windows-1258';
      const name = vietnamese
        ? 'Windows-1258 (“ANSI” tiếng Việt của Notepad)'
        : 'Windows-1252 hoặc một bảng mã “ANSI” khác';
      const nameEn = vietnamese
        ? 'Windows-1258 (Notepad’s Vietnamese “ANSI”)'
        : 'Windows-1252 or another “ANSI” code page';
      const page = vietnamese ? 'Windows-1258' : 'Windows-1252';
      const vscode = vietnamese ? 'Vietnamese (Windows 1258)' : 'Western (Windows 1252)';
      const sample = decoded.sample ? ` Đọc theo ${page}, dòng ${line} là: “${decoded.sample}”.` : '';
      const sampleEn = decoded.sample ? ` Read as ${page}, line ${line} is: “${decoded.sample}”.` : '';
      return fail(
        line,
        column,
        'encoding',
        [
          `một tệp không phải UTF-8: có vẻ được lưu bằng bảng mã ${name}`,
          'một tệp văn bản lưu bằng UTF-8',
          `${HOW_TO_SAVE_UTF8(vscode)}${sample}`,
        ],
        [
          `a file that is not UTF-8: it seems saved as ${nameEn}`,
          'a text file saved as UTF-8',
          `${HOW_TO_SAVE_UTF8_EN(vscode)}${sampleEn}`,
        ],
      );
    }
  }
}

/** The text as the loader reads it: BOM removed, CRLF/CR line endings turned into LF (editors on Windows save both). */
export function contentText(raw: string): string {
  return toLf(stripBom(raw));
}

export function toLf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
