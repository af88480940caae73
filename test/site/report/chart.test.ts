import { describe, expect, it } from 'vitest';
import { barChart, fitLabel, formatCount, topBars } from '../../../src/site/report/chart.ts';

const widths = (svg: string) => [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('barChart', () => {
  it('is one labelled image: role img, a <title> and a <desc> that lists every value', () => {
    const svg = barChart({
      id: 'c',
      title: 'Theo mức độ',
      bars: [
        { label: 'Lỗi', value: 1232 },
        { label: 'Cảnh báo', value: 9 },
      ],
    });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c-title c-desc"/);
    expect(svg).toContain('<title id="c-title">Theo mức độ</title>');
    expect(svg).toContain('<desc id="c-desc">Lỗi: 1.232; Cảnh báo: 9.</desc>');
    expect(svg).toContain('>1.232</text>');
  });

  it('draws bars in proportion to their values, the largest across the track', () => {
    const svg = barChart({
      id: 'c',
      title: 't',
      width: 464,
      bars: [
        { label: 'a', value: 40 },
        { label: 'b', value: 10 },
        { label: 'c', value: 0 },
      ],
    });
    const [a, b, c] = widths(svg);
    expect(a).toBe(400);
    expect(b).toBe(100);
    expect(c).toBe(0);
  });

  it('keeps a small non-zero value visible beside a large one', () => {
    const [, small] = widths(
      barChart({
        id: 'c',
        title: 't',
        bars: [
          { label: 'a', value: 1000 },
          { label: 'b', value: 1 },
        ],
      }),
    );
    expect(small).toBe(3);
  });

  it('draws no bar and no NaN when every value is 0, and says when there is nothing to show', () => {
    expect(widths(barChart({ id: 'c', title: 't', bars: [{ label: 'a', value: 0 }] }))).toEqual([0]);
    const empty = barChart({ id: 'c', title: 't', bars: [] });
    expect(empty).not.toContain('NaN');
    expect(empty).toContain('Không có số liệu.');
  });

  it('escapes text and shortens a long label, keeping the full one as the bar’s own title', () => {
    const long =
      'Đầu tư bằng vốn hỗ trợ phát triển chính thức (ODA) và viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức';
    const svg = barChart({ id: 'c', title: 'A & B <x>', bars: [{ label: long, value: 3 }] });
    expect(svg).toContain('A &amp; B &lt;x&gt;');
    expect(svg).toContain(`<title>${long}</title>`);
    const shown = /<text x="0"[^>]*>([^<]*)<\/text>/.exec(svg)?.[1] ?? '';
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThan(long.length);
  });
});

describe('chart helpers', () => {
  it('cuts a label at a word boundary', () => {
    expect(fitLabel('Thành phần hồ sơ không thống nhất', 20)).toBe('Thành phần hồ sơ…');
    expect(fitLabel('Ngắn', 20)).toBe('Ngắn');
  });

  it('keeps the largest bars and sums the rest into one', () => {
    const bars = [5, 1, 9, 3, 2].map((value, i) => ({ label: `s${i}`, value }));
    expect(topBars(bars, 2, (n) => `Khác (${n})`)).toEqual([
      { label: 's2', value: 9 },
      { label: 's0', value: 5 },
      { label: 'Khác (3)', value: 6 },
    ]);
    // One bar left over keeps its own name.
    expect(topBars(bars, 4, (n) => `Khác (${n})`)).toHaveLength(5);
  });

  it('groups thousands with dots', () => {
    expect(formatCount(1232)).toBe('1.232');
    expect(formatCount(1_234_567)).toBe('1.234.567');
    expect(formatCount(12)).toBe('12');
  });
});
