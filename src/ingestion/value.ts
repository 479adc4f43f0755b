/**
 * Parse a value the way communes write it, without losing anything:
 *   14.033 · 80,06% · 12564/16900 · 14.033/17.423 đạt 80.5% · Khoảng 14.173 · Ước tính 80% · hơn 9.000
 *
 * Number rule (documented in docs/data-contract.md):
 *  - "," is the decimal mark; "." followed by groups of exactly three digits separates thousands
 *    (14.033 = fourteen thousand and thirty-three, 80,06 = eighty point zero six).
 *  - A "." followed by anything other than three digits (80.5) can only be a decimal point:
 *    it is read as one and reported (warning `dot-decimal`).
 *  - Doubtful cases are reported (warning `ambiguous-number`), never silently guessed:
 *    one "." group in a percent (1.500% could be 1,5%), or "," then three digits in a count
 *    (1,500 people could be the English 1,500).
 */
import { limits, type ParsedValue, type Qualifier } from '../domain/schemas.ts';
import { cleanText, fold } from '../domain/text.ts';

/** Qualifier words, folded (no diacritics, lower case); longest first so "trên dưới" wins over "trên". */
const qualifierWords: ReadonlyArray<readonly [string, Qualifier | null]> = [
  ['tren duoi', 'approximate'],
  ['uoc tinh', 'estimate'],
  ['uoc dat', 'estimate'],
  ['xap xi', 'approximate'],
  ['khoang', 'approximate'],
  ['gan', 'approximate'],
  ['it nhat', 'at_least'],
  ['toi thieu', 'at_least'],
  ['hon', 'lower_bound'],
  ['tren', 'lower_bound'],
  ['khong qua', 'at_most'],
  ['toi da', 'at_most'],
  ['chua den', 'upper_bound'],
  ['duoi', 'upper_bound'],
  ['uoc', 'estimate'],
  // Words that carry no qualifier ("đạt 80%" = "reached 80%").
  ['dat', null],
  ['la', null],
] as const;

export type ValueWarning = 'dot-decimal' | 'ambiguous-number';

export type ValueParse =
  | { ok: true; value: ParsedValue; warnings: ValueWarning[] }
  | { ok: false; reason: 'empty' | 'unreadable' | 'zero-denominator' | 'negative' | 'too-many-digits' };

/** A number with more digits than limits.numberDigits: refused before any pattern runs on it. */
class TooManyDigits extends Error {}

interface NumberToken {
  value: string;
  decimals: number;
  /** How the digits were grouped, to judge ambiguity against the unit. */
  style: 'plain' | 'dot-thousands' | 'comma-decimal' | 'dot-decimal';
  /** Comma followed by exactly three digits (1,500): English thousands in disguise? */
  commaThree: boolean;
  /** A single dot group of three digits (1.500): thousands or a decimal? */
  singleDotGroup: boolean;
}

const numberPattern = /^(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d+|\d+)/;

function readNumber(text: string): { token: NumberToken; rest: string } | null {
  // Count the digits first (linear): the pattern below backtracks on a long run, and a number of hundreds of digits
  // cannot be held exactly (it would become Infinity or NaN downstream).
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits > limits.numberDigits) throw new TooManyDigits();
    } else if (c !== 46 && c !== 44) break;
  }
  const m = numberPattern.exec(text);
  if (!m) return null;
  const s = m[1]!;
  // A digit or separator right after the match means a malformed grouping like 14.03.3 or 1.5000.
  const rest = text.slice(s.length);
  if (/^[.,]?\d/.test(rest)) return null;
  let token: NumberToken;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) {
    const [intPart, frac = ''] = s.split(',');
    const digits = intPart!.replace(/\./g, '');
    token = {
      value: frac ? `${stripLeadingZeros(digits)}.${frac}` : stripLeadingZeros(digits),
      decimals: frac.length,
      style: 'dot-thousands',
      commaThree: frac.length === 3,
      singleDotGroup: (intPart!.match(/\./g) ?? []).length === 1 && !frac,
    };
  } else if (s.includes(',')) {
    const [i, f] = s.split(',');
    token = {
      value: `${stripLeadingZeros(i!)}.${f}`,
      decimals: f!.length,
      style: 'comma-decimal',
      commaThree: f!.length === 3,
      singleDotGroup: false,
    };
  } else if (s.includes('.')) {
    const [i, f] = s.split('.');
    token = { value: `${stripLeadingZeros(i!)}.${f}`, decimals: f!.length, style: 'dot-decimal', commaThree: false, singleDotGroup: false };
  } else {
    token = { value: stripLeadingZeros(s), decimals: 0, style: 'plain', commaThree: false, singleDotGroup: false };
  }
  return { token, rest };
}

function stripLeadingZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

/**
 * Consume leading qualifier words; returns the qualifiers, the words as written, and the rest. The text is folded
 * once and read with an offset (folding keeps indexes for the letters qualifier words are made of), so a cell of
 * thousands of words costs linear time.
 */
