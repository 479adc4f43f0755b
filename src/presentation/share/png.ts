/**
 * A small palette PNG encoder for flat images (share cards): RGBA pixels in,
 * 8-bit indexed PNG out. Flat colours plus anti-aliased text stay far under
 * 256 colours, so this is lossless for them and about half the size of the
 * renderer's RGBA PNG. More colours fall back to the nearest entry of a
 * mixed palette (lossy, only for images this module was not made for).
 */
import { endianness } from 'node:os';
import { crc32, deflateSync } from 'node:zlib';

const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** Index of the nearest palette colour (squared RGBA distance). */
function nearest(c: number, palette: readonly number[]): number {
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < palette.length; i++) {
    const p = palette[i]!;
    let d = 0;
    for (let s = 0; s < 32; s += 8) {
      const diff = ((c >>> s) & 255) - ((p >>> s) & 255);
      d += diff * diff;
    }
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

/** Encode RGBA pixels (row-major, 4 bytes each) as an indexed-colour PNG. */
export function encodePalettePng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`Expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  // Colours as uint32 with R in the low byte: a view of the buffer where the machine is little-endian and it is aligned.
  const pixels =
    endianness() === 'LE' && rgba.byteOffset % 4 === 0
      ? new Uint32Array(rgba.buffer, rgba.byteOffset, width * height)
      : Uint32Array.from(
          { length: width * height },
          (_, i) => (rgba[i * 4]! | (rgba[i * 4 + 1]! << 8) | (rgba[i * 4 + 2]! << 16) | (rgba[i * 4 + 3]! << 24)) >>> 0,
        );
  // Counted by runs: flat images are mostly long runs of one colour, and a Map update per pixel is the slow part.
  const counts = new Map<number, number>();
  for (let i = 0; i < pixels.length;) {
    const c = pixels[i]!;
    let j = i + 1;
    while (j < pixels.length && pixels[j] === c) j++;
    counts.set(c, (counts.get(c) ?? 0) + (j - i));
    i = j;
  }
  const byFrequency = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  // Over 256 colours: the 131 most frequent plus an opaque 5×5×5 colour cube, so no colour is far from the palette.
  const cube = Array.from({ length: 125 }, (_, i) => {
    const [r, g, b] = [i % 5, Math.floor(i / 5) % 5, Math.floor(i / 25)].map((v) => Math.round(v * 63.75));
    return (r! | (g! << 8) | (b! << 16) | (255 << 24)) >>> 0;
  });
  const palette = byFrequency.length <= 256 ? byFrequency : [...byFrequency.slice(0, 131), ...cube];
  const index = new Map<number, number>(palette.map((c, i) => [c, i]));
  const indexOf = (c: number): number => {
    let i = index.get(c);
    if (i === undefined) {
      i = nearest(c, palette);
      index.set(c, i);
    }
    return i;
  };
  // Filter type 0 on every row: the usual best choice for indexed images.
  const raw = Buffer.alloc((width + 1) * height);
  let last = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    const row = y * (width + 1);
    for (let x = 0; x < width; x++) {
      const c = pixels[y * width + x]!;
      if (c !== last) {
        last = c;
        lastIndex = indexOf(c);
      }
      raw[row + 1 + x] = lastIndex;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // colour type: indexed
  const plte = Buffer.alloc(palette.length * 3);
  const alpha = Buffer.alloc(palette.length);
  palette.forEach((c, i) => {
    plte[i * 3] = c & 255;
    plte[i * 3 + 1] = (c >>> 8) & 255;
    plte[i * 3 + 2] = (c >>> 16) & 255;
    alpha[i] = c >>> 24;
  });
  const opaque = alpha.every((a) => a === 255);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('PLTE', plte),
    ...(opaque ? [] : [chunk('tRNS', alpha)]),
    // Level 6: level 9 saves under 10% of bytes at ten times the time.
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Width, height, bit depth and colour type from a PNG's IHDR; undefined when it is not a PNG. */
export function pngHeader(png: Uint8Array): { width: number; height: number; bitDepth: number; colourType: number } | undefined {
  const b = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (b.length < 33 || !b.subarray(0, 8).equals(signature) || b.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), bitDepth: b[24]!, colourType: b[25]! };
}
