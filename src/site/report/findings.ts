/**
 * What a report page shows of a finding: its words, where to go (the group's comparison page, each record's
 * citizen page), its evidence and its cost in VND, and the lists of findings by rule, sector, level and status.
 */
import { formatPercent, formatVnd } from '../../core/words/format.ts';
import type { Count, ReportFinding, ReportGroup, ReportModel } from '../../core/report/model.ts';
import type { Catalogue } from '../../core/catalogue/types.ts';
import { evidenceLines, type CatalogueNames, type EvidenceLine } from './evidence.ts';
import { facetPath, groupPath, type Facet } from './paths.ts';

/** A record as the report names and links it. */
export interface RecordRef {
  label: string;
  /** Its citizen page (/thu-tuc/… or /quoc-gia/…); none for a record the site does not publish. */
  url: string | undefined;
}

export interface FindingLink {
  id: string;
  label: string;
  url: string | undefined;
}

export interface CostView {
  before: string;
  after: string;
  saving: string;
  ratio: string;
  annual?: { before: string; after: string; saving: string };
}

export interface FindingView {
  finding: ReportFinding;
  /** The group's comparison page, when the finding's code has one. */
  groupUrl: string | undefined;
  records: FindingLink[];
  evidence: EvidenceLine[];
  cost: CostView | undefined;
  decided: boolean;
}

export function costView(cost: ReportFinding['cost']): CostView | undefined {
  if (!cost) return undefined;
  return {
    before: formatVnd(cost.before),
    after: formatVnd(cost.after),
    saving: formatVnd(cost.saving),
    ratio: formatPercent(cost.saving_ratio),
    ...(cost.annual_saving !== undefined && cost.annual_before !== undefined && cost.annual_after !== undefined
      ? {
          annual: {
            before: formatVnd(cost.annual_before),
            after: formatVnd(cost.annual_after),
            saving: formatVnd(cost.annual_saving),
          },
        }
      : {}),
  };
}

/**
 * Groups that get a comparison page: the codes with findings (and any group with a saving, so that a saving in
 * the overview always links somewhere). A code published only nationally is not a group (review-rules.md): its
 * findings link to the national record's page.
 */
export function reportGroups(model: ReportModel): ReportGroup[] {
  return model.groups.filter((g) => g.finding_keys.length > 0 || g.savings.per_case.saving > 0);
}

/** The names the evidence gives the legal texts, agencies and localities it holds by id. */
export function catalogueNames(catalogue: Catalogue): CatalogueNames {
  return {
    legal: (id) => catalogue.legal.get(id),
    agency: (id) => catalogue.agencies.get(id)?.name,
    locality: (id) => catalogue.localities.get(id)?.name,
  };
}

export function findingView(
  finding: ReportFinding,
  groupCodes: ReadonlySet<string>,
  refs: ReadonlyMap<string, RecordRef>,
  names: CatalogueNames,
): FindingView {
  const labelOf = (id: string) => refs.get(id)?.label;
  return {
    finding,
    groupUrl: finding.code !== undefined && groupCodes.has(finding.code) ? groupPath(finding.code) : undefined,
    records: finding.records.map((id) => ({ id, label: labelOf(id) ?? id, url: refs.get(id)?.url })),
    evidence: evidenceLines(finding, labelOf, names),
    cost: costView(finding.cost),
    decided: finding.status !== 'open',
  };
}

export interface FindingList {
  facet: Facet;
  id: string;
  label: string;
  path: string;
  count: number;
  open: number;
  findings: ReportFinding[];
}

const MEMBER: Readonly<Record<Facet, (f: ReportFinding, id: string) => boolean>> = {
  scope: (f, id) => f.scope === id,
  rule: (f, id) => f.rule === id,
  sector: (f, id) => f.sector?.id === id,
  level: (f, id) => f.levels.includes(id),
  status: (f, id) => f.status === id,
};

const COUNTS: Readonly<Record<Facet, (m: ReportModel) => Count[]>> = {
  scope: (m) => m.summary.by_scope,
  rule: (m) => m.summary.by_rule,
  sector: (m) => m.summary.by_sector,
  level: (m) => m.summary.by_level,
  status: (m) => m.summary.by_status,
};

/** One list per rule, sector, level or status that has findings, in the summary's order; findings in the model's. */
export function findingLists(model: ReportModel, facet: Facet): FindingList[] {
  return COUNTS[facet](model)
    .filter((c) => c.count > 0)
    .map((c) => ({
      facet,
      id: c.id,
      label: c.label,
      path: facetPath(facet, c.id),
      count: c.count,
      open: c.open,
      findings: model.findings.filter((f) => MEMBER[facet](f, c.id)),
    }));
}

export interface SavingRow {
  group: ReportGroup;
  path: string;
  versions: number;
  /** The saving the row is ranked by: per year where volumes are known, else per case. */
  rank: number;
}

/**
 * The groups, largest saving first: by the yearly saving where the group's volumes are known (it is what the
 * province gains), then by the saving per case, then by open findings, then by code.
 */
export function savingsRanking(model: ReportModel): SavingRow[] {
  return reportGroups(model)
    .map((group) => ({
      group,
      path: groupPath(group.code),
      versions: group.records.length,
      rank: group.savings.annual?.saving ?? 0,
    }))
    .sort(
      (a, b) =>
        b.rank - a.rank ||
        b.group.savings.per_case.saving - a.group.savings.per_case.saving ||
        b.group.open_findings - a.group.open_findings ||
        (a.group.code < b.group.code ? -1 : a.group.code > b.group.code ? 1 : 0),
    );
}
