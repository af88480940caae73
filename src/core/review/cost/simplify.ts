/**
 * What the simplification proposal changes in a record, read from the review's findings, so that the cost
 * "after simplification" is the current cost minus exactly what the proposal cuts (Circular 02/2017/TT-VPCP,
 * Art. 27(1)(b)). Each finding the Office still has to act on proposes at most one change per record:
 *
 * | rule | change |
 * | --- | --- |
 * | extra-document, obsolete-document (the requirement that is the paper itself), state-held-document | the document is no longer asked for |
 * | certified-copy-required, stricter-document-form | a plain copy shown with the original (or the baseline's forms) is accepted |
 * | copy-of-presented-document | the copy of a paper that is only shown is no longer asked for |
 * | multiple-dossier-sets | one dossier set, one copy of each paper |
 * | no-online-channel | online from end to end (or partly online), only when the national record or another version of the group already offers it |
 * | fee-differs-from-baseline | the fee is at most the national record's |
 *
 * Everything else (missing information, times, legal basis) changes no cost: processing time is reported
 * beside the cost, and a proposal that adds a paper the law requires is not counted as a saving or a cost.
 */
import type { AnyRecord, Catalogue, PublishedRecord } from '../../catalogue/types.ts';
import type { DocumentForm, DocumentRequirement } from '../../schema/document-requirement.ts';
import type { Finding } from '../finding.ts';
import { reviewViews } from '../views.ts';
import { lowestCaseFee } from './record-cost.ts';
import { DOCUMENT_FORM_WORDS } from '../../words/vocabulary.ts';

export type ChangeKind = 'drop_document' | 'accept_copy' | 'single_set' | 'online' | 'fee';

export interface ProposedChange {
  /** The published record changed. */
  record: string;
  /** The finding that proposes it. */
  finding: string;
  rule: string;
  kind: ChangeKind;
  /** drop_document, accept_copy: the names of the record's requirements concerned. */
  documents?: string[];
  /** accept_copy: the forms accepted afterwards. */
  forms?: DocumentForm[];
  /** online: the online level afterwards. */
  online?: 'full' | 'partial';
  /** fee: the most one case pays afterwards (VND). */
  fee?: number;
  /** Vietnamese: what changes, for the proposal. */
  label: string;
}

/** Findings the Office still has to act on: a justified or fixed finding proposes nothing. */
export function isActionable(f: Pick<Finding, 'status'>): boolean {
  return f.status === 'open' || f.status === 'fix_planned';
}

const names = (list: readonly { name: string }[] | undefined): string[] => (list ?? []).map((d) => d.name);

function quoted(list: readonly string[]): string {
  const shown = list.slice(0, 2).map((n) => `"${n.length > 80 ? `${n.slice(0, 79)}…` : n}"`);
  return `${shown.join(', ')}${list.length > 2 ? ` và ${list.length - 2} giấy tờ khác` : ''}`;
}

