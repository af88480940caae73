/** Everything a procedure page shows, in the order a citizen needs it. */
import { hasNameText } from '../core/documents/names.ts';
import type { DocumentRequirement } from '../core/schema/document-requirement.ts';
import { renderBody } from '../core/markdown/render-body.ts';
import {
  CHANNEL_LABELS,
  DOCUMENT_FORM_LABELS,
  LEGAL_STATUS_LABELS,
  LEVEL_LABELS,
  ONLINE_LABELS,
  formatDate,
  joinVi,
  provenanceExplanation,
  provenanceLabel,
} from './labels.ts';
import type { ProvenanceKind } from '../core/schema/published-record.ts';
import type { Entry, SiteModel } from './model.ts';
import { feeViews, timeOf, timeView, type FeeView, type TimeView } from './time-and-fees.ts';
import { editUrl, lifeEventPath, localityPath, sectorPath } from './urls.ts';
import { compareVersions, localScope, type LocalScope, type VersionComparison } from './versions.ts';
import { formName, isPortalProcedurePage, onlineUrl, portalPage, whereToGo, type PlaceView } from './where-to-go.ts';

export { placeOf, type PlaceView } from './where-to-go.ts';

export interface ChecklistItem {
  name: string;
  /** "Bản chính hoặc Bản điện tử". */
  form: string;
  copies: number;
  /** Only shown at the desk, never handed in: the number of copies means nothing. */
  presentOnly: boolean;
  when?: string;
  note?: string;
  /** The document type was abolished (Sổ hộ khẩu): the citizen should not be asked for it. */
  obsolete?: string;
  /** The state already holds the data: the office must look it up. */
  heldByState?: boolean;
}

export interface ChannelDifference {
  channel: string;
  time?: TimeView;
  fees?: FeeView[];
}

export interface LegalView {
  number: string;
  title: string;
  status?: string;
  superseded: boolean;
  supersededBy?: string;
  /** The texts that amend it, "367/2025/NĐ-CP", when legal.yaml records them. */
  amendedBy?: string[];
  url?: string;
}

export interface ProcedureView {
  title: string;
  code?: string;
  localCode?: string;
  kind: 'published' | 'national';
  /** "Cấp xã – Phường Trấn Biên", "Cấp tỉnh, Cấp xã". */
  scope: string;
  levelLabels: string[];
  localities: { name: string; url: string }[];
  sector?: { name: string; url: string };
  demo: boolean;
  /** What backs a province record: label ("Tỉnh Đồng Nai công bố" only for official), explanation, basis. */
  provenance?: {
    kind: ProvenanceKind;
    label: string;
    explanation: string;
    basis: string;
    decision?: { number: string; date: string; url: string };
  };
  subjects: string[];
  time: TimeView;
  fees: FeeView[];
  byChannel: ChannelDifference[];
  /** Where to submit (desks, else the deciding agency). */
  where: PlaceView[];
  /** Who decides, when different from where to submit. */
  decidedBy?: PlaceView;
  /** A national record's implementing bodies as written, when `where` was read from them. */
  whereAsWritten?: string;
  /** The national text says the dossier is taken anywhere in the country, whatever the place of residence. */
  whereAnywhere?: boolean;
  /** The hotline to call when an address or a link is not known. */
  hotline: string;
  channels: string[];
  /** `url` is the procedure's own page (never a portal's home page); none when it is not known. */
  online: { level: 'none' | 'partial' | 'full'; label: string; url?: string; national?: boolean };
  result: string;
  dossierSets: number;
  checklist: ChecklistItem[];
  /** Rows of the record's documents that name no paper ("."), left out of the checklist and its count. */
  unnamedRows: number;
  steps: string[];
  conditions: string[];
  forms: { name: string; url?: string }[];
  /** The procedure's page on the national portal, where forms without a link of their own are attached. */
  formsPortal?: string;
  legal: LegalView[];
  sources: { title: string; url?: string }[];
  decision?: string;
  reviewedAt?: string;
  /** Date of the last change of the record's file in the repository (git), dd/mm/yyyy. */
  changedAt?: string;
  lifeEvents: { name: string; url: string }[];
  /** The record's guidance for citizens (its text before `## Nguồn và ghi chú`), as HTML. */
  guidanceHtml: string;
  /** The editors' notes on sources and unverified values, as HTML; shown folded away. */
  notesHtml: string;
  editUrl?: string;
  versions?: VersionComparison;
  /** Set when the record applies only in some localities: what to call it, and where everyone else goes. */
  local?: LocalScope;
}

function checklistItem(model: SiteModel, d: DocumentRequirement): ChecklistItem {
  const forms = Array.isArray(d.form) ? d.form : [d.form];
  const type = d.doc ? model.catalogue.documentTypes.get(d.doc) : undefined;
  return {
    name: d.name,
    form: joinVi(
      forms.map((f) => DOCUMENT_FORM_LABELS[f]),
      'hoặc',
    ),
    copies: d.copies ?? 1,
    presentOnly: forms.every((f) => f === 'present'),
    ...(d.when ? { when: d.when } : {}),
    ...(d.note ? { note: d.note } : {}),
    ...(type?.obsolete ? { obsolete: `${type.name} không còn giá trị từ ${formatDate(type.obsolete.since)}` } : {}),
    ...(type?.held_by_state ? { heldByState: true } : {}),
  };
}

