/**
 * Kết quả: result names each followed by "Mã: KQ.Gxx.nnnnnn", then portal boilerplate ("Từ khóa...",
 * "Mô tả...", "Chọn cơ quan thực hiện...", "Nộp hồ sơ") that is dropped.
 */
import { normalizeInline } from '../../text/normalize.ts';
import { isNoInformation, stripBullet } from './portal-text.ts';
import type { Warnings } from './warnings.ts';

export interface ResultFields {
  result: string;
  codes: string[];
}

const BOILERPLATE = /Từ khóa|Chọn cơ quan thực hiện/u;
const STANDARD_CODE = /^KQ\.G\d{2}\.\d{6}/u;
// A code the portal did not write in the standard form: letters, digits and ".-_+" up to the next name.
const OTHER_CODE = /^[A-Za-z0-9][A-Za-z0-9.\-_+]*/u;

export function readResults(input: string, warnings: Warnings): ResultFields {
  const text = normalizeInline(input).split(BOILERPLATE)[0]!.trim();
  const names: string[] = [];
  const codes: string[] = [];
  const parts = text.split(/Mã\s?:\s?/u);
  let name = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const standard = STANDARD_CODE.exec(part)?.[0];
    const code = standard ?? otherCode(part);
    if (standard !== undefined) {
      if (!codes.includes(standard)) codes.push(standard);
    } else if (code !== '') warnings.add('result_code_nonstandard', code);
    pushName(names, code !== '' && standard === undefined ? `${clean(name)} (mã ${code})` : name);
    name = part.slice(code.length);
  }
  pushName(names, name);
  if (names.length === 0) warnings.add('result_missing');
  return { result: names.join('; '), codes };
}

/** A non-standard code ends where a capitalised word of the next name begins ("...KQ1234Giấy phép"). */
function otherCode(part: string): string {
  const run = OTHER_CODE.exec(part)?.[0] ?? '';
  const rest = part.slice(run.length);
  if (rest !== '' && /^\p{L}/u.test(rest)) return run.replace(/[A-Z][a-z]*$/u, '');
  return run;
}

function clean(name: string): string {
  return stripBullet(name)
    .replace(/[.;,\s]+$/u, '')
    .trim();
}

function pushName(names: string[], raw: string): void {
  const name = clean(raw);
  if (name === '' || /^\.+$/u.test(name) || isNoInformation(name) || names.includes(name)) return;
  names.push(name);
}
