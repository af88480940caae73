import { describe, expect, it } from 'vitest';
import { readSteps } from '../../../../src/core/import/national/steps.ts';

describe('readSteps', () => {
  it('makes one step per line and drops the repeated heading', () => {
    expect(readSteps('Trình tự thực hiện:\n- Bước 1: Nộp hồ sơ.\n- Bước 2: Nhận kết quả.')).toEqual([
      'Bước 1: Nộp hồ sơ.',
      'Bước 2: Nhận kết quả.',
    ]);
  });

  it('splits several "Bước n" on one line and joins a bare label to its text', () => {
    expect(readSteps('Bước 1: Nộp hồ sơ. Bước 2: Thẩm định.\n- Bước 3:\nTrả kết quả')).toEqual([
      'Bước 1: Nộp hồ sơ.',
      'Bước 2: Thẩm định.',
      'Bước 3: Trả kết quả',
    ]);
  });

  it('joins a line broken mid-sentence to the line before', () => {
    expect(readSteps('- Cán bộ kiểm tra hồ sơ, nếu\nđầy đủ thì tiếp nhận.\na) Trường hợp khác')).toEqual([
      'Cán bộ kiểm tra hồ sơ, nếu đầy đủ thì tiếp nhận.',
      'a) Trường hợp khác',
    ]);
  });

  it('returns no step for "Không có thông tin"', () => {
    expect(readSteps('Không có thông tin')).toEqual([]);
  });
});
