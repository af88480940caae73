/**
 * Runs one benchmark step as a child process and reads its wall time, user and system CPU and peak RSS (the
 * largest single process of its tree) from GNU time, topped up by /proc samples of the tree (process-tree.ts)
 * for children the step never waits for. Without /usr/bin/time, Node steps run under rusage-wrapper.ts.
 * Also records the CPU the rest of the machine used meanwhile: on a shared VM that is the noise to watch.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TreeSampler, type TreeSample } from './process-tree.ts';

export interface Measurement {
  exitCode: number;
  wallSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  /** user + system of the whole tree: GNU time's, or the /proc samples' when those saw more (unreaped children). */
  cpuSeconds: number;
  /** Largest single process of the tree, in MB. */
  peakRssMb: number;
  /** CPU seconds the rest of the machine used during the run (from /proc/stat); undefined where unknown. */
  otherCpuSeconds?: number;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';
const WRAPPER = join(dirname(fileURLToPath(import.meta.url)), 'rusage-wrapper.ts');

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/** Busy CPU seconds of the whole machine so far (all cores), or undefined off Linux. */
async function machineBusySeconds(): Promise<number | undefined> {
  try {
    const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!;
    // cpu user nice system idle iowait irq softirq steal ...: everything but idle and iowait is busy.
    const f = line.trim().split(/\s+/).slice(1).map(Number);
    const busy = f.reduce((s, v, i) => (i === 3 || i === 4 ? s : s + v), 0);
    return busy / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

export interface StepCommand {
  /** argv[0] is `node` (process.execPath) or another program. */
  argv: string[];
  cwd: string;
  env?: Record<string, string>;
}

export async function measure(command: StepCommand): Promise<Measurement> {
  const dir = await mkdtemp(join(tmpdir(), 'tthc-measure-'));
  const report = join(dir, 'usage.txt');
  const isNode = command.argv[0] === process.execPath;
  let argv: string[];
  if (hasGnuTime()) argv = [GNU_TIME, '-f', '%e %M %U %S', '-o', report, ...command.argv];
  else if (isNode) argv = [process.execPath, WRAPPER, report, ...command.argv.slice(1)];
  else throw new Error(`cannot measure ${command.argv[0]}: no ${GNU_TIME} (apt-get install -y time)`);

  const busyBefore = await machineBusySeconds();
  const started = performance.now();
  const { code, stdout, stderr, tree } = await new Promise<{
    code: number;
    stdout: string;
    stderr: string;
    tree: TreeSample | undefined;
  }>((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: command.cwd,
      env: { ...process.env, ...command.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const sampler = child.pid === undefined ? undefined : new TreeSampler(child.pid);
    sampler?.start();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (c) => {
      const done = (tree: TreeSample | undefined) =>
        resolve({
          code: c ?? 1,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
          tree,
        });
      (sampler ? sampler.stop() : Promise.resolve(undefined)).then(done, () => done(undefined));
    });
  });
  const elapsed = (performance.now() - started) / 1000;
  const busyAfter = await machineBusySeconds();
  const usage = await readFile(report, 'utf8').catch(() => '');
  await rm(dir, { recursive: true, force: true });
  // GNU time writes "Command exited with non-zero status N" before the numbers.
  const numbers = usage.trim().split('\n').pop()?.trim().split(/\s+/).map(Number) ?? [];
  const [wall, rssKb, user, sys] =
    numbers.length === 4 && numbers.every(Number.isFinite) ? numbers : [elapsed, 0, 0, 0];
  const cpu = Math.max(user! + sys!, tree?.cpuSeconds ?? 0);
  return {
    exitCode: code,
    wallSeconds: wall!,
    userSeconds: user!,
    systemSeconds: sys!,
    cpuSeconds: cpu,
    peakRssMb: Math.max(rssKb! / 1024, tree?.peakRssMb ?? 0),
    ...(busyBefore !== undefined && busyAfter !== undefined
      ? { otherCpuSeconds: Math.max(0, busyAfter - busyBefore - cpu) }
      : {}),
    stdout,
    stderr,
  };
}
