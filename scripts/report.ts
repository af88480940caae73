import { relative } from 'node:path';
import { EXIT, parseCliArgs, runCli, todayOption, UsageError, type Command } from '../src/cli/cli.ts';

const HELP = `Usage: npm run report -- [--content DIR] [--out DIR] [--today YYYY-MM-DD] [--volumes FILE.csv]

Reviews a content directory and writes the report the Provincial Office circulates:
  findings.json  findings for tools (the fields of check --json, with Vietnamese labels)
  findings.csv   findings for spreadsheets (UTF-8 with BOM, Vietnamese headers)
  report.xlsx    workbook: summary, findings, groups side by side, compliance cost
  report.docx    draft simplification proposal (phương án đơn giản hóa)
  report.md      short summary for a pull request
All files are replaced together, or none is: a failed run leaves the previous report as it was.

Options:
  --content DIR        content directory (default: content)
  --out DIR            output directory, new or holding only report files (default: report)
  --today YYYY-MM-DD   the report date (default: today), for repeatable reports
  --volumes FILE.csv   annual volumes (số hồ sơ một năm) per record: columns ban_ghi, ma_thu_tuc, nam,
                       so_ho_so, nguon, minh_hoa (docs/report.md); a file named *.demo.csv is illustrative
                       and every figure built on it is marked so
  -h, --help           show this help

Exit codes: 0 written, 1 the content has problems (run npm run check), 2 usage error, 3 internal error.`;

export const command: Command = {
  help: HELP,
  async main(argv, io) {
    const { values } = parseCliArgs(
      {
        content: { type: 'string', default: 'content' },
        out: { type: 'string', default: 'report' },
        today: { type: 'string' },
        volumes: { type: 'string' },
      },
      argv,
      io.env,
    );
    const today = todayOption(values.today);
    // Loaded after the arguments are checked: a usage error or --help answers at once.
    const [
      { ContentDirectoryError, loadContent },
      { buildReportModel },
      { checkOutput, OutputDirectoryError, REPORT_WRITERS, writeReport },
      { findingCostOf },
      { review },
    ] = await Promise.all([
      import('../src/core/load/load-content.ts'),
      import('../src/core/report/model.ts'),
      import('../src/core/report/write-report.ts'),
      import('../src/core/review/cost/catalogue-costs.ts'),
      import('../src/core/review/engine.ts'),
    ]);
    const usage = (error: unknown) => {
      if (error instanceof ContentDirectoryError || error instanceof OutputDirectoryError)
        throw new UsageError(error.message);
      throw error;
    };
    await checkOutput(values.out, REPORT_WRITERS).catch(usage);
    const { catalogue, problems } = await loadContent(values.content).catch(usage);
    if (problems.length > 0) {
      io.stderr.write(
        `${values.content} has ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${new Set(problems.map((p) => p.file)).size} file(s); no report written.\nRun npm run check -- --content ${values.content} to see and fix them.\n`,
      );
      return EXIT.problems;
    }
    let reviewed = catalogue;
    let volumes;
    if (values.volumes !== undefined) {
      const { readFile } = await import('node:fs/promises');
      const { formatVolumeProblems, parseVolumesCsv, withVolumes } = await import('../src/core/volumes/volumes-csv.ts');
      const text = await readFile(values.volumes).catch(() => {
        throw new UsageError(`cannot read --volumes ${values.volumes}`);
      });
      const parsed = parseVolumesCsv(new TextDecoder('utf-8').decode(text), values.volumes, catalogue, today);
      if (!parsed.table) {
        io.stderr.write(
          `${formatVolumeProblems(values.volumes, parsed.problems)}${parsed.problems.length} vấn đề trong ${values.volumes}; chưa ghi báo cáo.\n`,
        );
        return EXIT.problems;
      }
      volumes = parsed.table;
      reviewed = withVolumes(catalogue, volumes);
      if (volumes.rows.some((r) => r.demo))
        io.stdout.write(
          `Số hồ sơ một năm từ ${volumes.file}: ${volumes.rows.filter((r) => r.demo).length} số liệu MINH HỌA, không phải số liệu thật.\n`,
        );
    }
    const result = review(reviewed, { today, costOf: findingCostOf });
    const model = buildReportModel(reviewed, result, today, volumes ? { volumes } : {});
    const files = await writeReport(model, values.out).catch(usage);
    const s = model.summary;
    io.stdout.write(
      `Report for ${today}: ${s.published_records} published and ${s.national_records} national records, ${s.findings.total} findings (${s.findings.open} open).\n` +
        files.map((f) => `  wrote ${relative(io.cwd, f) || f}\n`).join(''),
    );
    return EXIT.ok;
  },
};

if (import.meta.main) await runCli(command);
