/**
 * Distribution of a rate across communes: 10-point bins from 0 to 100%,
 * each bar split into exact (solid) and qualified (hatched) figures.
 * Pure: data in, SVG text out.
 */
import { max, range } from 'd3';
import { scaleBand, scaleLinear } from 'd3';
import { attrs, esc, palette, px } from './svg.ts';

export interface HistogramOptions {
  id: string;
  title: string;
  description: string;
  values: ReadonlyArray<{ value: number; qualified: boolean }>;
  /** Format a bin's label, e.g. (80, 90) → "80–90%"; the last bin includes 100. */
  binLabel: (from: number, to: number) => string;
  countLabel: (n: number) => string;
  legend: { exact: string; qualified: string };
  width?: number;
}

export interface Bin {
  from: number;
  to: number;
  exact: number;
  qualified: number;
}

/**
 * Ten bins [0,10), [10,20) … [90,100]; values above 100 fall in the last bin, below 0 in the first. A value that
 * is no number (NaN, e.g. from a fraction too large for a float) is left out rather than drawn nowhere.
 */
export function binRates(values: HistogramOptions['values']): Bin[] {
  const bins: Bin[] = range(0, 100, 10).map((from) => ({ from, to: from + 10, exact: 0, qualified: 0 }));
  for (const v of values) {
    if (Number.isNaN(v.value)) continue;
    const i = Math.min(9, Math.max(0, Math.floor(v.value / 10)));
    if (v.qualified) bins[i]!.qualified++;
    else bins[i]!.exact++;
  }
  return bins;
}

export function histogram(o: HistogramOptions): string {
  const width = o.width ?? 400;
  const height = 220;
  const m = { top: 16, right: 4, bottom: 40, left: 4 };
  const bins = binRates(o.values);
  const x = scaleBand<number>()
    .domain(bins.map((b) => b.from))
    .range([m.left, width - m.right])
    .padding(0.12);
  const top = Math.max(1, max(bins, (b) => b.exact + b.qualified) ?? 1);
  const y = scaleLinear()
    .domain([0, top])
    .range([height - m.bottom, m.top]);
  const hatchId = `${o.id}-hatch`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${width} ${height + 40}`, role: 'img', 'aria-labelledby': `${o.id}-title ${o.id}-desc`, class: 'chart' })}>`,
    `<title id="${o.id}-title">${esc(o.title)}</title>`,
    `<desc id="${o.id}-desc">${esc(o.description)}</desc>`,
    `<defs><pattern id="${hatchId}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${palette.qualified}" stroke-width="3"/></pattern></defs>`,
  ];
  for (const b of bins) {
    const bx = px(x(b.from)!);
    const bw = px(x.bandwidth());
    const yExact = y(b.exact);
    const yAll = y(b.exact + b.qualified);
    if (b.exact > 0) parts.push(`<rect${attrs({ x: bx, y: px(yExact), width: bw, height: px(y(0) - yExact), fill: palette.exact })}/>`);
    if (b.qualified > 0) {
      parts.push(
        `<rect${attrs({ x: bx, y: px(yAll), width: bw, height: px(yExact - yAll), fill: `url(#${hatchId})`, stroke: palette.qualified, 'stroke-width': 1.5 })}/>`,
      );
    }
    const n = b.exact + b.qualified;
    if (n > 0) {
      parts.push(
        `<text${attrs({ x: px(bx + bw / 2), y: px(yAll - 4), 'text-anchor': 'middle', class: 'chart-value', fill: palette.text })}>${esc(o.countLabel(n))}</text>`,
      );
    }
    parts.push(
      `<text${attrs({ x: px(bx + bw / 2), y: height - m.bottom + 14, 'text-anchor': 'middle', class: 'chart-legend', fill: palette.muted })}>${esc(String(b.from))}</text>`,
    );
  }
  parts.push(`<line${attrs({ x1: m.left, x2: width - m.right, y1: y(0), y2: y(0), stroke: palette.muted })}/>`);
  parts.push(
    `<text${attrs({ x: width - m.right, y: height - m.bottom + 30, 'text-anchor': 'end', class: 'chart-legend', fill: palette.muted })}>${esc(o.binLabel(0, 100))}</text>`,
  );
  const ly = height + 4;
  parts.push(`<rect x="${m.left}" y="${ly}" width="12" height="12" fill="${palette.exact}"/>`);
  parts.push(`<text${attrs({ x: m.left + 18, y: ly + 11, class: 'chart-legend', fill: palette.muted })}>${esc(o.legend.exact)}</text>`);
  parts.push(
    `<rect x="${m.left}" y="${ly + 18}" width="12" height="12" fill="url(#${hatchId})" stroke="${palette.qualified}" stroke-width="1.5"/>`,
  );
  parts.push(`<text${attrs({ x: m.left + 18, y: ly + 29, class: 'chart-legend', fill: palette.muted })}>${esc(o.legend.qualified)}</text>`);
  parts.push('</svg>');
  return parts.join('');
}
