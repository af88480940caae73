/**
 * The report model: everything the report files and the site's /bao-cao/ pages present, built once from the
 * catalogue and the review result. Plain, JSON-serialisable objects only (no Map, no class, no undefined inside
 * arrays), so a writer or a page never recomputes a figure and every output shows the same numbers.
 * docs/report.md documents each field.
 */
import type { AnyRecord, Catalogue, PublishedRecord } from '../catalogue/types.ts';
import type { Decision, DocumentRequirement, Fee, Source } from '../schema/index.ts';
import type { LegalText } from '../schema/vocabularies.ts';
import type { Finding, FindingStatus, Severity, FindingScope } from '../review/finding.ts';
import { catalogueCosts, withCosts } from '../review/cost/catalogue-costs.ts';
import { groupSavings, type Comparison, type GroupSavings } from '../review/cost/group-savings.ts';
import type { ProposedChange } from '../review/cost/simplify.ts';
import type { VolumeTable } from '../volumes/volumes-csv.ts';
import type { ResolvedCostParameter } from '../review/cost/parameters.ts';
import { COST_CHANNEL_LABELS, recordCost, type RecordCost } from '../review/cost/record-cost.ts';
import { generalChannel } from '../review/effective-channels.ts';
import { amountText } from '../review/format.ts';
import { acceptedForms } from '../documents/forms.ts';
import { reviewViews } from '../review/views.ts';
import { formatDuration } from '../time/working-days.ts';
import type { ProvenanceKind } from '../schema/published-record.ts';
import { provenanceLabel } from '../words/provenance.ts';
import { formatDate } from '../words/format.ts';
import { sortFindings } from '../review/order.ts';
import { ruleWords, SCOPE_ORDER, SEVERITY_ORDER, STATUS_ORDER } from './labels.ts';
import {
  capitalised,
  CHANNEL_WORDS,
  DOCUMENT_FORM_WORDS,
  FINDING_SCOPE_WORDS,
  FINDING_STATUS_WORDS,
  LEVEL_WORDS,
  ONLINE_WORDS,
  SEVERITY_WORDS,
} from '../words/vocabulary.ts';

/** What the report needs from the review engine's result (`review(catalogue, {today})`). */
export interface ReviewOutcome {
  findings: readonly Finding[];
  decisions: { orphaned: readonly Decision[] };
}

export interface Count {
  id: string;
  label: string;
  count: number;
  /** Of which still open. */
  open: number;
}

/** A finding with what the report says of it besides the review's fields. */
export type ReportFinding = Finding & ReportFindingWords;

export interface ReportFindingWords {
  rule_label: string;
  severity_label: string;
  status_label: string;
  /** The procedure's title: the group's, or the first record's. */
  title: string;
  sector: { id: string; name: string } | null;
  /** Level ids of the records named ('national' for a national record). */
  levels: string[];
  /** True when a record it names is illustrative (`demo: true`): not to be cited as a fact. */
  demo: boolean;
  /** What backs the province records it names (content model `provenance`), in words, each once. */
  provenance: string[];
}

export interface ReportFee {
  name: string;
  amount: number | null;
  per?: string;
  note?: string;
  /** "50.000 đ/trang", "miễn phí", "theo quy định". */
  text: string;
}

export interface ReportLegalRef {
  id?: string;
  number: string;
  title?: string;
  status?: LegalText['status'];
}

