import type { AnyRecord } from '../../catalogue/types.ts';
import type { DocumentIdentity } from '../../documents/identity.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { similarTitlePairs, titleWords, type TitleEntry } from '../similar-titles.ts';
import { reviewViews } from '../views.ts';

const TITLE_THRESHOLD = 0.6;
const DOCUMENT_THRESHOLD = 0.5;
const LOCAL_LEVELS = new Set(['tinh', 'huyen', 'xa']);

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The two records' titles and codes, their level, and how alike their titles (and documents) are, 0..1. */
export interface PossibleDuplicateEvidence {
  readonly [recordId: string]: { title: string; code: string | null } | string | number | null;
  readonly level: string;
  readonly title_similarity: number;
  readonly document_similarity: number | null;
}

/**
 * Two records at the same level that look like one procedure, at least one without `code`: title words
 * (Jaccard) >= 0.6 and aligned documents (Dice) >= 0.5. Records with codes take part once per code and level
 * (the national record when it lists the level, else the code's first published record there), so that a
 * record without code is matched to the procedure it duplicates. Pairs are found by blocking on rare title
 * words (similar-titles.ts), never by comparing all pairs.
 */
export const possibleDuplicate: Rule<'possible-duplicate', PossibleDuplicateEvidence> = {
  id: 'possible-duplicate',
  severity: 'info',
  description:
    'Hai bản ghi cùng cấp trông như cùng một thủ tục (tên và thành phần hồ sơ giống nhau) mà ít nhất một bản chưa có mã thủ tục quốc gia.',
  words: {
    label: 'Có thể trùng thủ tục',
    reason: 'Một thủ tục chỉ nên được công bố một lần ở mỗi cấp, gắn mã thủ tục quốc gia.',
    action: 'Hợp nhất các bản trùng, gắn mã thủ tục quốc gia.',
  },
  options: { title_threshold: TITLE_THRESHOLD, document_threshold: DOCUMENT_THRESHOLD },
  run({ catalogue }, groups) {
    if (groups.ungrouped.length === 0) return [];
    const { documents } = reviewViews(catalogue);
    const byLevel = new Map<string, TitleEntry<AnyRecord>[]>();
    const add = (level: string, record: AnyRecord) => {
      const list = byLevel.get(level) ?? [];
      list.push({ item: record, words: titleWords(record.data.title) });
      byLevel.set(level, list);
    };
    const uncodedLevels = new Set<string>(groups.ungrouped.map((r) => r.data.level));
    for (const record of groups.ungrouped) add(record.data.level, record);
    // A code takes part once per level, through its national record when that lists the level, else through
    // its first published record at the level: an uncoded record is matched to the procedure, not to each of
    // its 95 communal versions.
    for (const record of catalogue.national) {
      for (const level of record.data.levels)
        if (LOCAL_LEVELS.has(level) && uncodedLevels.has(level)) add(level, record);
    }
    for (const [code, records] of groups.byCode) {
      const national = catalogue.nationalByCode.get(code);
      const seen = new Set<string>();
      for (const record of records) {
        const level = record.data.level;
        if (seen.has(level) || !uncodedLevels.has(level) || national?.data.levels.includes(level)) continue;
        seen.add(level);
        add(level, record);
      }
    }
    const findings: RawFinding<PossibleDuplicateEvidence>[] = [];
    const reported = new Set<string>();
    for (const [level, entries] of [...byLevel].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      for (const [a, b, titleScore] of similarTitlePairs(entries, (r) => r.data.code === undefined, TITLE_THRESHOLD)) {
        const [x, y] = [a.item, b.item].sort((p, q) => (p.id < q.id ? -1 : 1)) as [AnyRecord, AnyRecord];
        const pairKey = `${x.id}+${y.id}`;
        if (reported.has(pairKey)) continue;
        const docScore = documentSimilarity(x, y, documents);
        if (docScore === undefined ? titleScore < 1 : docScore < DOCUMENT_THRESHOLD) continue;
        reported.add(pairKey);
        const coded = [x, y].find((r) => r.data.code !== undefined);
        findings.push({
          rule: this.id,
          severity: this.severity,
          ...(coded ? { code: coded.data.code! } : {}),
          records: [x.id, y.id],
          field: 'title',
          message:
            `${x.id} ("${x.data.title}") và ${y.id} ("${y.data.title}") ở cùng cấp có thể là một thủ tục ` +
            `(tên giống ${percent(titleScore)}${docScore === undefined ? '' : `, thành phần hồ sơ giống ${percent(docScore)}`})` +
            `${coded ? `; thủ tục mã ${coded.data.code}` : ''}.`,
          evidence: {
            [x.id]: { title: x.data.title, code: x.data.code ?? null },
            [y.id]: { title: y.data.title, code: y.data.code ?? null },
            level,
            title_similarity: titleScore,
            document_similarity: docScore ?? null,
          },
        });
      }
    }
    return findings;
  },
};

/** Dice coefficient of the two records' aligned documents; undefined when either lists none. */
function documentSimilarity(x: AnyRecord, y: AnyRecord, documents: DocumentIdentity): number | undefined {
  if (x.data.documents.length === 0 || y.data.documents.length === 0) return undefined;
  const slots = documents.align([
    { id: x.id, documents: x.data.documents },
    { id: y.id, documents: y.data.documents },
  ]);
  const inX = slots.filter((s) => s.byRecord.has(x.id)).length;
  const inY = slots.filter((s) => s.byRecord.has(y.id)).length;
  const shared = slots.filter((s) => s.byRecord.has(x.id) && s.byRecord.has(y.id)).length;
  return (2 * shared) / (inX + inY);
}
