/**
 * QR codes as inline SVG, made at build time (no service, no script): one
 * path of dark modules with the standard 4-module quiet zone, crisp edges, so
 * it prints sharply at any size.
 */
import { create } from 'qrcode';
import { attrs, esc } from '../../charts/svg.ts';

/** Dark modules of a QR code for `text`, UTF-8 encoded (error correction M: survives a smudged notice board). */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => modules.data[r * n + c] === 1));
}

/** An accessible SVG QR code for `text`; `label` names it for screen readers. */
export function qrSvg(text: string, label: string, className = 'qr'): string {
  const m = qrMatrix(text);
  const quiet = 4;
  const size = m.length + 2 * quiet;
  // Each horizontal run of dark modules is one stroked line segment, in relative moves: about a third of the
  // bytes of one filled rectangle per run, which matters on 6,642 print pages.
  let d = '';
  m.forEach((row, y) => {
    let pen: number | undefined;
    for (let x = 0; x < row.length;) {
      if (!row[x]) {
        x++;
        continue;
      }
      let end = x;
      while (end < row.length && row[end]) end++;
      d += pen === undefined ? `M${x + quiet} ${y + quiet}.5h${end - x}` : `m${x - pen} 0h${end - x}`;
      pen = end;
      x = end;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${size} ${size}`, role: 'img', 'aria-label': label, class: className, 'shape-rendering': 'crispEdges' })}>` +
    `<title>${esc(label)}</title>` +
    `<rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path d="${d}" stroke="#000" stroke-width="1"/>` +
    '</svg>'
  );
}
