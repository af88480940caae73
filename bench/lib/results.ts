/**
 * Benchmark results: per step summaries, the ratios computed within one run, the targets with PASS/MISS,
 * and the printed table. Targets are reported, never asserted.
 */
import type { Measurement } from './measure.ts';
import type { PageWeight } from './page-weight.ts';
import type { QueryBytes } from './search-bytes.ts';
import { STEP_LABELS, type StepName } from './steps.ts';

export interface StepResult {
  name: StepName;
  status: 'ok' | 'failed' | 'n/a';
  note?: string;
  runs: Omit<Measurement, 'stdout' | 'stderr'>[];
  /** Minimum over runs: the least disturbed run (I/O noise only ever adds). */
  wallSeconds?: number;
  cpuSeconds?: number;
  peakRssMb?: number;
  otherCpuSeconds?: number;
}

export interface SizeResult {
  records: number;
  national: number;
  files: number;
  contentMb: number;
  generateSeconds: number;
  steps: StepResult[];
  /** The site build already writes the report's downloads (report.xlsx...): then npm run build includes the report. */
  siteIncludesReport?: boolean;
  /** Search bytes and page weight of our site and of the bare reference, where each was built. */
  search?: { site: 'site' | 'bare'; queries: QueryBytes[] }[];
  pages?: { site: 'site' | 'bare'; pages: PageWeight[] }[];
}

export interface Target {
  what: string;
  value?: number;
  unit: string;
  limit: number;
  /** `le`: value must be <= limit; `lt`: strictly below. */
  op: 'le' | 'lt';
  verdict: 'PASS' | 'MISS' | 'n/a';
  note?: string;
}

export function summarise(name: StepName, runs: Measurement[], note?: string): StepResult {
  const ok = runs.every((r) => r.exitCode === 0);
  const lean = runs.map(({ stdout: _o, stderr: _e, ...r }) => r);
  return {
    name,
    status: ok ? 'ok' : 'failed',
    ...(note ? { note } : {}),
    runs: lean,
    wallSeconds: Math.min(...runs.map((r) => r.wallSeconds)),
    cpuSeconds: Math.min(...runs.map((r) => r.cpuSeconds)),
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    otherCpuSeconds: Math.max(...runs.map((r) => r.otherCpuSeconds ?? 0)),
  };
}

const step = (size: SizeResult, name: StepName) => size.steps.find((s) => s.name === name && s.status === 'ok');

function target(
  what: string,
  value: number | undefined,
  limit: number,
  unit: string,
  op: 'le' | 'lt' = 'le',
  note?: string,
): Target {
  const verdict = value === undefined ? 'n/a' : (op === 'le' ? value <= limit : value < limit) ? 'PASS' : 'MISS';
  return { what, ...(value === undefined ? {} : { value }), unit, limit, op, verdict, ...(note ? { note } : {}) };
}

const sumOf = (values: (number | undefined)[]) =>
  values.some((v) => v === undefined) ? undefined : values.reduce((a, b) => a! + b!, 0);

