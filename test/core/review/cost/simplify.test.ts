/** What the simplification proposal changes in a record, read from each finding's evidence. */
import { describe, expect, it } from 'vitest';
import { proposedChanges } from '../../../../src/core/review/cost/simplify.ts';
import { review } from '../../../../src/core/review/engine.ts';
import { catalogueOf, TODAY } from '../content.ts';

describe('the proposal of an obsolete-document finding', () => {
  it('drops the requirement that asks for the obsolete paper, so the cost after simplification counts it', async () => {
    const catalogue = await catalogueOf({
      records: {
        'xa/a': {
          documents: [
            { name: 'Tờ khai đăng ký khai sinh', form: 'original' },
            { name: 'Sổ hộ khẩu của chủ hộ (bản chính)', form: 'original' },
          ],
        },
      },
    });
    const finding = review(catalogue, { today: TODAY, rules: ['obsolete-document'] }).findings[0]!;
    expect(finding.rule).toBe('obsolete-document');
    expect(proposedChanges(finding, catalogue)).toEqual([
      expect.objectContaining({
        record: 'xa/a',
        kind: 'drop_document',
        documents: ['Sổ hộ khẩu của chủ hộ (bản chính)'],
        label: 'Bỏ yêu cầu "Sổ hộ khẩu của chủ hộ (bản chính)".',
      }),
    ]);
  });

  it('keeps a requirement that names the obsolete paper among papers still valid', async () => {
    const catalogue = await catalogueOf({
      records: { 'xa/a': { documents: [{ name: 'Chứng minh nhân dân hoặc Căn cước công dân', form: 'present' }] } },
    });
    const finding = review(catalogue, { today: TODAY, rules: ['obsolete-document'] }).findings[0]!;
    expect([finding.rule, finding.severity]).toEqual(['obsolete-document', 'warning']);
    expect(proposedChanges(finding, catalogue)).toEqual([]);
  });
});
