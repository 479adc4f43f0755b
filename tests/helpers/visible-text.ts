/**
 * The text a reader sees on a built page, for language checks: tags stripped, whitespace collapsed as a browser
 * does, one line per block. Left out: scripts, styles and templates; code (<code>, <pre>, <kbd>, <samp>: written
 * as it must be typed); and any element with a lang attribute, which marks quoted text kept as written (the
 * communes' own words, document titles and periods, names), never to be corrected by the site.
 */
const skipped = new Set(['script', 'style', 'template', 'code', 'pre', 'kbd', 'samp']);
const hidden = new Set(['script', 'style', 'template']);
const voids = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const blocks = new Set(
  'address article aside blockquote br caption dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header li main nav ol option p section summary table tbody td text tfoot th thead title desc tr ul'.split(
    ' ',
  ),
);
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function visibleLines(html: string): string[] {
  const out: string[] = [];
  // One entry per open element: whether its content is left out.
  const stack: Array<{ name: string; skip: boolean }> = [];
  let skipping = 0;
  for (const m of html.matchAll(/<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|([^<]+)/gi)) {
    const [, close, rawName, attrs, text] = m;
    if (text !== undefined) {
      // A line break in the source is a space on screen; lines here are blocks.
      if (skipping === 0) out.push(text.replace(/\s+/g, ' '));
      continue;
    }
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (close) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) for (const e of stack.splice(at)) if (e.skip) skipping--;
      if (blocks.has(name)) out.push('\n');
      continue;
    }
    if (blocks.has(name)) out.push('\n');
    if (voids.has(name) || attrs!.trimEnd().endsWith('/')) continue;
    const skip = skipped.has(name) || (name !== 'html' && /\slang=/i.test(attrs!));
    stack.push({ name, skip });
    if (!skip) continue;
    // What is left out still stands in the sentence as a word ("the file X, with…").
    if (skipping === 0 && !hidden.has(name)) out.push('‹…›');
    skipping++;
  }
  return out
    .join('')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) =>
      e[0] === '#' ? String.fromCodePoint(Number(e[1] === 'x' || e[1] === 'X' ? `0${e.slice(1)}` : e.slice(1))) : (entities[e] ?? all),
    )
    .replace(/[ \t\r\f\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export interface LanguageProblem {
  rule: string;
  snippet: string;
}

// Dates (2/6/2026, 5/2026) are not fractions of counts.
const dates = /\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d\b/g;
const countWords = '(?:xã|đơn vị|tỉnh|dòng|số liệu|văn bản|units?|communes?|provinces?|rows?|figures?|documents?)';
const rules: Array<{ rule: string; re: RegExp; locales?: readonly string[] }> = [
  // After a word, a number or a closing mark (a list of symbols, "@ * ! |", is not a sentence).
  { rule: 'space before punctuation', re: /(?<=[\p{L}\p{N}”’")%›]) [,.;:!?](?=[\s”’")]|$)/gu },
  { rule: "'( '", re: /\( /g },
  { rule: "' )'", re: / \)/g },
  {
    rule: 'plural after 1',
    re: /(?<![\d.,])\b1 (?:units|communes|wards|figures|reports|documents|files|rows|models|results|provinces|warnings|values|teams|members|lines|indicators)\b/g,
    locales: ['en'],
  },
  // "4/3321", "3321 xã": a count of four or more digits written without its group separator ("4/3.321"). A
  // fraction of two long numbers ("12564/16900") is how a commune may write a figure, quoted as an example.
  {
    rule: 'ungrouped count',
    re: new RegExp(`(?<![\\d.,/])\\d{1,3}/\\d{4,}(?![\\d.,/])|(?<![\\d.,/])\\d{4,} (?=${countWords}(?![\\p{L}]))`, 'gu'),
  },
];

/** Language problems in a page's visible text (locale 'vi' or 'en'), each with some text around it. */
export function languageProblems(html: string, locale: string): LanguageProblem[] {
  const found: LanguageProblem[] = [];
  for (const line of visibleLines(html)) {
    const text = line.replace(dates, (d) => 'D'.repeat(d.length));
    for (const { rule, re, locales } of rules) {
      if (locales && !locales.includes(locale)) continue;
      for (const m of text.matchAll(re)) found.push({ rule, snippet: line.slice(Math.max(0, m.index - 40), m.index + 30) });
    }
  }
  return found;
}
