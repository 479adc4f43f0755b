/** Minimal helpers to write SVG as text (charts are rendered at build time, no DOM). */
const special = /[&<>"]/;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function esc(text: string): string {
  // Most text has nothing to escape; one test is cheaper than four replaces (charts call this per attribute).
  return special.test(text) ? text.replace(/[&<>"]/g, (c) => entities[c]!) : text;
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
