import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificationFeePerCopy, lowestCaseFee, recordCost } from '../../../../src/core/review/cost/record-cost.ts';
import { DEFAULT_VALUES, resolveCostParameters } from '../../../../src/core/review/cost/parameters.ts';
import { published } from './make-records.ts';
import { recordArb } from './arbitraries.ts';

const p = DEFAULT_VALUES;
const amountOf = (cost: ReturnType<typeof recordCost>, item: string) =>
  cost.lines.find((l) => l.item === item)?.amount ?? 0;

describe('certification fee (Circular 226/2016/TT-BTC)', () => {
  it('charges 2,000 a page for pages 1-2, 1,000 from page 3, at most 200,000 a copy', () => {
    expect(certificationFeePerCopy(1, p)).toBe(2_000);
    expect(certificationFeePerCopy(2, p)).toBe(4_000);
    expect(certificationFeePerCopy(3, p)).toBe(5_000);
    expect(certificationFeePerCopy(10, p)).toBe(12_000);
    expect(certificationFeePerCopy(300, p)).toBe(200_000);
  });

  it('counts a started page as a page', () => {
    expect(certificationFeePerCopy(2.5, p)).toBe(certificationFeePerCopy(3, p));
  });
});

describe('recordCost', () => {
  it('costs an in-person record with no documents and no fee as learning plus two trips', () => {
    const cost = recordCost(published('xa/a'), p);
    expect(cost.channel).toBe('in_person');
    expect(cost.hours).toBe(p.hours_to_learn + p.trips_in_person * p.hours_per_trip);
    expect(cost.total).toBe(
      Math.round(p.hours_to_learn * p.income_per_hour) +
        Math.round(p.trips_in_person * p.hours_per_trip * p.income_per_hour) +
        p.trips_in_person * p.travel_cost_per_trip,
    );
    expect(cost.fees).toBe(0);
  });

  it('makes a certified copy pay photocopy and certification, a plain copy only the photocopy', () => {
    const certified = recordCost(
      published('xa/a', { documents: [{ name: 'Giấy chứng sinh', form: 'certified_copy' }] }),
      p,
    );
    const copy = recordCost(published('xa/b', { documents: [{ name: 'Giấy chứng sinh', form: 'copy' }] }), p);
    const shown = recordCost(
      published('xa/c', { documents: [{ name: 'Giấy chứng sinh', form: 'copy_with_original' }] }),
      p,
    );
    expect(amountOf(copy, 'copy')).toBe(p.pages_per_document * p.copy_per_page);
    expect(amountOf(copy, 'certify')).toBe(0);
    expect(amountOf(shown, 'copy')).toBe(amountOf(copy, 'copy'));
    expect(amountOf(certified, 'copy')).toBe(amountOf(copy, 'copy'));
    expect(amountOf(certified, 'certify')).toBe(certificationFeePerCopy(p.pages_per_document, p));
    expect(amountOf(certified, 'certify_time')).toBe(Math.round(p.hours_to_certify * p.income_per_hour));
    expect(amountOf(certified, 'certify_travel')).toBe(p.travel_cost_per_trip);
    expect(certified.total).toBeGreaterThan(copy.total);
  });

  it('lets the citizen use the cheapest accepted form', () => {
    const either = recordCost(
      published('xa/a', { documents: [{ name: 'Giấy chứng sinh', form: ['certified_copy', 'copy_with_original'] }] }),
      p,
    );
    expect(either.documents[0]?.form).toBe('copy_with_original');
    expect(amountOf(either, 'certify')).toBe(0);
  });

  it('does not count preparation or copies for a document that is only shown', () => {
    const cost = recordCost(published('xa/a', { documents: [{ name: 'Căn cước', form: 'present' }] }), p);
    expect(cost.lines.map((l) => l.item)).not.toContain('prepare');
    expect(cost.lines.map((l) => l.item)).not.toContain('copy');
  });

  it('multiplies copies by dossier sets; an original needs photocopies only for the extra units', () => {
    const copies = recordCost(
      published('xa/a', { dossier_sets: 2, documents: [{ name: 'Bản vẽ', form: 'copy', copies: 3 }] }),
      p,
    );
    expect(copies.documents[0]?.units).toBe(6);
    expect(amountOf(copies, 'copy')).toBe(6 * p.pages_per_document * p.copy_per_page);
    const original = recordCost(
      published('xa/b', { dossier_sets: 2, documents: [{ name: 'Đơn', form: 'original' }] }),
      p,
    );
    expect(amountOf(original, 'copy')).toBe(p.pages_per_document * p.copy_per_page);
  });

  it('leaves out documents needed only in some cases, and says so', () => {
    const cost = recordCost(
      published('xa/a', {
        documents: [
          { name: 'Tờ khai', form: 'original' },
          { name: 'Văn bản ủy quyền', form: 'certified_copy', when: 'Trường hợp ủy quyền' },
        ],
      }),
      p,
    );
    expect(cost.documents).toHaveLength(1);
    expect(amountOf(cost, 'certify')).toBe(0);
    expect(cost.notes.join(' ')).toMatch(/một số trường hợp/);
  });

  // The shape the importer once left in national 1.007662: nobody prepares a "." paper.
  it('leaves out a row that names no paper, and says so', () => {
    const cost = recordCost(
      published('xa/a', {
        documents: [
          { name: 'Tờ khai', form: 'original' },
          { name: '.', form: 'certified_copy' },
        ],
      }),
      p,
    );
    expect(cost.documents.map((d) => d.name)).toEqual(['Tờ khai']);
    expect(amountOf(cost, 'certify')).toBe(0);
    expect(cost.notes.join(' ')).toMatch(/1 dòng thành phần hồ sơ không ghi tên giấy tờ/);
  });

  it('charges no trip for full online, one for partial online, two in person', () => {
    const full = recordCost(published('xa/a', { channels: { in_person: true, postal: true, online: 'full' } }), p);
    const partial = recordCost(
      published('xa/b', { channels: { in_person: true, postal: true, online: 'partial' } }),
      p,
    );
    const inPerson = recordCost(published('xa/c'), p);
    expect(amountOf(full, 'travel')).toBe(0);
    expect(amountOf(full, 'online')).toBe(Math.round(p.hours_online * p.income_per_hour));
    expect(amountOf(partial, 'travel')).toBe(p.trips_online_partial * p.travel_cost_per_trip);
    expect(amountOf(inPerson, 'travel')).toBe(p.trips_in_person * p.travel_cost_per_trip);
    expect(full.total).toBeLessThan(partial.total);
    expect(partial.total).toBeLessThan(inPerson.total);
  });

  it('counts a walk-in answered the same day (or within a few hours) as one trip, a longer one as two', () => {
    const sameDay = recordCost(published('xa/a', { processing_time: { value: 0, unit: 'same_day' } }), p);
    const fewHours = recordCost(published('xa/b', { processing_time: { value: 4, unit: 'hours' } }), p);
    const dayLater = recordCost(published('xa/c', { processing_time: { value: 8, unit: 'hours' } }), p);
    const days = recordCost(published('xa/d', { processing_time: { value: 3, unit: 'working_days' } }), p);
    expect(amountOf(sameDay, 'travel')).toBe(p.travel_cost_per_trip);
    expect(sameDay.lines.find((l) => l.item === 'trips')?.detail).toMatch(/trong ngày/);
    expect(amountOf(fewHours, 'travel')).toBe(p.travel_cost_per_trip);
    expect(amountOf(dayLater, 'travel')).toBe(p.trips_in_person * p.travel_cost_per_trip);
    expect(amountOf(days, 'travel')).toBe(p.trips_in_person * p.travel_cost_per_trip);
    expect(days.total - sameDay.total).toBe(Math.round(p.hours_per_trip * p.income_per_hour) + p.travel_cost_per_trip);
  });

  it('takes the lowest fixed fee of the general channel, ignores amounts set elsewhere and says so', () => {
    const cost = recordCost(
      published('xa/a', {
        fees: [
          { name: 'Cá nhân', amount: 50_000 },
          { name: 'Tổ chức', amount: 100_000 },
          { name: 'Theo HĐND', amount: null, note: 'Nghị quyết HĐND tỉnh' },
        ],
      }),
      p,
    );
    expect(cost.fees).toBe(50_000);
    expect(cost.notes.some((n) => n.includes('Theo HĐND'))).toBe(true);
    const override = recordCost(
      published('xa/b', {
        fees: [{ name: 'Lệ phí', amount: 50_000 }],
        by_channel: { in_person: { fees: [{ name: 'Lệ phí', amount: 30_000 }] } },
      }),
      p,
    );
    expect(override.fees).toBe(30_000);
  });

  it('adds up charges that are cumulative (appraisal fee + lệ phí) and takes the lowest alternative within each', () => {
    // The shape of Đồng Nai's first land certificate record: three appraisal fees by asset, four lệ phí by place and asset.
    const record = published('xa/a', {
      fees: [
        {
          name: 'Phí thẩm định hồ sơ cấp Giấy chứng nhận (hộ gia đình, cá nhân) - về quyền sử dụng đất',
          amount: 880_000,
          per: 'Giấy chứng nhận',
        },
        {
          name: 'Phí thẩm định hồ sơ cấp Giấy chứng nhận (hộ gia đình, cá nhân) - cả đất và tài sản',
          amount: 1_250_000,
          per: 'Giấy chứng nhận',
        },
        { name: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất - tại phường', amount: 30_000, per: 'giấy' },
        { name: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất - tại xã, thị trấn', amount: 15_000, per: 'giấy' },
      ],
    });
    const cost = recordCost(record, p);
    expect(cost.fees).toBe(880_000 + 15_000);
    expect(cost.lines.filter((l) => l.component === 'fees').map((l) => [l.label, l.amount, l.detail])).toEqual([
      [
        'Phí',
        880_000,
        'Phí thẩm định hồ sơ cấp Giấy chứng nhận (hộ gia đình, cá nhân) - về quyền sử dụng đất, mỗi Giấy chứng nhận',
      ],
      ['Lệ phí', 15_000, 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất - tại xã, thị trấn, mỗi giấy'],
    ]);
    expect(cost.notes.join(' ')).toMatch(/cộng dồn: phí \+ lệ phí/);
    expect(lowestCaseFee(record)).toBe(895_000);
  });

  it('keeps every row an alternative when a row does not say which charge it is', () => {
    const record = published('xa/a', {
      fees: [
        { name: 'Lệ phí đăng ký kết hôn', amount: 30_000 },
        { name: 'Trường hợp đăng ký lại', amount: 20_000 },
      ],
    });
    expect(recordCost(record, p).fees).toBe(20_000);
    expect(lowestCaseFee(record)).toBe(20_000);
  });

  it('reports processing days beside the cost without changing it (waiting is not a cost, only the visits)', () => {
    const fast = recordCost(published('xa/a', { processing_time: { value: 1, unit: 'working_days' } }), p);
    const slow = recordCost(published('xa/b', { processing_time: { value: 2, unit: 'months' } }), p);
    expect(fast.processing_working_days).toBe(1);
    expect(slow.processing_working_days).toBe(44);
    expect(slow.total).toBe(fast.total);
    const unreadable = recordCost(published('xa/c', { processing_time: 'Không có thông tin' }), p);
    expect(unreadable.processing_working_days).toBeNull();
  });

  it('applies site.yaml overrides', () => {
    const record = published('xa/a', { documents: [{ name: 'Bản vẽ', form: 'copy' }] });
    const base = recordCost(record, p);
    const { values } = resolveCostParameters({ income_per_hour: 2 * p.income_per_hour, copy_per_page: 1_000 });
    const doubled = recordCost(record, values);
    expect(doubled.time_cost).toBeCloseTo(2 * base.time_cost, -1);
    expect(amountOf(doubled, 'copy')).toBe(p.pages_per_document * 1_000);
  });

  it('keeps its arithmetic: lines add up to the total, parts to the components, nothing negative', () => {
    fc.assert(
      fc.property(recordArb('xa/x'), (record) => {
        const cost = recordCost(record, p);
        const sum = cost.lines.reduce((s, l) => s + l.amount, 0);
        expect(cost.total).toBe(sum);
        expect(cost.time_cost + cost.out_of_pocket + cost.fees).toBe(cost.total);
        expect(Object.values(cost.components).reduce((s, v) => s + v, 0)).toBe(cost.total);
        for (const l of cost.lines) {
          expect(l.amount).toBe(Math.round(l.quantity * l.unit_cost));
          expect(l.amount).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});

describe('fees as the law charges them', () => {
  const certify = published('xa/chung-thuc', {
    fees: [
      { name: 'Phí chứng thực bản sao - trang thứ nhất và thứ hai', amount: 2_000, per: 'trang' },
      { name: 'Phí chứng thực bản sao - từ trang thứ ba trở lên', amount: 1_000, per: 'trang' },
    ],
  });

  it('charges a fee per page for the pages of one document, the tier from page 3 only beyond the second page', () => {
    const two = recordCost(certify, p);
    // Not the 1,000 đ tier picked as "the lowest": pages 1 and 2 at 2,000 đ.
    expect(two.fees).toBe(Math.min(2, p.pages_per_document) * 2_000);
    const three = recordCost(certify, resolveCostParameters({ pages_per_document: 3 }).values);
    expect(three.fees).toBe(2 * 2_000 + 1 * 1_000);
    expect(three.lines.filter((l) => l.component === 'fees').map((l) => l.unit)).toEqual(['trang', 'trang']);
  });

  it('leaves out a fee for further units (a second parcel, an extra certificate): one case is one unit', () => {
    const land = published('xa/dat', {
      fees: [
        { name: 'Lệ phí cấp Giấy chứng nhận', amount: 100_000, per: 'Giấy chứng nhận' },
        { name: 'Từ Giấy chứng nhận thứ hai', amount: 50_000, per: 'Giấy chứng nhận' },
        { name: 'Mỗi Giấy chứng nhận cấp thêm', amount: 25_000, per: 'Giấy chứng nhận' },
      ],
    });
    const cost = recordCost(land, DEFAULT_VALUES);
    expect(cost.fees).toBe(100_000);
    expect(cost.notes.join(' ')).toContain('đơn vị thứ hai trở đi');
  });
});
