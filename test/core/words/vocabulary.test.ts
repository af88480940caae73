import { describe, expect, it } from 'vitest';
import { OTHER_BODY_KINDS } from '../../../src/core/catalogue/serving-bodies.ts';
import { CHANNEL_IDS, ONLINE_LEVELS } from '../../../src/core/schema/channels.ts';
import { DOCUMENT_FORMS } from '../../../src/core/schema/document-requirement.ts';
import { FORMER_UNIT_TYPES } from '../../../src/core/schema/localities.ts';
import { nationalLevelSchema } from '../../../src/core/schema/primitives.ts';
import { DECISION_STATUSES, LEGAL_STATUSES } from '../../../src/core/schema/vocabularies.ts';
import {
  capitalised,
  CHANNEL_WORDS,
  DOCUMENT_FORM_WORDS,
  FINDING_STATUS_WORDS,
  FORMER_UNIT_TYPE_WORDS,
  LEGAL_STATUS_WORDS,
  LEVEL_WORDS,
  ONLINE_WORDS,
  OTHER_BODY_WORDS,
} from '../../../src/core/words/vocabulary.ts';

// Every value the schema accepts has words, and no words are kept for a value the schema dropped: a new enum
// value without words would reach a page or a report as its code.
const ENUMS: [string, readonly string[], Readonly<Record<string, string>>][] = [
  ['document forms', DOCUMENT_FORMS, DOCUMENT_FORM_WORDS],
  ['online levels', ONLINE_LEVELS, ONLINE_WORDS],
  ['channels', CHANNEL_IDS, CHANNEL_WORDS],
  ['levels', nationalLevelSchema.options, LEVEL_WORDS],
  ['legal statuses', LEGAL_STATUSES, LEGAL_STATUS_WORDS],
  ['former unit types', FORMER_UNIT_TYPES, FORMER_UNIT_TYPE_WORDS],
  ['other serving bodies', OTHER_BODY_KINDS, OTHER_BODY_WORDS],
  ['decision statuses', DECISION_STATUSES, FINDING_STATUS_WORDS],
];

describe('the Vietnamese vocabulary', () => {
  it.each(ENUMS)('has words for every value of the %s, and only for those', (_, values, words) => {
    for (const value of values) expect(words[value]?.trim(), value).toBeTruthy();
    if (words !== FINDING_STATUS_WORDS) expect(Object.keys(words).sort()).toEqual([...values].sort());
  });

  it('writes a certified copy the legal way on every page and in every report', () => {
    expect(DOCUMENT_FORM_WORDS.certified_copy).toBe('bản sao có chứng thực');
  });

  it('capitalises Vietnamese initials for labels', () => {
    expect(capitalised('đã sửa')).toBe('Đã sửa');
    expect(capitalised('ủy ban')).toBe('Ủy ban');
  });
});
