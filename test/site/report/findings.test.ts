import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/core/report/model.ts';
import { findingLists, findingView, savingsRanking } from '../../../src/site/report/findings.ts';
import { buildReportSite } from '../../../src/site/report/load.ts';
import { facetPath, groupPath } from '../../../src/site/report/paths.ts';
import { fixtureModel } from '../fixture.ts';
import { fixtureReport } from './report-fixture.ts';

describe('report URLs', () => {
  it('depend on ids only, with ASCII slugs', () => {
    expect(groupPath('1.000894')).toBe('/bao-cao/nhom/1-000894/');
    expect(facetPath('level', 'national')).toBe('/bao-cao/cap/quoc-gia/');
    expect(facetPath('status', 'fix_planned')).toBe('/bao-cao/trang-thai/fix-planned/');
    expect(facetPath('rule', 'fee-mismatch')).toBe('/bao-cao/quy-tac/fee-mismatch/');
  });
});

describe('a finding on a report page', () => {
  it('links to its group’s comparison and to each record’s citizen page', async () => {
    const { model, groupCodes, refs, names } = await fixtureReport();
    const fee = model.findings.find((f) => f.rule === 'fee-differs-from-baseline')!;
    const view = findingView(fee, groupCodes, refs, names);
    expect(view.groupUrl).toBe('/bao-cao/nhom/2-000635/');
    expect(view.records).toEqual([
      { id: 'national/2.000635', label: 'Bản quốc gia', url: '/quoc-gia/2-000635/' },
      {
        id: 'tinh/cap-ban-sao-trich-luc-ho-tich',
        label: 'Cấp tỉnh',
        url: '/thu-tuc/tinh/cap-ban-sao-trich-luc-ho-tich/',
      },
    ]);
    expect(view.evidence.map((e) => e.text)).toEqual([
      'Phí cấp bản sao trích lục: 8.000 đ/bản',
      'Phí cấp bản sao trích lục: 10.000 đ/bản',
    ]);
    expect(view.cost?.before).toMatch(/ đ$/);
  });

  it('has no group link when its code has no province record to compare', async () => {
    const { model, groupCodes, refs, names } = await fixtureReport();
    const view = findingView({ ...model.findings[0]!, code: '9.999999' }, groupCodes, refs, names);
    expect(view.groupUrl).toBeUndefined();
  });
});

describe('the evidence on a group page', () => {
  it('names records, legal texts, agencies and localities and writes dates and units as the Office reads them', async () => {
    const site = await fixtureModel();
    const { catalogue } = site;
    // Years on, so that the date rules (stale-review) report too.
    const { model, groupCodes, refs, names } = buildReportSite(site, '2030-01-01');
    // Ids an editor writes (xa/…, nd-123-2015, ubnd-…): ones with a slash or a hyphen, which no wording has.
    const ids = [
      ...[...catalogue.records, ...catalogue.national].map((r) => r.id),
      ...catalogue.legal.keys(),
      ...catalogue.agencies.keys(),
      ...catalogue.localities.keys(),
    ].filter((id) => /[/-]/.test(id));
    const lines = model.findings
      .filter((f) => f.code !== undefined && groupCodes.has(f.code))
      .flatMap((f) => findingView(f, groupCodes, refs, names).evidence.map((e) => `${f.rule} ${e.label}: ${e.text}`));
    // The fixture's group 1.000894: a superseded text, differing legal bases, a record fully online, online dearer.
    for (const rule of ['superseded-legal-basis', 'legal-basis-mismatch', 'no-online-channel', 'stale-review'])
      expect(lines.some((l) => l.startsWith(`${rule} `))).toBe(true);
    for (const line of lines) {
      expect(line).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      for (const id of ids) expect(line.split(/[\s;:,()]+/)).not.toContain(id);
    }
    const penalty = lines.filter((l) => l.startsWith('online-penalty '));
    expect(penalty.length).toBeGreaterThan(0);
    for (const line of penalty) expect(line).toMatch(/trực tiếp: [\d.,]+ (đ|ngày làm việc \(quy đổi\))$/);
  });
});

describe('lists of findings', () => {
  it('puts every finding in exactly one status list and shows the decided one with its decision', async () => {
    const { model } = await fixtureReport();
    const lists = findingLists(model, 'status');
    expect(lists.reduce((n, l) => n + l.findings.length, 0)).toBe(model.findings.length);
    const planned = lists.find((l) => l.id === 'fix_planned')!;
    expect(planned.path).toBe('/bao-cao/trang-thai/fix-planned/');
    expect(planned.findings.map((f) => [f.key, f.decision_note])).toEqual([
      [
        'legal-basis-mismatch:1.000894:legal_basis',
        'Bỏ Nghị định 158/2005/NĐ-CP khỏi bản công bố chung khi công bố lại (dữ liệu thử)',
      ],
    ]);
    // Statuses without findings get no page.
    expect(lists.map((l) => l.id)).not.toContain('fixed');
  });

  it('lists a finding under every level it names, the national database as its own level', async () => {
    const { model } = await fixtureReport();
    const levels = findingLists(model, 'level');
    const national = levels.find((l) => l.id === 'national')!;
    expect(national.path).toBe('/bao-cao/cap/quoc-gia/');
    expect(national.findings.every((f) => f.records.some((r) => r.startsWith('national/')))).toBe(true);
    const rule = findingLists(model, 'rule').find((l) => l.id === 'fee-differs-from-baseline')!;
    expect(rule.findings.map((f) => f.code)).toEqual(['2.000635']);
  });
});

describe('savingsRanking', () => {
  it('ranks groups by yearly saving, then saving per case, then open findings', async () => {
    const { model } = await fixtureReport();
    const tweaked: ReportModel = structuredClone(model);
    const byCode = (code: string) => tweaked.groups.find((g) => g.code === code)!;
    // Only the tweaked groups save anything: the rest rank by open findings.
    for (const g of tweaked.groups) {
      delete g.savings.annual;
      g.savings.per_case.saving = 0;
    }
    byCode('2.000815').savings.per_case.saving = 5000;
    byCode('2.001255').savings.annual = { before: 10, after: 4, saving: 6, saving_ratio: 0.6, clamped: false };
    const order = savingsRanking(tweaked).map((r) => r.group.code);
    expect(order.slice(0, 3)).toEqual(['2.001255', '2.000815', '1.000894']);
    expect(savingsRanking(tweaked).every((r) => r.path === groupPath(r.group.code))).toBe(true);
  });
});
