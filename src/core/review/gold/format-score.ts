/** The benchmark's printout of a score report: tables a reviewer reads, targets printed as met or missed. */
import type { GoldSettings } from './gold-files.ts';
import type { PrecisionRow, ScoreReport, Scope } from './score.ts';

const percent = (value: number | undefined) => (value === undefined ? '—' : `${(value * 100).toFixed(1)}%`);

function table(rows: readonly PrecisionRow[], total: PrecisionRow): string[] {
  const head = ['rule', 'findings', 'judged', 'true', 'false', 'noise', 'precision'];
  const cells = [...rows, total].map((r) =>
    [r.rule, r.findings, r.judged, r.true, r.false, r.noise, percent(r.precision)].map(String),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  return [line(head), ...cells.map(line)];
}

const SCOPE_TITLE: Record<Scope, string> = {
  province: "Findings about the province's own records",
  national: 'Findings about national records alone (judged sample)',
};

export function formatScore(report: ScoreReport, settings: GoldSettings, options: { verbose?: boolean } = {}): string {
  const out: string[] = [];
  for (const scope of ['province', 'national'] as const) {
    out.push(
      `${SCOPE_TITLE[scope]}:`,
      ...table(report.precision[scope].rows, report.precision[scope].total).map((l) => `  ${l}`),
      '',
    );
  }
  out.push(
    `Recall on the hand-reviewed records: ${report.recall.found} of ${report.recall.total} expected findings reported (${percent(report.recall.recall)}).`,
  );
  const byRecord = new Map<string, { found: number; total: number }>();
  for (const item of report.recall.items) {
    const r = byRecord.get(item.record) ?? { found: 0, total: 0 };
    r.total++;
    if (item.foundBy.length > 0) r.found++;
    byRecord.set(item.record, r);
  }
  for (const [record, r] of byRecord) out.push(`  ${record}: ${r.found}/${r.total}`);
  const missed = report.recall.items.filter((i) => i.foundBy.length === 0);
  if (missed.length > 0) {
    out.push('', `Missed (${missed.length}):`);
    for (const m of missed)
      out.push(
        `  ${m.record} ${m.expected.id} [${[m.expected.rule].flat().join('|')} ${m.expected.field}] ${m.expected.what}`,
      );
  }
  const fixed = report.recall.fixed;
  if (fixed.length > 0) {
    out.push('', `Fixed in the content since the hand review, left out of recall (${fixed.length}):`);
    for (const f of fixed) {
      out.push(
        `  ${f.record} ${f.expected.id}: ${f.expected.fixed}${f.foundBy.length > 0 ? ` — STILL REPORTED by ${f.foundBy.join(', ')}` : ''}`,
      );
    }
  }
  const { gone, back, unjudged } = report.changes;
  out.push('', 'Changes since the verdicts were given:');
  out.push(
    `  judged findings no longer reported: ${gone.length} (${gone.filter((j) => j.verdict === true).length} of them judged true)`,
  );
  for (const j of gone)
    out.push(`    ${j.verdict === true ? 'LOST TRUE ' : j.verdict === false ? 'gone false ' : 'gone noise '}${j.key}`);
  out.push(`  retired findings reported again: ${back.length}`);
  for (const j of back) out.push(`    ${j.key}`);
  for (const scope of ['province', 'national'] as const) {
    out.push(`  unjudged ${scope} findings: ${unjudged[scope].length}`);
    if (scope === 'province' || options.verbose) for (const f of unjudged[scope]) out.push(`    ${f.key}`);
  }
  const t = settings.targets;
  const target = (name: string, value: number | undefined, goal: number) =>
    `  ${value !== undefined && value >= goal ? 'MET ' : 'MISS'} ${name}: ${percent(value)} (target ≥ ${percent(goal)})`;
  out.push(
    '',
    'Targets:',
    target("precision on the province's records", report.precision.province.total.precision, t.province_precision),
    target('precision on national-only findings', report.precision.national.total.precision, t.national_precision),
    target('recall on the hand-reviewed records', report.recall.recall, t.recall),
  );
  return `${out.join('\n')}\n`;
}
