import { existsSync } from 'node:fs';
import { readdir, rm, stat, writeFile, mkdtemp, mkdir } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, parseCliArgs, runCli, todayOption, UsageError, type Command } from '../src/cli/cli.ts';
import { hasGnuTime, measure, type Measurement } from '../bench/lib/measure.ts';
import { htmlFiles, pageWeight, spread } from '../bench/lib/page-weight.ts';
import { evaluateTargets, formatTable, summarise, type SizeResult, type StepResult } from '../bench/lib/results.ts';
import { findChromium, measureSearchBytes } from '../bench/lib/search-bytes.ts';
import { outputs, planStep, STEP_LABELS, STEP_NAMES, type StepContext, type StepName } from '../bench/lib/steps.ts';

const HELP = `Usage: npm run bench -- [--records 2000,20000] [--runs 1] [--out bench-results.json] [--steps LIST]

For each catalogue size: generates a catalogue once (npm run gen:catalog) into tmp/bench-N-*/, then
runs each step as a child process and reads its wall time, CPU time and peak RSS:
  floor        read every file and parse its YAML, nothing else (bench/floor.ts)
  check        node scripts/check.ts --content DIR --json
  report       node scripts/report.ts --content DIR --out TMP --today 2026-11-26
  site         the site's astro build with CONTENT_DIR=DIR
  search       the site's Pagefind index (scripts/index-search.ts)
  bare         a bare Astro build of the same records (bench/bare-astro/), the reference
  bare-search  Pagefind over the bare build
  probe        bytes a browser downloads from the Pagefind index for five queries (headless Chromium),
               and the gzipped HTML + CSS of three procedure pages
Steps the project does not have yet are reported as "n/a (not built yet)". Prints a table with the
targets (PASS/MISS) and writes every number as JSON. Compare runs on the minimum wall time or on CPU
time: on a shared machine wall time varies with other jobs' I/O (the "other CPU" column shows them).

Options:
  --records LIST   catalogue sizes, comma-separated (default 2000,20000)
  --runs R         runs per step; the minimum wall and CPU time are reported (default 1)
  --steps LIST     steps to run, comma-separated (default: all)
  --seed S         generator seed (default 1)
  --today DATE     report date for check and report (default 2026-11-26)
  --out FILE       JSON results (default bench-results.json)
  --keep           keep the scratch directories under tmp/ (printed)
  -h, --help       show this help`;

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The last two go through the search page's reading: an everyday name becomes a longer official phrase.
const QUERIES = ['khai sinh', 'đăng ký kết hôn', 'giay phep khai thac', 'sổ đỏ', 'đăng kí tạm trú'];

function list(value: string, what: string): string[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) throw new UsageError(`--${what} needs at least one value`);
  return items;
}

async function directorySize(dir: string): Promise<{ files: number; bytes: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let bytes = 0;
  let files = 0;
  for (const e of entries) {
    if (!e.isFile()) continue;
    files++;
    bytes += (await stat(join(e.parentPath, e.name))).size;
  }
  return { files, bytes };
}

/** The first error line of a failed step's output, or its last lines. */
function lastLines(text: string, n = 3): string {
  const lines = text.trim().split('\n');
  const error = lines.find((l) => /\b(Error|error)\b/.test(l) && !/^\s+at /.test(l));
  return (error ?? lines.slice(-n).join(' | ')).trim().slice(0, 300);
}

/** What a successful step's output says that the table should show. */
function stepNote(name: StepName, run: Measurement): string | undefined {
  if (name !== 'check') return undefined;
  try {
    const json = JSON.parse(run.stdout) as { summary?: { problems?: number }; findings?: unknown[] };
    const findings = json.findings?.length ?? 0;
    const problems = json.summary?.problems ?? 0;
    const parts = [findings === 0 ? 'review not wired yet (0 findings)' : `${findings} findings`];
    if (problems > 0) parts.push(`${problems} content problems`);
    return parts.join('; ');
  } catch {
    return 'output is not JSON';
  }
}

async function runStep(name: Exclude<StepName, 'probe'>, ctx: StepContext, runs: number): Promise<StepResult> {
  const plan = planStep(name, ctx);
  if (!plan.available) return { name, status: 'n/a', note: plan.note, runs: [] };
  const results: Measurement[] = [];
  for (let i = 0; i < runs; i++) {
    for (const dir of plan.before ?? []) await rm(dir, { recursive: true, force: true });
    process.stderr.write(`  ${STEP_LABELS[name]} (run ${i + 1}/${runs})... `);
    const run = await measure(plan.command);
    process.stderr.write(
      `${run.wallSeconds.toFixed(1)} s, ${run.peakRssMb.toFixed(0)} MB${run.exitCode === 0 ? '' : `, exit ${run.exitCode}`}\n`,
    );
    results.push(run);
    // check exits 1 when the content has problems: still a measurement, but say so.
    if (run.exitCode !== 0 && !(name === 'check' && run.exitCode === 1)) {
      return {
        ...summarise(name, results),
        status: 'failed',
        note: `exit ${run.exitCode}: ${lastLines(run.stderr || run.stdout)}`,
      };
    }
  }
  const summary = summarise(name, results, stepNote(name, results[results.length - 1]!));
  return name === 'check' ? { ...summary, status: 'ok' } : summary;
}

