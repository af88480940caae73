import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadContent, ContentDirectoryError } from '../src/core/load/load-content.ts';
import { scaffoldRecord, ScaffoldError } from '../src/core/scaffold/scaffold-record.ts';
import type { LevelId } from '../src/core/catalogue/types.ts';
import { EXIT, parseCliArgs, runCli, todayOption, UsageError, type Command } from '../src/cli/cli.ts';

const HELP = `Usage: npm run new -- --code 1.001193 --level xa [--locality ID] [--agency ID] [--slug NAME] [--content DIR]

Creates procedures/<level>/[<locality>/]<slug>.md, prefilled from the national record of the code
(national/**/<code>.md): title, sector, subjects, processing time, fees, documents, steps, channels, result,
legal basis (as legal.yaml ids where the number matches) and sources. What the national data cannot give
(the local agency, the review date, a time without a unit) is left empty and marked "# TODO:", so
npm run check fails exactly there until you fill it. Without a national record, a commented template.
An existing file is never overwritten.

Options:
  --code CODE          national procedure code, e.g. 1.001193 (required)
  --level LEVEL        tinh, huyen or xa, as enabled in site.yaml (required)
  --locality ID        a locality's own version (an id in localities.yaml)
  --agency ID          the implementing agency (an id in agencies.yaml); default: the national one when it
                       fits the level, else left as a TODO
  --slug NAME          file name without .md (default: from the title)
  --content DIR        content directory (default: content)
  --today YYYY-MM-DD   agencies that ended before this date are not suggested (default: today)
  -h, --help           show this help

A wrong --locality or --agency is answered with the closest ids ("did you mean"); a level, locality or
agency that has ended by --today is created anyway, with a warning.
Options go after "--" (npm run new -- --code …): without it npm keeps them for itself, which is said plainly.

Exit codes: 0 created, 1 the file exists already, 2 usage error, 3 internal error.`;

export const command: Command = {
  help: HELP,
  async main(argv, io) {
    const { values } = parseCliArgs(
      {
        code: { type: 'string' },
        level: { type: 'string' },
        locality: { type: 'string' },
        agency: { type: 'string' },
        slug: { type: 'string' },
        content: { type: 'string', default: 'content' },
        today: { type: 'string' },
      },
      argv,
      io.env,
    );
    if (!values.code || !values.level) throw new UsageError('--code and --level are required');
    const { catalogue } = await loadContent(values.content).catch((error: unknown) => {
      if (error instanceof ContentDirectoryError) throw new UsageError(error.message);
      throw error;
    });
    let scaffold;
    try {
      scaffold = scaffoldRecord(catalogue, {
        code: values.code,
        level: values.level as LevelId,
        today: todayOption(values.today),
        ...(values.locality ? { locality: values.locality } : {}),
        ...(values.agency ? { agency: values.agency } : {}),
        ...(values.slug ? { slug: values.slug } : {}),
      });
    } catch (error) {
      if (error instanceof ScaffoldError) throw new UsageError(error.message);
      throw error;
    }
    const path = join(values.content, scaffold.file);
    await mkdir(dirname(path), { recursive: true });
    try {
      await writeFile(path, scaffold.text, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      io.stderr.write(`${path} exists already; nothing written. Edit it, or choose another name with --slug.\n`);
      return EXIT.problems;
    }
    const out = [
      `Created ${path}${scaffold.from ? ` from ${scaffold.from}` : ' (no national record of this code: a template)'}.`,
      `Fill the keys marked "# TODO:": ${scaffold.todo.join(', ')}. Then run: npm run check -- --content ${values.content}`,
    ];
    if (scaffold.sameCode.length > 0) {
      out.push(
        `Records with the same code at this level already exist: ${scaffold.sameCode.join(', ')}. A locality's own version needs --locality.`,
      );
    }
    for (const warning of scaffold.warnings) out.push(`Cảnh báo: ${warning}`);
    io.stdout.write(`${out.join('\n')}\n`);
    return EXIT.ok;
  },
};

if (import.meta.main) await runCli(command);
