/** Small pure text helpers shared by the domain and ingestion: NFC, diacritic folding, slugs, illegal characters. */

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

/** Normalise submitted text: NFC, zero-width characters removed, non-breaking spaces to spaces, trimmed. */
export function cleanText(text: string): string {
  return stripInvisible(text.normalize('NFC'))
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .trim();
}

/** Zero-width characters Word and web pages leave in copied text: invisible, so removed from every text field. */
// eslint-disable-next-line no-misleading-character-class
const invisible = /[\u200b\u200c\u200d\u2060\ufeff\u180e]/g;

export function stripInvisible(text: string): string {
  return text.replace(invisible, '');
}

/**
 * Characters no submission may hold: control characters other than tab and line breaks (NUL, ESC, DEL, C1), bidi
 * overrides and marks that reorder what a reader sees, non-characters, and lone surrogates. They are not legal in
 * XML (the share images are SVG), can rewrite a terminal line, or make text read differently from what it is.
 */
/* eslint-disable no-control-regex */
const illegal =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

export interface IllegalCharacter {
  /** 1-based line and column (in UTF-16 code units, as the text is held). */
  line: number;
  column: number;
  /** "U+0000". */
  codePoint: string;
}

/** The first `max` illegal characters of a text, located; linear in the text. */
export function findIllegalCharacters(text: string, max = 3): IllegalCharacter[] {
  const out: IllegalCharacter[] = [];
  illegal.lastIndex = 0;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (let m = illegal.exec(text); m && out.length < max; m = illegal.exec(text)) {
    for (let i = scanned; i < m.index; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    scanned = m.index;
    const cp = m[0].charCodeAt(0);
    out.push({ line, column: m.index - lineStart + 1, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` });
  }
  illegal.lastIndex = 0;
  return out;
}

/** Text safe to print on a terminal: control, bidi and invisible characters shown as \u{…} escapes. */
export function escapeForTerminal(text: string): string {
  return text
    .replace(illegal, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`)
    .replace(invisible, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** Levenshtein distance, to suggest the closest code or key for a typo. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
