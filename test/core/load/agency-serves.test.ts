import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { disposeAfterEach } from '../../fixtures/dispose-after-each.ts';
import { copyFixture } from '../../scripts/run-script.ts';

const keep = disposeAfterEach();

/** The valid fixture with one more agency, a land registration branch serving some communes. */
async function withBranch(serves: string) {
  const dir = keep(copyFixture('content-valid'));
  appendFileSync(
    join(dir, 'agencies.yaml'),
    `- id: chi-nhanh-thu\n  name: Chi nhánh Văn phòng Đăng ký đất đai (thử)\n  serves: ${serves}\n` +
      '  sources: [{ title: Trang thử, url: "https://example.org/chi-nhanh" }]\n',
  );
  return loadContent(dir);
}

describe('agencies.yaml serves and sources', () => {
  it('loads the communes a branch serves and the source of its contact details', async () => {
    const { catalogue, problems } = await withBranch('[phuong-tran-bien, phuong-tam-hiep]');
    expect(problems).toEqual([]);
    expect(catalogue.agencies.get('chi-nhanh-thu')).toMatchObject({
      serves: ['phuong-tran-bien', 'phuong-tam-hiep'],
      sources: [{ title: 'Trang thử', url: 'https://example.org/chi-nhanh' }],
    });
  });

  it('reports a served commune that localities.yaml does not know, at its place in the list', async () => {
    const { problems } = await withBranch('[phuong-tran-bien, phuong-khong-co]');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'agencies.yaml',
      code: 'unknown-id',
      expected: 'an id defined in localities.yaml',
    });
    expect(problems[0]!.field).toMatch(/\.serves\.1$/);
  });
});
