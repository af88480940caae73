import { describe, expect, it } from 'vitest';
import { localVersionLabel, printLine, whoMayApply } from '../../src/site/labels.ts';

describe('words of the procedure page', () => {
  it('says who may apply as one phrase, any of the subjects', () => {
    expect(whoMayApply(['Công dân Việt Nam', 'Người nước ngoài'])).toBe('Công dân Việt Nam hoặc người nước ngoài');
    expect(whoMayApply(['Công dân Việt Nam', 'Doanh nghiệp', 'Hợp tác xã'])).toBe(
      'Công dân Việt Nam, doanh nghiệp hoặc hợp tác xã',
    );
    expect(whoMayApply([])).toBe('Chưa có thông tin');
  });

  it('names where a local version applies', () => {
    expect(localVersionLabel(['Phường Phước Bình'])).toBe('bản của Phường Phước Bình, chỉ áp dụng ở Phường Phước Bình');
    expect(localVersionLabel(['Phường A', 'Xã B'])).toBe('bản riêng, chỉ áp dụng ở Phường A và Xã B');
  });

  it("prints the page's address, the data's date and the source", () => {
    expect(printLine('https://x.vn/thu-tuc/a/', '01/12/2026', '2026-12-06', 'Dữ liệu minh họa')).toBe(
      'Trang: https://x.vn/thu-tuc/a/ · Cập nhật ngày 01/12/2026 · Nguồn: Dữ liệu minh họa',
    );
    expect(printLine('https://x.vn/', undefined, '2026-12-06', 'Cổng')).toContain('Dữ liệu ngày 06/12/2026');
  });
});
