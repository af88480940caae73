/**
 * The report date of the /bao-cao/ pages: the `--today` of `npm run report`. REPORT_TODAY pins it; else
 * SITE_TODAY (the date the rest of the site compares validity with), else the build date. Date-dependent rules
 * (stale-review, abolished-admin-unit) use it, so a pinned date gives the same pages as `npm run report --today`.
 */
import { isRealDate } from '../../core/schema/primitives.ts';

export class ReportDateError extends Error {}

export function reportDate(env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): string {
  for (const name of ['REPORT_TODAY', 'SITE_TODAY'] as const) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    if (!isRealDate(value)) throw new ReportDateError(`${name} must be a date written YYYY-MM-DD, got "${value}"`);
    return value;
  }
  return now.toISOString().slice(0, 10);
}
