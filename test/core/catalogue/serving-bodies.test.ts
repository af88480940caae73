import { describe, expect, it } from 'vitest';
import { bodyKinds, communeListBody, servedLevels } from '../../../src/core/catalogue/serving-bodies.ts';

// Implementing-body texts as the national database writes them (2026 crawl).
describe('servedLevels', () => {
  it('adds the province and commune to a "Cấp bộ" record the provincial and commune police serve (3.000347)', () => {
    expect(servedLevels(['bo'], 'Cục cảnh sát giao thông, Công an tỉnh, Công an cấp Xã')).toEqual(['bo', 'tinh', 'xa']);
  });
  it("adds the province for a provincial police or provincial People's Committee body only", () => {
    expect(servedLevels(['bo'], 'Cục cảnh sát giao thông, Công an tỉnh')).toEqual(['bo', 'tinh']);
    expect(servedLevels(['bo'], 'Ủy ban nhân dân cấp tỉnh, Các cơ quan, tổ chức liên quan')).toEqual(['bo', 'tinh']);
  });
  it('leaves ministry-only bodies and central agencies\' branches (customs) at "Cấp bộ"', () => {
    expect(servedLevels(['bo'], 'Cục cảnh sát quản lý hành chính về trật tự, xã hội')).toEqual(['bo']);
    expect(servedLevels(['bo'], 'Cục Hải quan tỉnh, thành phố')).toEqual(['bo']);
    expect(servedLevels(['bo'], undefined)).toEqual(['bo']);
  });
  it('does not touch a record that is not at "Cấp bộ"', () => {
    expect(servedLevels(['xa'], 'Công an tỉnh')).toEqual(['xa']);
  });
});

describe('communeListBody', () => {
  it("keeps on the commune list what the commune People's Committee handles, or when no body is named", () => {
    expect(communeListBody('Ủy ban Nhân dân xã, phường, thị trấn.')).toBeUndefined();
    expect(communeListBody('Chủ tịch UBND cấp xã')).toBeUndefined();
    expect(
      communeListBody('Văn phòng đăng ký đất đai, Chủ tịch Ủy ban nhân dân xã, Chi nhánh Văn phòng đăng ký đất đai'),
    ).toBeUndefined();
    expect(communeListBody(undefined)).toBeUndefined();
    expect(communeListBody('Không có thông tin')).toBeUndefined();
  });
  it('lists customs, tax, police and social insurance procedures under those bodies', () => {
    expect(communeListBody('Chi cục Hải quan khu vực')).toBe('hai-quan');
    expect(communeListBody('Thuế tỉnh, thành phố, Thuế cơ sở')).toBe('thue');
    expect(communeListBody('Chi cục Thuế doanh nghiệp lớn - Cục Thuế')).toBe('thue');
    expect(communeListBody('Công an cấp Xã')).toBe('cong-an');
    expect(communeListBody('Bảo hiểm xã hội cấp Tỉnh, Bảo hiểm xã hội cấp huyện')).toBe('bao-hiem-xa-hoi');
    expect(communeListBody('Kho bạc nhà nước các cấp')).toBe('kho-bac');
  });
  it('lists a tax or customs procedure that names no body under the tax or customs office, by its sector', () => {
    expect(communeListBody(undefined, 'thue')).toBe('thue');
    expect(communeListBody('Không có thông tin', 'hai-quan')).toBe('hai-quan');
    expect(communeListBody(undefined, 'ho-tich')).toBeUndefined();
    expect(communeListBody('Ủy ban Nhân dân xã, phường, thị trấn.', 'thue')).toBeUndefined();
  });

  it('does not read "xã hội" as a commune', () => {
    expect(bodyKinds('Cục cảnh sát quản lý hành chính về trật tự, xã hội')).toEqual(['cong-an']);
  });
});
