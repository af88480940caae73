/**
 * Document identity: which paper a required document is, and whether two rows name the same paper. The one
 * entry point for the review's rules, the site's version comparison (through the review's views) and the report.
 *
 * A requirement is identified by its `doc` id, else by documents.yaml's names and aliases (exactly, then by
 * similarity), else by its own name. Names are read the way the national database writes them: list markers
 * ("(3)", "a)", "++") and case clauses ("Trường hợp … thì phải có X") are taken off to reach the paper
 * (names.ts), and a short name is found inside a longer row ("… thì công dân xuất trình giấy tờ, tài liệu chứng
 * minh chỗ ở hợp pháp …"). Every answer says how it was reached, so a finding can show its evidence.
 */
import type { DocumentRequirement, DocumentType } from '../schema/index.ts';
import { alignDocuments, documentSubject, sameDocument, type AlignedMember, type DocumentSlot } from './align.ts';
import { documentNameKey } from '../text/similarity.ts';
import { documentHead, documentPhrase, isGenericPhrase, nameCoverage, SAME_PAPER_COVERAGE } from './names.ts';
import { buildVocabularyIndex, identifyDocument, obsoleteMentions, type VocabularyIndex } from './vocabulary.ts';

export type { DocumentSlot } from './align.ts';

/** How a requirement was identified: by its `doc` id, by documents.yaml (a name, an alias or a close one), by its own name. */
export type IdentityReason = 'doc-id' | 'vocabulary' | 'own-name';

export interface Identity {
  /** The documents.yaml entry, when the requirement is one. */
  type?: DocumentType;
  /** Stable and readable, used in finding keys: the entry's id, else a slug of the paper's name. */
  subject: string;
  reason: IdentityReason;
}

/** Whether two rows name the same paper, and why. */
export interface Correspondence {
  same: boolean;
  /** How much of the first name the second contains, in [0, 1] (1 for the same entry or name). */
  score: number;
  reason: 'same-entry' | 'different-entries' | 'similar-names' | 'named-inside' | 'different';
}

/** The row of a list that names most of a requirement (so a reviewer can check a claim that it is absent). */
export interface ClosestRow {
  row: DocumentRequirement;
  /** Share of the requirement's telling words the row contains, rounded to hundredths. */
  coverage: number;
}

/** Everything a requirement says: a province often names a national row inside another ("Tờ khai … hoặc mẫu hộ tịch điện tử tương tác"). */
const wholeText = (r: DocumentRequirement) => [r.name, r.when ?? '', r.note ?? ''].join(' ');

// A fragment of the row before it, cut by the portal's table ("hoặc", "có chứng thực) (khoản 2 Điều 27 …"): it
// starts in lower case or with a closing bracket.
const FRAGMENT = /^[\s)\].,;:–-]|^\p{Ll}/u;
// What a case clause asks for is a paper when it starts with a paper's noun; "… thì phải có đầy đủ chữ ký, con
// dấu", "… thì các thông tin này được thay thế bằng dữ liệu", "… thì việc ủy quyền thực hiện theo (ii)" are rules.
const PAPER_NOUN =
  /^(?:giấy|văn bản|bản|đơn|tờ khai|hợp đồng|quyết định|biên bản|sổ|thẻ|hồ sơ|phiếu|chứng chỉ|chứng từ|chứng nhận|xác nhận|ảnh|danh sách|báo cáo|thông báo|tài liệu|mảnh trích đo|sơ đồ|bản đồ|ý kiến|thỏa thuận|căn cước|hộ chiếu|trích lục|một trong|các giấy tờ|các loại|cam kết|mẫu|đề án|phương án|dự án|thiết kế|bảng|kết quả|chứng cứ|lý lịch|bằng|di chúc)(?:\s|$)/u;
const CASE_CLAUSE = /^(?:trong\s+trường\s+hợp|trường\s+hợp|đối\s+với|nếu|khi)(?![\p{L}\p{N}])/u;
// "… thì người yêu cầu có quyền lựa chọn cung cấp một trong giấy tờ sau": a paper asked for further on.
const PAPER_ASKED =
  /(?:cung cấp|nộp|xuất trình|kèm theo|bổ sung)\s+(?:thêm\s+)?(?:bản sao\s+)?(?:một trong\s+)?(?:các\s+)?(?:giấy tờ|văn bản|tài liệu)/u;

