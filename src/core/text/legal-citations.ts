/**
 * Legal citations inside free text and legal numbers across sources. A document name such as
 * "Giấy tờ chứng minh nơi cư trú theo Nghị định 104/2022/NĐ-CP sửa đổi ... sổ hộ khẩu, sổ tạm trú giấy"
 * names "sổ hộ khẩu" only inside the title of the decree it cites: that is not a requirement.
 */
import { foldVietnamese, unifyTonePlacement } from './fold.ts';
import { normalizeInline } from './normalize.ts';

// "Nghị định số 104/2022/NĐ-CP ...", "Thông tư 04/2020/TT-BTP ...", or a bare "104/2022/NĐ-CP ...":
// the citation and the title that follows it, up to the end of its clause (")", ";" or the end).
const CITATION = new RegExp(
  '(?:(?:luật|bộ\\s+luật|pháp\\s+lệnh|nghị\\s+định|nghị\\s+quyết|thông\\s+tư(?:\\s+liên\\s+tịch)?|quyết\\s+định|chỉ\\s+thị|văn\\s+bản)\\s+(?:số\\s+)?)?' +
    '\\d+\\/\\d{4}\\/[\\p{L}\\p{N}-]+[^;)]*',
  'gu',
);

// A known title is cut wherever it appears, whatever the punctuation and spacing between its words. Short
// titles ("Luật Hộ tịch") are names a requirement may legitimately contain, so only long ones are cut.
const MIN_TITLE_WORDS = 6;
interface TitlePattern {
  /** The title's first folded words: the expression only runs on text containing them. */
  first: string;
  words: string[];
  re?: RegExp;
}
const titlePatterns = new Map<string, TitlePattern | null>();

function titlePattern(title: string): TitlePattern | null {
  let pattern = titlePatterns.get(title);
  if (pattern === undefined) {
    const words = foldVietnamese(title).split(' ').filter(Boolean);
    pattern = words.length >= MIN_TITLE_WORDS ? { first: words.slice(0, 3).join(' '), words } : null;
    titlePatterns.set(title, pattern);
  }
  return pattern;
}

function titleExpression(pattern: TitlePattern): RegExp {
  pattern.re ??= new RegExp(`(?<![\\p{L}\\p{N}])${pattern.words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'gu');
  return pattern.re;
}

/**
 * The clauses of a text (split at , ; ( ) and line ends), folded, once the legal texts it cites are cut out:
 * each known title (legal.yaml, a national record's legal basis), and each citation with the title that
 * follows it up to the end of its clause.
 */
export function clausesWithoutLegalCitations(text: string, knownTitles: readonly string[] = []): string[] {
  let s = unifyTonePlacement(normalizeInline(text).toLocaleLowerCase('vi'));
  const folded = foldVietnamese(s);
  for (const title of knownTitles) {
    const pattern = titlePattern(title);
    // The regular expression only runs where the title's first words appear.
    if (pattern && folded.includes(pattern.first)) s = s.replace(titleExpression(pattern), ' ; ');
  }
  return s
    .replace(CITATION, ' ; ')
    .split(/[,;()[\]\n]+/u)
    .map(foldVietnamese)
    .filter((c) => c !== '');
}

/**
 * A legal number in one comparable form: "Luật số 32/2024/QH15" and "32/2024/QH15" -> "32/2024/QH15";
 * "01/2023/TT-VPCP" -> "1/2023/TT-VPCP"; "Đ" -> "D". Undefined when the text holds no number/year/sign.
 */
export function normalizeLegalNumber(text: string): string | undefined {
  const compact = normalizeInline(text).toLocaleUpperCase('vi').replace(/Đ/g, 'D').replace(/\s+/g, '');
  const m = /(\d+)\/(\d{4})\/([A-Z0-9-]+)/.exec(compact);
  if (!m) return undefined;
  return `${Number(m[1])}/${m[2]}/${m[3]!.replace(/-+$/, '')}`;
}
