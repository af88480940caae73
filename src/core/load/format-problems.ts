import { isVietnamese, problemMessage, type Lang, type Problem } from './problem.ts';
import { checkWords } from '../words/check-output.ts';

/**
 * Human output: problems grouped by file, one line each plus its fix, then counts (`count: false` leaves the count
 * out, for a caller whose heading already gives it).
 */
export function formatProblems(
  problems: readonly Problem[],
  contentDir: string,
  lang: Lang = 'vi',
  { count = true }: { count?: boolean } = {},
): string {
  const w = checkWords(lang);
  const out: string[] = [];
  let current = '';
  for (const p of problems) {
    if (p.file !== current) {
      current = p.file;
      out.push('', `${join(contentDir, p.file)}`);
    }
    out.push(`  ${join(contentDir, p.file)}:${p.line}:${p.column}  ${p.field || w.wholeFile}  ${problemMessage(p)}`);
    if (p.hint) out.push(`      ${w.fix}: ${p.hint}`);
  }
  if (count) out.push('', w.problemCount(problems.length, new Set(problems.map((p) => p.file)).size));
  return out.join('\n');
}

/** GitHub Actions workflow commands: each problem shows on its line in the pull request. */
export function githubAnnotations(problems: readonly Problem[], contentDir: string): string {
  return problems
    .map((p) => {
      const title = escapeProperty(`${p.field || 'file'}`);
      const message = escapeData(
        `${problemMessage(p)}${p.hint ? `. ${isVietnamese(p) ? 'Cách sửa' : 'Fix'}: ${p.hint}` : ''}`,
      );
      return `::error file=${escapeProperty(join(contentDir, p.file))},line=${p.line},col=${p.column},title=${title}::${message}`;
    })
    .join('\n');
}

function join(dir: string, file: string): string {
  return dir === '' || dir === '.' ? file : `${dir.replace(/\/+$/, '')}/${file}`;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
