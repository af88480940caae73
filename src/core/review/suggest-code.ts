/**
 * The national code a published record without `code` most likely has: a code its own text names (body, notes,
 * sources: "Thủ tục quốc gia tương ứng là 1.011441"), else the national title most like its own at its level.
 * The review then compares the record with that baseline, so a missing code does not hide its other problems.
 */
import type { Catalogue, PublishedRecord } from '../catalogue/types.ts';
import { nameSimilarity, SAME_DOCUMENT_THRESHOLD } from '../text/similarity.ts';

export interface CodeSuggestion {
  code: string;
  /** `text`: the record names the code; `title`: the most similar national title. */
  reason: 'text' | 'title';
  /** Title similarity in [0, 1]. */
  score: number;
}

const CODE = /(?<![\d.])(\d\.\d{6})(?![\d])/g;

function ownText(record: PublishedRecord): string {
  const d = record.data;
  return [
    record.body,
    ...(d.sources ?? []).map((s) => `${s.title} ${s.url ?? ''}`),
    ...d.documents.map((r) => r.note ?? ''),
    ...d.fees.map((f) => f.note ?? ''),
  ].join('\n');
}

export function suggestCode(record: PublishedRecord, catalogue: Catalogue): CodeSuggestion | undefined {
  const named = [...new Set([...ownText(record).matchAll(CODE)].map((m) => m[1]!))].filter((c) =>
    catalogue.nationalByCode.has(c),
  );
  const score = (code: string) => nameSimilarity(record.data.title, catalogue.nationalByCode.get(code)!.data.title);
  if (named.length > 0) {
    const best = named
      .map((code) => ({ code, score: score(code) }))
      .sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1))[0]!;
    return { code: best.code, reason: 'text', score: Math.round(best.score * 100) / 100 };
  }
  let best: { code: string; score: number } | undefined;
  for (const national of catalogue.national) {
    if (!national.data.levels.includes(record.data.level)) continue;
    const s = nameSimilarity(record.data.title, national.data.title);
    if (s >= SAME_DOCUMENT_THRESHOLD && (!best || s > best.score)) best = { code: national.data.code, score: s };
  }
  return best ? { code: best.code, reason: 'title', score: Math.round(best.score * 100) / 100 } : undefined;
}
