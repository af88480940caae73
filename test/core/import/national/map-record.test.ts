import { describe, expect, it } from 'vitest';
import { mapRecord } from '../../../../src/core/import/national/map-record.ts';
import { nationalRecordSchema } from '../../../../src/core/schema/national-record.ts';
import { FIXTURES, rawRecord } from './raw-fixtures.ts';

describe('mapRecord', () => {
  it.each(FIXTURES)('%s gives a valid national record', (path) => {
    const { data } = mapRecord(rawRecord(path));
    const checked = nationalRecordSchema.safeParse(data);
    expect(checked.error?.issues ?? []).toEqual([]);
  });

  it('maps the identifying fields of 1.001193 as the portal shows them', () => {
    const { data, sector } = mapRecord(rawRecord('bo-tu-phap/1.001193'));
    expect(data).toMatchObject({
      code: '1.001193',
      title: 'Đăng ký khai sinh',
      levels: ['xa'],
      sector: 'ho-tich',
      decision: '163/QĐ-BTP',
      procedure_type: 'TTHC được giao luật quy định chi tiết',
      subjects: ['Công dân Việt Nam', 'Người Việt Nam định cư ở nước ngoài'],
      result: 'Giấy khai sinh',
      result_codes: ['KQ.G15.000031'],
    });
    expect(data.agency_text).toBeUndefined();
    expect(data.conditions).toBeUndefined();
    expect(sector).toEqual({ id: 'ho-tich', name: 'Hộ tịch' });
    expect(data.sources).toEqual([
      {
        title: 'Cổng Dịch vụ công quốc gia',
        url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7',
      },
      { title: 'Quyết định 163/QĐ-BTP' },
    ]);
  });

  it('keeps the rules of the document table in the body under "Lưu ý về hồ sơ"', () => {
    const { body } = mapRecord(rawRecord('bo-tu-phap/1.001193'));
    expect(body).toMatch(/^## Lưu ý về hồ sơ\n\n- Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh/);
  });

  it('writes the channel table into the body when rows carry descriptions (2.000815)', () => {
    const { body } = mapRecord(rawRecord('bo-tu-phap/2.000815'));
    expect(body).toContain('## Cách thức thực hiện theo CSDL quốc gia');
    expect(body).toContain(
      '**Trực tiếp** — thời hạn: Không có thông tin; phí, lệ phí: 10 USD (/bản). Mô tả: Tại cơ quan đại diện: 10 USD/bản.',
    );
  });

  it('writes "Không có thông tin" as the subject of a record without subjects, and reports it', () => {
    const raw = { ...rawRecord('bo-tu-phap/1.001193'), doi_tuong_thuc_hien: '' };
    const { data, warnings } = mapRecord(raw);
    expect(data.subjects).toEqual(['Không có thông tin']);
    expect(warnings.map((w) => w.kind)).toContain('subjects_missing');
  });
});
