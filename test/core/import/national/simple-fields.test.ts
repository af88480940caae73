import { describe, expect, it } from 'vitest';
import {
  readAgencyText,
  readConditions,
  readLevels,
  readSubjects,
  readTitle,
  sectorId,
} from '../../../../src/core/import/national/simple-fields.ts';

describe('readLevels', () => {
  it('maps the portal levels to level ids', () => {
    expect(readLevels('Cấp bộ, Cấp tỉnh, Cấp xã, Cơ quan khác')).toEqual({
      levels: ['bo', 'tinh', 'xa', 'khac'],
      unknown: [],
    });
    expect(readLevels('Cấp Huyện, Cấp xã')).toEqual({ levels: ['huyen', 'xa'], unknown: [] });
    expect(readLevels('Cấp thôn')).toEqual({ levels: [], unknown: ['Cấp thôn'] });
  });
});

describe('readTitle', () => {
  it('drops the leading "Thủ tục" and capitalises', () => {
    expect(readTitle('Thủ tục đăng ký khai sinh')).toBe('Đăng ký khai sinh');
    expect(readTitle('Đăng ký kết hôn')).toBe('Đăng ký kết hôn');
  });

  it('keeps "Thủ tục hải quan" and "Thủ tục đối với": there the words are the name', () => {
    expect(readTitle('Thủ tục hải quan đối với hàng hóa quá cảnh')).toBe('Thủ tục hải quan đối với hàng hóa quá cảnh');
  });
});

describe('sectorId', () => {
  it('makes an ASCII id from the sector name', () => {
    expect(sectorId('Đăng ký, quản lý cư trú')).toBe('dang-ky-quan-ly-cu-tru');
    expect(sectorId('Hộ tịch')).toBe('ho-tich');
  });
});

describe('readSubjects', () => {
  it('splits on commas outside parentheses and keeps the portal’s multi-word subjects whole', () => {
    expect(
      readSubjects('Công dân Việt Nam, Tổ chức (không bao gồm doanh nghiệp, HTX), Cán bộ, công chức, viên chức'),
    ).toEqual(['Công dân Việt Nam', 'Tổ chức (không bao gồm doanh nghiệp, HTX)', 'Cán bộ, công chức, viên chức']);
    expect(readSubjects('')).toEqual([]);
  });
});

describe('readAgencyText and readConditions', () => {
  it('leave out the portal’s "no information"', () => {
    expect(readAgencyText('Không có thông tin')).toBeUndefined();
    expect(readAgencyText(' Công an cấp Xã ')).toBe('Công an cấp Xã');
    expect(readConditions('Không có thông tin')).toBeUndefined();
    expect(readConditions('Không có thông tinTừ khóaKhông có thông tin')).toBeUndefined();
  });

  it('splits conditions into items and joins lines broken mid-sentence', () => {
    expect(readConditions('- Có năng lực hành vi dân sự\n- Có chứng chỉ\nhành nghề;\na) Trường hợp khác')).toEqual([
      'Có năng lực hành vi dân sự',
      'Có chứng chỉ hành nghề;',
      'a) Trường hợp khác',
    ]);
  });
});
