import { loadContent, ContentDirectoryError } from '../src/core/load/load-content.ts';
import { formatProblems, githubAnnotations } from '../src/core/load/format-problems.ts';
import { EXIT, parseCliArgs, runCli, todayOption, UsageError } from '../src/cli/cli.ts';
import { withFixHint } from '../src/core/editor/fixable.ts';

const HELP = `Usage: npm run check -- [--content DIR] [--json] [--today YYYY-MM-DD]

Checks every file of a content directory and reports every problem in one run:
file:line:column, the field, what was found and what was expected, and how to fix it.

Options:
  --content DIR        content directory (default: content)
  --json               print {summary, problems, findings} as JSON
  --today YYYY-MM-DD   the date the review counts from (default: today)
  -h, --help           show this help

Exit codes: 0 valid, 1 problems found, 2 usage error, 3 internal error.
With GITHUB_ACTIONS=true each problem is also printed as an annotation.`;

await runCli(HELP, async () => {
  const { values } = parseCliArgs({
    content: { type: 'string', default: 'content' },
    json: { type: 'boolean', default: false },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  const today = todayOption(values.today);
  const started = performance.now();
  const { catalogue, problems: loaded } = await loadContent(values.content).catch((error: unknown) => {
    if (error instanceof ContentDirectoryError) throw new UsageError(error.message);
    throw error;
  });
  const problems = loaded.map(withFixHint);
  const summary = {
    content: values.content,
    today,
    valid: problems.length === 0,
    problems: problems.length,
    files_with_problems: new Set(problems.map((p) => p.file)).size,
    published_records: catalogue.records.length,
    national_records: catalogue.national.length,
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ summary, problems, findings: [] }, null, 2)}\n`);
  } else if (problems.length > 0) {
    process.stdout.write(`${formatProblems(problems, values.content)}\n`);
  } else {
    process.stdout.write(`Content is valid: ${summary.published_records} published and ${summary.national_records} national records in ${values.content}.\n`);
  }
  if (process.env.GITHUB_ACTIONS === 'true' && problems.length > 0) {
    process.stdout.write(`${githubAnnotations(problems, values.content)}\n`);
  }
  return problems.length > 0 ? EXIT.problems : EXIT.ok;
});
