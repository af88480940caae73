import { describe, expect, it } from 'vitest';
import { costParametersSchema } from '../../../../src/core/schema/cost-parameters.ts';
import { siteSchema } from '../../../../src/core/schema/site.ts';
import { COST_PARAMETER_NAMES, DEFAULT_COST_PARAMETERS } from '../../../../src/core/review/cost/default-parameters.ts';
import { resolveCostParameters } from '../../../../src/core/review/cost/parameters.ts';

describe('cost parameters', () => {
  it('gives every parameter site.yaml accepts a default with unit, source and year', () => {
    const accepted = Object.keys(costParametersSchema.shape).sort();
    expect([...COST_PARAMETER_NAMES].sort()).toEqual(accepted);
    for (const name of COST_PARAMETER_NAMES) {
      const info = DEFAULT_COST_PARAMETERS[name];
      expect(info.unit, name).not.toBe('');
      expect(info.source.length, name).toBeGreaterThan(20);
      expect(info.year, name).toBeGreaterThanOrEqual(2016);
    }
  });

  it('derives income per hour from a monthly income over 22 working days of 8 hours', () => {
    const hourly = DEFAULT_COST_PARAMETERS.income_per_hour;
    expect(hourly.basis).toBe('statistic');
    expect(hourly.source).toMatch(/8,4 triệu/);
    expect(hourly.value).toBe(Math.round(8_400_000 / (22 * 8)));
  });

  it('keeps the spec example of site.yaml valid and applies it', () => {
    const site = siteSchema.parse({
      province: { id: 'dong-nai', name: 'Đồng Nai' },
      title: 'Thủ tục hành chính tỉnh Đồng Nai',
      hotline: '1022',
      portals: { national: 'https://dichvucong.gov.vn' },
      levels: ['tinh', 'xa'],
      cost: { income_per_hour: 30000, copy_per_page: 500 },
    });
    const { values, table } = resolveCostParameters(site.cost);
    expect(values.income_per_hour).toBe(30_000);
    expect(values.hours_to_learn).toBe(DEFAULT_COST_PARAMETERS.hours_to_learn.value);
    const income = table.find((row) => row.name === 'income_per_hour');
    expect(income).toMatchObject({
      overridden: true,
      basis: 'site',
      value: 30_000,
      default_value: DEFAULT_COST_PARAMETERS.income_per_hour.value,
    });
    expect(income?.source).toMatch(/site\.yaml/);
    expect(table.find((row) => row.name === 'hours_to_learn')?.overridden).toBe(false);
  });

  it('rejects a negative or misspelt parameter', () => {
    expect(costParametersSchema.safeParse({ income_per_hour: -1 }).success).toBe(false);
    expect(costParametersSchema.safeParse({ income_per_hour_: 1 }).success).toBe(false);
  });
});
