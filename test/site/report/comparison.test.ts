import { describe, expect, it } from 'vitest';
import { groupComparison, requirementLines } from '../../../src/site/report/comparison.ts';
import { fixtureGroup } from './report-fixture.ts';

const urlOf = (id: string) => `/page/${id}/`;

describe('groupComparison', () => {
  it('puts the national baseline first and marks the province version whose fee differs from it', async () => {
    const { group } = await fixtureGroup('2.000635');
    const c = groupComparison(group, urlOf);
    expect(c.columns.map((col) => [col.heading, col.baseline])).toEqual([
      ['Bản quốc gia', true],
      ['Cấp tỉnh', false],
    ]);
    expect(c.reference).toBe('baseline');
    const fees = c.rows.find((r) => r.id === 'fees')!;
    expect(fees.differs).toBe(true);
    expect(fees.cells.map((cell) => [cell.lines.join(' '), cell.differs])).toEqual([
      ['Phí cấp bản sao trích lục: 8.000 đ/bản', false],
      ['Phí cấp bản sao trích lục: 10.000 đ/bản', true],
    ]);
    expect(c.differing).toContain('Phí, lệ phí');
  });

  it('compares times in working days and leaves equal values unmarked', async () => {
    const { group } = await fixtureGroup('2.000635');
    const c = groupComparison(group, urlOf);
    const time = c.rows.find((r) => r.id === 'time')!;
    expect(time.cells.map((cell) => cell.lines[0])).toEqual(['Trong ngày (0 ngày làm việc)', '3 ngày làm việc']);
    expect(time.differs).toBe(true);
    const channels = c.rows.find((r) => r.id === 'channels')!;
    expect(channels.differs).toBe(false);
    expect(channels.cells.every((cell) => !cell.differs)).toBe(true);
    // Rows that only describe (the agency differs by nature) are never marked.
    expect(c.rows.find((r) => r.id === 'agency')).toMatchObject({ compared: false, differs: false });
  });

  it('aligns documents row by row and marks one required in some versions only', async () => {
    const { group } = await fixtureGroup('1.000894');
    const c = groupComparison(group, urlOf);
    const row = c.documents.find((d) => d.label === 'Giấy xác nhận tình trạng hôn nhân')!;
    expect(row.cells.map((cell) => cell.lines[0])).toEqual([
      'Không yêu cầu',
      'bản chính (Khi đăng ký kết hôn ở nơi không phải nơi thường trú)',
      'Không yêu cầu',
    ]);
    expect(row.cells.map((cell) => cell.differs)).toEqual([false, true, false]);
    expect(c.differing).toContain('Thành phần hồ sơ');
    expect(c.columns.map((col) => col.url)).toEqual(c.columns.map((col) => `/page/${col.id}/`));
  });

  it('without a baseline, marks the versions that differ from the most common value', async () => {
    const { group } = await fixtureGroup('1.000894');
    const c = groupComparison(
      { ...group, baseline: null, documents: group.documents.map((d) => ({ ...d, cells: d.cells.slice(1) })) },
      urlOf,
    );
    expect(c.reference).toBe('majority');
    const time = c.rows.find((r) => r.id === 'time')!;
    // Two versions, 3 days and same day: the first column is the reference on a tie.
    expect(time.cells.map((cell) => cell.differs)).toEqual([false, true]);
  });
});

describe('requirementLines', () => {
  it('puts each requirement of a document on its own line, once', () => {
    expect(
      requirementLines(
        'bản chính ((1.1) công trình không theo tuyến); bản sao ((1.2) theo tuyến); bản chính ((1.1) công trình không theo tuyến)',
      ),
    ).toEqual(['bản chính ((1.1) công trình không theo tuyến)', 'bản sao ((1.2) theo tuyến)']);
    expect(requirementLines('Không yêu cầu')).toEqual(['Không yêu cầu']);
  });
});
