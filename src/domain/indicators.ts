/**
 * The indicator catalogue: every figure a commune can submit is one of these.
 * The catalogue itself is data, `data/indicators.json` (codes, groups' and indicators' labels, unit kinds,
 * headline order), which an editor changes without touching TypeScript; this module holds its schema, checks it
 * when it is loaded (a clear error names the file, the entry and the field) and gives the accessors. It is the
 * single source of truth for codes, labels and unit kinds; the docs (docs/data-contract.md,
 * docs/huong-dan-nop-so-lieu.md) render it via `npm run docs`. Imported as JSON, it loads the same in Node
 * (`node src/tools/validate.ts`), in the build and in the check page's browser bundle.
 */
import { z } from 'astro/zod';
import catalogueData from '../../data/indicators.json' with { type: 'json' };

/** Where the catalogue lives, relative to the repository. */
export const CATALOGUE_FILE = 'data/indicators.json';

export const unitKinds = ['percent', 'count', 'count_of_total'] as const;
export const UnitKind = z.enum(unitKinds);
export type UnitKind = z.infer<typeof UnitKind>;

/** The groups, in the order pages list them; their labels are in the catalogue file. */
export const indicatorGroupCodes = [
  'ky-nang-so',
  'dinh-danh',
  'to-cns',
  'mooc',
  'hoat-dong',
  'dich-vu-so',
  'dia-ban',
  'mo-hinh',
  'dia-phuong',
] as const;
export const IndicatorGroup = z.enum(indicatorGroupCodes);
export type IndicatorGroup = z.infer<typeof IndicatorGroup>;

/** Prefix of a local indicator's code: `dia_phuong.<name>`, name in lower-case ASCII, digits and "_". */
export const LOCAL_INDICATOR_PREFIX = 'dia_phuong.';

const label = z.string().trim().min(1);

export const IndicatorDefinition = z.object({
  code: z.string().regex(/^[a-z0-9_]+\.[a-z0-9_]+$/),
  group: IndicatorGroup,
  unitKind: UnitKind,
  vi: label,
  en: label,
  /** A headline rate shown as a card on the commune page, in this order. */
  headline: z.number().int().positive().optional(),
  /**
   * For counts: what is counted, so that visits (lượt) and people (người) are never mixed up.
   * "người" counts each person once; "lượt" counts each time someone was reached.
   */
  counts: z.enum(['người', 'lượt']).optional(),
  /**
   * A local indicator: a figure the catalogue lacks, submitted under `dia_phuong.<name>` with the commune's
   * own wording and unit. Published as such and never ranked or compared with other communes.
   */
  local: z.literal(true).optional(),
});
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;

/**
 * The catalogue file: a label for every group, and the indicators in the order pages list them. Unknown keys are
 * refused (a misspelt "headline" would otherwise be dropped without a word), and so are a code or a headline place
 * given twice, and a local indicator's code (`dia_phuong.*` is the communes' own).
 */
export const CatalogueFile = z
  .strictObject({
    groups: z.record(IndicatorGroup, z.strictObject({ vi: label, en: label })),
    indicators: z.array(z.strictObject(IndicatorDefinition.omit({ local: true }).shape)).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    const headlines = new Map<number, number>();
    file.indicators.forEach((d, i) => {
      const path = ['indicators', i];
      if (seen.has(d.code))
        ctx.addIssue({ code: 'custom', path: [...path, 'code'], message: `code also given in entry ${seen.get(d.code)! + 1}` });
      else seen.set(d.code, i);
      if (d.code.startsWith(LOCAL_INDICATOR_PREFIX))
        ctx.addIssue({ code: 'custom', path: [...path, 'code'], message: `${LOCAL_INDICATOR_PREFIX}* codes are the communes' own` });
      if (d.headline !== undefined) {
        if (headlines.has(d.headline))
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'headline'],
            message: `headline ${d.headline} also given in entry ${headlines.get(d.headline)! + 1}`,
          });
        else headlines.set(d.headline, i);
      }
    });
  });

export interface Catalogue {
  groups: Record<IndicatorGroup, { vi: string; en: string }>;
  indicators: IndicatorDefinition[];
}

