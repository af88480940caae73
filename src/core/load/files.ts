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
  | { ok: true; /** The decoded text as saved (BOM and CRLF kept). */ raw: string; encoding: TextEncoding; /** The real path, inside the content directory. */ path: string }
  | { ok: false; missing: true }
  | { ok: false; missing?: false; problem: Problem };

/**
 * Reads one content file safely: only a regular file whose real path is inside the content directory `root`
 * (a symbolic link is followed only when it leads to such a file), at most MAX_FILE_BYTES, decoded losslessly
 * (UTF-8, or UTF-16 with or without BOM). Anything else is a problem naming `file`, never an exception and never
 * the content of a file outside `root`.
 */
export async function readContentFile(root: string, file: string): Promise<ContentFile> {
  const fail = (line: number, column: number, found: string, expected: string, hint: string, code: string): ContentFile => ({
    ok: false,
    problem: { file, line, column, field: '', found, expected, hint, code },
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
      return fail(1, 1, 'một vòng lặp liên kết (symbolic link trỏ về chính nó)', 'một tệp thật trong thư mục nội dung', 'Xóa liên kết này và đặt tệp thật vào đúng chỗ.', 'symlink-loop');
    }
    if (code === 'ENOENT') {
      return fail(1, 1, 'một liên kết (symbolic link) trỏ tới tệp không tồn tại', 'một tệp thật trong thư mục nội dung', 'Xóa liên kết này và đặt tệp thật vào đúng chỗ.', 'broken-link');
    }
    throw error;
  }
  if (real !== rootReal && !real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep)) {
    return fail(1, 1, 'một liên kết (symbolic link) ra ngoài thư mục nội dung; tệp đó không được đọc', 'một tệp thật trong thư mục nội dung', 'Chép nội dung cần dùng vào một tệp thật trong thư mục nội dung rồi xóa liên kết này.', 'outside-content');
  }
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO never waits for a writer; O_NOFOLLOW: the real path has no link left to follow.
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENXIO' || code === 'ELOOP' || code === 'EISDIR') return notRegular(fail, code === 'EISDIR' ? 'một thư mục' : 'một tệp đặc biệt');
    if (code === 'EACCES' || code === 'EPERM') return fail(1, 1, 'một tệp không có quyền đọc', 'một tệp đọc được', 'Cấp quyền đọc cho tệp (chmod a+r) hoặc tạo lại tệp.', 'unreadable');
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      const kind = info.isDirectory() ? 'một thư mục' : info.isFIFO() ? 'một đường ống (FIFO)' : info.isCharacterDevice() || info.isBlockDevice() ? 'một thiết bị' : info.isSocket() ? 'một socket' : 'một tệp đặc biệt';
      return notRegular(fail, `${kind}${link.isSymbolicLink() ? ' (qua một liên kết)' : ''}`);
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

type Fail = (line: number, column: number, found: string, expected: string, hint: string, code: string) => ContentFile;

function notRegular(fail: Fail, kind: string): ContentFile {
  return fail(1, 1, `${kind}, không phải tệp văn bản thường; không được đọc`, 'một tệp văn bản thường trong thư mục nội dung', 'Xóa mục này khỏi thư mục nội dung, hoặc thay bằng một tệp thật.', 'not-regular-file');
}

function tooLarge(fail: Fail, bytes: number): ContentFile {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
  return fail(1, 1, `một tệp ${mb(bytes)}`, `một tệp không quá ${mb(MAX_FILE_BYTES)}`, 'Tệp này quá lớn để là một bản ghi hay danh mục: kiểm tra xem có lưu nhầm tệp khác (PDF, ảnh, bản xuất dữ liệu) vào đây không.', 'file-too-large');
}

const HOW_TO_SAVE_UTF8 =
  'Lưu lại tệp bằng UTF-8: trong Notepad chọn File → Save As…, ô Encoding chọn “UTF-8”, rồi Save; trong VS Code bấm tên bảng mã ở thanh trạng thái dưới cùng → Reopen with Encoding → Vietnamese (Windows 1258), kiểm tra chữ hiện đúng, rồi bấm lại → Save with Encoding → UTF-8. Trên GitHub, sửa tệp ngay trong trình duyệt luôn lưu UTF-8.';

function undecodable(fail: Fail, decoded: Extract<Decoded, { ok: false }>): ContentFile {
  const { line, column } = decoded;
  switch (decoded.guess) {
    case 'binary':
      return fail(line, column, 'một tệp nhị phân (có byte 0), không phải văn bản', 'một tệp văn bản lưu bằng UTF-8', 'Kiểm tra xem có lưu nhầm tệp khác (Word, PDF, ảnh) vào đây không; bản ghi là tệp văn bản thuần.', 'binary-file');
    case 'utf-16':
      return fail(line, column, 'một tệp UTF-16 bị hỏng (số byte lẻ hoặc ký tự không ghép đôi)', 'một tệp văn bản lưu bằng UTF-8', HOW_TO_SAVE_UTF8, 'encoding');
    default: {
      const name = decoded.guess === 'windows-1258' ? 'Windows-1258 (“ANSI” tiếng Việt của Notepad)' : 'Windows-1252 hoặc một bảng mã “ANSI” khác';
      const sample = decoded.sample ? ` Đọc theo ${decoded.guess === 'windows-1258' ? 'Windows-1258' : 'Windows-1252'}, dòng ${line} là: “${decoded.sample}”.` : '';
      return fail(line, column, `một tệp không phải UTF-8: có vẻ được lưu bằng bảng mã ${name}`, 'một tệp văn bản lưu bằng UTF-8', `${HOW_TO_SAVE_UTF8}${sample}`, 'encoding');
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
