import { loadContent, ContentDirectoryError } from '../src/core/load/load-content.ts';
import { formatProblems, githubAnnotations } from '../src/core/load/format-problems.ts';
import { EXIT, langOption, parseCliArgs, runCli, todayOption, UsageError, type Command } from '../src/cli/cli.ts';
import { localize } from '../src/core/load/problem.ts';
import { writeJson } from '../src/cli/write-json.ts';
import { withFixHint } from '../src/core/fix/fixable.ts';
import { changedFirst, changedLinesSince } from '../src/core/pr-check/changed-lines.ts';
import { review } from '../src/core/review/engine.ts';
import { reviewableCatalogue } from '../src/core/review/reviewable.ts';
import { findingCostOf } from '../src/core/review/cost/catalogue-costs.ts';
import { formatFindingsSummary } from '../src/core/review/format-findings.ts';
import { SEVERITY_ORDER } from '../src/core/review/order.ts';
import { checkWords } from '../src/core/words/check-output.ts';

const HELP = `Usage: npm run check -- [--content DIR] [--json] [--today YYYY-MM-DD] [--fail-on error|warning]

Checks every file of a content directory and reports every problem in one run:
file:line:column, the field, what was found and what was expected, and how to fix it.
Then reviews the records that have no problem (docs/review-rules.md) and summarises the findings.
The findings summary comes first and the verdict last: the problems with their count on the last line
("3 lỗi trong 2 tệp."), or "Nội dung hợp lệ" ("Content is valid" with --lang en).

Options:
  --content DIR        content directory (default: content)
  --json               print {summary, problems, findings} as JSON (indented on a terminal, one line otherwise)
  --today YYYY-MM-DD   the date the review counts from (default: today)
  --fail-on LEVEL      also exit 1 when an open finding is at LEVEL or worse (error, warning)
  --lang vi|en         vi (default): the summary, the verdict and the problems worded in Vietnamese
                       print in Vietnamese; en: everything in English
  -h, --help           show this help

Exit codes: 0 valid, 1 problems found, 2 usage error, 3 internal error.
Findings do not change the exit code unless --fail-on is given.
With GITHUB_ACTIONS=true each problem is also printed as an annotation, before the rest (not with --json);
on a pull request (GITHUB_BASE_REF set) the problems on the lines it changed are annotated first.`;

export const command: Command = {
  help: HELP,
  async main(argv, io) {
    const { values } = parseCliArgs(
      {
        content: { type: 'string', default: 'content' },
        json: { type: 'boolean', default: false },
        today: { type: 'string' },
        'fail-on': { type: 'string' },
        lang: { type: 'string' },
      },
      argv,
      io.env,
    );
    const lang = langOption(values.lang);
    const today = todayOption(values.today);
    const failOn = values['fail-on'];
    if (failOn !== undefined && failOn !== 'error' && failOn !== 'warning') {
      throw new UsageError(`--fail-on must be error or warning, got "${failOn}"`);
    }
    const started = performance.now();
    const { catalogue, problems: loaded } = await loadContent(values.content).catch((error: unknown) => {
      if (error instanceof ContentDirectoryError) throw new UsageError(error.message);
      throw error;
    });
    const problems = loaded.map(withFixHint).map((p) => localize(p, lang));
    const reviewed = review(reviewableCatalogue(catalogue, loaded), { today, costOf: findingCostOf });
    const summary = {
      content: values.content,
      today,
      valid: problems.length === 0,
      problems: problems.length,
      files_with_problems: new Set(problems.map((p) => p.file)).size,
      published_records: catalogue.records.length,
      national_records: catalogue.national.length,
      seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
      review: { ...reviewed.summary, orphaned_decision_keys: reviewed.decisions.orphaned.map((d) => d.key) },
    };
    // Not with --json: the annotations would make stdout invalid JSON for the tool reading it.
    if (io.env.GITHUB_ACTIONS === 'true' && problems.length > 0 && !values.json) {
      // On a pull request (GITHUB_BASE_REF), the lines it changed are annotated first: GitHub shows only the
      // first annotations of a step, and those should be the editor's own.
      const base = io.env.GITHUB_BASE_REF;
      const changed = base ? await changedLinesSince(`origin/${base}`, values.content) : undefined;
      io.stdout.write(`${githubAnnotations(changedFirst(problems, changed), values.content)}\n`);
    }
    if (values.json) {
      // Indented for a person at a terminal; one line for tools, which is much cheaper at 20,000 records.
      await writeJson(
        io.stdout,
        { summary, problems, findings: reviewed.findings },
        { indent: io.stdout.isTTY ? 2 : 0 },
      );
    } else {
      // Editors read the end of the output first: the verdict goes last, the problem count on the very last line.
      const findingsText = formatFindingsSummary(
        reviewed.findings,
        reviewed.summary,
        reviewed.decisions.orphaned,
        today,
        lang,
      );
      const verdict =
        problems.length > 0
          ? formatProblems(problems, values.content, lang)
          : `\n${checkWords(lang).valid(summary.published_records, summary.national_records, values.content)}`;
      io.stdout.write(`${findingsText}\n${verdict}\n`);
    }
    const failing =
      failOn !== undefined &&
      reviewed.findings.some((f) => f.status === 'open' && SEVERITY_ORDER[f.severity] <= SEVERITY_ORDER[failOn]);
    return problems.length > 0 || failing ? EXIT.problems : EXIT.ok;
  },
};

if (import.meta.main) await runCli(command);