/** Check the catalogue data; a problem throws an error naming the file, the entry (1-based) with its code, and the field. */
export function loadCatalogue(raw: unknown, file: string = CATALOGUE_FILE): Catalogue {
  const r = CatalogueFile.safeParse(raw);
  if (!r.success) {
    const entries = (raw as { indicators?: unknown } | null)?.indicators;
    const where = (path: readonly PropertyKey[]) => {
      const [top, key, ...rest] = path;
      const field = rest.length ? `, field "${rest.join('.')}"` : '';
      if (top === 'indicators' && typeof key === 'number') {
        const code = Array.isArray(entries) ? (entries[key] as { code?: unknown } | undefined)?.code : undefined;
        return `indicator ${key + 1}${typeof code === 'string' ? ` ("${code}")` : ''}${field}`;
      }
      if (top === 'groups' && key !== undefined) return `group "${String(key)}"${field}`;
      return path.length ? `"${path.join('.')}"` : 'the file';
    };
    const lines = r.error.issues.map((i) => `  ${where(i.path)}: ${i.message}`);
    throw new Error(`${file}: the indicator catalogue is not valid:\n${lines.join('\n')}`);
  }
  return {
    // In the order of indicatorGroupCodes, whatever the order in the file.
    groups: Object.fromEntries(indicatorGroupCodes.map((g) => [g, r.data.groups[g]])) as Catalogue['groups'],
    indicators: r.data.indicators,
  };
}

const catalogue = loadCatalogue(catalogueData);

/** The groups' labels. */
export const indicatorGroups: Readonly<Record<IndicatorGroup, { readonly vi: string; readonly en: string }>> = catalogue.groups;

export const indicators: readonly IndicatorDefinition[] = catalogue.indicators;

const byCode = new Map(indicators.map((d) => [d.code, d]));

export function findIndicator(code: string): IndicatorDefinition | undefined {
  return byCode.get(code);
}

const localCodePattern = /^dia_phuong\.[a-z0-9_]{1,60}$/;

export function isLocalIndicatorCode(code: string): boolean {
  return localCodePattern.test(code);
}

/**
 * The definition of a local indicator, from the commune's own row: its name is the row's wording and its kind
 * follows the unit the commune wrote (a percent unit makes a rate, anything else a count).
 */
export function localIndicator(code: string, label: string, unit: string): IndicatorDefinition {
  const percent = /%|tỷ lệ|tỉ lệ|phần trăm/i.test(unit);
  return { code, group: 'dia-phuong', unitKind: percent ? 'percent' : 'count', vi: label, en: label, local: true };
}

/** The catalogue entry for a code, or a local indicator's definition for `dia_phuong.*` codes. */
export function indicatorForRow(code: string, label: string, unit: string): IndicatorDefinition | undefined {
  return byCode.get(code) ?? (isLocalIndicatorCode(code) ? localIndicator(code, label, unit) : undefined);
}

/** The definition behind a published figure: its catalogue entry, or its local indicator's definition. */
export function indicatorOf(figure: { indicator: string; label: string; unit: string }): IndicatorDefinition {
  return (
    indicatorForRow(figure.indicator, figure.label, figure.unit) ??
    // Unreachable for checked data (ingestion refuses unknown codes); kept total so pages never crash.
    localIndicator(figure.indicator, figure.label, figure.unit)
  );
}

/**
 * The unit the catalogue fixes for an indicator ("%" for rates, "Người" or "Lượt" for counts of people or visits),
 * or '' where the commune writes the unit its document uses (tổ, lớp, cuộc…): the blank template fills it in.
 */
export function catalogueUnit(def: IndicatorDefinition): string {
  if (def.unitKind === 'percent') return '%';
  if (def.counts === 'người') return 'Người';
  if (def.counts === 'lượt') return 'Lượt';
  return '';
}

/** Headline indicators in display order (adult rate first). */
export const headlineIndicators: readonly IndicatorDefinition[] = indicators
  .filter((d) => d.headline !== undefined)
  .sort((a, b) => a.headline! - b.headline!);
