/**
 * The report the /bao-cao/ pages show, built once per build from the site's memoised catalogue: the same review
 * (`review(catalogue, {today, costOf})`) and the same model and writers as `npm run report`, so the pages, the
 * downloads and the files the Office circulates never disagree.
 */
import type { ReportModel } from '../../core/report/model.ts';
import { buildReportModel } from '../../core/report/model.ts';
import { REPORT_WRITERS } from '../../core/report/write-report.ts';
import { findingCostOf } from '../../core/review/cost/catalogue-costs.ts';
import { review } from '../../core/review/engine.ts';
import { getSiteModel } from '../catalogue.ts';
import type { SiteModel } from '../model.ts';
import { versionLabel } from '../versions.ts';
import type { CatalogueNames } from './evidence.ts';
import { catalogueNames, reportGroups, type RecordRef } from './findings.ts';
import { reportDate } from './report-date.ts';

export interface ReportSite {
  model: ReportModel;
  /** Every record the site publishes, by id: how the report names it and its citizen page. */
  refs: Map<string, RecordRef>;
  /** Codes with a comparison page (reportGroups). */
  groupCodes: Set<string>;
  /** The legal texts, agencies and localities by name, for the findings' evidence. */
  names: CatalogueNames;
}

export function buildReportSite(site: SiteModel, today: string): ReportSite {
  const { catalogue } = site;
  const result = review(catalogue, { today, costOf: findingCostOf });
  const model = buildReportModel(catalogue, result, today);
  const refs = new Map<string, RecordRef>(
    site.entries.map((e) => [e.record.id, { label: versionLabel(site, e), url: e.url }]),
  );
  return {
    model,
    refs,
    groupCodes: new Set(reportGroups(model).map((g) => g.code)),
    names: catalogueNames(catalogue),
  };
}

let memo: Promise<ReportSite> | undefined;

export function getReportSite(): Promise<ReportSite> {
  memo ??= getSiteModel().then((site) => {
    const started = performance.now();
    const report = buildReportSite(site, reportDate(process.env));
    const s = report.model.summary;
    console.log(
      `[report] ${report.model.today}: ${s.findings.total} findings in ${s.groups} groups, reviewed in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return report;
  });
  return memo;
}

const files = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** The bytes of one report file, rendered by the writer `npm run report` uses (once per build). */
export function reportFile(name: string): Promise<Uint8Array<ArrayBuffer>> {
  const writer = REPORT_WRITERS.find((w) => w.file === name);
  if (!writer) throw new Error(`no report writer for ${name}`);
  let bytes = files.get(name);
  if (!bytes) {
    bytes = getReportSite().then(async ({ model }) => {
      const out = await writer.render(model);
      return typeof out === 'string' ? new TextEncoder().encode(out) : new Uint8Array(out);
    });
    files.set(name, bytes);
  }
  return bytes;
}

export const REPORT_FILES: readonly string[] = REPORT_WRITERS.map((w) => w.file);
