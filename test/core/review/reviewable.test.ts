import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { review } from '../../../src/core/review/engine.ts';
import { reviewableCatalogue } from '../../../src/core/review/reviewable.ts';
import { TODAY, writeContent } from './content.ts';

describe('reviewableCatalogue', () => {
  it('leaves out records whose file has a problem, so the review does not echo it', async () => {
    const dir = await writeContent({ records: { 'xa/a': { agency: 'no-such-agency' }, 'xa/b': { code: undefined } } });
    try {
      const { catalogue, problems } = await loadContent(dir);
      expect(problems.map((p) => p.file)).toEqual(['procedures/xa/a.md']);
      const reviewable = reviewableCatalogue(catalogue, problems);
      expect(reviewable.records.map((r) => r.id)).toEqual(['xa/b']);
      expect(review(reviewable, { today: TODAY }).findings.flatMap((f) => f.records)).not.toContain('xa/a');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
