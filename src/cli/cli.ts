import type { Writable } from 'node:stream';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isRealDate } from '../core/schema/primitives.ts';

/** A mistake in how a command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export const EXIT = { ok: 0, problems: 1, usage: 2, internal: 3 } as const;

/** `-h` / `--help` was given: runCli prints the help and exits 0 without running the command. */
class HelpRequested extends Error {}

/** Where a command reads and writes: the process's own streams, or a test's. */
export interface Io {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  /** The folder relative paths are read from (printed paths are made relative to it). */
  cwd: string;
}

/** A script's command: its help, and its main, which returns the exit code and throws UsageError for bad usage. */
export interface Command {
  help: string;
  main(argv: readonly string[], io: Io): Promise<number>;
}

/**
 * Runs a command in-process and returns its exit code: usage errors print the help and give 2; anything
 * unexpected is reported as an internal error (never mistaken for a content problem) and gives 3.
 */
export async function runCommand(command: Command, argv: readonly string[], io: Io): Promise<number> {
  try {
    return await command.main(argv, io);
  } catch (error) {
    if (error instanceof HelpRequested) {
      io.stdout.write(`${command.help}\n`);
      return EXIT.ok;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${command.help}\n`);
      return EXIT.usage;
    }
    io.stderr.write(
      `Internal error (a bug in tthc-kb, not a problem in your content): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.internal;
  }
}

/** A script's entry: runs `command` with the process's arguments, streams and environment. */
export async function runCli(command: Command): Promise<void> {
  const io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
  process.exitCode = await runCommand(command, process.argv.slice(2), io);
}

/** Parses the options (every command also takes -h/--help, answered by runCli); a mistake is a UsageError. */
export function parseCliArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  options: T,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
) {
  const swallowed = swallowedByNpm(Object.keys(options), env);
  if (swallowed.length > 0) {
    const script = env.npm_lifecycle_event ?? '<script>';
    throw new UsageError(
      `npm giữ ${swallowed.map((o) => `--${o}`).join(', ')} cho chính nó vì thiếu "--": các tùy chọn của lệnh phải đứng sau "--", ví dụ: npm run ${script} -- ${swallowed.map((o) => `--${o} …`).join(' ')}\n` +
        `(npm took ${swallowed.map((o) => `--${o}`).join(', ')} as its own options: put the command's options after "--".)`,
    );
  }
  const strict = (opts: T) => parseArgs({ args: [...args], options: opts, allowPositionals: false, strict: true });
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
function swallowedByNpm(names: readonly string[], env: NodeJS.ProcessEnv): string[] {
  if (env.npm_lifecycle_event === undefined) return [];
  return names.filter((name) => env[`npm_config_${name.replace(/-/g, '_')}`] !== undefined);
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
