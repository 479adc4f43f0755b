/** Minimal helpers to write SVG as text (charts are rendered at build time, no DOM). */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function attrs(a: Record<string, string | number | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');
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
