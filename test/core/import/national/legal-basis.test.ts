import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLegalBasis } from '../../../../src/core/import/national/legal-basis.ts';
import { Warnings } from '../../../../src/core/import/national/warnings.ts';
import { rawRecord } from './raw-fixtures.ts';

function legal(input: string) {
  const warnings = new Warnings();
  return { ...readLegalBasis(input, warnings), kinds: warnings.list.map((w) => w.kind) };
}

const HEADER = 'Tên văn bản pháp lýMã văn bản';

describe('readLegalBasis', () => {
  it('reads the 15 texts of 1.001193 as number/title pairs', () => {
    const { refs, unread } = legal(rawRecord('bo-tu-phap/1.001193').can_cu_phap_ly);
    expect(unread).toBe('');
    expect(refs.map((r) => r.number)).toEqual([
      '85/2019/TT-BTC',
      '104/2022/NĐ-CP',
      '123/2015/NĐ-CP',
      '08/2025/TT-BTP',
      '18/2026/NĐ-CP',
      '87/2020/NĐ-CP',
      '04/2024/TT-BTP',
      '03/2023/TT-BTP',
      '106/2021/TT-BTC',
      '04/2020/TT-BTP',
      '07/2025/NĐ-CP',
      '120/2025/NĐ-CP',
      '66.7/2025/NQ-CP',
      '60/2014/QH13',
      '01/2022/TT-BTP',
    ]);
    // A number inside the title stays in the title.
    expect(refs[2]).toEqual({
      number: '123/2015/NĐ-CP',
      title:
        'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
    });
    // "Luật 60/2014/QH1360/2014/QH13": the title ends with the same number the cell repeats.
    expect(refs[13]).toEqual({ number: '60/2014/QH13', title: 'Luật 60/2014/QH13' });
    // "Thông tư số 03/2023/TT-BTP" in the number cell.
    expect(refs[7]).toEqual({
      number: '03/2023/TT-BTP',
      title: 'Thông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư pháp',
    });
  });

  it('reads "Luật số ..." glued to the title as the number cell', () => {
    const { refs } = legal(
      `${HEADER}Luật sửa đổi, bổ sung một số điều của 15 luật trong lĩnh vực nông nghiệp và môi trườngLuật số 146/2025/QH15`,
    );
    expect(refs).toEqual([
      {
        number: '146/2025/QH15',
        title: 'Luật sửa đổi, bổ sung một số điều của 15 luật trong lĩnh vực nông nghiệp và môi trường',
      },
    ]);
  });

  it('does not let a glued upper-case title swallow the number ("NĐ-CPLUẬT ...")', () => {
    const { refs } = legal(`${HEADER}Nghị định về đăng kiểm139/2018/NĐ-CPLUẬT GIAO THÔNG ĐƯỜNG BỘ23/2008/QH12`);
    expect(refs).toEqual([
      { number: '139/2018/NĐ-CP', title: 'Nghị định về đăng kiểm' },
      { number: '23/2008/QH12', title: 'LUẬT GIAO THÔNG ĐƯỜNG BỘ' },
    ]);
  });

  it('reports "Không có thông tin" as no legal basis', () => {
    const { refs, kinds } = legal('Không có thông tin');
    expect(refs).toEqual([]);
    expect(kinds).toEqual(['legal_basis_missing']);
  });

  it('keeps a trailing title without a number as unread text', () => {
    const { refs, unread, kinds } = legal(`${HEADER}Luật Hải quan54/2014/QH13Luật Hóa chất`);
    expect(refs).toEqual([{ number: '54/2014/QH13', title: 'Luật Hải quan' }]);
    expect(unread).toBe('Luật Hóa chất');
    expect(kinds).toEqual(['legal_basis_unread']);
  });
});

describe('readLegalBasis on numbers glued to one another', () => {
  it('splits the cells of several rows run together (1.014913)', () => {
    // Real record, kept apart from the ten fixtures the import run tests count.
    const raw = JSON.parse(
      readFileSync(new URL('../../../fixtures/national-legal/bo-xay-dung/1.014913.json', import.meta.url), 'utf8'),
    );
    const { refs } = legal(raw.can_cu_phap_ly);
    expect(refs.map((r) => r.number)).toEqual([
      '154/2018/NĐ-CP',
      '74/2018/NĐ-CP',
      '367/2025/NĐ-CP',
      '10/2024/TT-BXD',
      '04/2023/TT-BXD',
      '78/2025/QH15',
    ]);
    expect(refs[2]).toEqual({
      number: '367/2025/NĐ-CP',
      title:
        'sửa đổi, bổ sung một số điều của Nghị định 118/2025/NĐ-CP thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
    });
    // A number repeated is a row whose title is the number.
    expect(refs[3]).toEqual({ number: '10/2024/TT-BXD', title: '10/2024/TT-BXD' });
    expect(refs[5]!.title).toMatch(/^Luật Chất lượng sản phẩm, hàng hoá số 05\/2007\/QH12/u);
  });

  it('keeps a title that ends with the number its cell repeats, then splits the next number off', () => {
    const { refs } = legal(`${HEADER}Thông tư 281/2016/TT-BTC281/2016/TT-BTC01/2013/TT-BVHTTDL`);
    expect(refs).toEqual([
      { number: '281/2016/TT-BTC', title: 'Thông tư 281/2016/TT-BTC' },
      { number: '01/2013/TT-BVHTTDL', title: '' },
    ]);
  });
});

describe('readLegalBasis when a row title starts with its number (1.004089)', () => {
  it('leaves the last glued number to the title it starts', () => {
    const { refs } = legal(
      `${HEADER}Sửa đổi, bổ sung một số điều của Pháp lệnh ưu đãi người có công với cách mạng04/2012/UBTVQH1326/2005/PL-UBTVQH11 - Ưu đãi người có công với cách mạng26/2005/PL-UBTVQH11`,
    );
    expect(refs).toEqual([
      {
        number: '04/2012/UBTVQH13',
        title: 'Sửa đổi, bổ sung một số điều của Pháp lệnh ưu đãi người có công với cách mạng',
      },
      { number: '26/2005/PL-UBTVQH11', title: '26/2005/PL-UBTVQH11 - Ưu đãi người có công với cách mạng' },
    ]);
  });
});
