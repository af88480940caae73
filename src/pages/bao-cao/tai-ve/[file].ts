/**
 * The report files, built with the site by the same writers as `npm run report` (REPORT_WRITERS), from the
 * same report model the pages show: /bao-cao/tai-ve/report.xlsx, report.docx, findings.csv, findings.json, report.md.
 */
import type { APIRoute } from 'astro';
import { downloadInfo } from '../../../site/report/downloads.ts';
import { REPORT_FILES, reportFile } from '../../../site/report/load.ts';

export function getStaticPaths() {
  return REPORT_FILES.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params }) => {
  const file = params.file!;
  return new Response(await reportFile(file), { headers: { 'Content-Type': downloadInfo(file).type } });
};
