/**
 * Samples a process tree through /proc while it runs. GNU time only counts descendants that were waited for;
 * Pagefind's Node API starts its indexer binary and the Node process may exit before reaping it, so its memory
 * and CPU would go unseen. The sampler keeps, per process, its latest CPU time and the largest RSS seen.
 */
import { readdir, readFile } from 'node:fs/promises';

export interface TreeSample {
  /** Largest RSS of any single process of the tree, in MB. */
  peakRssMb: number;
  /** Sum over every process seen of its last sampled user + system CPU, in seconds. */
  cpuSeconds: number;
}

const CLOCK_TICKS = 100;
const PAGE_KB = 4;

interface Stat {
  ppid: number;
  cpu: number;
  rssKb: number;
}

async function readStat(pid: number): Promise<Stat | undefined> {
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: fields start after the last ")".
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15, rss 24.
    return {
      ppid: Number(fields[1]),
      cpu: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS,
      rssKb: Number(fields[21]) * PAGE_KB,
    };
  } catch {
    return undefined;
  }
}

export class TreeSampler {
  private readonly root: number;
  private readonly cpu = new Map<number, number>();
  private peakKb = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(root: number) {
    this.root = root;
  }

  start(intervalMs = 500): void {
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.sample());
    }, intervalMs);
  }

  private async sample(): Promise<void> {
    let pids: number[];
    try {
      pids = (await readdir('/proc')).filter((n) => /^\d+$/.test(n)).map(Number);
    } catch {
      return;
    }
    const stats = new Map<number, Stat>();
    await Promise.all(
      pids.map(async (pid) => {
        const s = await readStat(pid);
        if (s) stats.set(pid, s);
      }),
    );
    const inTree = new Set<number>([this.root]);
    // Parents have lower pids in general, but not always: iterate until no process joins.
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, s] of stats) {
        if (!inTree.has(pid) && inTree.has(s.ppid)) {
          inTree.add(pid);
          grew = true;
        }
      }
    }
    for (const pid of inTree) {
      const s = stats.get(pid);
      if (!s) continue;
      this.cpu.set(pid, Math.max(this.cpu.get(pid) ?? 0, s.cpu));
      this.peakKb = Math.max(this.peakKb, s.rssKb);
    }
  }

  async stop(): Promise<TreeSample> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    let cpu = 0;
    for (const v of this.cpu.values()) cpu += v;
    return { peakRssMb: this.peakKb / 1024, cpuSeconds: cpu };
  }
}