function readQualifiers(text: string): { qualifiers: Qualifier[]; words: string[]; rest: string } {
  const qualifiers: Qualifier[] = [];
  const words: string[] = [];
  const folded = fold(text);
  let pos = 0;
  for (;;) {
    const hit = qualifierWords.find(([w]) => folded.startsWith(w, pos) && !/[a-z]/.test(folded[pos + w.length] ?? ''));
    if (!hit) break;
    const [word, q] = hit;
    if (q !== null) {
      if (!qualifiers.includes(q)) qualifiers.push(q);
      words.push(text.slice(pos, pos + word.length));
    }
    pos += word.length;
    while (pos < text.length && /[\s:]/.test(text[pos]!)) pos++;
  }
  return { qualifiers, words, rest: text.slice(pos) };
}

/** Is the percent sign next? Accepts "80%", "80 %". */
function readPercent(text: string): { percent: boolean; rest: string } {
  const m = /^\s*%/.exec(text);
  return m ? { percent: true, rest: text.slice(m[0].length) } : { percent: false, rest: text };
}

export function parseValue(input: string): ValueParse {
  try {
    return parseValueText(input);
  } catch (e) {
    if (e instanceof TooManyDigits) return { ok: false, reason: 'too-many-digits' };
    throw e;
  }
}

function parseValueText(input: string): ValueParse {
  const raw = cleanText(input).replace(/\s+/g, ' ');
  if (raw === '' || /^[-–—]$/.test(raw)) return { ok: false, reason: 'empty' };

  const { qualifiers, words, rest: afterQualifiers } = readQualifiers(raw);
  const first = readNumber(afterQualifiers);
  // "-5", "− 3%": a minus sign before a number. Counts and rates cannot be negative; say so, not "unreadable".
  const lead = raw.slice(0, raw.length - afterQualifiers.length);
  if (!first && /^[-−–]\s*\d/.test(afterQualifiers) && (lead === '' || /\s$/.test(lead))) return { ok: false, reason: 'negative' };
  if (!first) return { ok: false, reason: 'unreadable' };
  const warnings = new Set<ValueWarning>();
  const tokens: NumberToken[] = [first.token];
  let rest = first.rest;

  const p1 = readPercent(rest);
  rest = p1.rest;
  let form: ParsedValue['form'] = p1.percent ? 'percent' : 'number';
  let denominator: NumberToken | undefined;
  let stated: NumberToken | undefined;

  if (!p1.percent) {
    const slash = /^\s*\/\s*/.exec(rest);
    if (slash) {
      const second = readNumber(rest.slice(slash[0].length));
      if (!second) return { ok: false, reason: 'unreadable' };
      denominator = second.token;
      tokens.push(second.token);
      rest = second.rest;
      form = 'fraction';
      // Optional stated percent: "… đạt 80.5%", "… = 80,5%", "… (80,5%)", "…, 80,5%".
      const sep = /^\s*(?:\(|=|,|-|–)?\s*/.exec(rest)!;
      const afterSep = readQualifiers(rest.slice(sep[0].length));
      if (afterSep.qualifiers.length === 0) {
        const third = readNumber(afterSep.rest);
        if (third) {
          const p = readPercent(third.rest);
          if (p.percent) {
            stated = third.token;
            tokens.push(third.token);
            rest = p.rest.replace(/^\s*\)/, '');
          }
        }
      }
    }
  } else {
    // "80% (14.033/17.423)": a percent with its own fraction in brackets.
    const m = /^\s*\(\s*/.exec(rest);
    if (m) {
      const n = readNumber(rest.slice(m[0].length));
      const slash = n && /^\s*\/\s*/.exec(n.rest);
      const d = n && slash ? readNumber(n.rest.slice(slash[0].length)) : null;
      const close = d && /^\s*\)/.exec(d.rest);
      if (n && d && close) {
        stated = first.token;
        tokens.push(n.token, d.token);
        return finish({ num: n.token, den: d.token, stated, rest: d.rest.slice(close[0].length) });
      }
    }
  }
  return finish({ num: first.token, den: denominator, stated, rest });

  function finish(parts: { num: NumberToken; den?: NumberToken; stated?: NumberToken; rest: string }): ValueParse {
    if (parts.rest.trim() !== '') return { ok: false, reason: 'unreadable' };
    if (parts.den && Number(parts.den.value) === 0) return { ok: false, reason: 'zero-denominator' };
    const isFraction = parts.den !== undefined;
    const finalForm: ParsedValue['form'] = isFraction ? 'fraction' : form;
    for (const t of tokens) if (t.style === 'dot-decimal') warnings.add('dot-decimal');
    // Ambiguity judged against the form: a percent with "1.500", or a count with "1,500".
    const percentTokens = isFraction ? (parts.stated ? [parts.stated] : []) : finalForm === 'percent' ? [parts.num] : [];
    const countTokens = isFraction ? [parts.num, parts.den!] : finalForm === 'number' ? [parts.num] : [];
    if (percentTokens.some((t) => t.singleDotGroup) || countTokens.some((t) => t.commaThree && t.style === 'comma-decimal')) {
      warnings.add('ambiguous-number');
    }
    const value: ParsedValue = {
      raw,
      qualifiers,
      qualifierWords: words,
      form: finalForm,
      value: parts.num.value,
      decimals: parts.num.decimals,
      ...(parts.den ? { denominator: parts.den.value } : {}),
      ...(parts.stated ? { statedPercent: parts.stated.value, statedPercentDecimals: parts.stated.decimals } : {}),
    };
    return { ok: true, value, warnings: [...warnings] };
  }
}
