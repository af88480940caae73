/** What the simplification proposal changes in a record, read from each finding's evidence. */
import { describe, expect, it } from 'vitest';
import { applyChanges, proposedChanges } from '../../../../src/core/review/cost/simplify.ts';
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

  it('drops only the requirement that is the obsolete paper when another names it beside a valid one', async () => {
    const catalogue = await catalogueOf({
      records: {
        'xa/a': {
          documents: [
            { name: 'Sổ hộ khẩu của chủ hộ (bản chính)', form: 'original' },
            { name: 'Giấy tờ chứng minh nơi cư trú: Sổ hộ khẩu hoặc xác nhận thông tin về cư trú', form: 'original' },
          ],
        },
      },
    });
    const finding = review(catalogue, { today: TODAY, rules: ['obsolete-document'] }).findings[0]!;
    // One finding for the paper, an error, listing both requirements that mention it.
    expect(finding).toMatchObject({
      rule: 'obsolete-document',
      severity: 'error',
      evidence: {
        'xa/a': [
          'Sổ hộ khẩu của chủ hộ (bản chính)',
          'Giấy tờ chứng minh nơi cư trú: Sổ hộ khẩu hoặc xác nhận thông tin về cư trú',
        ],
      },
    });
    const changes = proposedChanges(finding, catalogue);
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'drop_document',
        documents: ['Sổ hộ khẩu của chủ hộ (bản chính)'],
        label: 'Bỏ yêu cầu "Sổ hộ khẩu của chủ hộ (bản chính)".',
      }),
    ]);
    // The record after simplification, whose cost is the proposal's "after", still asks for proof of residence.
    const after = applyChanges(
      catalogue.records.find((r) => r.id === 'xa/a')!,
      changes,
    ).record;
    expect(after.data.documents.map((d) => d.name)).toEqual([
      'Giấy tờ chứng minh nơi cư trú: Sổ hộ khẩu hoặc xác nhận thông tin về cư trú',
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
