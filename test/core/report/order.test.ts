import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { buildReportModel } from '../../../src/core/report/model.ts';
import { findingCostOf } from '../../../src/core/review/cost/catalogue-costs.ts';
import { review } from '../../../src/core/review/engine.ts';

const CONTENT = fileURLToPath(new URL('../../../content', import.meta.url));

describe('one finding order everywhere', () => {
  // check --json prints the engine's order; findings.json, the workbook and /bao-cao/ print the model's.
  it('gives the report the order check --json prints: the province records first, national data quality after', async () => {
    const { catalogue } = await loadContent(CONTENT);
    const result = review(catalogue, { today: '2026-12-06', costOf: findingCostOf });
    const model = buildReportModel(catalogue, result, '2026-12-06');
    expect(model.findings.map((f) => f.key)).toEqual(result.findings.map((f) => f.key));
    const firstNational = model.findings.findIndex((f) => f.scope === 'national');
    expect(firstNational).toBeGreaterThan(0);
    expect(model.findings.slice(firstNational).every((f) => f.scope === 'national')).toBe(true);
    expect(model.summary.by_scope.map((c) => [c.id, c.label])).toEqual([
      ['province', 'Bản công bố của tỉnh'],
      ['national', 'Chất lượng dữ liệu quốc gia'],
    ]);
  }, 60_000);
});
