/** The one-cell fields of a national record: title, levels, sector, subjects, agency, conditions. */
import type { z } from 'zod';
import type { nationalLevelSchema } from '../../schema/primitives.ts';
import { normalizeInline, normalizeText } from '../../text/normalize.ts';
import { slugify } from '../../text/slug.ts';
import { capitalizeFirst, isNoInformation, stripBullet } from './portal-text.ts';

export type NationalLevel = z.infer<typeof nationalLevelSchema>;

const LEVELS: Record<string, NationalLevel> = {
  'cấp bộ': 'bo',
  'cấp tỉnh': 'tinh',
  'cấp huyện': 'huyen',
  'cấp xã': 'xa',
  'cơ quan khác': 'khac',
};

/** "Cấp bộ, Cấp tỉnh, Cơ quan khác" -> ["bo", "tinh", "khac"]; unknown parts are returned separately. */
export function readLevels(text: string): { levels: NationalLevel[]; unknown: string[] } {
  const levels: NationalLevel[] = [];
  const unknown: string[] = [];
  for (const part of normalizeInline(text).split(/[,;]/)) {
    const key = part.trim().toLocaleLowerCase('vi');
    if (key === '') continue;
    const level = LEVELS[key];
    if (level === undefined) unknown.push(part.trim());
    else if (!levels.includes(level)) levels.push(level);
  }
  return { levels, unknown };
}

// "Thủ tục hải quan ...", "Thủ tục đối với ..." name the procedure itself: the prefix stays.
const KEEP_PREFIX = /^thủ tục\s+(?:hải quan|đối với|hành chính)/iu;

/** "Thủ tục đăng ký khai sinh" -> "Đăng ký khai sinh". */
export function readTitle(text: string): string {
  const t = normalizeInline(text);
  if (KEEP_PREFIX.test(t)) return t;
  const rest = t.replace(/^thủ tục\s*:?\s+/iu, '');
  return capitalizeFirst(rest === '' ? t : rest);
}

/** ASCII id of a sector name: "Đăng ký, quản lý cư trú" -> "dang-ky-quan-ly-cu-tru". Never cut short. */
export function sectorId(name: string): string {
  return slugify(name, { maxLength: 1000 });
}

/**
 * Subjects split on commas outside parentheses; a piece that starts in lower case continues the one before
 * ("Cán bộ, công chức, viên chức" is one subject of the portal's list).
 */
export function readSubjects(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of normalizeInline(text)) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      pieces.push(current);
      current = '';
    } else current += ch;
  }
  pieces.push(current);
  const subjects: string[] = [];
  for (const raw of pieces) {
    const piece = raw.trim();
    if (piece === '') continue;
    const previous = subjects.length - 1;
    if (previous >= 0 && /^\p{Ll}/u.test(piece)) subjects[previous] = `${subjects[previous]}, ${piece}`;
    else subjects.push(piece);
  }
  return subjects;
}

/** Free text of the implementing agency, or undefined for the portal's "no information". */
export function readAgencyText(text: string): string | undefined {
  return isNoInformation(text) ? undefined : normalizeInline(text);
}

/**
 * Conditions (yêu cầu, điều kiện), one item per line; a line that starts in lower case continues the one
 * before (the crawl breaks lines mid-sentence). Undefined when the portal says there are none.
 */
export function readConditions(text: string): string[] | undefined {
  const cut = normalizeText(text).split(/Từ khóa/u)[0] ?? '';
  if (isNoInformation(cut)) return undefined;
  const items = joinBrokenLines(cut)
    .map(stripBullet)
    .filter((line) => line !== '' && !isNoInformation(line));
  return items.length > 0 ? items : undefined;
}

// "a) ", "đ. ", "iii) " start an item even though they are in lower case.
const LOWER_ENUMERATOR = /^\p{Ll}{1,4}[).]\s/u;

/**
 * Lines of a portal text; a line that starts in lower case (and is not an item such as "a)") continues
 * the line before, because the crawl breaks lines mid-sentence.
 */
export function joinBrokenLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of normalizeText(text).split('\n')) {
    const line = normalizeInline(raw);
    if (line === '') continue;
    const last = lines.length - 1;
    if (last >= 0 && /^\p{Ll}/u.test(line) && !LOWER_ENUMERATOR.test(line)) lines[last] = `${lines[last]} ${line}`;
    else lines.push(line);
  }
  return lines;
}
