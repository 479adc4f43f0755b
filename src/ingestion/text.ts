/** Small text helpers shared by ingestion: NFC, diacritic folding, slugs. */

/**
 * Fold one Vietnamese string for matching: lower case, no diacritics, đ → d.
 * Folding is done character by character so that index i of the result
 * corresponds to index i of the (NFC) input.
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (ch === 'đ' || ch === 'Đ') {
      out += 'd';
      continue;
    }
    const base = ch.normalize('NFD')[0] ?? ch;
    out += base.length === ch.length ? base.toLowerCase() : ch.toLowerCase();
  }
  return out;
}

/** ASCII slug for URLs: "Xã Thuận An" → "xa-thuan-an". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Normalise submitted text: NFC, non-breaking spaces to spaces, trimmed. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .trim();
}
