import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isRealDate } from '../core/schema/primitives.ts';

/** A mistake in how a command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export const EXIT = { ok: 0, problems: 1, usage: 2, internal: 3 } as const;

/** `-h` / `--help` was given: runCli prints the help and exits 0 without running the command. */
class HelpRequested extends Error {}

/**
 * Runs a command-line entry: usage errors print the help and exit 2; anything unexpected is reported as an
 * internal error (never mistaken for a content problem) and exits 3.
 */
export async function runCli(help: string, main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(`${help}\n`);
      process.exitCode = EXIT.ok;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${help}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    process.stderr.write(
      `Internal error (a bug in tthc-kb, not a problem in your content): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = EXIT.internal;
  }
}

/** Parses the options (every command also takes -h/--help, answered by runCli); a mistake is a UsageError. */
export function parseCliArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  options: T,
  args = process.argv.slice(2),
) {
  const swallowed = swallowedByNpm(Object.keys(options));
  if (swallowed.length > 0) {
    const script = process.env.npm_lifecycle_event ?? '<script>';
    throw new UsageError(
      `npm giữ ${swallowed.map((o) => `--${o}`).join(', ')} cho chính nó vì thiếu "--": các tùy chọn của lệnh phải đứng sau "--", ví dụ: npm run ${script} -- ${swallowed.map((o) => `--${o} …`).join(' ')}\n` +
        `(npm took ${swallowed.map((o) => `--${o}`).join(', ')} as its own options: put the command's options after "--".)`,
    );
  }
  const strict = (opts: T) => parseArgs({ args, options: opts, allowPositionals: false, strict: true });
  let parsed: ReturnType<typeof strict>;
  try {
    parsed = strict({ ...options, help: { type: 'boolean', short: 'h' } });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if ((parsed.values as { help?: boolean }).help) throw new HelpRequested();
  return parsed;
}

/**
 * Options npm took for itself: `npm run new --code 1.001193` (no "--") makes npm read `--code` as its own
 * config, export npm_config_code=true and pass "1.001193" to the script as a stray argument. Only under
 * `npm run` (npm_lifecycle_event set), and only names the command itself takes.
 */
function swallowedByNpm(names: readonly string[]): string[] {
  if (process.env.npm_lifecycle_event === undefined) return [];
  return names.filter((name) => process.env[`npm_config_${name.replace(/-/g, '_')}`] !== undefined);
}

/** `--lang`: vi (the default: problems worded in Vietnamese print in Vietnamese) or en (every message in English). */
export function langOption(value: string | undefined): 'vi' | 'en' {
  if (value === undefined || value === 'vi' || value === 'en') return value ?? 'vi';
  throw new UsageError(`--lang must be vi or en, got "${value}"`);
}

/** `--today`: a real YYYY-MM-DD date, or today's date (UTC) when absent. */
export function todayOption(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  if (!isRealDate(value)) throw new UsageError(`--today must be a date written YYYY-MM-DD, got "${value}"`);
  return value;
}
