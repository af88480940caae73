/**
 * Fallback for machines without GNU time: runs a Node script in this process and, when it exits, writes
 * "wall maxRssKb user sys" (GNU time's `%e %M %U %S`) to REPORT. Processes the script spawns are not counted.
 *
 * Usage: node bench/lib/rusage-wrapper.ts REPORT SCRIPT [ARGS...]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [report, script, ...args] = process.argv.slice(2);
if (!report || !script) {
  process.stderr.write('Usage: node bench/lib/rusage-wrapper.ts REPORT SCRIPT [ARGS...]\n');
  process.exit(2);
}
const started = performance.now();
process.on('exit', () => {
  const usage = process.resourceUsage();
  const wall = (performance.now() - started) / 1000;
  writeFileSync(
    report,
    `${wall.toFixed(2)} ${usage.maxRSS} ${(usage.userCPUTime / 1e6).toFixed(2)} ${(usage.systemCPUTime / 1e6).toFixed(2)}\n`,
  );
});
process.argv = [process.argv[0]!, resolve(script), ...args];
await import(pathToFileURL(resolve(script)).href);
