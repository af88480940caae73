import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { costChange } from '../../../src/core/pr-check/cost-change.ts';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { catalogueCosts } from '../../../src/core/review/cost/catalogue-costs.ts';

const FIXTURE = new URL('../../fixtures/content-valid', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'tthc-cost-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function edit(path: string, from: string, to: string) {
  const text = readFileSync(join(dir, path), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, path), text.replace(from, to));
}

describe('costChange', () => {
  it('lists the records whose cost changed, were added or removed, with the totals', async () => {
    cpSync(FIXTURE, dir, { recursive: true });
    // A fee of 8.000 đ where there was none, one record removed, one added (a copy under another name).
    edit('procedures/xa/dang-ky-khai-sinh.md', 'amount: 0, note: Miễn lệ phí khi đăng ký đúng hạn', 'amount: 8000');
    rmSync(join(dir, 'procedures/xa/chung-thuc-ban-sao.md'));
    cpSync(join(FIXTURE, 'procedures/xa/chung-thuc-ban-sao.md'), join(dir, 'procedures/xa/chung-thuc-ban-sao-moi.md'));
    const base = await loadContent(FIXTURE);
    const head = await loadContent(dir);
    expect(head.problems).toEqual([]);

    const change = costChange(base.catalogue, head.catalogue);
    expect(change.records.map((r) => r.record)).toEqual([
      'xa/chung-thuc-ban-sao',
      'xa/chung-thuc-ban-sao-moi',
      'xa/dang-ky-khai-sinh',
    ]);
    const [removed, added, fee] = change.records;
    expect(removed!.head).toBeUndefined();
    expect(added!.base).toBeUndefined();
    expect(added!.head).toBe(removed!.base);
    expect(fee!.head! - fee!.base!).toBe(8000);
    // dang-ky-khai-sinh gives annual_volume 1200: its yearly cost moves with it.
    expect(fee!.annual_head! - fee!.annual_base!).toBe(
      8000 * 1200 * catalogueCosts(head.catalogue).parameters.times_per_year,
    );

    const total = (c: typeof base.catalogue) => {
      const costs = catalogueCosts(c);
      return [...costs.groups.flatMap((g) => g.costs), ...costs.ungrouped].reduce((s, r) => s + r.total, 0);
    };
    expect(change.per_case).toEqual({ base: total(base.catalogue), head: total(head.catalogue) });
    expect(change.per_case.head - change.per_case.base).toBe(8000);
  });

  it('is empty when nothing that costs citizens changed', async () => {
    const { catalogue } = await loadContent(FIXTURE);
    const change = costChange(catalogue, catalogue);
    expect(change.records).toEqual([]);
    expect(change.per_case.base).toBe(change.per_case.head);
  });
});
