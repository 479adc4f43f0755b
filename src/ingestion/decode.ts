/**
 * Bytes → text. Communes save CSVs from Excel in a Vietnamese locale, which
 * gives UTF-8 (with or without BOM), UTF-16 ("Unicode Text"), Windows-1258,
 * or, from older machines, TCVN3 (ABC). The result is always NFC text, or a
 * refusal that says how to save the file as UTF-8.
 */
import type { ProblemCode } from '../domain/problems/index.ts';

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

/** TCVN3 (TCVN 5712 VN3, the "ABC" fonts) bytes 0x80–0xFF; the lower half is ASCII. Same table as iconv-lite's "tcvn". */
const tcvn3High =
  'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';

/** Decode TCVN3 bytes (for detection: text that reads as Vietnamese in TCVN3 is refused, not published). */
export function decodeTcvn3(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : tcvn3High[b - 0x80]!;
  return out.normalize('NFC');
}

const vietnameseLower = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const vietnameseLetters = new Set([...vietnameseLower, ...vietnameseLower.toUpperCase()]);
const letterLike = /[\p{L}\p{M}\p{S}]/u;
const letter = /\p{L}/u;

/**
 * Characters that cannot be part of a Vietnamese word but sit inside one: "æ" and "¸" in "Sè tæ" (TCVN3 read as
 * Windows-1258), or a tone mark left on a consonant. Decoded in the right encoding, Vietnamese text has none.
 */
function misfits(text: string): number {
  let n = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c.charCodeAt(0) < 0x80 || vietnameseLetters.has(c) || !letterLike.test(c)) continue;
    if (letter.test(chars[i - 1] ?? '') || letter.test(chars[i + 1] ?? '')) n++;
  }
  return n;
}

/**
 * Windows-1258 or TCVN3? Both put Vietnamese letters in the high bytes, and a file may have ASCII headers and
 * Vietnamese only in its rows, so the letters decide: the file is decoded both ways, and TCVN3 wins when the
 * Windows-1258 reading holds more characters that cannot stand in a Vietnamese word ("Sè tæ" for "Số tổ").
 * TCVN3 is refused (with how to convert it), never published as mojibake. Also, as before, a file whose high bytes
 * are mostly 0xA1–0xBF (TCVN3's most common letters, rare symbols in Windows-1258) is TCVN3.
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
  const asWindows = misfits(text);
  if (asWindows > 0 && misfits(decodeTcvn3(bytes)) < asWindows) return { ok: false, code: 'encoding.tcvn3' };
  return { ok: true, text, encoding: 'windows-1258', notice: 'encoding.windows-1258' };
}
