/**
 * Share images (Open Graph, 1200×630) as SVG text: a pure function of what the
 * card shows and the font's measured widths, so the same card always gives
 * the same SVG (and the PNG cache can key on it). Flat colours and few shapes
 * keep the rasterised PNG small; estimates are outlined bars, never solid,
 * and their qualifier is always in words beside the number.
 */
import { attrs, esc, px } from '../../charts/svg.ts';
import type { FontMetrics } from './font-metrics.ts';
import type { Locale } from '../../i18n/locale.ts';

export const shareImageSize = { width: 1200, height: 630 } as const;

/** The font family the SVG names; the renderer is given its files and nothing else. */
export const shareFontFamily = 'Be Vietnam Pro';

export interface ShareFigure {
  label: string;
  /** As readers see it, qualifier first: "Ước tính 80%". */
  value: string;
  /** 0–100 when the figure is a rate: drawn as a bar. */
  rate?: number;
  /** Estimate, approximate or bound: the bar is outlined rather than solid. */
  qualified: boolean;
  /** "Nguồn: Báo cáo số 141/BC-UBND, 02/6/2026". */
  source?: string;
}

export interface ShareCard {
  lang: Locale;
  /** Site name, in the top band. */
  brand: string;
  /** Where the site lives ("bdhvs.example.vn"), right of the brand when it fits. */
  host: string;
  title: string;
  subtitle: string;
  /** The headline figure, large. */
  lead?: ShareFigure;
  /** Further figures in a side column: as many as fit, in order (usually two). */
  others?: readonly ShareFigure[];
  /** Shown instead of a figure, e.g. that the unit has not reported. */
  note?: string;
  noteDetail?: string;
}

/** Regular and bold metrics of the share font. */
export interface ShareFonts {
  regular: FontMetrics;
  bold: FontMetrics;
}

const W = shareImageSize.width;
const H = shareImageSize.height;
const pad = 64;
const colours = {
  band: '#0059a0',
  onBand: '#ffffff',
  text: '#1a1a1a',
  muted: '#595959',
  accent: '#0059a0',
  track: '#e6e6e6',
  rule: '#d0d0d0',
  bg: '#ffffff',
} as const;

type Weight = 400 | 700;

/**
 * Greedy word wrap by measured width; the last allowed line ends with "…"
 * when text remains. Words wider than the line are kept whole (names are never split mid-word).
 */
export function wrapText(text: string, m: FontMetrics, size: number, maxWidth: number, maxLines: number): string[] {
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i]!;
    if (line && m.width(candidate, size) > maxWidth) {
      lines.push(line);
      line = words[i]!;
      if (lines.length === maxLines) break;
    } else line = candidate;
  }
  if (lines.length < maxLines) {
    lines.push(line);
    return lines;
  }
  // Out of lines: shorten the last one until it fits with an ellipsis.
  let last = lines[maxLines - 1]!;
  while (last.includes(' ') && m.width(`${last}…`, size) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
  lines[maxLines - 1] = `${last.replace(/[,;:.]$/, '')}…`;
  return lines;
}

/** The largest size in [min, max] (2 px steps) at which `text` fits on one line, else `min`. */
export function fitSize(text: string, m: FontMetrics, maxWidth: number, max: number, min: number): number {
  for (let s = max; s > min; s -= 2) if (m.width(text, s) <= maxWidth) return s;
  return min;
}

function textLines(
  lines: readonly string[],
  o: { x: number; y: number; size: number; lineHeight: number; weight: Weight; fill: string; anchor?: 'end' },
): string {
  return lines
    .map(
      (l, i) =>
        `<text${attrs({ x: o.x, y: px(o.y + i * o.lineHeight), 'font-size': o.size, 'font-weight': o.weight === 700 ? 700 : undefined, fill: o.fill, 'text-anchor': o.anchor })}>${esc(l)}</text>`,
    )
    .join('');
}

interface Block {
  svg: string;
  height: number;
}

/** Type sizes of a figure block; the lead figure steps down to a compact profile when space runs short. */
interface Profile {
  label: number;
  labelLines: number;
  valueMax: number;
  valueMin: number;
  bar: number;
  source: number;
  sourceLines: number;
}
const profiles = {
  lead: { label: 28, labelLines: 2, valueMax: 96, valueMin: 44, bar: 22, source: 22, sourceLines: 2 },
  leadCompact: { label: 24, labelLines: 1, valueMax: 64, valueMin: 36, bar: 16, source: 20, sourceLines: 1 },
  side: { label: 20, labelLines: 2, valueMax: 40, valueMin: 26, bar: 0, source: 17, sourceLines: 1 },
} satisfies Record<string, Profile>;

