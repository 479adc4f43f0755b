/**
 * An indicator over time, once a commune has more than one report: one point
 * per report at its date, joined by a line; qualified points are hollow.
 * Pure: data in, SVG text out.
 */
import { extent, line, scaleLinear, scaleUtc } from 'd3';
import { attrs, esc, palette, px } from './svg.ts';

export interface TimePoint {
  /** ISO date (the first day of a partial date, as documents are ordered). */
  date: string;
  value: number;
  display: string;
  dateLabel: string;
  qualified: boolean;
}

export interface TimeSeriesOptions {
  id: string;
  title: string;
  description: string;
  points: readonly TimePoint[];
  /** Percent series use a fixed 0–100 axis; counts start at zero. */
  percent: boolean;
  legend: { exact: string; qualified: string };
  width?: number;
}

export function timeSeries(o: TimeSeriesOptions): string {
  const width = o.width ?? 400;
  const height = 200;
  const m = { top: 24, right: 40, bottom: 36, left: 40 };
  const pts = [...o.points].sort((a, b) => a.date.localeCompare(b.date));
  const dates = pts.map((p) => new Date(`${p.date}T00:00:00Z`));
  // No point at all: an empty chart on an arbitrary day, not a crash.
  const [d0, d1] = dates.length > 0 ? (extent(dates) as [Date, Date]) : [new Date(0), new Date(0)];
  const x = scaleUtc()
    .domain(d0.getTime() === d1.getTime() ? [new Date(d0.getTime() - 864e5 * 30), new Date(d1.getTime() + 864e5 * 30)] : [d0, d1])
    .range([m.left, width - m.right]);
  // A percent axis is 0–100, or up to a value above 100 (drawn and labelled inside the chart, not cut off).
  const top = o.percent ? Math.max(100, ...pts.map((p) => p.value)) : Math.max(...pts.map((p) => p.value), 1);
  const y = scaleLinear()
    .domain([0, top])
    .nice()
    .range([height - m.bottom, m.top]);
  const path = line<TimePoint>()
    .x((p) => x(new Date(`${p.date}T00:00:00Z`)))
    .y((p) => y(p.value));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${width} ${height + 40}`, role: 'img', 'aria-labelledby': `${o.id}-title ${o.id}-desc`, class: 'chart' })}>`,
    `<title id="${o.id}-title">${esc(o.title)}</title>`,
    `<desc id="${o.id}-desc">${esc(o.description)}</desc>`,
    `<line${attrs({ x1: m.left, x2: width - m.right, y1: y(0), y2: y(0), stroke: palette.muted })}/>`,
    `<text${attrs({ x: m.left - 6, y: px(y(0) + 4), 'text-anchor': 'end', class: 'chart-legend', fill: palette.muted })}>0</text>`,
    `<text${attrs({ x: m.left - 6, y: px(y(y.domain()[1]!) + 4), 'text-anchor': 'end', class: 'chart-legend', fill: palette.muted })}>${esc(o.percent ? `${y.domain()[1]}%` : String(y.domain()[1]))}</text>`,
    `<path${attrs({ d: (path(pts) ?? '').replace(/(\d+\.\d{2})\d+/g, '$1'), fill: 'none', stroke: palette.exact, 'stroke-width': 2 })}/>`,
  ];
  pts.forEach((p, i) => {
    const cx = px(x(dates[i]!));
    const cy = px(y(p.value));
    parts.push(
      `<circle${attrs({ cx, cy, r: 5, fill: p.qualified ? '#fff' : palette.exact, stroke: palette.exact, 'stroke-width': 2, 'stroke-dasharray': p.qualified ? '2 1.5' : undefined })}/>`,
    );
    parts.push(
      `<text${attrs({ x: cx, y: px(cy - 10), 'text-anchor': 'middle', class: 'chart-value', fill: palette.text })}>${esc(p.display)}</text>`,
    );
    parts.push(
      `<text${attrs({ x: cx, y: height - m.bottom + 16, 'text-anchor': 'middle', class: 'chart-legend', fill: palette.muted })}>${esc(p.dateLabel)}</text>`,
    );
  });
  const ly = height + 4;
  parts.push(`<circle cx="${m.left + 6}" cy="${ly + 6}" r="5" fill="${palette.exact}"/>`);
  parts.push(`<text${attrs({ x: m.left + 18, y: ly + 11, class: 'chart-legend', fill: palette.muted })}>${esc(o.legend.exact)}</text>`);
  parts.push(
    `<circle cx="${m.left + 6}" cy="${ly + 24}" r="5" fill="#fff" stroke="${palette.exact}" stroke-width="2" stroke-dasharray="2 1.5"/>`,
  );
  parts.push(`<text${attrs({ x: m.left + 18, y: ly + 29, class: 'chart-legend', fill: palette.muted })}>${esc(o.legend.qualified)}</text>`);
  parts.push('</svg>');
  return parts.join('');
}
