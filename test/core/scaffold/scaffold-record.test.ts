import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { readRecordFile } from '../../../src/core/load/read-record.ts';
import { publishedRecordSchema, type PublishedRecordData } from '../../../src/core/schema/index.ts';
import { scaffoldRecord } from '../../../src/core/scaffold/scaffold-record.ts';

const FIXTURE = fileURLToPath(new URL('../../fixtures/content-valid/', import.meta.url));

/** Text that reads as something else when written bare: the draft must keep it as the national file has it. */
const STEPS = ['1.1.', 'no', '10:30', '2026-07-01', 'Điều 5: nộp hồ sơ', 'Mức thu #2 theo NQ'];

async function draftWithSteps(steps: string[]) {
  const { catalogue } = await loadContent(FIXTURE);
  const national = catalogue.nationalByCode.get('1.001193')!;
  catalogue.nationalByCode.set('1.001193', { ...national, data: { ...national.data, steps } });
  return scaffoldRecord(catalogue, { code: '1.001193', level: 'xa', slug: 'x', today: '2026-11-26' });
}

describe('npm run new writes its draft with the project YAML writer', () => {
  it('quotes national text that reads as a number, time, date or yes/no, as the national file does', async () => {
    const draft = await draftWithSteps(STEPS);
    const steps = /^steps: (.*)$/m.exec(draft.text)?.[1];
    expect(steps).toBe('["1.1.", "no", "10:30", "2026-07-01", "Điều 5: nộp hồ sơ", "Mức thu #2 theo NQ"]');
    // A YAML 1.1 reader (older editors' tools) reads the steps as the same text, not a number or false.
    expect(parse(draft.text.split('---\n')[1]!, { version: '1.1' }).steps).toEqual(STEPS);
  });

  it('reads back through the loader with every copied value as the national record has it', async () => {
    const draft = await draftWithSteps(STEPS);
    const read = readRecordFile<PublishedRecordData>(draft.text, draft.file, publishedRecordSchema);
    expect(read.source?.syntaxErrors).toEqual([]);
    expect(read.source?.traps).toEqual([]);
    expect(read.raw?.steps).toEqual(STEPS);
    expect(read.raw?.code).toBe('1.001193');
  });
});
