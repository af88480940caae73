import { it } from 'vitest';
import { mentionsAbolishedUnit } from '../../../src/core/review/rules/mentions-abolished-unit.ts';
import { legalBasisDiffersFromBaseline } from '../../../src/core/review/rules/legal-basis-differs-from-baseline.ts';
import { runRule } from './content.ts';
const LOC = { province: { id: 'dong-nai', name: 'Tỉnh Đồng Nai' }, districts: [{ id: 'tp-bh', name: 'Thành phố Biên Hòa', until: '2025-07-01' }], communes: [{ id: 'p-bh', name: 'Phường Biên Hòa', since: '2025-07-01' }] };
it('probe', async () => {
  for (const name of ['Lệ phí - công dân thường trú tại thành phố khác; nộp tại Phường Biên Hòa', 'Lệ phí cấp bản sao tại Phường Biên Hòa (Thành phố Hồ Chí Minh: 10.000 đ)', 'Lệ phí - Thành phố Hồ Chí Minh. Phường Biên Hòa']) {
    const f = await runRule(mentionsAbolishedUnit, { localities: LOC, records: { 'xa/a': { fees: [{ name, amount: 8000 }] } } });
    console.log(JSON.stringify(name), '=>', f.map((x) => x.message));
  }
  const legal = [
    { id: 'nd-07-2025', number: '07/2025/NĐ-CP', title: 'Nghị định sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực', status: 'in_force' },
    { id: 'luat-76-2025', number: '76/2025/QH15', title: 'Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp', status: 'in_force' },
  ];
  const f1 = await runRule(legalBasisDiffersFromBaseline, { legal, records: { 'xa/a': { legal_basis: ['nd-07-2025'] } }, national: { '1.001193': { legal_basis: [{ number: '66.7/2025/NQ-CP', title: 'Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu' }] } } });
  console.log('66.7', f1.map((x) => x.message));
  const f2 = await runRule(legalBasisDiffersFromBaseline, { legal, records: { 'xa/a': { legal_basis: ['luat-76-2025'] } }, national: { '1.001193': { legal_basis: [{ number: '202076/2025/QH15', title: 'Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp' }] } } });
  console.log('76', f2.map((x) => x.message));
  const f3 = await runRule(legalBasisDiffersFromBaseline, { legal, records: { 'xa/a': { legal_basis: [] } }, national: { '1.001193': { legal_basis: [{ number: '07/2025/NĐ-CP', title: 'x' }, { number: '66.7/2025/NQ-CP', title: 'y' }] } } });
  console.log('both', f3.map((x) => x.message));
});
