/**
 * The check page's JavaScript loads on that page only, and its size is measured (gzip): the script the page
 * starts with, and everything it loads once files are checked (the build's ingestion: MDX parser, YAML, zod,
 * papaparse, read-excel-file, the slim registry) or a template is made (write-excel-file).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/build.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** A module and every module it imports, statically or dynamically (relative imports inside _astro/). */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(join(distDir, '_astro', file), 'utf8').matchAll(/(?:from|import\()\s*["'`]\.\/([^"'`]+\.js)["'`]/g))
      visit(m[1]!);
  };
  visit(entry);
  return seen;
}

describe('the check page script', () => {
  const page = readFileSync(join(distDir, 'kiem-tra/index.html'), 'utf8');
  const entry = /<script type="module" src="[^"]*\/_astro\/([^"]+\.js)"/.exec(page)?.[1];

  it('is on the check pages and no other page', () => {
    expect(entry).toMatch(/^CheckPage/);
    const using = htmlFiles(distDir)
      .filter((f) => readFileSync(f, 'utf8').includes('CheckPage.astro'))
      .map((f) => relative(distDir, f))
      .sort();
    expect(using).toEqual(['en/kiem-tra/index.html', 'kiem-tra/index.html']);
  });

  it('starts small and stays within its measured size once everything is loaded', () => {
    const initial = gz(join(distDir, '_astro', entry!));
    const all = [...closure(entry!)].reduce((n, f) => n + gz(join(distDir, '_astro', f)), 0);
    console.log(`check page JS (gzip -9): ${initial} B at load, ${all} B with everything it loads on demand`);
    expect(initial).toBeLessThan(10_000);
    // Over the 80 KB goal, mostly the MDX parser (remark-mdx with micromark and acorn): see docs/benchmark.md.
    expect(all).toBeLessThan(270_000);
  });
});
