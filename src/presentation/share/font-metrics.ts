/**
 * Advance widths read straight from a TrueType/OpenType font file, so share
 * images can wrap and fit Vietnamese text without a DOM or a browser. Reads
 * only the tables needed (head, hhea, hmtx, cmap formats 4 and 12). Kerning is
 * ignored: it only narrows text, so layouts measured this way never overflow.
 */

export interface FontMetrics {
  /** Width of `text` at `size` px, in px. */
  width(text: string, size: number): number;
  /** Characters of `text` (NFC) the font has no glyph for: they would render as boxes. */
  missing(text: string): string[];
}

interface Table {
  offset: number;
  length: number;
}

function tables(view: DataView): Map<string, Table> {
  const out = new Map<string, Table>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(rec), view.getUint8(rec + 1), view.getUint8(rec + 2), view.getUint8(rec + 3));
    out.set(tag, { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  return out;
}

/** A code point → glyph id lookup from the best Unicode cmap subtable. */
function cmapLookup(view: DataView, cmap: Table): (cp: number) => number {
  const count = view.getUint16(cmap.offset + 2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < count; i++) {
    const rec = cmap.offset + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const sub = cmap.offset + view.getUint32(rec + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(sub);
    if (format === 12) format12 ??= sub;
    if (format === 4) format4 ??= sub;
  }
  if (format12 !== undefined) {
    const sub = format12;
    const groups = view.getUint32(sub + 12);
    return (cp) => {
      // Binary search over the sorted groups.
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = sub + 16 + mid * 12;
        const start = view.getUint32(g);
        const end = view.getUint32(g + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return view.getUint32(g + 8) + (cp - start);
      }
      return 0;
    };
  }
  if (format4 !== undefined) {
    const sub = format4;
    const segs = view.getUint16(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + segs * 2 + 2;
    const deltas = starts + segs * 2;
    const ranges = deltas + segs * 2;
    return (cp) => {
      if (cp > 0xffff) return 0;
      for (let i = 0; i < segs; i++) {
        if (cp > view.getUint16(ends + i * 2)) continue;
        const start = view.getUint16(starts + i * 2);
        if (cp < start) return 0;
        const delta = view.getInt16(deltas + i * 2);
        const rangeOffset = view.getUint16(ranges + i * 2);
        if (rangeOffset === 0) return (cp + delta) & 0xffff;
        const glyph = view.getUint16(ranges + i * 2 + rangeOffset + (cp - start) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  throw new Error('Font has no Unicode cmap (format 4 or 12)');
}

/** Metrics of one font file (its bytes). Throws on files that are not TrueType/OpenType. */
export function fontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const t = tables(view);
  const head = t.get('head');
  const hhea = t.get('hhea');
  const hmtx = t.get('hmtx');
  const cmap = t.get('cmap');
  if (!head || !hhea || !hmtx || !cmap) throw new Error('Not a TrueType/OpenType font (missing head, hhea, hmtx or cmap)');
  const unitsPerEm = view.getUint16(head.offset + 18);
  const longMetrics = view.getUint16(hhea.offset + 34);
  const glyphOf = cmapLookup(view, cmap);
  const advance = (glyph: number) => view.getUint16(hmtx.offset + Math.min(glyph, longMetrics - 1) * 4);
  const cache = new Map<number, number>();
  const units = (cp: number): number => {
    let w = cache.get(cp);
    if (w === undefined) {
      w = advance(glyphOf(cp));
      cache.set(cp, w);
    }
    return w;
  };
  return {
    width(text, size) {
      let sum = 0;
      // NFC: Vietnamese letters are precomposed in the font; decomposed marks would be measured twice.
      for (const ch of text.normalize('NFC')) sum += units(ch.codePointAt(0)!);
      return (sum / unitsPerEm) * size;
    },
    missing(text) {
      return [...new Set(text.normalize('NFC'))].filter((ch) => !/\s/.test(ch) && glyphOf(ch.codePointAt(0)!) === 0);
    },
  };
}
