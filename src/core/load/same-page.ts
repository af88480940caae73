/**
 * Two published records that would publish to the same URL. The site's URL of a published record is its id (the
 * path below procedures/ without .md) with each segment made ASCII (src/site/urls.ts), so `Đăng ký kết hôn.md`
 * and `dang-ky-ket-hon.md` side by side are one page twice: the build would die on it. The checker names both.
 */
import { slugify } from '../text/slug.ts';
import type { Problem } from './problem.ts';

/** The URL path of a published record's id, as src/site/urls.ts idSegments makes it (a test keeps them equal). */
export function pageSegments(id: string): string {
  return id
    .split('/')
    .map((segment) => slugify(segment, { maxLength: 120 }) || '-')
    .join('/');
}

/** `files`: record files below procedures/ (relative to the content directory). */
export function samePageProblems(files: readonly string[]): Problem[] {
  const byPage = new Map<string, string[]>();
  for (const file of files) {
    if (!file.endsWith('.md')) continue;
    const page = pageSegments(file.replace(/^procedures\//, '').replace(/\.md$/, ''));
    byPage.set(page, [...(byPage.get(page) ?? []), file]);
  }
  const problems: Problem[] = [];
  for (const [page, same] of byPage) {
    if (same.length < 2) continue;
    for (const file of same) {
      const others = same.filter((f) => f !== file);
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '',
        found: `một trang trùng địa chỉ /thu-tuc/${page}/ với ${others.map((f) => `“${f}”`).join(', ')}`,
        expected: 'mỗi bản ghi một địa chỉ trang riêng',
        hint: `Địa chỉ trang lấy từ đường dẫn tệp sau khi bỏ dấu, chữ hoa và ký tự đặc biệt, nên ${[file, ...others].map((f) => `“${f.split('/').pop()}”`).join(' và ')} ra cùng một trang. Đổi tên một tệp cho khác đi (ví dụ thêm tên địa phương), hoặc nếu là bản chép thừa thì gộp nội dung vào một tệp.`,
        code: 'same-page',
        en: {
          found: `a page at the same address /thu-tuc/${page}/ as ${others.map((f) => `“${f}”`).join(', ')}`,
          expected: 'one page address per record',
          hint: `Page addresses come from the file path without tone marks, capitals or punctuation, so ${[file, ...others].map((f) => `"${f.split('/').pop()}"`).join(' and ')} make the same page. Rename one of the files (for instance with the locality's name), or if one is a stray copy, merge the two into one file.`,
        },
      });
    }
  }
  return problems;
}
