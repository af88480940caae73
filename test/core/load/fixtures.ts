/** Paths of the loader's content fixtures, and where a piece of text stands in a fixture file. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const VALID_DIR = join(FIXTURES, 'content-valid');
export const BROKEN_DIR = join(FIXTURES, 'content-broken');
export const BROKEN_DATA_DIR = join(FIXTURES, 'content-broken-data');

/** The data files every fixture content directory has. */
export const DATA_FILES = [
  'site.yaml',
  'localities.yaml',
  'agencies.yaml',
  'sectors.yaml',
  'documents.yaml',
  'legal.yaml',
  'life-events.yaml',
  'review/decisions.yaml',
] as const;

/** Files below `sub` of a content directory, relative to it, forward slashes, dotfiles left out. */
export function filesUnder(dir: string, sub: string): string[] {
  return readdirSync(join(dir, sub), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * 1-based line and column of `needle` in a fixture file. A `|` in the needle marks the column wanted
 * ("copies: |0" is the column of the 0); without it, the column of the needle's first character.
 */
export function positionOf(dir: string, file: string, needle: string): { line: number; column: number } {
  const marker = needle.indexOf('|');
  const text = needle.replace('|', '');
  const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
  const index = lines.findIndex((l) => l.includes(text));
  if (index === -1) throw new Error(`"${text}" is not in ${file}`);
  return { line: index + 1, column: lines[index]!.indexOf(text) + 1 + Math.max(marker, 0) };
}

/** 1-based line of the "---" that closes a record's front matter. */
export function closingLine(dir: string, file: string): number {
  const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
  return lines.findIndex((l, i) => i > 0 && l.trim() === '---') + 1;
}