/** A figure block: label, value, bar (rates, when the profile has one), source. `y` is the block's top. */
function figureBlock(f: ShareFigure, fonts: ShareFonts, x: number, y: number, width: number, p: Profile): Block {
  const parts: string[] = [];
  const labelLh = Math.round(p.label * 1.3);
  const label = wrapText(f.label, fonts.regular, p.label, width, p.labelLines);
  let cy = y + p.label;
  parts.push(textLines(label, { x, y: cy, size: p.label, lineHeight: labelLh, weight: 400, fill: colours.text }));
  cy += (label.length - 1) * labelLh;
  const valueSize = fitSize(f.value, fonts.bold, width, p.valueMax, p.valueMin);
  cy += Math.round(valueSize * 1.1);
  parts.push(textLines([f.value], { x, y: cy, size: valueSize, lineHeight: 0, weight: 700, fill: colours.accent }));
  // Descenders of the value ("p", "y") need room below the baseline.
  cy += Math.round(valueSize * 0.22);
  if (f.rate !== undefined && p.bar > 0) {
    const by = cy + 4;
    const w = px((Math.max(0, Math.min(f.rate, 100)) / 100) * width);
    parts.push(`<rect${attrs({ x, y: by, width, height: p.bar, fill: colours.track })}/>`);
    // Solid for counted figures; an outline (stroke inside the bar) for estimates and bounds.
    parts.push(
      f.qualified
        ? `<rect${attrs({ x: x + 1.5, y: by + 1.5, width: Math.max(0, w - 3), height: p.bar - 3, fill: colours.bg, stroke: colours.accent, 'stroke-width': 3 })}/>`
        : `<rect${attrs({ x, y: by, width: w, height: p.bar, fill: colours.accent })}/>`,
    );
    cy = by + p.bar;
  }
  if (f.source) {
    const lh = p.source + 6;
    const src = wrapText(f.source, fonts.regular, p.source, width, p.sourceLines);
    cy += p.source + 12;
    parts.push(textLines(src, { x, y: cy, size: p.source, lineHeight: lh, weight: 400, fill: colours.muted }));
    cy += (src.length - 1) * lh + Math.round(p.source * 0.3);
  }
  return { svg: parts.join(''), height: cy - y };
}

/** The share image of a card, as SVG text (1200×630, text in the share font). */
export function shareImageSvg(card: ShareCard, fonts: ShareFonts): string {
  const parts: string[] = [];
  const inner = W - 2 * pad;
  const bottom = H - 28;
  // Top band: brand, and the host on the right when both fit.
  const bandH = 88;
  parts.push(`<rect${attrs({ width: W, height: bandH, fill: colours.band })}/>`);
  const brandSize = fitSize(card.brand, fonts.bold, inner, 30, 20);
  parts.push(textLines([card.brand], { x: pad, y: 56, size: brandSize, lineHeight: 0, weight: 700, fill: colours.onBand }));
  const hostSize = 22;
  if (fonts.bold.width(card.brand, brandSize) + 40 + fonts.regular.width(card.host, hostSize) <= inner) {
    parts.push(
      textLines([card.host], { x: W - pad, y: 55, size: hostSize, lineHeight: 0, weight: 400, fill: colours.onBand, anchor: 'end' }),
    );
  }
  // Title: one line, shrunk to fit; two lines at the smallest size when it still does not fit.
  const titleSize = fitSize(card.title, fonts.bold, inner, 66, 46);
  const title =
    fonts.bold.width(card.title, titleSize) <= inner
      ? [card.title.normalize('NFC')]
      : wrapText(card.title, fonts.bold, titleSize, inner, 2);
  let y = bandH + 28 + titleSize;
  parts.push(textLines(title, { x: pad, y, size: titleSize, lineHeight: titleSize + 6, weight: 700, fill: colours.text }));
  y += (title.length - 1) * (titleSize + 6);
  const subtitle = wrapText(card.subtitle, fonts.regular, 30, inner, 2);
  y += 48;
  parts.push(textLines(subtitle, { x: pad, y, size: 30, lineHeight: 38, weight: 400, fill: colours.muted }));
  y += (subtitle.length - 1) * 38 + 34;
  parts.push(`<rect${attrs({ x: pad, y, width: inner, height: 2, fill: colours.rule })}/>`);
  y += 30;

  const others = card.others ?? [];
  if (card.lead) {
    const split = others.length > 0;
    const leadWidth = split ? 640 : inner;
    let lead = figureBlock(card.lead, fonts, pad, y, leadWidth, profiles.lead);
    if (y + lead.height > bottom) lead = figureBlock(card.lead, fonts, pad, y, leadWidth, profiles.leadCompact);
    parts.push(lead.svg);
    if (split) {
      const colX = pad + leadWidth + 56;
      const colW = W - pad - colX;
      parts.push(`<rect${attrs({ x: pad + leadWidth + 27, y, width: 2, height: bottom - y, fill: colours.rule })}/>`);
      let oy = y;
      // As many further figures as fit, in order; none is ever cut.
      for (const f of others) {
        const block = figureBlock(f, fonts, colX, oy, colW, profiles.side);
        if (oy + block.height > bottom) break;
        parts.push(block.svg);
        oy += block.height + 26;
      }
    }
  } else if (card.note) {
    const note = wrapText(card.note, fonts.bold, 40, inner, 3);
    y += 40;
    parts.push(textLines(note, { x: pad, y, size: 40, lineHeight: 52, weight: 700, fill: colours.text }));
    y += (note.length - 1) * 52;
    if (card.noteDetail) {
      const detail = wrapText(card.noteDetail, fonts.regular, 28, inner, 2);
      y += 52;
      parts.push(textLines(detail, { x: pad, y, size: 28, lineHeight: 36, weight: 400, fill: colours.muted }));
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: W, height: H, viewBox: `0 0 ${W} ${H}`, lang: card.lang, 'font-family': shareFontFamily })}>` +
    `<rect${attrs({ width: W, height: H, fill: colours.bg })}/>` +
    parts.join('') +
    '</svg>'
  );
}

/** Alternative text of a card: everything it shows, in reading order. */
export function shareImageAlt(card: ShareCard): string {
  const figure = (f: ShareFigure) => `${f.label}: ${f.value}${f.source ? ` (${f.source})` : ''}.`;
  return [
    `${card.title}. ${card.subtitle}.`,
    ...(card.lead ? [figure(card.lead), ...(card.others ?? []).map(figure)] : []),
    ...(card.lead ? [] : [card.note, card.noteDetail].filter((s): s is string => !!s)),
  ]
    .join(' ')
    .replace(/\.\./g, '.');
}
