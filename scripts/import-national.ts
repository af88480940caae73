/** Imports the national TTHC database into content/national/ (see docs/importer.md). */
import { main } from '../src/core/import/national/cli.ts';

process.exitCode = main(process.argv.slice(2), {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
