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
export function parseCliArgs<T extends NonNullable<ParseArgsConfig['options']>>(options: T, args = process.argv.slice(2)) {
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

/** `--today`: a real YYYY-MM-DD date, or today's date (UTC) when absent. */
export function todayOption(value: string | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  if (!isRealDate(value)) throw new UsageError(`--today must be a date written YYYY-MM-DD, got "${value}"`);
  return value;
}
