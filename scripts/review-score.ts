import { EXIT, parseCliArgs, runCli, todayOption, UsageError, type Command } from '../src/cli/cli.ts';

const HELP = `Usage: npm run review:score -- [--content DIR] [--gold DIR] [--today YYYY-MM-DD] [--json] [--verbose]

Scores the review against its gold standard on real content (bench/review-gold/): precision per rule on the
findings an expert judged (the province's own records and national records alone apart), recall on the records
reviewed by hand, which judged findings are no longer reported and which findings nobody has judged yet.
Targets (gold.yaml) are printed as MET or MISS; they are not a pass/fail of this command.

Options:
  --content DIR        content directory (default: content)
  --gold DIR           gold standard directory (default: bench/review-gold)
  --today YYYY-MM-DD   review date (default: the date the gold was judged at, gold.yaml review_date)
  --json               the score as JSON
  --verbose            also list unjudged national findings
  -h, --help           show this help

Exit codes: 0 scored, 1 the content has problems, 2 usage error or a broken gold file, 3 internal error.`;

export const command: Command = {
  help: HELP,
  async main(argv, io) {
    const { values } = parseCliArgs(
      {
        content: { type: 'string', default: 'content' },
        gold: { type: 'string', default: 'bench/review-gold' },
        today: { type: 'string' },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
      },
      argv,
      io.env,
    );
    const [
      { ContentDirectoryError, loadContent },
      { review },
      { GoldFileError, loadGold },
      { scoreReview },
      { formatScore },
    ] = await Promise.all([
      import('../src/core/load/load-content.ts'),
      import('../src/core/review/engine.ts'),
      import('../src/core/review/gold/gold-files.ts'),
      import('../src/core/review/gold/score.ts'),
      import('../src/core/review/gold/format-score.ts'),
    ]);
    const gold = await loadGold(values.gold).catch((error: unknown) => {
      if (error instanceof GoldFileError) throw new UsageError(`${values.gold}/${error.message}`);
      throw error;
    });
    const today = values.today === undefined ? gold.settings.review_date : todayOption(values.today);
    const { catalogue, problems } = await loadContent(values.content).catch((error: unknown) => {
      if (error instanceof ContentDirectoryError) throw new UsageError(error.message);
      throw error;
    });
    if (problems.length > 0) {
      io.stderr.write(`${values.content} has ${problems.length} problem(s); run npm run check first.\n`);
      return EXIT.problems;
    }
    const report = scoreReview(review(catalogue, { today }).findings, gold);
    io.stdout.write(
      values.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : formatScore(report, gold.settings, { verbose: values.verbose }),
    );
    return EXIT.ok;
  },
};

if (import.meta.main) await runCli(command);
