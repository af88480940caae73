import { describe, expect, it } from 'vitest';
import { mentionsCouncilSetFee } from '../../../src/core/money/council-fee.ts';

describe('mentionsCouncilSetFee', () => {
  it.each([
    // 1.000080
    'Miễn phí(Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương quyết định.)',
    'Miễn phí(Theo quy định của Hội đồng nhân dân cấp tỉnh)',
    'Phí, lệ phí (nếu có): Hội đồng nhân dân cấp tỉnh quyết định',
    'Mức phí do Nghị quyết HĐND quy định theo địa bàn',
    'mức lệ phí do hội đồng nhân dân tỉnh quyết định'.normalize('NFD'),
  ])('is true for %j', (text) => {
    expect(mentionsCouncilSetFee(text)).toBe(true);
  });

  it.each([
    'Miễn phí(do Ủy ban nhân dân cấp tỉnh quy định.)', // 1.004122: the provincial committee, not the council
    'Miễn phí(Theo quy định của Luật phí và lệ phí)',
    'Hội đồng nhân dân cấp xã xác nhận',
    'Miễn phí',
  ])('is false for %j', (text) => {
    expect(mentionsCouncilSetFee(text)).toBe(false);
  });
});