// The first words of a paper's name, when they already tell it ("văn bản ủy quyền", "giấy giới thiệu"): a
// province row joining several papers ("Bản sao văn bản ủy quyền, hợp đồng dịch vụ hoặc phiếu gửi bưu chính")
// lists each under its opening words.
const OPENING_WORDS = 4;
// Words that relate a paper to its subject without naming it: "giấy tờ chứng minh …" is no particular paper yet.
const RELATION = new Set([
  'chung',
  'minh',
  'xac',
  'nhan',
  'lien',
  'quan',
  've',
  'viec',
  'the',
  'hien',
  'co',
  'cua',
  'cho',
  'theo',
]);
function openingWords(name: string): string | undefined {
  const words = documentNameKey(name).split(' ').slice(0, OPENING_WORDS);
  const naming = words.filter((w) => !isGenericPhrase(w) && !RELATION.has(w));
  if (words.length < OPENING_WORDS || naming.length < 2) return undefined;
  return words.join(' ');
}

export class DocumentIdentity {
  readonly vocabulary: VocabularyIndex;

  constructor(types: ReadonlyMap<string, DocumentType>, legalTitles: readonly string[] = []) {
    this.vocabulary = buildVocabularyIndex(types, legalTitles);
  }

  /** Which paper a requirement is (memoised per name). */
  identify(requirement: Pick<DocumentRequirement, 'name' | 'doc'>): Identity {
    const type = identifyDocument(requirement, this.vocabulary);
    const reason: IdentityReason =
      requirement.doc !== undefined && type?.id === requirement.doc ? 'doc-id' : type ? 'vocabulary' : 'own-name';
    return {
      ...(type ? { type } : {}),
      subject: documentSubject(requirement as DocumentRequirement, this.vocabulary),
      reason,
    };
  }

  /** Whether two rows name the same paper: the same entry, similar names, or one named inside the other. */
  compare(a: DocumentRequirement, b: DocumentRequirement): Correspondence {
    const ta = identifyDocument(a, this.vocabulary);
    const tb = identifyDocument(b, this.vocabulary);
    if (ta && tb)
      return ta.id === tb.id
        ? { same: true, score: 1, reason: 'same-entry' }
        : { same: false, score: 0, reason: 'different-entries' };
    if (sameDocument(a, b, this.vocabulary)) return { same: true, score: 1, reason: 'similar-names' };
    const score = Math.max(
      nameCoverage(a.name, wholeText(b)),
      nameCoverage(documentHead(b.name) ?? b.name, wholeText(a)),
    );
    return score >= SAME_PAPER_COVERAGE
      ? { same: true, score, reason: 'named-inside' }
      : { same: false, score, reason: 'different' };
  }

  /** The row of `rows` that contains most of the requirement's name, or null for an empty list. */
  closest(requirement: DocumentRequirement, rows: readonly DocumentRequirement[]): ClosestRow | null {
    let best: ClosestRow | null = null;
    for (const row of rows) {
      const coverage = Math.round(nameCoverage(requirement.name, row.name) * 100) / 100;
      if (!best || coverage > best.coverage) best = { row, coverage };
    }
    return best;
  }

  /**
   * Whether a requirement's paper is listed among `rows`: its head is named inside one of them (their name, case
   * or note), or one of them is named inside the requirement's name.
   */
  namedIn(requirement: DocumentRequirement, rows: readonly DocumentRequirement[]): boolean {
    const head = documentHead(requirement.name) ?? requirement.name;
    const opening = openingWords(head);
    return rows.some(
      (r) =>
        nameCoverage(head, wholeText(r)) >= SAME_PAPER_COVERAGE ||
        nameCoverage(r.name, requirement.name) >= SAME_PAPER_COVERAGE ||
        (opening !== undefined && ` ${documentNameKey(wholeText(r))} `.includes(` ${opening} `)),
    );
  }

  /**
   * Whether a row names a paper at all: a case heading ("Trường hợp thuê mua nhà ở xã hội:") does not, nor a
   * fragment of the row before it.
   */
  namesAPaper(row: Pick<DocumentRequirement, 'name'>): boolean {
    if (FRAGMENT.test(row.name)) return false;
    const text = row.name
      .replace(/^\s*(?:\(?(?:[a-zđ]|\d{1,2}|[ivx]{1,4})\)|\d{1,2}\s*[.)-]|[-–•*+]+)\s*/iu, '')
      .toLocaleLowerCase('vi');
    const phrase = documentPhrase(text);
    if (phrase === undefined) return false;
    return !CASE_CLAUSE.test(text) || PAPER_NOUN.test(phrase.trim()) || PAPER_ASKED.test(phrase);
  }

  /** The documents of several records in slots, one per paper; pass the baseline first so slots are named after it. */
  align(members: readonly AlignedMember[]): DocumentSlot[] {
    return alignDocuments(members, this.vocabulary);
  }

  /** Obsolete entries a requirement demands: the entry it is, and obsolete papers named inside it (not in cited legal titles, not negated). */
  obsoleteMentions(
    requirement: Pick<DocumentRequirement, 'name' | 'doc'>,
    extraLegalTitles: readonly string[] = [],
  ): DocumentType[] {
    return obsoleteMentions(requirement, this.vocabulary, extraLegalTitles);
  }
}
