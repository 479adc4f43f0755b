/**
 * The check page's JavaScript loads on that page only, and its size is measured (gzip -9) on the built files: the
 * script the page starts with, and what checking a CSV table loads: the entry and the check code with everything
 * it imports statically. The rest (the MDX reader for an .mdx file, read-excel-file for an .xlsx file, yaml for the
 * form, fflate for the zip, write-excel-file for a template) are dynamic imports, loaded when needed; the registry
 * is data the page fetches (/kiem-tra/don-vi.json). tests/browser/check.test.ts measures the same in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/build.ts';
import { registry } from '../../src/domain/registry.ts';

/** The budget for the JavaScript a CSV check loads, in gzip bytes. */
const CSV_CHECK_BUDGET = 80_000;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}
const chunk = (file: string) => readFileSync(join(distDir, '_astro', file), 'utf8');
const gz = (file: string) => gzipSync(readFileSync(join(distDir, '_astro', file)), { level: 9 }).length;
const total = (files: Iterable<string>) => [...files].reduce((n, f) => n + gz(f), 0);

/** Chunks and every chunk they import statically (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
function staticClosure(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of chunk(file).matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) visit(m[1]!);
  };
  entries.forEach(visit);
  return seen;
}
/** The chunks a chunk imports dynamically. */
const dynamicImports = (file: string) => [...chunk(file).matchAll(/import\(\s*[`"']\.\/([^`"']+\.js)[`"']\s*\)/g)].map((m) => m[1]!);

describe('the check page script', () => {
  const page = readFileSync(join(distDir, 'kiem-tra/index.html'), 'utf8');
  const entry = /<script type="module" src="[^"]*\/_astro\/([^"]+\.js)"/.exec(page)?.[1];
  const checkCore = dynamicImports(entry!).find((f) => f.startsWith('check-core.'));
  const csvPath = staticClosure([entry!, checkCore!]);

  it('is on the check pages and no other page', () => {
    expect(entry).toMatch(/^CheckPage/);
    const using = htmlFiles(distDir)
      .filter((f) => readFileSync(f, 'utf8').includes('CheckPage.astro'))
      .map((f) => relative(distDir, f))
      .sort();
    expect(using).toEqual(['en/kiem-tra/index.html', 'kiem-tra/index.html']);
  });

  it(`starts small, and a CSV check loads at most ${CSV_CHECK_BUDGET} bytes gzip`, () => {
    expect(checkCore).toBeDefined();
    const initial = total(staticClosure([entry!]));
    const csv = total(csvPath);
    console.log(`check page JS (gzip -9): ${initial} B at load, ${csv} B once a CSV table is checked (${[...csvPath].join(', ')})`);
    expect(initial).toBeLessThan(10_000);
    expect(csv).toBeLessThanOrEqual(CSV_CHECK_BUDGET);
  });

  it('leaves the MDX reader, read-excel-file, yaml and the registry out of what a CSV check loads', () => {
    const text = [...csvPath].map(chunk).join('\n');
    // Marks of each library's own code, and a commune's name from the registry.
    expect(text).toContain('row.empty-value');
    expect(text).not.toContain('mdxJsxFlowElement');
    expect(text).not.toContain('xl/workbook.xml');
    expect(text).not.toContain('yaml.document');
    expect(text).not.toContain(registry().commune('24682')!.name);
    // …and they are there to load when needed.
    const all = [...staticClosure([entry!])].flatMap(dynamicImports);
    const reachable = staticClosure([...new Set([...all, ...[...csvPath].flatMap(dynamicImports)])]);
    const loaded = [...reachable].map(chunk).join('\n');
    for (const mark of ['mdxJsxFlowElement', 'xl/workbook.xml', 'yaml.document']) expect(loaded).toContain(mark);
  });

  it('fetches the registry as data, the same tables the build reads', () => {
    const data = JSON.parse(readFileSync(join(distDir, 'kiem-tra/don-vi.json'), 'utf8')) as { provinces: unknown[]; wards: string[][] };
    expect(data.provinces).toHaveLength(registry().provinces.length);
    expect(data.wards).toHaveLength(registry().communes.length);
    expect(data.wards.find((w) => w[0] === '24682')).toEqual(['24682', 'Xã Thuận An', '68']);
    expect(page).toContain('data-registry="/kiem-tra/don-vi.json"');
  });
});
