/**
 * Bytes → text. Communes save CSVs from Excel in a Vietnamese locale, which
 * gives UTF-8 (with or without BOM), UTF-16 ("Unicode Text"), Windows-1258,
 * or, from older machines, TCVN3 (ABC). The result is always NFC text, or a
 * refusal that says how to save the file as UTF-8.
 */
import type { ProblemCode } from './problems.ts';

export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258'; notice?: ProblemCode }
  | { ok: false; code: ProblemCode };

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  const bomless16 = sniffUtf16(bytes);
  if (bomless16) return utf16(bytes, bomless16);
  const asUtf8 = utf8(bytes);
  if (asUtf8.ok) return asUtf8;
  return legacy(bytes);
}

function utf8(bytes: Uint8Array): DecodeResult {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.normalize('NFC'), encoding: 'utf-8' };
  } catch {
    return { ok: false, code: 'encoding.unknown' };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return { ok: true, text: text.normalize('NFC'), encoding, notice: 'encoding.utf16' };
  } catch {
    return { ok: false, code: 'encoding.unknown' };
  }
}

/** UTF-16 without a BOM: ASCII text has a zero in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Windows-1258 or TCVN3? TCVN3 puts the most common Vietnamese letters
 * (ă â ê ô ơ ư đ, à ả ã á ạ …) at 0xA1–0xBF, where Windows-1258 has only rare
 * symbols (¡ ¢ £ © « ® µ ¶ · …); Windows-1258 letters sit at 0xC0–0xFF with
 * combining tone marks. So the share of high bytes below 0xC0 tells them apart.
 */
function legacy(bytes: Uint8Array): DecodeResult {
  let low = 0;
  let high = 0;
  for (const b of bytes) {
    if (b >= 0xa1 && b <= 0xbf) low++;
    else if (b >= 0xc0) high++;
  }
  if (low + high === 0) return { ok: false, code: 'encoding.unknown' };
  if (low / (low + high) > 0.3) return { ok: false, code: 'encoding.tcvn3' };
  const text = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  // Control characters other than tab/newline mean this was not text in any encoding we know.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u0080-\u009f]/.test(text)) return { ok: false, code: 'encoding.unknown' };
  return { ok: true, text, encoding: 'windows-1258', notice: 'encoding.windows-1258' };
}
