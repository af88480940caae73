/**
 * Text from content is shown in the report files, never acted on: no formula evaluated from findings.csv, no
 * character XML forbids in report.xlsx / report.docx (Excel and Word refuse such a file as corrupt), no HTML
 * element from report.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { csvField, renderFindingsCsv } from '../../../src/core/report/findings-csv.ts';
import { renderDocx } from '../../../src/core/report/docx.ts';
import { renderMarkdown } from '../../../src/core/report/markdown.ts';
import type { ReportModel } from '../../../src/core/report/model.ts';
import { renderXlsx } from '../../../src/core/report/xlsx.ts';
import { model } from './sample.ts';

const FORMULAS = ['=1+1', '=SUM(2,3)', '+4+4', '-2+9', '@SUM(1,1)', '\t=1+1', '\r=1+1'];
const FORBIDDEN = '\u0001\u0008\u000B\u001F\uFFFE\uFFFF\uD800';

/** The sample report with hostile text where content text goes: titles, messages, notes, record ids. */
function hostile(): ReportModel {
  const m = model();
  return {
    ...m,
    title: `<script>alert(1)</script> Báo cáo <img src=x onerror=alert(1)>${FORBIDDEN}`,
    findings: m.findings.map((f, i) => ({
      ...f,
      title: `${FORMULAS[i % FORMULAS.length]!}`,
      message: `Lệ phí${FORBIDDEN} <b>khác</b> nhau`,
      decision_note: FORMULAS[(i + 1) % FORMULAS.length]!,
      records: [`-${f.records[0] ?? 'x'}`],
    })),
  };
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-inert-'));
  dirs.push(dir);
  return dir;
}

describe('findings.csv', () => {
  it('a cell starting with =, +, -, @, tab or CR gets a leading apostrophe; numbers stay numbers', () => {
    for (const f of FORMULAS) expect(csvField(f).replace(/^"|"$/g, '')).toMatch(/^'/);
    expect(csvField(-1500)).toBe('-1500');
    expect(csvField('Hộ tịch')).toBe('Hộ tịch');
  });

  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  const haveSoffice = soffice.status === 0;
  if (!haveSoffice)
    console.warn('skipped: LibreOffice (soffice) is not installed, so findings.csv is not opened in a spreadsheet');

  it.skipIf(!haveSoffice)(
    'opened in LibreOffice, no formula is evaluated (while the same cells unneutralised would be)',
    () => {
      const dir = tempDir();
      const convert = (name: string, text: string): string[][] => {
        writeFileSync(join(dir, `${name}.csv`), text);
        const result = spawnSync(
          'soffice',
          [
            `-env:UserInstallation=file://${join(dir, 'profile')}`,
            '--headless',
            '--infilter=CSV:44,34,76,1',
            '--convert-to',
            'csv:Text - txt - csv (StarCalc):44,34,76,1',
            '--outdir',
            join(dir, 'out'),
            join(dir, `${name}.csv`),
          ],
          { encoding: 'utf8', timeout: 120_000 },
        );
        expect(result.status).toBe(0);
        return readFileSync(join(dir, 'out', `${name}.csv`), 'utf8')
          .split(/\r?\n/)
          .filter((l) => l !== '')
          .map((l) =>
            (l.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((c) =>
              c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'),
            ),
          );
      };
      // Control: the same formulas without neutralising are evaluated, so this test would see an evaluation.
      const control = convert('control', `\uFEFFa,b\r\n=1+1,"=SUM(2,3)"\r\n`);
      expect(control[1]!.slice(0, 2)).toEqual(['2', '5']);

      const rows = convert('findings', renderFindingsCsv(hostile()));
      const header = rows[0]!;
      const title = header.indexOf('Tên thủ tục');
      const note = header.indexOf('Ghi chú quyết định');
      const body = rows.slice(1);
      expect(body.length).toBeGreaterThan(0);
      for (const row of body) {
        for (const col of [title, note]) {
          expect(['2', '5', '8', '7']).not.toContain(row[col]);
          expect(row[col]).toMatch(/^'[\t\r]?[=+\-@]/);
        }
      }
    },
    180_000,
  );
});

describe('report.xlsx and report.docx', () => {
  const forbidden = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/;
  async function xmlParts(bytes: Uint8Array): Promise<string[]> {
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((n) => n.endsWith('.xml'));
    return Promise.all(names.map((n) => zip.file(n)!.async('string')));
  }

  it('hold no character XML forbids, and the text around them is kept', async () => {
    for (const bytes of [await renderXlsx(hostile()), await renderDocx(hostile())]) {
      const parts = await xmlParts(bytes);
      for (const xml of parts) expect(xml).not.toMatch(forbidden);
      expect(parts.join('')).toContain('Lệ phí &lt;b&gt;khác&lt;/b&gt; nhau');
    }
  });
});

describe('report.md', () => {
  it('shows HTML in titles and messages as text, never as elements', () => {
    const md = renderMarkdown(hostile());
    expect(md).not.toMatch(/<script|<img|<b>/);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