/** Targets of the issue, evaluated on this run's numbers. */
export function evaluateTargets(sizes: SizeResult[]): Target[] {
  const targets: Target[] = [];
  for (const size of sizes) {
    const n = size.records;
    const floor = step(size, 'floor');
    const check = step(size, 'check');
    targets.push(
      target(
        `N=${n} check / floor (wall)`,
        check && floor ? check.wallSeconds! / floor.wallSeconds! : undefined,
        3,
        '×',
        'le',
        check?.note,
      ),
    );
    targets.push(
      target(`N=${n} check / floor (CPU)`, check && floor ? check.cpuSeconds! / floor.cpuSeconds! : undefined, 3, '×'),
    );
    targets.push(target(`N=${n} check peak RSS`, check?.peakRssMb, 2048, 'MB', 'lt'));
    const buildRss = [step(size, 'site')?.peakRssMb, step(size, 'search')?.peakRssMb].filter(
      (v): v is number => v !== undefined,
    );
    targets.push(
      target(
        `N=${n} build peak RSS (site, search)`,
        buildRss.length > 0 ? Math.max(...buildRss) : undefined,
        4096,
        'MB',
        'lt',
      ),
    );
    // Our full build is site + search + report; when the site build already writes the report's downloads,
    // npm run build is the whole of it and the report step is not added a second time.
    const parts: StepName[] = size.siteIncludesReport ? ['site', 'search'] : ['site', 'search', 'report'];
    const label = size.siteIncludesReport ? 'site with report + search' : 'site + search + report';
    const ours = sumOf(parts.map((p) => step(size, p)?.wallSeconds));
    const bare = sumOf([step(size, 'bare')?.wallSeconds, step(size, 'bare-search')?.wallSeconds]);
    targets.push(
      target(
        `N=${n} full build (${label}) / bare (wall)`,
        ours !== undefined && bare ? ours / bare : undefined,
        1.3,
        '×',
      ),
    );
    const oursCpu = sumOf(parts.map((p) => step(size, p)?.cpuSeconds));
    const bareCpu = sumOf([step(size, 'bare')?.cpuSeconds, step(size, 'bare-search')?.cpuSeconds]);
    targets.push(
      target(
        `N=${n} full build / bare (CPU)`,
        oursCpu !== undefined && bareCpu ? oursCpu / bareCpu : undefined,
        1.3,
        '×',
      ),
    );
    // Targets apply to our site; the bare reference stands in only when our site has not been built.
    const search = size.search?.find((s) => s.site === 'site') ?? size.search?.[0];
    if (search) {
      const worst = Math.max(...search.queries.map((q) => q.totalBytes)) / 1024;
      const note = search.site === 'bare' ? 'measured on the bare reference (our site not indexed)' : undefined;
      targets.push(
        target(`N=${n} search, cold, worst of ${search.queries.length} queries`, worst, 150, 'KB', 'le', note),
      );
      const warm = Math.max(...search.queries.map((q) => q.indexBytes + q.fragmentBytes)) / 1024;
      targets.push(target(`N=${n} search, index + fragments only (runtime cached)`, warm, 150, 'KB', 'le', note));
    } else targets.push(target(`N=${n} search per query`, undefined, 150, 'KB'));
    const pages = size.pages?.find((p) => p.site === 'site') ?? size.pages?.[0];
    if (pages) {
      const worst = Math.max(...pages.pages.map((p) => p.totalGzipBytes)) / 1024;
      const note = pages.site === 'bare' ? 'bare reference pages (our site not built)' : undefined;
      targets.push(
        target(
          `N=${n} procedure page, gzipped HTML + CSS, worst of ${pages.pages.length}`,
          worst,
          30,
          'KB',
          'le',
          note,
        ),
      );
    } else targets.push(target(`N=${n} procedure page`, undefined, 30, 'KB'));
  }
  const [small, large] = [sizes[0], sizes[sizes.length - 1]];
  if (small && large && small !== large) {
    const factor = large.records / small.records;
    const limit = Math.round(12 * (factor / 10) * 10) / 10;
    for (const s of small.steps) {
      const a = step(small, s.name);
      const b = step(large, s.name);
      targets.push(
        target(
          `${large.records}/${small.records} ${STEP_LABELS[s.name]} (wall)`,
          a && b ? b.wallSeconds! / a.wallSeconds! : undefined,
          limit,
          '×',
        ),
      );
      targets.push(
        target(
          `${large.records}/${small.records} ${STEP_LABELS[s.name]} (CPU)`,
          a && b ? b.cpuSeconds! / a.cpuSeconds! : undefined,
          limit,
          '×',
        ),
      );
    }
  }
  return targets;
}

const fmt = (v: number | undefined, digits = 1) => (v === undefined ? '' : v.toFixed(digits));
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

export function formatTable(sizes: SizeResult[], targets: Target[]): string {
  const lines: string[] = [];
  for (const size of sizes) {
    lines.push(
      '',
      `N = ${size.records} published + ${size.national} national records (${size.files} files, ${size.contentMb.toFixed(1)} MB; generated in ${size.generateSeconds.toFixed(1)} s)`,
      `${pad('step', 30)} ${lpad('wall s', 8)} ${lpad('CPU s', 8)} ${lpad('RSS MB', 8)} ${lpad('other CPU', 9)}  note`,
    );
    for (const s of size.steps) {
      if (s.status === 'n/a') {
        lines.push(
          `${pad(STEP_LABELS[s.name], 30)} ${lpad('', 8)} ${lpad('', 8)} ${lpad('', 8)} ${lpad('', 9)}  ${s.note ?? 'n/a'}`,
        );
        continue;
      }
      lines.push(
        `${pad(STEP_LABELS[s.name], 30)} ${lpad(fmt(s.wallSeconds), 8)} ${lpad(fmt(s.cpuSeconds), 8)} ${lpad(fmt(s.peakRssMb, 0), 8)} ${lpad(fmt(s.otherCpuSeconds), 9)}  ${s.status === 'failed' ? 'FAILED ' : ''}${s.note ?? ''}`,
      );
    }
    if (size.siteIncludesReport)
      lines.push('(the site build writes the report downloads itself: npm run build includes the report)');
    for (const search of size.search ?? []) {
      lines.push(`search bytes (${search.site}), cold cache: total = runtime + filters + index + fragments`);
      for (const q of search.queries) {
        lines.push(
          `  "${q.query}": ${q.results} results, ${kb(q.totalBytes)} = ${kb(q.runtimeBytes)} + ${kb(q.filterBytes)} + ${kb(q.indexBytes)} + ${kb(q.fragmentBytes)}`,
        );
      }
    }
    for (const pages of size.pages ?? []) {
      lines.push(`procedure pages (${pages.site}), gzipped HTML + CSS:`);
      for (const p of pages.pages)
        lines.push(`  ${p.page}: ${kb(p.totalGzipBytes)} (HTML ${kb(p.htmlGzipBytes)}, CSS ${kb(p.cssGzipBytes)})`);
    }
  }
  lines.push('', 'Targets (reported, not asserted):');
  for (const t of targets) {
    const value = t.value === undefined ? 'n/a' : `${t.value.toFixed(t.unit === '×' ? 2 : 0)} ${t.unit}`;
    lines.push(
      `  ${pad(t.verdict, 4)}  ${pad(t.what, 58)} ${lpad(value, 12)}  (${t.op === 'le' ? '≤' : '<'} ${t.limit} ${t.unit})${t.note ? `  ${t.note}` : ''}`,
    );
  }
  return lines.join('\n');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
