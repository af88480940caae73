import { describe, expect, it } from 'vitest';
import { splitFormFiles } from '../../../../src/core/import/national/form-files.ts';

describe('splitFormFiles', () => {
  it.each([
    [
      'Đơn đề nghị theo Mẫu số 06 quy định tại Phụ lục II ban hành kèm theo Nghị định số 121/2021/NĐ-CP.Mẫu số 06.docx',
      'Đơn đề nghị theo Mẫu số 06 quy định tại Phụ lục II ban hành kèm theo Nghị định số 121/2021/NĐ-CP.',
      ['Mẫu số 06.docx'],
    ],
    [
      'Văn bản đề nghị theo mẫu;Vanbandenghi.docx1.004480.docx',
      'Văn bản đề nghị theo mẫu;',
      ['Vanbandenghi.docx', '1.004480.docx'],
    ],
    [
      'Phiếu đề nghị theo Thông tư số 26/2025/TT-BNNMTMẫu số 03.docx',
      'Phiếu đề nghị theo Thông tư số 26/2025/TT-BNNMT',
      ['Mẫu số 03.docx'],
    ],
    [
      'Giấy tờ theo Phụ lục I Nghị định số 23/2026/NĐ-CPMau06.docxMau08.docx',
      'Giấy tờ theo Phụ lục I Nghị định số 23/2026/NĐ-CP',
      ['Mau06.docx', 'Mau08.docx'],
    ],
    [
      'Đơn xin cấp giấy phép mang tiền ra nước ngoài.Phlc06.docx',
      'Đơn xin cấp giấy phép mang tiền ra nước ngoài.',
      ['Phlc06.docx'],
    ],
    [
      'Tờ khai đề nghị cấp thẻ căn cước (dùng cho người từ đủ 14 tuổi trở lên)Mẫu CC01 Phiếu thu nhận thông tin căn cước.doc',
      'Tờ khai đề nghị cấp thẻ căn cước (dùng cho người từ đủ 14 tuổi trở lên)',
      ['Mẫu CC01 Phiếu thu nhận thông tin căn cước.doc'],
    ],
  ])('%s', (row, name, forms) => {
    expect(splitFormFiles(row)).toEqual({ name, forms, guessed: false });
  });

  it('leaves a row without an attached file alone, even when its name mentions a file type', () => {
    expect(splitFormFiles('Bản scan định dạng .pdf của hợp đồng')).toEqual({
      name: 'Bản scan định dạng .pdf của hợp đồng',
      forms: [],
      guessed: false,
    });
  });

  it('cuts at the last space and says so when there is no seam', () => {
    expect(splitFormFiles('Tờ khai đăng ký tokhai.docx')).toEqual({
      name: 'Tờ khai đăng ký',
      forms: ['tokhai.docx'],
      guessed: true,
    });
  });
});