async function probe(ctx: StepContext, size: SizeResult): Promise<void> {
  const ok = (n: StepName) => size.steps.some((s) => s.name === n && s.status === 'ok');
  const out = outputs(ctx);
  const chromium = findChromium();
  const indexed = [...(ok('search') ? ['site' as const] : []), ...(ok('bare-search') ? ['bare' as const] : [])];
  if (!chromium) process.stderr.write('  search bytes: skipped (no Chromium: set CHROMIUM_PATH)\n');
  for (const site of chromium ? indexed : []) {
    process.stderr.write(`  search bytes on the ${site} build...\n`);
    (size.search ??= []).push({ site, queries: await measureSearchBytes(out[site], QUERIES, chromium!) });
  }
  for (const site of [...(ok('site') ? ['site' as const] : []), ...(ok('bare') ? ['bare' as const] : [])]) {
    const pages = spread(await htmlFiles(out[site], site === 'site' ? 'thu-tuc' : 'procedures'));
    if (pages.length > 0)
      (size.pages ??= []).push({ site, pages: await Promise.all(pages.map((p) => pageWeight(out[site], p))) });
  }
}

export const command: Command = {
  help: HELP,
  async main(argv, io) {
    const { values } = parseCliArgs(
      {
        records: { type: 'string', default: '2000,20000' },
        runs: { type: 'string', default: '1' },
        steps: { type: 'string', default: STEP_NAMES.join(',') },
        seed: { type: 'string', default: '1' },
        today: { type: 'string', default: '2026-11-26' },
        out: { type: 'string', default: 'bench-results.json' },
        keep: { type: 'boolean', default: false },
      },
      argv,
      io.env,
    );
    const sizes = list(values.records, 'records').map((s) => {
      const n = Number(s);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`--records: "${s}" is not a whole number of at least 1`);
      return n;
    });
    const runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1) throw new UsageError('--runs must be a whole number of at least 1');
    const steps = list(values.steps, 'steps');
    for (const s of steps)
      if (!(STEP_NAMES as readonly string[]).includes(s))
        throw new UsageError(`unknown step "${s}" (steps: ${STEP_NAMES.join(', ')})`);
    const today = todayOption(values.today);
    if (!hasGnuTime())
      io.stderr.write(
        'No /usr/bin/time: peak RSS comes from a wrapper and misses processes a step spawns (apt-get install -y time).\n',
      );

    const machine = {
      date: new Date().toISOString(),
      nproc: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      node: process.version,
      loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
      gnuTime: hasGnuTime(),
    };
    const results: SizeResult[] = [];
    for (const records of sizes) {
      // Scratch space inside the repository's ignored tmp/: Astro prerenders into the output directory only when
      // it lies under the working directory (else into <cwd>/.astro/.prerender, shared with anyone's build), and
      // the prerendered chunks must resolve packages from the repository's node_modules.
      await mkdir(join(repo, 'tmp'), { recursive: true });
      const work = await mkdtemp(join(repo, 'tmp', `bench-${records}-`));
      const content = join(work, 'content');
      await mkdir(content);
      io.stderr.write(`N=${records}: generating into ${content}\n`);
      const gen = await measure({
        argv: [
          process.execPath,
          'scripts/gen-catalog.ts',
          '--records',
          String(records),
          '--seed',
          values.seed,
          '--out',
          content,
          '--force',
        ],
        cwd: repo,
      });
      if (gen.exitCode !== 0) throw new Error(`gen:catalog failed: ${lastLines(gen.stderr)}`);
      const { files, bytes } = await directorySize(content);
      const ctx: StepContext = { repo, content, work, today };
      const size: SizeResult = {
        records,
        national: Math.max(1, Math.round(records / 10)),
        files,
        contentMb: bytes / 2 ** 20,
        generateSeconds: gen.wallSeconds,
        steps: [],
      };
      for (const name of STEP_NAMES) {
        if (name === 'probe' || !steps.includes(name)) continue;
        // An index needs its build: no index of a failed or missing build.
        const needs = name === 'search' ? 'site' : name === 'bare-search' ? 'bare' : undefined;
        const built = needs && size.steps.find((s) => s.name === needs);
        if (built && built.status !== 'ok') {
          size.steps.push({
            name,
            status: 'n/a',
            note: `n/a (${needs} build ${built.status === 'failed' ? 'failed' : 'missing'})`,
            runs: [],
          });
          continue;
        }
        size.steps.push(await runStep(name, ctx, runs));
        if (name === 'site')
          size.siteIncludesReport = existsSync(join(outputs(ctx).site, 'bao-cao', 'tai-ve', 'report.xlsx'));
      }
      if (steps.includes('probe')) await probe(ctx, size);
      results.push(size);
      if (values.keep) io.stderr.write(`  kept ${work}\n`);
      else await rm(work, { recursive: true, force: true });
    }
    const targets = evaluateTargets(results);
    io.stdout.write(`${formatTable(results, targets)}\n`);
    io.stdout.write(
      `\nMachine: ${machine.nproc} × ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}, ${machine.date}\n`,
    );
    await writeFile(
      values.out,
      `${JSON.stringify({ machine, seed: values.seed, runs, today, sizes: results, targets }, null, 2)}\n`,
    );
    io.stdout.write(`Results written to ${values.out}\n`);
    return EXIT.ok;
  },
};

if (import.meta.main) await runCli(command);
