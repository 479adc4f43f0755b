/** Minimal helpers to write SVG as text (charts are rendered at build time, no DOM). */
const special = /[&<>"]/;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Characters XML 1.0 does not allow at all, not even escaped: C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF. */
const illegal = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const illegalAll = new RegExp(illegal.source, 'gu');

/** Text without the characters XML cannot carry (an SVG or feed with one is not XML at all). */
export function xmlSafe(text: string): string {
  return illegal.test(text) ? text.replace(illegalAll, '') : text;
}

export function esc(text: string): string {
  // Most text has nothing to escape; one test is cheaper than four replaces (charts call this per attribute).
  const t = xmlSafe(text);
  return special.test(t) ? t.replace(/[&<>"]/g, (c) => entities[c]!) : t;
}

export function attrs(a: Record<string, string | number | undefined>): string {
  let out = '';
  for (const k in a) {
    const v = a[k];
    if (v !== undefined) out += ` ${k}="${typeof v === 'number' ? v : esc(v)}"`;
  }
  return out;
}

/** Round coordinates so snapshots are stable and files stay small. */
export function px(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Colour-blind-safe palette (Okabe–Ito) chosen to stay distinct in greyscale print. */
export const palette = {
  exact: '#0072B2',
  qualified: '#0072B2',
  reference: '#555555',
  target: '#000000',
  track: '#e6e6e6',
  text: '#1a1a1a',
  muted: '#595959',
} as const;
