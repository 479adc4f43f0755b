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
  /**
   * A target: drawn as a tick that reaches above and below the bar (never mistaken for the bar's end), with its
   * value written under the tick ("mark", e.g. "MT 2026: 100%") and the full text ("display") as its title.
   */
  target?: { value: number; display: string; mark?: string };
}

export interface RateBarsOptions {
  id: string;
  title: string;
  description: string;
  bars: readonly RateBar[];
  legend: { exact: string; qualified: string; target: string; reference?: string };
  width?: number;
}

const lineHeight = 17;
const barHeight = 18;
const rowGap = 12;
const top = 4;
/** Extra room under a bar with a target, for the target's label. */
const targetLabelHeight = 14;
/** Average glyph width of the 14 px label font, to wrap long Vietnamese labels without a DOM. */
const charWidth = 7.4;

/** Greedy word wrap by estimated width. */
export function wrapLabel(text: string, maxWidth: number): string[] {
  const maxChars = Math.max(8, Math.floor(maxWidth / charWidth));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function rateBars(o: RateBarsOptions): string {
  // 400 user units: on a 360 px phone text stays near its nominal size; CSS caps the width on desktop.
  const width = o.width ?? 400;
  const margin = { left: 2, right: 4 };
  const x = scaleLinear()
    .domain([0, 100])
    .range([margin.left, width - margin.right])
    .clamp(true);
  const labels = o.bars.map((b) => wrapLabel(b.label, width - margin.left - margin.right));
  const rowTops: number[] = [];
  let y0 = top;
  labels.forEach((l, i) => {
    rowTops.push(y0);
    y0 += l.length * lineHeight + barHeight + rowGap + (o.bars[i]!.target?.mark ? targetLabelHeight : 0);
  });
  const legendItems = [
    o.legend.exact,
    o.legend.qualified,
    ...(o.bars.some((b) => b.target) ? [o.legend.target] : []),
    ...(o.legend.reference && o.bars.some((b) => b.reference) ? [o.legend.reference] : []),
  ];
  const height = y0 + legendItems.length * 18 + 4;
  const hatchId = `${o.id}-hatch`;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${o.id}-title ${o.id}-desc`, class: 'chart' })}>`,
    `<title id="${o.id}-title">${esc(o.title)}</title>`,
    `<desc id="${o.id}-desc">${esc(o.description)}</desc>`,
    `<defs><pattern id="${hatchId}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${palette.qualified}" stroke-width="3"/></pattern></defs>`,
  );
  o.bars.forEach((b, i) => {
    const y = rowTops[i]!;
    const lines = labels[i]!;
    const barY = y + lines.length * lineHeight + 2;
    const color = b.reference ? palette.reference : palette.exact;
    parts.push(
      `<text${attrs({ x: margin.left, y: y + 13, class: 'chart-label', fill: palette.text })}>${lines.map((l, j) => `<tspan${attrs({ x: margin.left, dy: j === 0 ? undefined : lineHeight })}>${esc(l)}</tspan>`).join('')}</text>`,
    );
    parts.push(`<rect${attrs({ x: x(0), y: barY, width: px(x(100) - x(0)), height: barHeight, fill: palette.track })}/>`);
    const w = px(Math.max(0, x(Math.min(b.value, 100)) - x(0)));
    if (b.qualified) {
      parts.push(
        `<rect${attrs({ x: x(0), y: barY, width: w, height: barHeight, fill: `url(#${hatchId})`, stroke: color, 'stroke-width': 1.5 })}/>`,
      );
    } else {
      parts.push(`<rect${attrs({ x: x(0), y: barY, width: w, height: barHeight, fill: color })}/>`);
    }
    // The value sits inside the bar's end when there is room, else just after it.
    const inside = w > 90;
    const tx = inside ? x(0) + w - 6 : x(0) + w + 6;
    parts.push(
      `<text${attrs({ x: px(tx), y: barY + 13.5, 'text-anchor': inside ? 'end' : 'start', class: 'chart-value', fill: inside && !b.qualified ? '#fff' : palette.text, ...(inside && b.qualified ? { stroke: '#fff', 'stroke-width': 3, 'paint-order': 'stroke' } : {}) })}>${esc(b.display)}</text>`,
    );
    if (b.target) {
      const tx2 = px(x(Math.min(b.target.value, 100)));
      parts.push(
        `<line${attrs({ x1: tx2, x2: tx2, y1: barY - 4, y2: barY + barHeight + 4, stroke: palette.target, 'stroke-width': 2.5 })}><title>${esc(b.target.display)}</title></line>`,
      );
      if (b.target.mark) {
        // Under the tick, kept inside the chart: anchored at its end near the right edge.
        const anchor = tx2 > width * 0.75 ? 'end' : tx2 < width * 0.25 ? 'start' : 'middle';
        parts.push(
          `<text${attrs({ x: tx2, y: barY + barHeight + 16, 'text-anchor': anchor, class: 'chart-legend', fill: palette.target })}>${esc(b.target.mark)}</text>`,
        );
      }
    }
  });
  // Legend: one item per line so it never overflows a narrow screen.
  let ly = y0;
  const item = (swatch: string, label: string) => {
    parts.push(swatch.replace(/LX/g, String(margin.left)).replace(/LY/g, String(ly)));
    parts.push(`<text${attrs({ x: margin.left + 18, y: ly + 11, class: 'chart-legend', fill: palette.muted })}>${esc(label)}</text>`);
    ly += 18;
  };
  item(`<rect x="LX" y="LY" width="12" height="12" fill="${palette.exact}"/>`, o.legend.exact);
  item(
    `<rect x="LX" y="LY" width="12" height="12" fill="url(#${hatchId})" stroke="${palette.qualified}" stroke-width="1.5"/>`,
    o.legend.qualified,
  );
  if (o.bars.some((b) => b.target)) item(`<rect x="LX" y="LY" width="3" height="14" fill="${palette.target}"/>`, o.legend.target);
  if (o.legend.reference && o.bars.some((b) => b.reference))
    item(`<rect x="LX" y="LY" width="12" height="12" fill="${palette.reference}"/>`, o.legend.reference);
  parts.push('</svg>');
  return parts.join('');
}