export function procedureView(model: SiteModel, entry: Entry): ProcedureView {
  const { catalogue } = model;
  const record = entry.record;
  const data = record.data;
  let localities: { name: string; url: string }[] = [];
  let legal: LegalView[];
  if (record.kind === 'published') {
    localities = (record.data.localities ?? []).map((id) => ({
      name: catalogue.localities.get(id)?.name ?? id,
      url: localityPath(id),
    }));
    legal = record.data.legal_basis.map((id) => legalView(model, id));
  } else {
    legal = record.data.legal_basis.map((ref) =>
      typeof ref === 'string' ? legalView(model, ref) : { number: ref.number, title: ref.title, superseded: false },
    );
  }

  const levelLabels = entry.levels.map((l) => catalogue.levels.find((x) => x.id === l)?.name ?? LEVEL_LABELS[l] ?? l);
  const sector = catalogue.sectors.get(data.sector);
  const contentPath = model.contentPath;
  const local = localScope(model, entry);
  const where = whereToGo(model, entry);
  const online = onlineUrl(model, entry);
  const forms = (data.forms ?? []).map((f) => ({ ...f, name: formName(f.name) }));
  const formsPortal = forms.some((f) => !f.url) ? portalPage(model, entry) : undefined;
  const edit = editUrl(catalogue.site.repository, catalogue.site.branch, contentPath, record.file);

  return {
    title: data.title,
    ...(data.code ? { code: data.code } : {}),
    ...(data.local_code ? { localCode: data.local_code } : {}),
    kind: record.kind,
    scope: [joinVi(levelLabels), ...(localities.length > 0 ? [joinVi(localities.map((l) => l.name))] : [])].join(' – '),
    levelLabels,
    localities,
    ...(sector ? { sector: { name: sector.name, url: sectorPath(sector.id) } } : {}),
    demo: data.demo === true,
    ...(record.kind === 'published' && record.data.provenance
      ? {
          provenance: {
            kind: record.data.provenance.kind,
            label: provenanceLabel(record.data.provenance.kind, catalogue.site.province.name),
            explanation: provenanceExplanation(record.data.provenance.kind, catalogue.site.province.name),
            basis: record.data.provenance.basis,
            ...(record.data.provenance.decision ? { decision: record.data.provenance.decision } : {}),
          },
        }
      : {}),
    subjects: data.subjects,
    time: timeView(record.time),
    fees: feeViews(data.fees),
    byChannel: (['online', 'postal', 'in_person'] as const).flatMap((c) => {
      const o = data.by_channel?.[c];
      if (!o) return [];
      return [
        {
          channel: CHANNEL_LABELS[c],
          ...(o.processing_time !== undefined ? { time: timeOf(o.processing_time) } : {}),
          ...(o.fees ? { fees: feeViews(o.fees) } : {}),
        },
      ];
    }),
    where: where.places,
    ...(where.decidedBy ? { decidedBy: where.decidedBy } : {}),
    ...(where.asWritten ? { whereAsWritten: where.asWritten } : {}),
    ...(where.anywhere ? { whereAnywhere: true } : {}),
    hotline: catalogue.site.hotline,
    channels: [
      ...(data.channels.in_person ? [CHANNEL_LABELS.in_person] : []),
      ...(data.channels.postal ? [CHANNEL_LABELS.postal] : []),
      ...(data.channels.online !== 'none' ? [CHANNEL_LABELS.online] : []),
    ].map((label, i) => (i === 0 ? label : label.toLocaleLowerCase('vi'))),
    online: {
      level: data.channels.online,
      label: ONLINE_LABELS[data.channels.online],
      ...(online ? { url: online, national: isPortalProcedurePage(online, catalogue.site.portals.national) } : {}),
    },
    result: data.result,
    dossierSets: data.dossier_sets ?? 1,
    checklist: data.documents.filter((d) => hasNameText(d.name)).map((d) => checklistItem(model, d)),
    unnamedRows: data.documents.filter((d) => !hasNameText(d.name)).length,
    steps: data.steps,
    conditions: data.conditions ?? [],
    forms,
    ...(formsPortal ? { formsPortal } : {}),
    legal,
    sources: data.sources ?? [],
    ...(data.decision ? { decision: data.decision } : {}),
    ...(data.reviewed_at ? { reviewedAt: formatDate(data.reviewed_at) } : {}),
    ...(model.lastChanged.has(record.file) ? { changedAt: formatDate(model.lastChanged.get(record.file)!) } : {}),
    lifeEvents: (data.life_events ?? []).map((id) => ({
      name: catalogue.lifeEvents.get(id)?.name ?? id,
      url: lifeEventPath(id),
    })),
    guidanceHtml: renderBody(record.guidance),
    notesHtml: renderBody(record.notes),
    ...(edit ? { editUrl: edit } : {}),
    ...versionsOf(model, entry),
    ...(local ? { local } : {}),
  };
}

function versionsOf(model: SiteModel, entry: Entry): { versions?: VersionComparison } {
  const code = entry.record.data.code;
  const group = code ? (model.byCode.get(code) ?? []) : [];
  return group.length > 1 ? { versions: compareVersions(model, entry, group) } : {};
}

function legalView(model: SiteModel, id: string): LegalView {
  const text = model.catalogue.legal.get(id);
  if (!text) return { number: id, title: '', superseded: false };
  const by = text.superseded_by ? model.catalogue.legal.get(text.superseded_by) : undefined;
  return {
    number: text.number,
    title: text.title,
    status: LEGAL_STATUS_LABELS[text.status],
    superseded: text.status === 'superseded' || text.status === 'expired',
    ...(by ? { supersededBy: `${by.number} – ${by.title}` } : {}),
    ...(text.amended_by ? { amendedBy: text.amended_by.map((a) => model.catalogue.legal.get(a)?.number ?? a) } : {}),
    ...(text.url ? { url: text.url } : {}),
  };
}
