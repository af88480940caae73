/** Imports the national TTHC database into content/national/ (see docs/importer.md). */
import { runCli } from '../src/cli/cli.ts';
import { main, USAGE } from '../src/core/import/national/cli.ts';

// main parses its own options and reports its own errors; runCli turns anything unexpected into exit 3.
await runCli(USAGE, async () =>
  main(process.argv.slice(2), {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  }),
);
