import { describe, expect, it } from 'vitest';
import { catalogueCosts } from '../../../src/core/review/cost/catalogue-costs.ts';
import { CATALOGUE, FINDINGS, model, OUTCOME, TODAY } from './sample.ts';

/** Only what JSON can carry: no Map, Set, Date, class instance, function or undefined value. */
function plainPath(value: unknown, path = '$'): string | undefined {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return undefined;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const bad = plainPath(v, `${path}[${i}]`);
      if (bad) return bad;
    }
    return undefined;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value as object)) {
      if (v === undefined) return `${path}.${k} (undefined)`;
      const bad = plainPath(v, `${path}.${k}`);
      if (bad) return bad;
    }
    return undefined;
  }
  return path;
}

describe('buildReportModel', () => {
  const m = model();

  it('is plain data that survives JSON unchanged', () => {
    expect(plainPath(m)).toBeUndefined();
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });

  it('counts records, findings by severity, status, rule and level', () => {
    expect(m.today).toBe(TODAY);
    expect(m.summary).toMatchObject({
      published_records: 3,
      national_records: 1,
      groups: 1,
      ungrouped_records: 1,
      orphaned_decisions: 1,
    });
    expect(m.summary.findings).toEqual({ total: 4, open: 3, decided: 1 });
    expect(m.summary.by_severity.map((c) => [c.id, c.count, c.open])).toEqual([
      ['error', 1, 1],
      ['warning', 1, 1],
      ['info', 2, 1],
    ]);
    expect(m.summary.by_status.find((c) => c.id === 'justified')?.count).toBe(1);
    expect(m.summary.by_rule.reduce((s, c) => s + c.count, 0)).toBe(FINDINGS.length);
    expect(m.summary.by_level.find((c) => c.id === 'national')).toMatchObject({ label: 'CSDL quốc gia', count: 1 });
    expect(m.summary.by_level.find((c) => c.id === 'xa')?.count).toBe(3);
    expect(m.summary.by_sector).toEqual([{ id: 'ho-tich', label: 'Hộ tịch', count: 4, open: 3 }]);
  });

  it('lists open findings first, errors before warnings, decided ones last with their note', () => {
    expect(m.findings.map((f) => f.status)).toEqual(['open', 'open', 'open', 'justified']);
    expect(m.findings[0]?.severity).toBe('error');
    expect(m.findings[3]).toMatchObject({
      status_label: 'Khác biệt hợp lý',
      decision_note: 'Thủ tục đặc thù của tỉnh',
      title: 'Xác nhận thông tin cư trú',
    });
    expect(m.findings[0]).toMatchObject({
      rule_label: 'Phí, lệ phí không thống nhất',
      severity_label: 'Lỗi',
      title: 'Đăng ký khai sinh',
    });
  });

  it('puts a group side by side: baseline first, then each version with time as written and in working days', () => {
    const g = m.groups[0]!;
    expect(g.baseline?.id).toBe('national/1.001193');
    expect(g.records.map((r) => r.id)).toEqual(['xa/ho-tich/khai-sinh', 'xa/ho-tich/khai-sinh-tran-bien']);
    const [lenient, strict] = g.records;
    expect(lenient).toMatchObject({
      time_text: 'Ngay trong ngày',
      working_days: 0,
      localities: 'Mọi đơn vị cấp xã',
      channels_text: 'Trực tiếp, Qua bưu chính, Trực tuyến toàn trình',
    });
    expect(strict).toMatchObject({
      time_text: '3 ngày làm việc',
      working_days: 3,
      localities: 'Phường Trấn Biên',
      decision: '2228/QĐ-UBND',
      annual_volume: 1200,
    });
    expect(strict?.fees[0]?.text).toBe('50.000 đ');
    expect(strict?.legal_basis).toEqual([
      { id: 'nd-123-2015', number: '123/2015/NĐ-CP', title: 'Nghị định hướng dẫn Luật Hộ tịch', status: 'amended' },
    ]);
    expect(g.finding_keys).toHaveLength(3);
    expect(g.open_findings).toBe(3);
  });

  it('aligns the documents across the group, one cell per column, "—" where a version does not ask for it', () => {
    const g = m.groups[0]!;
    const order = [g.baseline!.id, ...g.records.map((r) => r.id)];
    for (const row of g.documents) expect(row.cells.map((c) => c.record)).toEqual(order);
    const birth = g.documents.find((d) => d.name === 'Giấy chứng sinh');
    expect(birth?.cells.map((c) => c.text)).toEqual([
      '—',
      'bản sao kèm bản chính để đối chiếu hoặc bản điện tử',
      'bản sao có chứng thực, 2 bản',
    ]);
    expect(g.documents.filter((d) => d.name.startsWith('Tờ khai'))).toHaveLength(1);
  });

  it('carries the cost figures of the cost model, per record and per group, and sums the province-wide year', () => {
    const costs = catalogueCosts(CATALOGUE, OUTCOME.findings);
    const g = m.groups[0]!;
    expect(g.savings.per_case).toEqual(costs.groups[0]?.per_case);
    expect(g.changes.map((c) => c.rule)).toEqual(['certified-copy-required']);
    const rows = m.costs.records;
    expect(rows.map((r) => r.record).sort()).toEqual([
      'xa/ho-tich/khai-sinh',
      'xa/ho-tich/khai-sinh-tran-bien',
      'xa/ho-tich/xac-nhan-cu-tru',
    ]);
    for (const r of rows.filter((r) => r.saving !== null)) expect(r.saving).toBe(r.before - (r.after ?? 0));
    // A record without a code is in too: nothing proposed for it, so after = before.
    expect(rows.find((r) => r.record === 'xa/ho-tich/xac-nhan-cu-tru')).toMatchObject({ saving: 0 });
    expect(m.ungrouped_groups.map((g) => g.records[0]?.id)).toEqual(['xa/ho-tich/xac-nhan-cu-tru']);
    const annual = m.summary.cost.annual!;
    expect(annual.saving).toBe(rows.reduce((s, r) => s + (r.annual_saving ?? 0), 0));
    expect(annual.saving).toBe(annual.before - annual.after);
    expect(annual.saving).toBeGreaterThan(0);
    expect(m.costs.parameters.map((p) => p.name)).toContain('income_per_hour');
  });

  it('puts on each finding what its own proposal saves, none on a finding about the national record alone', () => {
    expect(m.findings.find((f) => f.rule === 'certified-copy-required')?.cost?.saving).toBeGreaterThan(0);
    expect(m.findings.find((f) => f.rule === 'fee-mismatch')?.cost?.saving).toBe(0);
    expect(m.findings.find((f) => f.rule === 'ambiguous-time')?.cost).toBeUndefined();
  });

  it('keeps the orphaned decisions', () => {
    expect(m.orphaned_decisions).toEqual([
      { key: 'fee-mismatch:1.000894:le-phi', status: 'fixed', note: 'Đã thống nhất' },
    ]);
  });
});
