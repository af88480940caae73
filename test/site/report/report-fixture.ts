/** The report of the site fixture (test/fixtures/site-content), built once through the real review. */
import { buildReportSite, type ReportSite } from '../../../src/site/report/load.ts';
import { fixtureModel } from '../fixture.ts';

export const TODAY = '2026-11-26';

let memo: Promise<ReportSite> | undefined;

export function fixtureReport(): Promise<ReportSite> {
  memo ??= fixtureModel().then((site) => buildReportSite(site, TODAY));
  return memo;
}

export async function fixtureGroup(code: string) {
  const report = await fixtureReport();
  const group = report.model.groups.find((g) => g.code === code);
  if (!group) throw new Error(`no group ${code} in the site fixture's report`);
  return { report, group };
}
