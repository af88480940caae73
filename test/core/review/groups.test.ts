import { describe, expect, it } from 'vitest';
import { groupRecords, groupsOf } from '../../../src/core/review/groups.ts';
import { catalogueOf } from './content.ts';

describe('groupRecords', () => {
  it('groups by code with the national record as baseline, whatever its levels, and keeps records without code apart', async () => {
    const catalogue = await catalogueOf({
      records: {
        'xa/b': {},
        'tinh/a': { code: '1.001193', level: 'tinh', agency: 'so-tu-phap' },
        'xa/c': { code: '2.000635' },
        'xa/d': { code: undefined },
      },
      national: { '1.001193': { levels: ['xa'] } },
    });
    const groups = groupRecords(catalogue.records);
    expect([...groups.byCode].map(([code, list]) => [code, list.map((r) => r.id)])).toEqual([
      ['1.001193', ['tinh/a', 'xa/b']],
      ['2.000635', ['xa/c']],
    ]);
    expect(groups.ungrouped.map((r) => r.id)).toEqual(['xa/d']);
    expect([...groupsOf(catalogue, groups)].map((g) => [g.code, g.baseline?.id])).toEqual([
      ['1.001193', 'national/1.001193'],
      ['2.000635', undefined],
    ]);
  });
});
