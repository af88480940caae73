/** Published records grouped by national code; the national record of a code is the group's baseline. */
import type { Catalogue, NationalRecord, PublishedRecord } from '../catalogue/types.ts';
import type { ReviewGroups } from './finding.ts';

/** Groups by `code` (each group sorted by record id, codes in ascending order); records without code apart. */
export function groupRecords(records: readonly PublishedRecord[]): ReviewGroups {
  const byCode = new Map<string, PublishedRecord[]>();
  const ungrouped: PublishedRecord[] = [];
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const record of sorted) {
    const code = record.data.code;
    if (code === undefined) {
      ungrouped.push(record);
      continue;
    }
    const list = byCode.get(code) ?? [];
    list.push(record);
    byCode.set(code, list);
  }
  return { byCode: new Map([...byCode].sort((a, b) => (a[0] < b[0] ? -1 : 1))), ungrouped };
}

export interface Group {
  code: string;
  /** The national record of the code, whatever levels it lists. */
  baseline?: NationalRecord;
  records: PublishedRecord[];
}

/** Ungrouped records by the code suggested for them (suggest-code.ts). */
export function suggestedMembers(groups: ReviewGroups): Map<string, PublishedRecord[]> {
  const byCode = new Map<string, PublishedRecord[]>();
  for (const record of groups.ungrouped) {
    const code = groups.suggested?.get(record.id)?.code;
    if (code !== undefined) byCode.set(code, [...(byCode.get(code) ?? []), record]);
  }
  return byCode;
}

/**
 * Each group with its baseline, in code order, for comparisons with the baseline: a record without a code joins
 * the group of the code suggested for it, so that it is compared at all (ungrouped-record says which code).
 */
export function* groupsOf(catalogue: Catalogue, groups: ReviewGroups): Iterable<Group> {
  const suggested = suggestedMembers(groups);
  const codes = [...new Set([...groups.byCode.keys(), ...suggested.keys()])].sort();
  for (const code of codes) {
    const records = [...(groups.byCode.get(code) ?? []), ...(suggested.get(code) ?? [])];
    const baseline = catalogue.nationalByCode.get(code);
    yield baseline ? { code, baseline, records } : { code, records };
  }
}
