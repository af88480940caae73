/**
 * Checks of documents.yaml that no schema can express. A name or alias made only of generic words ("Giấy tờ",
 * "Văn bản") would make the review take every paper of that kind for this entry: an unquoted list
 * `[Giấy tờ, văn bản mà mình sẽ yêu cầu chứng thực chữ ký]` silently created the alias "Giấy tờ" and 55
 * national rows were read as the paper to be signed.
 */
import type { DocumentType, Synonym } from '../schema/index.ts';
import { foldForSearch } from '../text/fold.ts';
import { isGenericPhrase } from '../text/generic-words.ts';
import { normalizeInline } from '../text/normalize.ts';
import { fieldPath, type Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';

export function genericDocumentNames(types: readonly DocumentType[], source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  types.forEach((type, i) => {
    const names: [string, PropertyKey[]][] = [
      [type.name, [i, 'name']],
      ...(type.aliases ?? []).map((a, j): [string, PropertyKey[]] => [a, [i, 'aliases', j]]),
    ];
    for (const [name, path] of names) {
      if (
        !isGenericPhrase(
          normalizeInline(name)
            .toLocaleLowerCase('vi')
            .replace(/[,;:.()]/g, ' '),
        )
      )
        continue;
      problems.push({
        file: 'documents.yaml',
        ...source.locate(path),
        field: fieldPath(path),
        found: `the generic name "${name}"`,
        expected: 'the name of one particular paper',
        hint:
          path[1] === 'aliases'
            ? `"${name}" would match every paper of its kind. If it is the start of a longer name cut by a comma, put the whole name in quotes: aliases: ["${name}, …"].`
            : `Name the paper itself ("Giấy tờ chứng minh chỗ ở hợp pháp", not "${name}").`,
        code: 'generic-document-name',
        vi: {
          found: `tên chung chung “${name}”`,
          expected: 'tên của một loại giấy tờ cụ thể',
          hint:
            path[1] === 'aliases'
              ? `“${name}” sẽ khớp với mọi giấy tờ cùng loại. Nếu đây là phần đầu của một tên dài bị dấu phẩy cắt ra, hãy đặt cả tên trong ngoặc kép: aliases: ["${name}, …"].`
              : `Hãy ghi tên chính giấy tờ (ví dụ “Giấy tờ chứng minh chỗ ở hợp pháp”, không chỉ “${name}”).`,
        },
      });
    }
  });
  return problems;
}

/**
 * Checks of synonyms.yaml: search reads a name typed in a query as the phrase it `means`, so a name must mean
 * one thing only (listed under two phrases, it would be read as whichever comes first) and differ from its phrase.
 */
export function ambiguousSynonyms(entries: readonly Synonym[], source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, { means: string; line: number }>();
  entries.forEach((entry, i) => {
    entry.names.forEach((name, j) => {
      const path = [i, 'names', j];
      const key = foldForSearch(name);
      const seen = first.get(key);
      const same = key === foldForSearch(entry.means);
      if (!seen && !same) {
        first.set(key, { means: entry.means, line: source.locate(path).line });
        return;
      }
      problems.push({
        file: 'synonyms.yaml',
        ...source.locate(path),
        field: fieldPath(path),
        found: same ? `the name "${name}", the same as what it means` : `the name "${name}" a second time`,
        expected: 'each name once, different from its phrase',
        hint: same
          ? `Remove "${name}": search already finds "${entry.means}" as written.`
          : `"${name}" is already a name of "${seen!.means}" at line ${seen!.line}; keep it under one phrase only.`,
        code: 'ambiguous-synonym',
        vi: {
          found: same ? `tên “${name}” trùng với cụm từ chính thức` : `tên “${name}” lần thứ hai`,
          expected: 'mỗi tên chỉ một lần, khác cụm từ chính thức',
          hint: same
            ? `Xóa “${name}”: tìm kiếm đã tìm được “${entry.means}” như đang viết.`
            : `“${name}” đã là tên gọi của “${seen!.means}” ở dòng ${seen!.line}; chỉ giữ ở một nhóm.`,
        },
      });
    });
  });
  return problems;
}
