import { localize } from '../src/core/load/problem.ts';
import { appendFile } from 'node:fs/promises';
import { loadContent, ContentDirectoryError } from '../src/core/load/load-content.ts';
import { resolveRevision, UnknownRevisionError } from '../src/core/git/content-at-revision.ts';
import { costChange } from '../src/core/pr-check/cost-change.ts';
import { withFixHint } from '../src/core/fix/fixable.ts';
import { renderPrCheck, type PrCheck } from '../src/core/pr-check/pr-summary.ts';
import { findingsBetween, loadContentAt } from '../src/core/review/since.ts';
import { EXIT, parseCliArgs, runCli, todayOption, UsageError, type Command } from '../src/cli/cli.ts';

const HELP = `Usage: npm run pr-check -- --base REV [--content DIR] [--today YYYY-MM-DD] [--summary FILE]

What a pull request changes, as Markdown (the pull-request workflow writes it to the job summary):
  1. check: every problem of the content now (fix these before merging);
  2. review now against review at REV: the findings the change introduces and those it resolves
     (rule, records, message, key for review/decisions.yaml);
  3. compliance cost: each published record's cost per case at REV and now, and the totals.
The content at REV is read from git's object store; the working tree is not touched.

Options:
  --base REV           the revision to compare with, e.g. origin/main (required)
  --content DIR        content directory (default: content)
  --today YYYY-MM-DD   the review date (default: today)
  --summary FILE       also append the Markdown to FILE (e.g. "$GITHUB_STEP_SUMMARY")
  -h, --help           show this help

Exit codes: 0 compared (new findings do not fail it), 1 the content has problems, 2 usage error
(unknown revision, missing directory), 3 internal error.`;

export const command: Command = {
  help: HELP,
  async main(argv, io) {
    const { values } = parseCliArgs(
      {
        base: { type: 'string' },
        content: { type: 'string', default: 'content' },
        today: { type: 'string' },
        summary: { type: 'string' },
      },
      argv,
      io.env,
    );
    if (!values.base) throw new UsageError('--base is required (the revision to compare with, e.g. origin/main)');
    const today = todayOption(values.today);
    const now = await loadContent(values.content).catch((error: unknown) => {
      if (error instanceof ContentDirectoryError) throw new UsageError(error.message);
      throw error;
    });
    const { catalogue, problems } = now;
    const baseCommit = await resolveRevision(values.base, values.content).catch((error: unknown) => {
      if (error instanceof UnknownRevisionError) throw new UsageError(error.message);
      throw error;
    });
    const check: PrCheck = {
      base: values.base,
      baseCommit,
      content: values.content,
      today,
      // The summary is Vietnamese: each problem in its Vietnamese wording.
      problems: problems.map(withFixHint).map((p) => localize(p, 'vi')),
      published: catalogue.records.length,
      national: catalogue.national.length,
    };
    if (problems.length === 0) {
      // Each version is loaded once, for both the findings and the costs.
      const then = await loadContentAt(baseCommit, values.content);
      const since = findingsBetween(then, now, today);
      check.findings = { introduced: since.introduced, resolved: since.resolved, unchanged: since.unchanged.length };
      check.cost = costChange(then.catalogue, catalogue);
    }
    const markdown = renderPrCheck(check);
    io.stdout.write(markdown);
    if (values.summary) await appendFile(values.summary, markdown);
    return problems.length > 0 ? EXIT.problems : EXIT.ok;
  },
};

if (import.meta.main) await runCli(command);
