import { describe, expect, it } from 'vitest';
import { hostFits, hostReport, routeOf, routesToDrop, routeSizes, siteSegmentRule } from '../../src/tools/bench-hosts.ts';
import { longNarrative, longNarrativeBytes } from '../../src/tools/synth-narrative.ts';
import { Rng } from '../../src/tools/synth.ts';
import { checkMdxBody } from '../../src/ingestion/mdx-body.ts';

const rule = siteSegmentRule(new Set(['lam-dong', 'ha-noi']));

describe('routeOf', () => {
  it.each([
    ['lam-dong/xa-thuan-an-24682/index.html', '/*/*/index.html'],
    ['en/lam-dong/xa-thuan-an-24682/index.html', '/en/*/*/index.html'],
    ['lam-dong/index.html', '/*/index.html'],
    ['bao-cao/24682-thuan-an/2026-05-bao-cao-tong-ket/index.html', '/bao-cao/*/*/index.html'],
    ['mo-hinh/24682-thuan-an/to-ung-cuu-cong-nghe/index.html', '/mo-hinh/*/*/index.html'],
    ['nhung/lam-dong/xa-thuan-an-24682/the/index.html', '/nhung/*/*/the/index.html'],
    ['du-lieu/xa/24682.csv', '/du-lieu/xa/*.csv'],
    ['du-lieu/so-lieu.csv', '/du-lieu/so-lieu.csv'],
    ['anh/lam-dong.png', '/anh/*.png'],
    ['index.html', '/index.html'],
  ])('%s → %s', (path, route) => expect(routeOf(path, rule)).toBe(route));
});

describe('host limits', () => {
  it('says which hosts a site fits', () => {
    expect(hostFits(900 * 1024 ** 2, 25_000).map((h) => [h.host, h.fits])).toEqual([
      ['GitHub Pages', true],
      ['GitLab Pages', true],
      ['Cloudflare Pages (free)', false],
      ['Cloudflare Pages (paid)', true],
    ]);
    expect(
      hostFits(1024 ** 3 + 1, 10)
        .filter((h) => !h.fits)
        .map((h) => h.host),
    ).toEqual(['GitHub Pages', 'GitLab Pages']);
  });

  it('finds the fewest routes to merge to fit a file limit', () => {
    const files = [
      ...Array.from({ length: 50 }, (_, i) => ({ path: `nhung/lam-dong/x-${10000 + i}/the/index.html`, bytes: 10 })),
      ...Array.from({ length: 30 }, (_, i) => ({ path: `in/lam-dong/x-${10000 + i}/index.html`, bytes: 10 })),
      ...Array.from({ length: 20 }, (_, i) => ({ path: `lam-dong/x-${10000 + i}/index.html`, bytes: 100 })),
    ];
    const routes = routeSizes(files, rule);
    expect(routesToDrop(routes, files.length, 60).map((r) => r.route)).toEqual(['/nhung/*/*/the/index.html']);
    expect(routesToDrop(routes, files.length, 30).map((r) => r.route)).toEqual(['/nhung/*/*/the/index.html', '/in/*/*/index.html']);
    expect(routesToDrop(routes, files.length, 200)).toEqual([]);
    const report = hostReport(files, rule).join('\n');
    expect(report).toContain('Output: 100 files');
    expect(report).toMatch(/Largest routes by bytes:\n\s+0\.0 MiB\s+20 files\s+\/\*\/\*\/index\.html/);
  });
});

describe('long synthetic narratives', () => {
  const ctx = { unitName: 'xã Thuận An', periodLabel: 'năm 2026', kind: 'báo cáo' as const };
  it('are as long as the seed reports, deterministic, and pass the MDX safety check', () => {
    const a = longNarrative(new Rng('1', 'x'), ctx);
    expect(longNarrative(new Rng('1', 'x'), ctx)).toBe(a);
    const bytes = Buffer.byteLength(a);
    expect(bytes).toBeGreaterThanOrEqual(longNarrativeBytes.min);
    expect(bytes).toBeLessThan(longNarrativeBytes.max + 5_000);
    expect(a).toMatch(/^## I\. /m);
    expect(a).toMatch(/^### 1\. /m);
    expect(a).toMatch(/^- /m);
    expect(a).toMatch(/^\| STT \| Nội dung/m);
    expect(a.normalize('NFC')).toBe(a);
    const problems = checkMdxBody('content/reports/24682-thuan-an/x.mdx', a);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
