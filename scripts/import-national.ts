/** Imports the national TTHC database into content/national/ (see docs/importer.md). */
import { runCli, type Command } from '../src/cli/cli.ts';
import { main, USAGE } from '../src/core/import/national/cli.ts';

// The importer's main parses its own options and prints its own usage errors (exit 2).
export const command: Command = {
  help: USAGE,
  main: async (argv, io) =>
    main(argv, {
      out: (text) => io.stdout.write(`${text}\n`),
      err: (text) => io.stderr.write(`${text}\n`),
    }),
};

if (import.meta.main) await runCli(command);
