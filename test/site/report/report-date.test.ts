import { describe, expect, it } from 'vitest';
import { reportDate, ReportDateError } from '../../../src/site/report/report-date.ts';

describe('reportDate', () => {
  const now = new Date('2027-03-04T10:00:00Z');

  it('takes REPORT_TODAY first, then SITE_TODAY, then the build date', () => {
    expect(reportDate({ REPORT_TODAY: '2026-11-30', SITE_TODAY: '2026-11-26' }, now)).toBe('2026-11-30');
    expect(reportDate({ SITE_TODAY: '2026-11-26' }, now)).toBe('2026-11-26');
    expect(reportDate({}, now)).toBe('2027-03-04');
    expect(reportDate({ REPORT_TODAY: '' }, now)).toBe('2027-03-04');
  });

  it('refuses a date that does not exist rather than building a report for it', () => {
    expect(() => reportDate({ REPORT_TODAY: '2026-02-30' }, now)).toThrow(ReportDateError);
    expect(() => reportDate({ SITE_TODAY: '30/11/2026' }, now)).toThrow(/SITE_TODAY must be a date written YYYY-MM-DD/);
  });
});
