/**
 * How a submitted value is shown: numbers formatted by locale from the exact
 * digits submitted, qualifiers in words, never rounded. The raw text is shown
 * beside it wherever provenance is shown.
 */
import type { ParsedValue, Qualifier } from './schemas.ts';
import { decimalRatioPercentText, fractionRate } from './checks.ts';
import { formatDecimal, type Locale } from './format.ts';
import type { Bilingual } from '../i18n/locale.ts';

/** Each qualifier's name ({ vi, en }) and what it means (explain: { vi, en }). */
export const qualifierLabels: Record<Qualifier, Bilingual & { explain: Bilingual }> = {
  estimate: { vi: 'ước tính', en: 'estimate', explain: { vi: 'Số ước tính, chưa phải số đo đếm', en: 'An estimate, not a count' } },
  approximate: { vi: 'khoảng', en: 'approximately', explain: { vi: 'Số gần đúng', en: 'An approximate figure' } },
  lower_bound: {
    vi: 'trên',
    en: 'more than',
    explain: { vi: 'Giới hạn dưới: con số thực lớn hơn', en: 'A lower bound: the real figure is higher' },
  },
  at_least: {
    vi: 'ít nhất',
    en: 'at least',
    explain: { vi: 'Giới hạn dưới: con số thực bằng hoặc lớn hơn', en: 'A lower bound: the real figure is this or higher' },
  },
  upper_bound: {
    vi: 'dưới',
    en: 'less than',
    explain: { vi: 'Giới hạn trên: con số thực nhỏ hơn', en: 'An upper bound: the real figure is lower' },
  },
  at_most: {
    vi: 'không quá',
    en: 'at most',
    explain: { vi: 'Giới hạn trên: con số thực bằng hoặc nhỏ hơn', en: 'An upper bound: the real figure is this or lower' },
  },
};

/** The number part alone, formatted: "14.033", "80,5%", "12.564/16.900". */
export function formatValueNumber(v: ParsedValue, locale: Locale = 'vi'): string {
  const main = formatDecimal(v.value, v.decimals, locale);
  if (v.form === 'percent') return `${main}%`;
  if (v.form === 'fraction') {
    const frac = `${main}/${formatDecimal(v.denominator ?? '0', 0, locale)}`;
    return v.statedPercent !== undefined ? `${frac} (${formatDecimal(v.statedPercent, v.statedPercentDecimals ?? 0, locale)}%)` : frac;
  }
  return main;
}

/** The qualifier words: the commune's own in Vietnamese ("Khoảng"), translated in English. */
export function qualifierText(v: ParsedValue, locale: Locale = 'vi'): string {
  if (v.qualifiers.length === 0) return '';
  if (locale === 'vi') {
    const words = v.qualifierWords.join(' ');
    return words.charAt(0).toLocaleUpperCase('vi') + words.slice(1);
  }
  const words = v.qualifiers.map((q) => qualifierLabels[q].en).join(', ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Full display: "Khoảng 14.173", "Ước tính 80%", "12.564/16.900". */
export function formatValue(v: ParsedValue, locale: Locale = 'vi'): string {
  const q = qualifierText(v, locale);
  return q ? `${q} ${formatValueNumber(v, locale)}` : formatValueNumber(v, locale);
}

/** A rate computed by the site from a fraction (labelled as computed wherever shown). */
export function computedRate(v: ParsedValue, locale: Locale = 'vi'): string | undefined {
  // Exact for numbers of any length, halves rounded up; undefined (nothing shown) for a zero denominator or a
  // rate beyond a float.
  if (fractionRate(v) === undefined || v.denominator === undefined) return undefined;
  return `${formatDecimal(decimalRatioPercentText(v.value, v.denominator, 1)!, 1, locale)}%`;
}

export function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
