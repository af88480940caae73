/**
 * A horizontal bar chart as an SVG string, drawn at build time (no client script, no chart library). Each bar
 * has its label on its own line above it, so long Vietnamese labels need no measuring; the value follows the
 * bar. The chart is one image to assistive technology (role="img" with <title> and <desc>, the desc listing every
 * value); the pages put a table with the same figures beside it. Black text and a dark fill print in grey scale.
 */

export interface Bar {
  label: string;
  value: number;
}

export interface BarChartOptions {
  /** Unique on the page: the ids of <title> and <desc> derive from it. */
  id: string;
  title: string;
  bars: readonly Bar[];
  /** Defaults to "label: value; …". */
  desc?: string;
  /** Width in SVG units; the page scales the chart down to the screen, never above this. */
  width?: number;
}

const FONT_SIZE = 16;
const BAR_HEIGHT = 14;
const LABEL_GAP = 4;
const ROW_GAP = 10;
const VALUE_GUTTER = 64;
const MIN_BAR = 3;
/** An average glyph is narrower than this share of the font size in a system sans-serif. */
const GLYPH_WIDTH = 0.56;

export const CHART_FILL = '#1d4f91';
export const CHART_TEXT = '#1b1b1b';

/** "1232" -> "1.232", as Vietnamese texts group thousands. */
export function formatCount(n: number): string {
  const grouped = String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}`;
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Shortens a label to `max` characters at a word boundary, with "…". */
export function fitLabel(label: string, max: number): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

export function barChart(options: BarChartOptions): string {
  const width = options.width ?? 420;
  const { id, bars } = options;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const track = width - VALUE_GUTTER;
  const rowHeight = FONT_SIZE + LABEL_GAP + BAR_HEIGHT + ROW_GAP;
  const height = Math.max(rowHeight, bars.length * rowHeight);
  const maxChars = Math.floor(width / (FONT_SIZE * GLYPH_WIDTH));
  const desc =
    options.desc ??
    (bars.length === 0 ? 'Không có số liệu.' : `${bars.map((b) => `${b.label}: ${formatCount(b.value)}`).join('; ')}.`);

  const rows = bars.map((bar, i) => {
    const top = i * rowHeight;
    // A value of 1 beside 1.000 still gets a visible bar.
    const barWidth = bar.value > 0 && max > 0 ? Math.max(MIN_BAR, Math.round((bar.value / max) * track * 10) / 10) : 0;
    const shown = fitLabel(bar.label, maxChars);
    return [
      '<g>',
      shown !== bar.label ? `<title>${escapeXml(bar.label)}</title>` : '',
      `<text x="0" y="${top + FONT_SIZE}" font-size="${FONT_SIZE}">${escapeXml(shown)}</text>`,
      `<rect x="0" y="${top + FONT_SIZE + LABEL_GAP}" width="${barWidth}" height="${BAR_HEIGHT}" fill="${CHART_FILL}"/>`,
      `<text x="${barWidth + 6}" y="${top + FONT_SIZE + LABEL_GAP + BAR_HEIGHT - 2}" font-size="${FONT_SIZE}" font-weight="700">${formatCount(bar.value)}</text>`,
      '</g>',
    ].join('');
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart" role="img" aria-labelledby="${id}-title ${id}-desc"`,
    ` viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" fill="${CHART_TEXT}" font-family="system-ui, sans-serif">`,
    `<title id="${id}-title">${escapeXml(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    ...rows,
    '</svg>',
  ].join('');
}

/** The `n` largest bars, the rest summed into one last bar ("Khác (12 lĩnh vực)"), so a chart stays readable. */
export function topBars(bars: readonly Bar[], n: number, otherLabel: (count: number) => string): Bar[] {
  // One bar left over is shown as itself: "Khác (1 lĩnh vực)" would hide its name for nothing.
  if (bars.length <= n + 1) return [...bars];
  const sorted = [...bars].sort((a, b) => b.value - a.value);
  const rest = sorted.slice(n);
  return [...sorted.slice(0, n), { label: otherLabel(rest.length), value: rest.reduce((s, b) => s + b.value, 0) }];
}
