import type { PublishedRecord } from '../../catalogue/types.ts';
import { foldVietnamese } from '../../text/fold.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { quote } from '../format.ts';
import { formatDate } from '../../words/format.ts';
import { recordFinding } from '../rule-helpers.ts';
import { recordName } from '../names.ts';
import type { ByRecord } from '../evidence.ts';

// Words naming the district level and its units, once that level has ended (2025-07-01 for Đồng Nai).
const DISTRICT_TERMS = ['cấp huyện', 'thị trấn', 'thị xã', 'huyện', 'quận'];

/** The texts of a record an applicant reads as rules, by field: fee names, documents, steps, title, result. */
function texts(record: PublishedRecord): [field: string, text: string][] {
  const d = record.data;
  return [
    ['title', d.title],
    ...d.fees.map((f): [string, string] => ['fees', f.name]),
    ...d.documents.map((r): [string, string] => ['documents', `${r.name} ${r.when ?? ''}`]),
    ...d.steps.map((s): [string, string] => ['steps', s]),
    ['result', d.result],
  ];
}

const phrase = (folded: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

/** Per record: the passages that name the ended unit. */
export type MentionsAbolishedUnitEvidence = ByRecord<string[]>;

/**
 * A published record's fee names, documents, steps, title or result still name an administrative unit or level
 * that has ended (localities.yaml / site.yaml `until`): "phường thuộc thành phố Biên Hòa", "xã, thị trấn",
 * "UBND cấp huyện" after 2025-07-01. The rule the citizen reads then fits no current unit. Editors' notes are not
 * read: they may record the history. One finding per record and field.
 */
export const mentionsAbolishedUnit: Rule<'mentions-abolished-unit', MentionsAbolishedUnitEvidence> = {
  id: 'mentions-abolished-unit',
  severity: 'warning',
  description:
    'Nội dung bản công bố (tên phí, giấy tờ, trình tự, kết quả) còn nêu đơn vị hành chính hoặc cấp đã kết thúc (cấp huyện, thị trấn, thành phố Biên Hòa... từ 01/7/2025).',
  words: {
    label: 'Còn nêu đơn vị hành chính đã kết thúc',
    reason:
      'Từ 01/7/2025 không còn cấp huyện; mức thu, giấy tờ hay trình tự gắn với đơn vị cũ không áp dụng được cho đơn vị hiện nay và gây hiểu nhầm (Nghị quyết 202/2025/QH15).',
    action: 'Viết lại nội dung theo đơn vị hành chính hiện hành (xã, phường, tỉnh) và công bố lại.',
  },
  run({ catalogue, today }) {
    const ended = (until: string | undefined) => until !== undefined && until <= today;
    // `raw`: matched on the lower-cased text with its punctuation, where a clause boundary can be seen.
    const terms: { folded: string; shown: string; re: RegExp; until: string; raw?: boolean }[] = [];
    for (const locality of catalogue.localities.values()) {
      if (locality.kind === 'district' && ended(locality.until)) {
        const folded = foldVietnamese(locality.name);
        terms.push({ folded, shown: locality.name, re: phrase(folded), until: locality.until! });
        // "thành phố Long Khánh và Biên Hòa": the second city named without its type word, in the same clause,
        // never a current unit of the same name ("Phường Biên Hòa").
        const bare = locality.name.toLocaleLowerCase('vi').replace(/^(?:thành phố|thị xã|quận|huyện)\s+/u, '');
        if (bare !== locality.name.toLocaleLowerCase('vi')) {
          const re = new RegExp(
            `(?:thành phố|tp\\.)[^;:.]{0,60}(?<!(?:phường|xã|thị trấn)\\s)(?<![\\p{L}\\p{N}])${bare}(?![\\p{L}\\p{N}])`,
            'u',
          );
          terms.push({ folded: bare, shown: locality.name, re, until: locality.until!, raw: true });
        }
      }
    }
    const district = catalogue.levels.find((l) => l.id === 'huyen');
    if (district && ended(district.until)) {
      for (const term of DISTRICT_TERMS)
        terms.push({ folded: term, shown: term, re: phrase(term), until: district.until! });
    }
    if (terms.length === 0) return [];
    const findings: RawFinding<MentionsAbolishedUnitEvidence>[] = [];
    for (const record of catalogue.records) {
      const byField = new Map<string, { texts: string[]; names: Set<string>; since: string }>();
      for (const [field, text] of texts(record)) {
        const folded = foldVietnamese(text);
        const lower = text.normalize('NFC').toLocaleLowerCase('vi');
        const hits = terms.filter((t) => t.re.test(t.raw ? lower : folded));
        // "thành phố Biên Hòa" also matches its own words; keep the longest names.
        const names = [
          ...new Set(
            hits
              .filter((h) => !hits.some((o) => o !== h && o.folded.includes(h.folded) && o.folded !== h.folded))
              .map((h) => h.shown),
          ),
        ];
        if (names.length === 0) continue;
        const entry = byField.get(field) ?? { texts: [], names: new Set<string>(), since: hits[0]!.until };
        entry.texts.push(text.trim());
        for (const n of names) entry.names.add(n);
        byField.set(field, entry);
      }
      for (const [field, { texts: found, names, since }] of byField) {
        findings.push(
          recordFinding(this, record, {
            field,
            message: `${recordName(catalogue, record)} còn nêu ${[...names].map((n) => `"${n}"`).join(', ')} (đơn vị, cấp đã kết thúc từ ${formatDate(since)}) trong ${quote(found[0]!, 140)}${found.length > 1 ? ` và ${found.length - 1} chỗ khác` : ''}.`,
            evidence: { [record.id]: found },
          }),
        );
      }
    }
    return findings;
  },
};
