/**
 * The incremental build is correct: after one figure of one commune changes, a rebuild that reuses the previous
 * build's cache (Astro's experimental.incrementalBuild, keyed by each page's inputs: src/presentation/page-inputs.ts)
 * writes exactly the bytes a clean full build of the changed content writes, file by file, and renders fewer pages.
 *
 * The content is a copy of content/ in a temporary folder (BDHVS_CONTENT_DIR); the builds have their own caches
 * (BDHVS_CACHE_DIR) and output folders, the same pinned build date (SOURCE_DATE_EPOCH), and commune pages for the
 * four sample provinces only (helpers/build.ts smallSite). dist/ is never touched.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, filesBelow, PINNED_BUILD_EPOCH as SOURCE_DATE_EPOCH, SAMPLE_PROVINCES, smallSite } from '../helpers/build.ts';
import { renderCounts } from '../../src/tools/bench/incremental.ts';

const temp = mkdtempSync(join(tmpdir(), 'bdhvs-incremental-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const csv = 'reports/24682-thuan-an/2026-05-bao-cao-tong-ket.csv';
/** The number of guidance documents Thuận An issued: 15 in the sample, 16 after the correction. */
const [before, after] = ['Văn bản,15,', 'Văn bản,16,'];

describe('incremental build', () => {
  it('rebuilds one commune’s change byte for byte as a clean full build does, rendering fewer pages', { timeout: 900_000 }, () => {
    const content = join(temp, 'content');
    cpSync(resolve('content'), content, { recursive: true });
    const env = { ...smallSite(SAMPLE_PROVINCES), SOURCE_DATE_EPOCH, BDHVS_CONTENT_DIR: content };
    const cache = join(temp, 'cache-incremental');

    let started = performance.now();
    const first = renderCounts(buildSite({ ...env, BDHVS_CACHE_DIR: cache }, join(temp, 'first')));
    const firstMs = performance.now() - started;
    expect(first.reused).toBe(0);

    const text = readFileSync(join(content, csv), 'utf8');
    expect(text).toContain(before);
    writeFileSync(join(content, csv), text.replace(before, after));

    started = performance.now();
    const rebuild = renderCounts(buildSite({ ...env, BDHVS_CACHE_DIR: cache }, join(temp, 'incremental')));
    const rebuildMs = performance.now() - started;
    const full = renderCounts(buildSite({ ...env, BDHVS_CACHE_DIR: join(temp, 'cache-clean') }, join(temp, 'clean')));

    console.log(
      `incremental build: first ${first.rendered} rendered in ${Math.round(firstMs)} ms; after one figure changed ` +
        `${rebuild.rendered} rendered, ${rebuild.reused} reused in ${Math.round(rebuildMs)} ms; clean build ${full.rendered} rendered`,
    );
    expect(full.reused).toBe(0);
    expect(rebuild.rendered + rebuild.reused).toBe(full.rendered);
    expect(rebuild.rendered).toBeLessThan(full.rendered);
    expect(rebuild.reused).toBeGreaterThan(0);

    const incremental = join(temp, 'incremental');
    const clean = join(temp, 'clean');
    const list = filesBelow(clean);
    expect(filesBelow(incremental)).toEqual(list);
    expect(list.filter((f) => !readFileSync(join(incremental, f)).equals(readFileSync(join(clean, f))))).toEqual([]);
    // The change is in the output: the commune's page states the new figure, and a reused page is still there.
    expect(readFileSync(join(clean, 'lam-dong/xa-thuan-an-24682/index.html'), 'utf8')).not.toEqual(
      readFileSync(join(temp, 'first', 'lam-dong/xa-thuan-an-24682/index.html'), 'utf8'),
    );
  });
});
