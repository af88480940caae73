/**
 * findings.csv: one finding a line, Vietnamese headers, for Excel and LibreOffice users. UTF-8 with a byte-order
 * mark (without it Excel reads Vietnamese as mojibake), RFC 4180: CRLF line ends, fields with a comma, quote or
 * line break quoted and quotes doubled. Numbers are plain (no grouping) so a spreadsheet reads them as numbers.
 * Text that a spreadsheet would take for a formula (`=…`, `+…`, `-…`, `@…`) starts with an apostrophe: it is
 * shown, never evaluated (inert-text.ts). A procedure code is written as the text formula `="1.012790"`: a
 * plain 1.012790 is read as the number 1.01279 (or 1012790 where "." groups thousands) when the file is opened by
 * double-click, and no CSV quoting prevents that. Tools read findings.json, which carries the code as a string.
 */
import { FINDING_COLUMNS } from './findings-table.ts';
import type { ReportModel } from './model.ts';
import { csvInert, xmlSafe } from './inert-text.ts';

export const FINDINGS_CSV = 'findings.csv';

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  // Text only: a number (a negative saving) is a number to the spreadsheet, never a formula.
  const text = typeof value === 'number' ? String(value) : csvInert(xmlSafe(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A procedure code that stays text in Excel and LibreOffice; anything but digits and dots is written as text. */
export function csvCode(code: string): string {
  // Digits and dots only, so the formula can carry nothing else; its quotes are doubled inside a quoted field.
  return /^[0-9]+(\.[0-9]+)*$/.test(code) ? `"=""${code}"""` : csvField(code);
}

export function renderFindingsCsv(model: ReportModel): string {
  const levelName = levelNamer(model);
  const rows = [
    FINDING_COLUMNS.map((c) => csvField(c.kind === 'percent' ? `${c.header} (%)` : c.header)).join(','),
    ...model.findings.map((f) =>
      FINDING_COLUMNS.map((c) => {
        const v = c.value(f, levelName);
        if (c.kind === 'code' && typeof v === 'string' && v !== '') return csvCode(v);
        // Ratios as percentages with up to one decimal, the way the other outputs show them.
        return csvField(c.kind === 'percent' && typeof v === 'number' ? Math.round(v * 1000) / 10 : v);
      }).join(','),
    ),
  ];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** Level id -> the level's name as the summary counts show it. */
export function levelNamer(model: ReportModel): (id: string) => string {
  const names = new Map(model.summary.by_level.map((c) => [c.id, c.label]));
  return (id) => names.get(id) ?? id;
}
