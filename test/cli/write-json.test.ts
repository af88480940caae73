import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeJson } from '../../src/cli/write-json.ts';

/** A stream that keeps every write, or fails with `failAfter` writes like a closed pipe. */
function sink(failAfter = Infinity, code = 'EPIPE') {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (writes.length >= failAfter) {
        callback(Object.assign(new Error(`write ${code}`), { code }));
        return;
      }
      writes.push(chunk.toString());
      callback();
    },
  });
  return { stream, writes, text: () => writes.join('') };
}

const VALUE = {
  summary: { content: 'content', valid: false, review: { open: 2, orphaned_decision_keys: [] }, note: undefined },
  skipped: undefined,
  problems: [{ file: 'procedures/xa/a.md', line: 3, hint: 'Viết "1.001193"\nvà\tchạy lại' }],
  empty: [],
  findings: Array.from({ length: 50 }, (_, i) => ({
    key: `fee-mismatch:1.00${i}:fees`,
    evidence: [{ id: 'xa/a', value: [i, null, { a: [] }] }],
    cost: i % 2 ? null : { hours: i / 3 },
  })),
  list: [1, undefined, 'x'],
  count: 0,
};

describe('writing the check output as JSON', () => {
  for (const indent of [0, 2]) {
    it(`writes exactly what JSON.stringify writes with indent ${indent}, in several pieces`, async () => {
      const out = sink();
      await writeJson(out.stream, VALUE, { indent, chunkSize: 200 });
      expect(out.text()).toBe(`${JSON.stringify(VALUE, null, indent)}\n`);
      expect(out.writes.length).toBeGreaterThan(5);
    });
  }

  it('writes an empty object as {}', async () => {
    const out = sink();
    await writeJson(out.stream, { gone: undefined }, { indent: 2 });
    expect(out.text()).toBe('{}\n');
  });

  it('stops quietly when the reader has gone away', async () => {
    const out = sink(2);
    await expect(writeJson(out.stream, VALUE, { indent: 0, chunkSize: 100 })).resolves.toBeUndefined();
    expect(out.writes).toHaveLength(2);
  });

  it('reports any other write error', async () => {
    const out = sink(1, 'ENOSPC');
    await expect(writeJson(out.stream, VALUE, { indent: 0, chunkSize: 100 })).rejects.toThrow('write ENOSPC');
  });
});
