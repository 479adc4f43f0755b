/**
 * The site build is deterministic: the sample site built twice (separate
 * output folders, separate caches) is byte-identical, file by file.
 *
 * One declared exception: citations state the date they were "accessed", which
 * the build fills with the build date (`<span data-cite-date>22/11/2026</span>`;
 * a small script replaces it with the reader's date). Two builds on either side
 * of midnight differ there and only there, so that span's text — and nothing
 * else — is ignored when the bytes differ.
 *
 * Builds go to temporary folders; dist/ is never touched.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';

const temp = mkdtempSync(join(tmpdir(), 'bdhvs-determinism-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)));
    }
  };
  walk(dir);
  return out.sort();
}

/** The declared build timestamp: the access date in citations, vi "22/11/2026" or en "22 November 2026". */
const accessDate = /(<span data-cite-date>)(\d{2}\/\d{1,2}\/\d{4}|\d{1,2} [A-Z][a-z]+ \d{4})(<\/span>)/g;
const withoutAccessDate = (text: string) => text.replace(accessDate, '$1…$3');

describe('site build determinism', () => {
  it('builds the sample site twice into byte-identical output', { timeout: 900_000 }, () => {
    const a = join(temp, 'a');
    const b = join(temp, 'b');
    buildSite({ BDHVS_CACHE_DIR: join(temp, 'cache-a') }, a);
    buildSite({ BDHVS_CACHE_DIR: join(temp, 'cache-b') }, b);

    const listA = files(a);
    expect(listA.length).toBeGreaterThan(6000);
    expect(files(b)).toEqual(listA);

    const different: string[] = [];
    let onlyAccessDate = 0;
    for (const f of listA) {
      const x = readFileSync(join(a, f));
      const y = readFileSync(join(b, f));
      if (x.equals(y)) continue;
      if (f.endsWith('.html') && withoutAccessDate(x.toString('utf8')) === withoutAccessDate(y.toString('utf8'))) {
        onlyAccessDate++;
        continue;
      }
      different.push(f);
    }
    expect(different).toEqual([]);
    // Builds on the same day differ nowhere; across midnight only by the access date.
    if (onlyAccessDate > 0) console.info(`${onlyAccessDate} HTML files differ only by the citation access date (the build date).`);
  });
});
