import { describe, expect, it } from 'vitest';
import { caseOf, readDocuments, statedForms } from '../../../../src/core/import/national/documents.ts';
import { Warnings } from '../../../../src/core/import/national/warnings.ts';
import { documentRequirementSchema } from '../../../../src/core/schema/document-requirement.ts';
import { rawRecord } from './raw-fixtures.ts';

function documents(input: string) {
  const warnings = new Warnings();
  const fields = readDocuments(input, warnings);
  for (const d of fields.documents) expect(documentRequirementSchema.safeParse(d).success).toBe(true);
  return { ...fields, kinds: warnings.list.map((w) => w.kind) };
}

describe('readDocuments', () => {
  it('reads the birth registration table (1.001193): 6 papers to hand in, 2 to show, 25 rules set aside', () => {
    const f = documents(rawRecord('bo-tu-phap/1.001193').thanh_phan_ho_so);
    const submitted = f.documents.filter((d) => d.form === 'original');
    const shown = f.documents.filter((d) => d.form === 'present');
    expect(submitted).toHaveLength(6);
    expect(shown).toHaveLength(2);
    expect(f.documents).toHaveLength(8);
    expect(submitted.map((d) => d.name)).toContain(
      'Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh.',
    );
    expect(shown[1]!.name).toMatch(/^Hộ chiếu\/Thẻ căn cước công dân/);
    // Generic headings ("Giấy tờ phải nộp", "Giấy tờ phải xuất trình") name no case.
    expect(f.documents.every((d) => d.when === undefined)).toBe(true);
    expect(f.notes).toHaveLength(25);
    expect(f.notes[0]).toMatch(/^Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh/);
    expect(f.kinds.filter((k) => k === 'document_rule_rows')).toHaveLength(25);
  });

  it('reads "1 bản chính,1 bản sao" as the original handed in with a copy, not a choice, and the case heading as `when` (1.013978)', () => {
    const f = documents(rawRecord('bo-nong-nghiep-mt/1.013978').thanh_phan_ho_so);
    const first = f.documents[0]!;
    expect(first.form).toBe('original');
    expect(first.copies).toBeUndefined();
    expect(first.note).toBe('CSDL quốc gia ghi: 1 bản chính, 1 bản sao.');
    expect(first.when).toBe(
      'Đối với trường hợp thực hiện thủ tục đăng ký, cấp Giấy chứng nhận cho hộ gia đình, cá nhân, cộng đồng dân cư',
    );
  });

  it('reads "0 bản chính,1 bản sao" as a copy and strips list markers (1.001612)', () => {
    const f = documents(rawRecord('bo-tai-chinh/1.001612').thanh_phan_ho_so);
    const request = f.documents.find((d) => d.name === 'Giấy đề nghị đăng ký hộ kinh doanh');
    expect(request).toEqual({ name: 'Giấy đề nghị đăng ký hộ kinh doanh', form: 'original' });
    const copy = f.documents.find((d) => d.name.startsWith('Bản sao văn bản ủy quyền'));
    expect(copy?.form).toBe('copy');
  });

  it('counts copies as the larger of originals and copies', () => {
    const f = documents(
      '--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị2 bản chính,3 bản saoẢnh chân dung02 bản chính',
    );
    expect(f.documents).toEqual([
      { name: 'Đơn đề nghị', form: 'original', copies: 3, note: 'CSDL quốc gia ghi: 2 bản chính, 3 bản sao.' },
      { name: 'Ảnh chân dung', form: 'original', copies: 2 },
    ]);
  });

  it('gives back to the name the digits glued before the count ("...năm 20261 bản chính")', () => {
    const f = documents('--Tên giấy tờMẫu đơn, tờ khaiSố lượngBáo cáo tài chính năm 20261 bản chính');
    expect(f.documents).toEqual([{ name: 'Báo cáo tài chính năm 2026', form: 'original' }]);
  });

  // Real shape (1.007662, 2.002184): the name carries its own count and a full stop, then comes the table's quantity.
  it('makes no row of the "." between a name\'s own count and the table\'s quantity, which goes to the named row', () => {
    const f = documents(
      '--Tên giấy tờMẫu đơn, tờ khaiSố lượngGiấy chứng nhận giám định: 01 bản chính.1 bản chínhTờ khai: 02 bản chính.1 bản chínhBiên bản: 01 bản chính.0 bản chính',
    );
    expect(f.documents).toEqual([
      { name: 'Giấy chứng nhận giám định:', form: 'original' },
      { name: 'Tờ khai:', form: 'original' },
      // The table left at 0: the name's own count stands.
      { name: 'Biên bản:', form: 'original' },
    ]);
    expect(f.notes).toEqual([]);
  });

  // Real shape (1.007928): ".Đơn đề nghị … Mẫu số 25.docx", whose words the form-file split took whole.
  it('names a row whose words went with its form file by that file, never "."', () => {
    const f = documents(
      '--Tên giấy tờMẫu đơn, tờ khaiSố lượngTờ khai1 bản chính.Đơn đề nghị cấp lại theo Mẫu số 25Mẫu số 25.docx1 bản chính',
    );
    expect(f.documents.map((d) => d.name)).not.toContain('.');
    expect(f.documents).toHaveLength(2);
  });

  // Real shape (1.011441, the mortgage baseline): counts inside the name's brackets, then the table's quantity.
  it('keeps a name whole across the counts in its brackets, and takes the forms it states over the table', () => {
    const f = documents(
      '--Tên giấy tờMẫu đơn, tờ khaiSố lượngPhiếu yêu cầu theo Mẫu số 01a tại Phụ lục (01 bản chính) (khoản 1 Điều 27).Mau so 01a.docx1 bản chính' +
        'Hợp đồng bảo đảm (01 bản chính hoặc 01 bản sao có chứng thực) (khoản 2 Điều 27).0 bản chính,1 bản sao' +
        'Văn bản đề nghị xin tái xuất (01 bản chính)0 bản chính',
    );
    expect(f.documents).toEqual([
      { name: 'Phiếu yêu cầu theo Mẫu số 01a tại Phụ lục (01 bản chính) (khoản 1 Điều 27).', form: 'original' },
      {
        name: 'Hợp đồng bảo đảm (01 bản chính hoặc 01 bản sao có chứng thực) (khoản 2 Điều 27).',
        form: ['original', 'certified_copy'],
      },
      // The table left at 0: the name's own count makes it a paper, not a rule.
      { name: 'Văn bản đề nghị xin tái xuất (01 bản chính)', form: 'original' },
    ]);
  });

  // Real shapes (1.000987, 1.007860): a count that opens a name, or one the name goes on after with "hoặc".
  it('keeps a count the name goes on after ("01 bản sao có chứng thực …", "01 bản chính hoặc …") in the name', () => {
    const f = documents(
      '--Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn đề nghị1 bản chính' +
        '01 bản sao có chứng thực hoặc 01 bản sao kèm bản chính để đối chiếu: Quyết định thành lập tổ chức1 bản sao' +
        'Chứng từ chứng nhận xuất xứ: 01 bản chính hoặc chứng từ dưới dạng dữ liệu điện tử.1 bản chính',
    );
    expect(f.documents.map((d) => d.name)).toEqual([
      'Đơn đề nghị',
      '01 bản sao có chứng thực hoặc 01 bản sao kèm bản chính để đối chiếu: Quyết định thành lập tổ chức',
      'Chứng từ chứng nhận xuất xứ: 01 bản chính hoặc chứng từ dưới dạng dữ liệu điện tử.',
    ]);
  });

  it('reads the forms a name states only when its brackets agree and no other paper of the row is "bản gốc"', () => {
    expect(
      statedForms('Hợp đồng (01 bản chính hoặc 01 bản sao có chứng thực hoặc 01 bản sao kèm bản chính để đối chiếu)'),
    ).toEqual(['original', 'certified_copy', 'copy_with_original']);
    expect(
      statedForms('Giấy chứng nhận (bản gốc) hoặc văn bản thỏa thuận (01 bản chính hoặc 01 bản sao có chứng thực)'),
    ).toBeUndefined();
    expect(
      statedForms('Giấy phép (01 bản chính) và bản vẽ (01 bản chính hoặc 01 bản sao có chứng thực)'),
    ).toBeUndefined();
    expect(statedForms('Tờ khai')).toBeUndefined();
  });

  it('moves attached form files to `forms` (1.014061)', () => {
    const f = documents(rawRecord('bo-cong-an/1.014061').thanh_phan_ho_so);
    expect(f.forms).toContain('Mẫu DC01 Phiếu thu thập thông tin dân cư.docx');
    expect(f.documents.some((d) => d.name.includes('.docx'))).toBe(false);
  });

  it('reports a table it cannot read and keeps its text', () => {
    const f = documents('Theo hướng dẫn của cơ quan tiếp nhận');
    expect(f.documents).toEqual([]);
    expect(f.notes).toEqual(['Theo hướng dẫn của cơ quan tiếp nhận']);
    expect(f.kinds).toContain('documents_missing');
  });
});

describe('caseOf', () => {
  it.each([
    ['* Giấy tờ phải nộp:', ''],
    ['* Giấy tờ phải xuất trình:', ''],
    ['--', ''],
    ['Thành phần hồ sơ:', ''],
    ['* Lưu ý:', ''],
    ['a) Đối với cấp mới', 'Đối với cấp mới'],
    ['- Trường hợp ủy quyền thực hiện thủ tục:', 'Trường hợp ủy quyền thực hiện thủ tục'],
  ])('%s -> "%s"', (heading, expected) => {
    expect(caseOf(heading)).toBe(expected);
  });
});