/** One record as a column of its group: what a reader compares side by side. */
export interface ReportRecord {
  id: string;
  kind: 'published' | 'national';
  title: string;
  code?: string;
  /** Level id(s): one for a published record, the national database's list for a national one. */
  levels: string[];
  level_label: string;
  /** Locality names, or the level's "every unit" wording when the record applies everywhere. */
  localities: string;
  agency: string;
  /** Processing time as written in the record. */
  time_text: string;
  /** The same in working days; null when it cannot be read. */
  working_days: number | null;
  fees: ReportFee[];
  channels: { in_person: boolean; postal: boolean; online: 'none' | 'partial' | 'full' };
  /** "Trực tiếp, bưu chính, trực tuyến toàn trình". */
  channels_text: string;
  documents_count: number;
  dossier_sets: number;
  legal_basis: ReportLegalRef[];
  /** The publication decision: the record's `decision`, else its provenance's ("2228/QĐ-UBND ngày 01/7/2025"). */
  decision?: string;
  /** What backs a province record (content model `provenance`), in words; absent for a national record. */
  provenance?: { kind: ProvenanceKind; label: string; basis: string };
  annual_volume?: number;
  /** Where annual_volume comes from when a volumes CSV gave it (`--volumes`); `demo` for an illustrative number. */
  volume_source?: { file: string; year: number; source: string; demo: boolean };
  reviewed_at?: string;
  demo: boolean;
  sources: Source[];
  cost: RecordCost;
  /** The record's cost once the proposal's changes are made (null for a national record: not the province's to change). */
  cost_after: RecordCost | null;
}

export interface ReportDocumentCell {
  record: string;
  /** "bản sao có chứng thực, 2 bản (khi ủy quyền)"; "—" when the record does not require it. */
  text: string;
  required: boolean;
}

export interface ReportDocumentRow {
  name: string;
  doc?: string;
  /** One cell per column, in the group's column order (baseline first). */
  cells: ReportDocumentCell[];
}

/** One change the proposal makes to one record, from one finding. */
export type ReportChange = ProposedChange;

export interface ReportGroup {
  code: string;
  title: string;
  sector: { id: string; name: string } | null;
  baseline: ReportRecord | null;
  records: ReportRecord[];
  documents: ReportDocumentRow[];
  /** The changes the proposal makes to the group's records (from its actionable findings). */
  changes: ReportChange[];
  /** True for a record without a code, shown as a group of one under the code the review suggests ('' when none). */
  code_suggested: boolean;
  /** True when a record of the group is illustrative (`demo: true`): its figures are not to be cited. */
  demo: boolean;
  /** True when an annual volume of the group is illustrative: its yearly figures are not to be cited. */
  volume_demo: boolean;
  savings: Omit<GroupSavings, 'costs' | 'after_costs' | 'changes'>;
  finding_keys: string[];
  open_findings: number;
}

export interface ReportCostRow {
  record: string;
  code?: string;
  title: string;
  level_label: string;
  localities: string;
  channel: string;
  hours: number;
  time_cost: number;
  out_of_pocket: number;
  fees: number;
  before: number;
  /** Null for a record without a code: nothing to compare it with. */
  after: number | null;
  saving: number | null;
  saving_ratio: number | null;
  annual_volume: number | null;
  annual_before: number | null;
  annual_after: number | null;
  annual_saving: number | null;
  processing_working_days: number | null;
  /** Illustrative record (`demo: true`). */
  demo: boolean;
  /** Illustrative annual volume (from a demo volumes file or row). */
  volume_demo: boolean;
}

export interface ReportModel {
  /** Report date (`--today`): every date-dependent rule and the title use it. */
  today: string;
  province: { id: string; name: string };
  title: string;
  summary: {
    published_records: number;
    national_records: number;
    groups: number;
    ungrouped_records: number;
    findings: { total: number; open: number; decided: number };
    /** The province's own records, then national data quality (findings about national records alone). */
    by_scope: Count[];
    by_severity: Count[];
    by_status: Count[];
    by_rule: Count[];
    by_sector: Count[];
    by_level: Count[];
    orphaned_decisions: number;
    cost: {
      groups_with_saving: number;
      /** Province-wide per year over records with annual_volume; null when no record has one. */
      annual: Comparison | null;
      records_with_volume: number;
      /** True when an annual volume behind `annual` is illustrative: the yearly figures are not to be cited. */
      annual_demo: boolean;
    };
  };
  /** In the review's order: open first, the province's records before national data quality, then severity, rule, code. */
  findings: ReportFinding[];
  /** Groups in code order. */
  groups: ReportGroup[];
  /** Published records without a code (no group to compare with). */
  ungrouped: ReportRecord[];
  /** The same records, each as a group of one under the code the review suggests: its findings, changes and saving. */
  ungrouped_groups: ReportGroup[];
  costs: { parameters: ResolvedCostParameter[]; records: ReportCostRow[] };
  orphaned_decisions: Decision[];
  /** The volumes CSV the yearly figures use (`--volumes`), or null when they come from the records alone. */
  volumes: { file: string; demo_file: boolean; records: number; demo_records: number } | null;
}

