/**
 * Horizontal bars for rates (0–100%), one row per item, label above its bar
 * so long Vietnamese labels fit on a 320 px phone. Exact figures are solid;
 * qualified ones (estimate, approximate, bound) are hatched and outlined, so
 * an estimate never looks like a measurement. Optional target marks.
 * Pure: data in, SVG text out.
 */
import { scaleLinear } from 'd3';
import { attrs, esc, palette, px } from './svg.ts';

export interface RateBar {
  label: string;
  /** 0–100 (values above 100 are drawn to the edge and still labelled as given). */
  value: number;
  /** The figure as shown to readers, formatted with its qualifier ("Ước tính 80%"). */
  display: string;
  qualified: boolean;
  /** A reference row (e.g. a median) drawn in grey rather than as the commune's own figure. */
  reference?: boolean;
  target?: { value: number; display: string };
}

export interface RateBarsOptions {
  id: string;
  title: string;
  description: string;
  bars: readonly RateBar[];
  legend: { exact: string; qualified: string; target: string; reference?: string };
  width?: number;
}

const rowHeight = 46;
const barHeight = 16;
const top = 8;
const legendHeight = 28;

export function rateBars(o: RateBarsOptions): string {
  const width = o.width ?? 640;
  const margin = { left: 4, right: 8 };
  const x = scaleLinear().domain([0, 100]).range([margin.left, width - margin.right]).clamp(true);
  const height = top + o.bars.length * rowHeight + legendHeight;
  const hatchId = `${o.id}-hatch`;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${o.id}-title ${o.id}-desc`, class: 'chart', id: o.id })}>`,
    `<title id="${o.id}-title">${esc(o.title)}</title>`,
    `<desc id="${o.id}-desc">${esc(o.description)}</desc>`,
    `<defs><pattern id="${hatchId}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${palette.qualified}" stroke-width="3"/></pattern></defs>`,
  );
  o.bars.forEach((b, i) => {
    const y = top + i * rowHeight;
    const barY = y + 20;
    const color = b.reference ? palette.reference : palette.exact;
    parts.push(`<text${attrs({ x: margin.left, y: y + 12, class: 'chart-label', fill: palette.text })}>${esc(b.label)}</text>`);
    parts.push(`<rect${attrs({ x: x(0), y: barY, width: px(x(100) - x(0)), height: barHeight, fill: palette.track })}/>`);
    const w = px(Math.max(0, x(Math.min(b.value, 100)) - x(0)));
    if (b.qualified) {
      parts.push(`<rect${attrs({ x: x(0), y: barY, width: w, height: barHeight, fill: `url(#${hatchId})`, stroke: color, 'stroke-width': 1.5 })}/>`);
    } else {
      parts.push(`<rect${attrs({ x: x(0), y: barY, width: w, height: barHeight, fill: color })}/>`);
    }
    // The value sits inside the bar's end when there is room, else just after it.
    const inside = w > 120;
    const tx = inside ? x(0) + w - 6 : x(0) + w + 6;
    parts.push(
      `<text${attrs({ x: px(tx), y: barY + 12.5, 'text-anchor': inside ? 'end' : 'start', class: 'chart-value', fill: inside && !b.qualified ? '#fff' : palette.text, ...(inside && b.qualified ? { stroke: '#fff', 'stroke-width': 3, 'paint-order': 'stroke' } : {}) })}>${esc(b.display)}</text>`,
    );
    if (b.target) {
      const tx2 = px(x(Math.min(b.target.value, 100)));
      parts.push(`<line${attrs({ x1: tx2, x2: tx2, y1: barY - 4, y2: barY + barHeight + 4, stroke: palette.target, 'stroke-width': 2.5 })}><title>${esc(b.target.display)}</title></line>`);
    }
  });
  // Legend
  const ly = top + o.bars.length * rowHeight + 8;
  let lx = margin.left;
  const item = (swatch: string, label: string) => {
    parts.push(swatch.replace(/LX/g, String(lx)).replace(/LY/g, String(ly)));
    parts.push(`<text${attrs({ x: lx + 18, y: ly + 10, class: 'chart-legend', fill: palette.muted })}>${esc(label)}</text>`);
    lx += 26 + label.length * 6.2;
  };
  item(`<rect x="LX" y="LY" width="12" height="12" fill="${palette.exact}"/>`, o.legend.exact);
  item(`<rect x="LX" y="LY" width="12" height="12" fill="url(#${hatchId})" stroke="${palette.qualified}" stroke-width="1.5"/>`, o.legend.qualified);
  if (o.bars.some((b) => b.target)) item(`<rect x="LX" y="LY" width="3" height="14" fill="${palette.target}"/>`, o.legend.target);
  if (o.legend.reference && o.bars.some((b) => b.reference)) item(`<rect x="LX" y="LY" width="12" height="12" fill="${palette.reference}"/>`, o.legend.reference);
  parts.push('</svg>');
  return parts.join('');
}
