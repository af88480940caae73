import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as schemas from '../../../src/core/schema/index.ts';
import { renderFieldReference } from '../../../src/core/field-reference/field-reference.ts';

/** The files an editor can meet and their schemas, listed here independently of the generator. */
const FILES: Record<string, z.ZodType> = {
  'procedures/<cấp>/**/*.md': schemas.publishedRecordSchema,
  'national/**/<mã>.md': schemas.nationalRecordSchema,
  'site.yaml': schemas.siteSchema,
  'localities.yaml': schemas.localitiesSchema,
  'agencies.yaml': schemas.agenciesSchema,
  'sectors.yaml': schemas.sectorsSchema,
  'documents.yaml': schemas.documentTypesSchema,
  'legal.yaml': schemas.legalTextsSchema,
  'life-events.yaml': schemas.lifeEventsSchema,
  'synonyms.yaml': schemas.synonymsSchema,
  'review/decisions.yaml': schemas.decisionsSchema,
};

interface Key {
  path: string;
  optional: boolean;
  description?: string;
}

/** Every key path of a schema, written the way the reference writes them (`fees[].amount`). */
function keysOf(schema: z.ZodType): Key[] {
  const out: Key[] = [];
  const visit = (node: z.ZodType, path: string, optional: boolean, description: string | undefined, isKey: boolean) => {
    description ??= node.description;
    if (node instanceof z.ZodOptional) return visit(node.unwrap() as z.ZodType, path, true, description, isKey);
    if (node instanceof z.ZodNullable) return visit(node.unwrap() as z.ZodType, path, optional, description, isKey);
    if (isKey) out.push({ path, optional, ...(description ? { description } : {}) });
    if (node instanceof z.ZodObject) {
      for (const [k, v] of Object.entries(node.shape))
        visit(v as z.ZodType, path ? `${path}.${k}` : k, false, undefined, true);
    } else if (node instanceof z.ZodArray) {
      visit(node.element as z.ZodType, path === '' ? '' : `${path}[]`, false, undefined, false);
    } else if (node instanceof z.ZodUnion) {
      for (const o of node.options) visit(o as z.ZodType, path, false, undefined, false);
    }
  };
  visit(schema, '', false, undefined, false);
  return out;
}

function sections(markdown: string): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  for (const part of markdown.split(/^## /m).slice(1)) {
    const files = /`([^`]+)`/.exec(part.split('\n')[0]!)?.[1];
    const rows = new Map<string, string[]>();
    for (const line of part.split('\n')) {
      const cells = line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim());
      const key = /^`(.+)`$/.exec(cells[0] ?? '')?.[1];
      if (key && cells.length === 5) rows.set(key, cells);
    }
    if (files) out.set(files, rows);
  }
  return out;
}

const generated = renderFieldReference();
const bySection = sections(generated);

/** The row documenting `path`, following "cấu trúc như `x`" for structures written out once. */
function rowFor(rows: Map<string, string[]>, path: string): string[] | undefined {
  const direct = rows.get(path);
  if (direct) return direct;
  for (let cut = path.lastIndexOf('.'); cut > 0; cut = path.lastIndexOf('.', cut - 1)) {
    const prefix = path.slice(0, cut).replace(/\[\]$/, '');
    const same = /cấu trúc như `([^`]+)`/.exec(rows.get(prefix)?.[4] ?? '')?.[1];
    if (same) return rowFor(rows, same + path.slice(prefix.length));
  }
  return undefined;
}

describe('field reference generated from the schemas', () => {
  it('has a section for every kind of content file', () => {
    expect([...bySection.keys()].sort()).toEqual(Object.keys(FILES).sort());
  });

  for (const [file, schema] of Object.entries(FILES)) {
    it(`documents every key of ${file}, its requiredness and its schema description`, () => {
      const rows = bySection.get(file)!;
      // National records list only what differs from a published record; the rest is in that section.
      const fallback = file.startsWith('national/') ? bySection.get('procedures/<cấp>/**/*.md')! : undefined;
      const keys = keysOf(schema);
      expect(keys.length).toBeGreaterThan(1);
      for (const key of keys) {
        const row = rowFor(rows, key.path) ?? (fallback && rowFor(fallback, key.path));
        expect(row, `${file}: ${key.path}`).toBeDefined();
        if (!row) continue;
        if (rows.has(key.path)) {
          // "có điều kiện" is checked on its own below: a refinement, not the key's shape, decides it.
          if (row[2] !== 'có điều kiện')
            expect(row[2], `${file}: ${key.path} required`).toBe(key.optional ? 'không' : 'có');
        }
        if (key.description)
          expect(row[3], `${file}: ${key.path} description`).toBe(key.description.replace(/\|/g, '\\|'));
        expect(row[3], `${file}: ${key.path} has a description`).not.toBe('');
      }
    });
  }

  it('lists the allowed values of closed vocabularies', () => {
    const published = bySection.get('procedures/<cấp>/**/*.md')!;
    expect(published.get('channels.online')![4]).toBe('`none`, `partial`, `full`');
    for (const form of schemas.DOCUMENT_FORMS) expect(published.get('documents[].form')![4]).toContain(`\`${form}\``);
    expect(published.get('level')![4]).toBe('`tinh`, `huyen`, `xa`');
  });

  it('says when a key is required only on a condition', () => {
    const published = bySection.get('procedures/<cấp>/**/*.md')!;
    expect(published.get('sources')![2]).toBe('có điều kiện');
    expect(published.get('sources')![4]).toContain('demo: true');
    expect(published.get('fees[].note')![2]).toBe('có điều kiện');
  });

  it('is committed up to date (run npm run docs:fields after changing a schema)', () => {
    const committed = readFileSync(new URL('../../../docs/field-reference.md', import.meta.url), 'utf8');
    expect(committed).toBe(generated);
  });
});
