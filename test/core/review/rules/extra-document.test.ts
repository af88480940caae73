import { describe, expect, it } from 'vitest';
import { extraDocument } from '../../../../src/core/review/rules/extra-document.ts';
import { runRule } from '../content.ts';

const doc = (name: string, form = 'original') => ({ name, form });

describe('extra-document', () => {
  it('flags a document the baseline does not require', async () => {
    const findings = await runRule(extraDocument, {
      records: { 'xa/a': { documents: [doc('Tờ khai đăng ký khai sinh'), doc('Sổ hộ khẩu')] } },
      national: { '1.001193': { documents: [doc('Tờ khai đăng ký khai sinh (theo mẫu)')] } },
    });
    expect(findings.map((f) => [f.records.join(' '), f.subject])).toEqual([['national/1.001193 xa/a', 'so-ho-khau']]);
    expect(findings[0]).toMatchObject({ severity: 'error', field: 'documents' });
  });

  it('does not flag the baseline’s documents reworded or reordered', async () => {
    const findings = await runRule(extraDocument, {
      documents: [],
      records: {
        'xa/a': { documents: [doc('Giấy tờ tùy thân, bản sao'), doc('Tờ khai đăng ký khai sinh theo mẫu quy định')] },
      },
      national: {
        '1.001193': { documents: [doc('Tờ khai đăng ký khai sinh (theo mẫu)'), doc('Bản sao giấy tờ tùy thân')] },
      },
    });
    expect(findings).toEqual([]);
  });

  it('does not flag anything when the baseline lists no documents', async () => {
    const findings = await runRule(extraDocument, {
      records: { 'xa/a': { documents: [doc('Giấy chứng sinh')] } },
      national: { '1.001193': { documents: [] } },
    });
    expect(findings).toEqual([]);
  });

  // Real rows: national 1.012783 ("(3) Mảnh trích đo …"), 1.004222 (the paper inside a fallback sentence) and
  // 1.012786 (the posting certificate the 2026 version dropped).
  it('finds a paper named after a list marker or inside a case clause, and shows the closest row when it is extra', async () => {
    const findings = await runRule(extraDocument, {
      records: {
        'tinh/a': {
          level: 'tinh',
          documents: [
            doc('Mảnh trích đo bản đồ địa chính thửa đất'),
            doc('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 'present'),
            doc('Giấy xác nhận của UBND cấp xã về việc đã niêm yết thông báo mất Giấy chứng nhận'),
          ],
        },
      },
      national: {
        '1.001193': {
          documents: [
            doc('(3) Mảnh trích đo bản đồ địa chính thửa đất đối với trường hợp người sử dụng đất có nhu cầu đo đạc'),
            doc(
              'Thông tin chứng minh về chỗ ở hợp pháp được khai thác trong căn cước điện tử. Trường hợp không khai thác được thông tin thì công dân xuất trình giấy tờ, tài liệu chứng minh chỗ ở hợp pháp theo quy định.',
            ),
            doc('(1) Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 18'),
          ],
        },
      },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('niêm yết thông báo mất');
    const closest = findings[0]!.evidence['national/1.001193'] as { closest_row: string; coverage: number };
    expect(closest.coverage).toBeLessThan(0.8);
    expect(closest.closest_row.length).toBeGreaterThan(0);
    expect(findings[0]!.message).toContain(`(dòng gần nhất: "${closest.closest_row.slice(0, 60)}`);
  });
});
