/**
 * The site build is deterministic: the sample content built twice (separate output folders, separate caches,
 * the same pinned build date) is byte-identical, file by file, with no exception.
 *
 * The only clock a build reads is src/presentation/build-clock.ts (the citations' "accessed on" date and a feed
 * with no entry yet); SOURCE_DATE_EPOCH pins it, so the two builds are compared without masking anything. Commune
 * pages are built for the four sample provinces only (helpers/build.ts smallSite); every other page is built.
 *
 * Builds go to temporary folders; dist/ is never touched.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, filesBelow, PINNED_BUILD_EPOCH as SOURCE_DATE_EPOCH, SAMPLE_PROVINCES, smallSite } from '../helpers/build.ts';

const temp = mkdtempSync(join(tmpdir(), 'bdhvs-determinism-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('site build determinism', () => {
  it('builds the sample content twice into byte-identical output', { timeout: 600_000 }, () => {
    const a = join(temp, 'a');
    const b = join(temp, 'b');
    const env = { ...smallSite(SAMPLE_PROVINCES), SOURCE_DATE_EPOCH };
    buildSite({ ...env, BDHVS_CACHE_DIR: join(temp, 'cache-a') }, a);
    buildSite({ ...env, BDHVS_CACHE_DIR: join(temp, 'cache-b') }, b);

    const listA = filesBelow(a);
    // The four reporting communes' pages, their reports and embeds are all there.
    for (const page of [
      'lam-dong/xa-thuan-an-24682/index.html',
      'en/bac-ninh/xa-cao-duc-09466/index.html',
      'bao-cao/09955-thach-that/2025-07-11-ke-hoach/index.html',
      'nhung/phu-tho/xa-an-nghia-05395/the/index.html',
    ])
      expect(listA).toContain(page);
    // Other provinces keep their province page; their communes' pages are not built.
    expect(listA).toContain('hai-phong/index.html');
    expect(listA).not.toContain('hai-phong/xa-kien-minh-11725/index.html');
    expect(listA.length).toBeGreaterThan(1000);
    expect(filesBelow(b)).toEqual(listA);
    expect(listA.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))))).toEqual([]);

    // The pinned date is the one the pages state: citations "accessed on" 22/11/2026 (vi), 22 November 2026 (en).
    expect(readFileSync(join(a, 'lam-dong/xa-thuan-an-24682/index.html'), 'utf8')).toContain('<span data-cite-date>22/11/2026</span>');
    expect(readFileSync(join(a, 'en/bao-cao/24682-thuan-an/2026-05-bao-cao-tong-ket/index.html'), 'utf8')).toContain(
      '<span data-cite-date>22 November 2026</span>',
    );
  });
});