export interface ReportOptions {
  /** Annual volumes read from a CSV (src/core/volumes/); the catalogue given must already carry them (withVolumes). */
  volumes?: VolumeTable;
}

function nationalLevelLabel(id: string): string {
  const words = (LEVEL_WORDS as Readonly<Record<string, string>>)[id];
  return words ? capitalised(words) : id;
}

function countBy<F extends Finding>(
  findings: readonly F[],
  keysOf: (f: F) => string[],
  labelOf: (id: string) => string,
  order?: readonly string[],
): Count[] {
  const counts = new Map<string, Count>();
  for (const id of order ?? []) counts.set(id, { id, label: labelOf(id), count: 0, open: 0 });
  for (const f of findings) {
    for (const id of new Set(keysOf(f))) {
      const c = counts.get(id) ?? { id, label: labelOf(id), count: 0, open: 0 };
      c.count += 1;
      if (f.status === 'open') c.open += 1;
      counts.set(id, c);
    }
  }
  const list = [...counts.values()];
  return order ? list : list.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

function requirementText(requirements: readonly DocumentRequirement[]): string {
  return requirements
    .map((r) => {
      const parts = [
        acceptedForms(r)
          .map((f) => DOCUMENT_FORM_WORDS[f])
          .join(' hoặc '),
      ];
      if ((r.copies ?? 1) > 1) parts.push(`${r.copies} bản`);
      return `${parts.join(', ')}${r.when ? ` (${r.when})` : ''}`;
    })
    .join('; ');
}

function channelsText(channels: ReportRecord['channels']): string {
  const parts: string[] = [];
  if (channels.in_person) parts.push(capitalised(CHANNEL_WORDS.in_person));
  if (channels.postal) parts.push(capitalised(CHANNEL_WORDS.postal));
  if (channels.online !== 'none') parts.push(capitalised(ONLINE_WORDS[channels.online]));
  return parts.length > 0 ? parts.join(', ') : 'Không ghi';
}

function fee(f: Fee): ReportFee {
  return {
    name: f.name,
    amount: f.amount,
    ...(f.per ? { per: f.per } : {}),
    ...(f.note ? { note: f.note } : {}),
    text: amountText(f),
  };
}

export function buildReportModel(
  catalogue: Catalogue,
  review: ReviewOutcome,
  today: string,
  options: ReportOptions = {},
): ReportModel {
  const volumeRows = new Map((options.volumes?.rows ?? []).map((r) => [r.record, r]));
  const volumeDemo = (id: string) => volumeRows.get(id)?.demo === true;
  const costs = catalogueCosts(catalogue, review.findings);
  const views = reviewViews(catalogue);
  const costById = new Map<string, RecordCost>();
  for (const g of costs.groups) for (const c of g.costs) costById.set(c.record, c);
  for (const c of [...costs.ungrouped, ...costs.baselines]) costById.set(c.record, c);
  const afterById = new Map<string, RecordCost>();
  for (const g of [...costs.groups, ...costs.ungrouped_savings])
    for (const c of g.after_costs) afterById.set(c.record, c);

  const levelNames = new Map(catalogue.levels.map((l) => [l.id as string, l.name]));
  const levelName = (id: string) =>
    id === 'national' ? 'CSDL quốc gia' : (levelNames.get(id) ?? nationalLevelLabel(id));
  const sectorOf = (id: string) => ({ id, name: catalogue.sectors.get(id)?.name ?? id });
  const byId = new Map<string, AnyRecord>();
  for (const r of catalogue.records) byId.set(r.id, r);
  for (const r of catalogue.national) byId.set(r.id, r);

  const column = (record: AnyRecord): ReportRecord => {
    const d = record.data;
    const general = generalChannel(record);
    const written =
      typeof d.processing_time === 'string'
        ? d.processing_time
        : (d.processing_time.text ?? formatDuration(d.processing_time));
    const decision = decisionOf(record);
    const base = {
      id: record.id,
      title: d.title,
      ...(d.code ? { code: d.code } : {}),
      time_text: written,
      working_days: general.time.kind === 'duration' ? general.time.workingDays : null,
      fees: general.fees.map(fee),
      channels: { in_person: d.channels.in_person, postal: d.channels.postal, online: d.channels.online },
      channels_text: channelsText(d.channels),
      documents_count: d.documents.length,
      dossier_sets: d.dossier_sets ?? 1,
      ...(decision ? { decision } : {}),
      ...(record.kind === 'published' && record.data.provenance
        ? {
            provenance: {
              kind: record.data.provenance.kind,
              label: provenanceLabel(record.data.provenance.kind, catalogue.site.province.name),
              basis: record.data.provenance.basis,
            },
          }
        : {}),
      ...(d.annual_volume !== undefined ? { annual_volume: d.annual_volume } : {}),
      ...(volumeRows.has(record.id) && options.volumes
        ? {
            volume_source: {
              file: options.volumes.file,
              year: volumeRows.get(record.id)!.year,
              source: volumeRows.get(record.id)!.source,
              demo: volumeDemo(record.id),
            },
          }
        : {}),
      ...(d.reviewed_at ? { reviewed_at: d.reviewed_at } : {}),
      demo: d.demo === true,
      sources: d.sources ?? [],
      cost: costById.get(record.id) ?? recordCost(record, costs.parameters),
      cost_after: record.kind === 'published' ? (afterById.get(record.id) ?? null) : null,
    };
    if (record.kind === 'published') {
      const p = record.data;
      const localities = p.localities?.map((id) => catalogue.localities.get(id)?.name ?? id).join(', ');
      return {
        ...base,
        kind: 'published',
        levels: [p.level],
        level_label: levelName(p.level),
        localities: localities ?? `Mọi đơn vị ${levelName(p.level).toLowerCase()}`,
        agency: catalogue.agencies.get(p.agency)?.name ?? p.agency,
        legal_basis: p.legal_basis.map((id) => {
          const text = catalogue.legal.get(id);
          return text ? { id, number: text.number, title: text.title, status: text.status } : { id, number: id };
        }),
      };
    }
    const n = record.data;
    return {
      ...base,
      kind: 'national',
      levels: [...n.levels],
      level_label: `CSDL quốc gia (${n.levels.map(levelName).join(', ')})`,
      localities: 'Cả nước',
      agency: n.agency_text ?? (n.agency ? (catalogue.agencies.get(n.agency)?.name ?? n.agency) : ''),
      legal_basis: n.legal_basis.map((ref) => {
        if (typeof ref !== 'string') return { number: ref.number, title: ref.title };
        const text = catalogue.legal.get(ref);
        return text
          ? { id: ref, number: text.number, title: text.title, status: text.status }
          : { id: ref, number: ref };
      }),
    };
  };

  // Findings in the review's order.
  const groupTitle = new Map<string, string>();
  for (const [code, records] of views.groups.byCode)
    groupTitle.set(code, records[0]?.data.title ?? catalogue.nationalByCode.get(code)?.data.title ?? code);
  const levelsOf = (f: Finding) =>
    f.records
      .map((id) => byId.get(id))
      .flatMap((r) => (r === undefined ? [] : r.kind === 'national' ? ['national'] : [r.data.level]));
  // The same figures the engine's costOf hook gives; set here too so a review run without the hook is complete.
  // The engine's one order (check --json gives the same): open first, the province's records before national data.
  const findings: ReportFinding[] = sortFindings(withCosts(review.findings, catalogue)).map((f) => {
    const first = f.records.map((id) => byId.get(id)).find((r) => r !== undefined);
    return {
      ...f,
      rule_label: ruleWords(f.rule).label,
      severity_label: capitalised(SEVERITY_WORDS[f.severity]),
      status_label: capitalised(FINDING_STATUS_WORDS[f.status]),
      title: (f.code ? groupTitle.get(f.code) : undefined) ?? first?.data.title ?? '',
      sector: first ? sectorOf(first.data.sector) : null,
      levels: [...new Set(levelsOf(f))],
      demo: f.records.some(
        (id) => byId.get(id)?.data.demo === true || (f.cost?.annual_saving !== undefined && volumeDemo(id)),
      ),
      provenance: [
        ...new Set(
          f.records.flatMap((id) => {
            const r = byId.get(id);
            const kind = r?.kind === 'published' ? r.data.provenance?.kind : undefined;
            return kind ? [provenanceLabel(kind, catalogue.site.province.name)] : [];
          }),
        ),
      ],
    };
  });

  // Groups side by side.
  const savingsByCode = new Map(costs.groups.map((g) => [g.code, g]));
  const groups: ReportGroup[] = [...views.groups.byCode].map(([code, records]) => {
    const baselineRecord = catalogue.nationalByCode.get(code);
    const baseline = baselineRecord ? column(baselineRecord) : null;
    const columns = records.map(column);
    const order = [...(baseline ? [baseline.id] : []), ...columns.map((c) => c.id)];
    const documents = views.groupDocuments(code).map((slot) => ({
      name: slot.name,
      ...(slot.docId ? { doc: slot.docId } : {}),
      cells: order.map((id) => {
        const requirements = slot.byRecord.get(id) ?? [];
        return {
          record: id,
          text: requirements.length > 0 ? requirementText(requirements) : '—',
          required: requirements.length > 0,
        };
      }),
    }));
    const savings = savingsByCode.get(code) ?? groupSavings(code, records, costs.parameters, costs.changes);
    const { costs: _costs, after_costs: _after, changes, ...rest } = savings;
    const keys = findings.filter((f) => f.code === code);
    return {
      code,
      title: groupTitle.get(code) ?? code,
      sector: records[0] ? sectorOf(records[0].data.sector) : null,
      baseline,
      records: columns,
      documents,
      changes,
      code_suggested: false,
      demo: columns.some((c) => c.demo),
      volume_demo: columns.some((c) => volumeDemo(c.id)),
      savings: rest,
      finding_keys: keys.map((f) => f.key),
      open_findings: keys.filter((f) => f.status === 'open').length,
    };
  });

  const ungroupedRecords = views.groups.ungrouped;
  const costRows: ReportCostRow[] = [];
  const row = (
    record: PublishedRecord,
    cost: RecordCost,
    saving: GroupSavings['records'][number] | undefined,
  ): ReportCostRow => ({
    record: record.id,
    ...(record.data.code ? { code: record.data.code } : {}),
    title: record.data.title,
    level_label: levelName(record.data.level),
    localities:
      record.data.localities?.map((id) => catalogue.localities.get(id)?.name ?? id).join(', ') ??
      `Mọi đơn vị ${levelName(record.data.level).toLowerCase()}`,
    channel: COST_CHANNEL_LABELS[cost.channel],
    hours: cost.hours,
    time_cost: cost.time_cost,
    out_of_pocket: cost.out_of_pocket,
    fees: cost.fees,
    before: cost.total,
    after: saving?.after ?? null,
    saving: saving?.saving ?? null,
    saving_ratio: saving?.saving_ratio ?? null,
    annual_volume: record.data.annual_volume ?? null,
    annual_before: saving?.annual?.before ?? null,
    annual_after: saving?.annual?.after ?? null,
    annual_saving: saving?.annual?.saving ?? null,
    processing_working_days: cost.processing_working_days,
    demo: record.data.demo === true,
    volume_demo: volumeDemo(record.id),
  });
  const savingById = new Map(
    [...costs.groups, ...costs.ungrouped_savings].flatMap((g) => g.records.map((r) => [r.record, r] as const)),
  );
  for (const records of views.groups.byCode.values()) {
    for (const r of records)
      costRows.push(row(r, costById.get(r.id) ?? recordCost(r, costs.parameters), savingById.get(r.id)));
  }
  for (const r of ungroupedRecords)
    costRows.push(row(r, costById.get(r.id) ?? recordCost(r, costs.parameters), savingById.get(r.id)));

  // Records without a code: each a group of one, compared with the baseline of the code the review suggests.
  const ungroupedGroups: ReportGroup[] = costs.ungrouped_savings.map((savings, i) => {
    const record = ungroupedRecords[i]!;
    const { costs: _costs, after_costs: _after, changes, ...rest } = savings;
    const own = findings.filter((f) => f.records.includes(record.id));
    const baselineRecord = savings.code ? catalogue.nationalByCode.get(savings.code) : undefined;
    const col = column(record);
    return {
      code: savings.code,
      title: record.data.title,
      sector: sectorOf(record.data.sector),
      baseline: baselineRecord ? column(baselineRecord) : null,
      records: [col],
      documents: [],
      changes,
      code_suggested: true,
      demo: col.demo,
      volume_demo: volumeDemo(col.id),
      savings: rest,
      finding_keys: own.map((f) => f.key),
      open_findings: own.filter((f) => f.status === 'open').length,
    };
  });

  const annuals = [...costs.groups, ...costs.ungrouped_savings].flatMap((g) => (g.annual ? [g.annual] : []));
  const annualBefore = annuals.reduce((s, a) => s + a.before, 0);
  const annualAfter = annuals.reduce((s, a) => s + a.after, 0);
  const decided = findings.filter((f) => f.status !== 'open').length;

  return {
    today,
    province: { ...catalogue.site.province },
    title:
      `Báo cáo rà soát thủ tục hành chính ${catalogue.site.province.name ? `tỉnh ${catalogue.site.province.name}` : ''}`.trim(),
    summary: {
      published_records: catalogue.records.length,
      national_records: catalogue.national.length,
      groups: groups.length,
      ungrouped_records: ungroupedRecords.length,
      findings: { total: findings.length, open: findings.length - decided, decided },
      by_scope: countBy(
        findings,
        (f) => [f.scope],
        (id) => capitalised(FINDING_SCOPE_WORDS[id as FindingScope]),
        SCOPE_ORDER,
      ),
      by_severity: countBy(
        findings,
        (f) => [f.severity],
        (id) => capitalised(SEVERITY_WORDS[id as Severity]),
        SEVERITY_ORDER,
      ),
      by_status: countBy(
        findings,
        (f) => [f.status],
        (id) => capitalised(FINDING_STATUS_WORDS[id as FindingStatus]),
        STATUS_ORDER,
      ),
      by_rule: countBy(
        findings,
        (f) => [f.rule],
        (id) => ruleWords(id).label,
      ),
      by_sector: countBy(
        findings,
        (f) => (f.sector ? [f.sector.id] : []),
        (id) => sectorOf(id).name,
      ),
      by_level: countBy(findings, (f) => levelsOf(f), levelName),
      orphaned_decisions: review.decisions.orphaned.length,
      cost: {
        groups_with_saving: [...costs.groups, ...costs.ungrouped_savings].filter((g) => g.per_case.saving > 0).length,
        annual:
          annuals.length > 0
            ? {
                before: annualBefore,
                after: annualAfter,
                saving: annualBefore - annualAfter,
                saving_ratio: annualBefore > 0 ? (annualBefore - annualAfter) / annualBefore : 0,
                clamped: annuals.some((a) => a.clamped),
              }
            : null,
        records_with_volume: catalogue.records.filter((r) => r.data.annual_volume !== undefined).length,
        annual_demo: catalogue.records.some((r) => r.data.annual_volume !== undefined && volumeDemo(r.id)),
      },
    },
    findings,
    groups,
    ungrouped: ungroupedRecords.map(column),
    ungrouped_groups: ungroupedGroups,
    costs: { parameters: costs.parameter_table, records: costRows },
    orphaned_decisions: review.decisions.orphaned.map((d) => ({ ...d })),
    volumes: options.volumes
      ? {
          file: options.volumes.file,
          demo_file: options.volumes.demo_file,
          records: options.volumes.rows.length,
          demo_records: options.volumes.rows.filter((r) => r.demo).length,
        }
      : null,
  };
}

/** The decision that publishes a record: as the record names it, else its provenance's, with the date. */
function decisionOf(record: AnyRecord): string | undefined {
  if (record.data.decision) return record.data.decision;
  const d = record.kind === 'published' ? record.data.provenance?.decision : undefined;
  return d ? `${d.number} ngày ${formatDate(d.date)}` : undefined;
}