/** The changes one finding proposes for the published records it names (none for a national record). */
export function proposedChanges(finding: Finding, catalogue: Catalogue): ProposedChange[] {
  const out: ProposedChange[] = [];
  const published = finding.records.flatMap((id) => {
    const r = catalogue.records.find((x) => x.id === id);
    return r ? [r] : [];
  });
  for (const record of published) {
    const base = { record: record.id, finding: finding.key, rule: finding.rule };
    const drop = (docs: string[]) => {
      if (docs.length > 0)
        out.push({ ...base, kind: 'drop_document', documents: docs, label: `Bỏ yêu cầu ${quoted(docs)}.` });
    };
    switch (finding.rule) {
      case 'extra-document': {
        // The record's requirements; the baseline's entry is its closest row.
        const listed = finding.evidence[record.id];
        drop(Array.isArray(listed) ? names(listed) : []);
        break;
      }
      case 'obsolete-document': {
        // The finding lists every requirement that mentions the paper (the key's subject). One that is the paper
        // itself (what makes it an error) goes; one naming it beside papers still valid ("Sổ hộ khẩu hoặc xác
        // nhận thông tin về cư trú", "CMND/CCCD") stays asked for: only the mention goes, at no cost.
        const paper = finding.key.split(':')[3];
        const listed = new Set(finding.evidence[record.id] ?? []);
        const identity = reviewViews(catalogue).documents;
        drop(
          record.data.documents
            .filter((d) => listed.has(d.name) && identity.identify(d).type?.id === paper)
            .map((d) => d.name),
        );
        break;
      }
      case 'state-held-document':
        drop(names(finding.evidence[record.id]));
        break;
      case 'copy-of-presented-document': {
        // Evidence: [the paper shown, its copy]; the copy goes.
        const copy = names(finding.evidence[record.id]).slice(1);
        if (copy.length > 0)
          out.push({
            ...base,
            kind: 'drop_document',
            documents: copy,
            label: `Bỏ yêu cầu nộp bản sao ${quoted(copy)} (chỉ xuất trình).`,
          });
        break;
      }
      case 'certified-copy-required': {
        const docs = names(finding.evidence[record.id]);
        if (docs.length > 0)
          out.push({
            ...base,
            kind: 'accept_copy',
            documents: docs,
            forms: ['copy_with_original'],
            label: `Nhận bản sao kèm bản chính để đối chiếu của ${quoted(docs)}.`,
          });
        break;
      }
      case 'stricter-document-form': {
        const subject = finding.key.split(':').slice(3).join(':');
        const baseline = finding.records.find((id) => id.startsWith('national/'));
        const forms = baseline ? finding.evidence[baseline] : undefined;
        if (!subject || !forms || forms.length === 0) break;
        const identity = reviewViews(catalogue).documents;
        const docs = record.data.documents.filter((d) => identity.identify(d).subject === subject).map((d) => d.name);
        if (docs.length > 0) {
          out.push({
            ...base,
            kind: 'accept_copy',
            documents: docs,
            forms,
            label: `Nhận ${quoted(docs)} dưới hình thức như bản quốc gia (${forms.map((f) => DOCUMENT_FORM_WORDS[f]).join(' hoặc ')}).`,
          });
        }
        break;
      }
      case 'multiple-dossier-sets':
        out.push({ ...base, kind: 'single_set', label: 'Giảm còn một bộ hồ sơ, một bản mỗi giấy tờ.' });
        break;
      case 'no-online-channel': {
        const target = feasibleOnline(record, catalogue);
        if (target && target !== record.data.channels.online) {
          out.push({
            ...base,
            kind: 'online',
            online: target,
            label:
              target === 'full'
                ? 'Cung cấp dịch vụ công trực tuyến toàn trình.'
                : 'Cung cấp dịch vụ công trực tuyến một phần.',
          });
        }
        break;
      }
      case 'fee-differs-from-baseline': {
        const national = record.data.code ? catalogue.nationalByCode.get(record.data.code) : undefined;
        const target = national ? lowestCaseFee(national) : undefined;
        if (target !== undefined)
          out.push({
            ...base,
            kind: 'fee',
            fee: target,
            label:
              target === 0
                ? 'Không thu phí, lệ phí như bản quốc gia.'
                : `Thu phí, lệ phí không quá mức của bản quốc gia.`,
          });
        break;
      }
    }
  }
  return out;
}

/**
 * The online level a record can reach that is shown to be possible: what the national record or another
 * published version of the same code already offers. Nothing when no one offers it (the proposal still says so,
 * but a saving that depends on building a new service is not counted).
 */
function feasibleOnline(record: PublishedRecord, catalogue: Catalogue): 'full' | 'partial' | undefined {
  const code = record.data.code ?? reviewViews(catalogue).groups.suggested?.get(record.id)?.code;
  if (!code) return undefined;
  const levels = [
    catalogue.nationalByCode.get(code)?.data.channels.online,
    ...catalogue.records.filter((r) => r.data.code === code && r.id !== record.id).map((r) => r.data.channels.online),
  ];
  if (levels.includes('full')) return 'full';
  if (levels.includes('partial') && record.data.channels.online === 'none') return 'partial';
  return undefined;
}

/** The record as it would be published once the changes are made (a new object; the record is not changed). */
export function applyChanges<R extends AnyRecord>(
  record: R,
  changes: readonly ProposedChange[],
): { record: R; fee_ceiling?: number } {
  const own = changes.filter((c) => c.record === record.id);
  if (own.length === 0) return { record };
  const drop = new Set(own.flatMap((c) => (c.kind === 'drop_document' ? (c.documents ?? []) : [])));
  const relax = new Map<string, DocumentForm[]>();
  for (const c of own)
    if (c.kind === 'accept_copy')
      for (const d of c.documents ?? []) relax.set(d, [...(relax.get(d) ?? []), ...(c.forms ?? [])]);
  const single = own.some((c) => c.kind === 'single_set');
  const online =
    own.find((c) => c.kind === 'online' && c.online === 'full')?.online ?? own.find((c) => c.kind === 'online')?.online;
  const fees = own.flatMap((c) => (c.kind === 'fee' && c.fee !== undefined ? [c.fee] : []));
  const documents: DocumentRequirement[] = record.data.documents
    .filter((d) => !drop.has(d.name))
    .map((d) => {
      let next: DocumentRequirement = d;
      const extra = relax.get(d.name);
      if (extra) {
        const current = Array.isArray(d.form) ? d.form : [d.form];
        next = { ...next, form: [...new Set([...current, ...extra])] };
      }
      if (single && (next.copies ?? 1) > 1) next = { ...next, copies: 1 };
      return next;
    });
  const data = {
    ...record.data,
    documents,
    ...(single ? { dossier_sets: 1 } : {}),
    channels: online ? { ...record.data.channels, online } : record.data.channels,
  };
  return { record: { ...record, data } as R, ...(fees.length > 0 ? { fee_ceiling: Math.min(...fees) } : {}) };
}
