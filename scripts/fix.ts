import { stat } from 'node:fs/promises';
import { fixContent } from '../src/core/fix/fix-content.ts';
import { checkWords } from '../src/core/words/check-output.ts';
import { formatProblems } from '../src/core/load/format-problems.ts';
import { EXIT, langOption, parseCliArgs, runCli, UsageError, type Command } from '../src/cli/cli.ts';
import { localize } from '../src/core/load/problem.ts';

const HELP = `Usage: npm run fix -- [--content DIR] [--dry-run]

Rewrites the content files into canonical form without changing what they say: Unicode NFC, zero-width
characters and the byte-order mark removed, CRLF line endings as LF, trailing whitespace removed (a Markdown
line break made of two spaces becomes "\\"), and numbers written where text is expected put in quotes exactly
as written (code: 1.001230 becomes code: "1.001230"; phone numbers keep their leading 0). Comments, key order
and layout are kept. Running it twice changes nothing the second time.

Options:
  --content DIR   content directory (default: content)
  --dry-run       print what would change, write nothing
  --lang vi|en    the language of what is printed: the changes, the summary and the files left
                  untouched (default vi)
  -h, --help      show this help

Only files read without loss are written (UTF-8, or UTF-16 which is saved as UTF-8), and only inside the
content directory: a file in another encoding ("ANSI" from Notepad), a link leading outside, a FIFO or device
is left untouched and listed with what to do.

Exit codes: 0 done (or nothing to do), 1 some files left untouched (listed), 2 usage error, 3 internal error.`;

export const command: Command = {
  help: HELP,
  async main(argv, io) {
    const { values } = parseCliArgs(
      {
        content: { type: 'string', default: 'content' },
        'dry-run': { type: 'boolean', default: false },
        lang: { type: 'string' },
      },
      argv,
      io.env,
    );
    const lang = langOption(values.lang);
    const info = await stat(values.content).catch(() => undefined);
    if (!info?.isDirectory()) throw new UsageError(`content directory not found: ${values.content}`);
    const dryRun = values['dry-run'];
    const { fixed: fixes, skipped } = await fixContent(values.content, { dryRun });
    const w = checkWords(lang);
    for (const fix of fixes) {
      io.stdout.write(
        `${values.content.replace(/\/+$/, '')}/${fix.file}\n${fix.changes.map((c) => `  ${w.change(c)}\n`).join('')}`,
      );
    }
    io.stdout.write(
      fixes.length === 0 ? `${w.alreadyCanonical(values.content)}\n` : `\n${w.filesChanged(fixes.length, dryRun)}\n`,
    );
    if (skipped.length === 0) return EXIT.ok;
    // No count line: the heading gives the count of files.
    const listed = formatProblems(
      skipped.map((p) => localize(p, lang)),
      values.content,
      lang,
      { count: false },
    );
    io.stdout.write(`\n${w.leftUntouched(skipped.length)}\n${listed}\n`);
    return EXIT.problems;
  },
};

if (import.meta.main) await runCli(command);
