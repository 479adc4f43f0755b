/**
 * What the methodology page (/gioi-thieu/, MDX) shows, computed by running the code that does the work: the value
 * parser, display, medians, the problem catalogue, the validator, and the site's own data. Nothing on the page is
 * typed by hand, so it cannot drift from the code.
 */
import { median } from '../../domain/commune-data.ts';
import { capitalize, computedRate, formatValue, qualifierLabels } from '../../domain/display.ts';
import { formatNumber, type Locale } from '../../domain/format.ts';
import { qualifierKinds, reportKinds, type ParsedValue, type Qualifier } from '../../domain/schemas.ts';
import { problemCatalogue, problemCodes, type ProblemCode } from '../../domain/problems/index.ts';
import { parseValue, problemCounts } from '../../presentation/build-inputs.ts';
import { enumLabel } from '../../i18n/ui.ts';
import { getSiteData } from '../../presentation/site.ts';
import { formatPercent } from '../../presentation/format.ts';

/** Parse a value the way the build does; the examples below are written to parse. */
export function parsed(raw: string): { value: ParsedValue; warnings: string[] } {
  const r = parseValue(raw);
  if (!r.ok) throw new Error(`methodology example "${raw}" does not parse (${r.reason})`);
  return { value: r.value, warnings: r.warnings.map((w) => `quality.${w}`) };
}

/** How a parsed value is kept in the data files. */
export const readAs = (v: ParsedValue): string =>
  v.form === 'percent'
    ? `${v.value}%`
    : v.form === 'fraction'
      ? `${v.value}/${v.denominator}${v.statedPercent !== undefined ? ` (${v.statedPercent}%)` : ''}`
      : v.value;

export const numberExamples = () =>
  ['14.033', '80,06%', '12.564/16.900', '14.033/17.423 đạt 80,5%', '80.5%', '1.500%', '1,500'].map((raw) => ({ raw, ...parsed(raw) }));

/** Each qualifier with an example built from its own word, and the words units actually used for it. */
export async function qualifierRows(): Promise<{ q: Qualifier; example: ParsedValue; words: string[] }[]> {
  const site = await getSiteData();
  const qualifierOf = (word: string): Qualifier | undefined => {
    const r = parseValue(`${word} 1`);
    return r.ok ? r.value.qualifiers[0] : undefined;
  };
  const wordsUsed = new Map<Qualifier, Set<string>>();
  for (const f of site.reports.flatMap((r) => r.figures)) {
    for (const w of f.value.qualifierWords) {
      const word = w.toLocaleLowerCase('vi');
      const q = qualifierOf(word);
      if (q) wordsUsed.set(q, (wordsUsed.get(q) ?? new Set()).add(word));
    }
  }
  return qualifierKinds.map((q) => {
    const example = parsed(`${capitalize(qualifierLabels[q].vi)} 14.173`);
    if (example.value.qualifiers[0] !== q) throw new Error(`methodology: "${qualifierLabels[q].vi}" is not read as ${q}`);
    return { q, example: example.value, words: [...(wordsUsed.get(q) ?? [])] };
  });
}

/** The data-quality warnings of the problem catalogue and how often each occurs in the current data. */
export function qualityWarnings(locale: Locale): { code: ProblemCode; text: string; count: number }[] {
  const counts = problemCounts();
  return problemCodes
    .filter((code) => code.startsWith('quality.'))
    .map((code) => ({
      code,
      // The message with "…" where the detail goes; "…." would end it twice.
      text: problemCatalogue[code][locale]('…').replace(/…\.$/, '…'),
      count: counts.get(code) ?? 0,
    }));
}

const medianValues = [70, 80, 85, 90];

/** The numbers the page's sentences quote, formatted for the locale. */
export async function facts(locale: Locale): Promise<Record<FactName, string>> {
  const site = await getSiteData();
  const n = (x: number) => formatNumber(x, 0, locale);
  const list = (items: string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
    new Intl.ListFormat(locale, { type }).format(items);
  const pct = (x: number) => formatPercent(x, locale, Number.isInteger(x) ? 0 : 1);
  const fraction = parsed('12.564/16.900').value;
  return {
    kinds: list(
      reportKinds.map((k) => enumLabel(k, locale)),
      'disjunction',
    ),
    reports: n(site.reports.length),
    figures: n(site.reports.reduce((s, r) => s + r.figures.length, 0)),
    communes: n(site.reporting.size),
    total: n(site.registry.communes.length),
    provinces: n(site.registry.provinces.length),
    fraction: formatValue(fraction, locale),
    rate: computedRate(fraction, locale)!,
    medianValues: list(medianValues.map(pct)),
    median: pct(median(medianValues)!),
  };
}
export const factNames = [
  'kinds',
  'reports',
  'figures',
  'communes',
  'total',
  'provinces',
  'fraction',
  'rate',
  'medianValues',
  'median',
] as const;
export type FactName = (typeof factNames)[number];
