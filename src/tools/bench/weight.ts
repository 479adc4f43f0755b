/**
 * What a commune page weighs with everything it loads (gzip), and how long Astro spent on each route group.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { registry } from '../../domain/registry.ts';
import { round } from './measure.ts';

interface PageWeight {
  path: string;
  htmlGzip: number;
  /** HTML plus every resource loaded at page load, each gzipped. */
  totalGzip: number;
  resources: Array<{ url: string; kind: string; gzip: number }>;
  /** JavaScript loaded at page load (external, gzip, and inline bytes). */
  scriptGzip: number;
  inlineScriptBytes: number;
  /** Charts present as SVG in the HTML as served. */
  svgCharts: number;
  /** Chart placeholders that would need a script to draw (canvas, empty chart containers). */
  scriptCharts: number;
  /** JavaScript the page needs to show its charts (external gzip + inline bytes): 0 when every chart is SVG in the HTML. */
  chartScriptBytes: number;
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let n = gzipCache.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(file)).length;
    gzipCache.set(file, n);
  }
  return n;
}

/** The file of the built site a URL points to; undefined for other origins or missing files. */
function fileFor(outDir: string, base: string, origin: string, u: URL): string | undefined {
  if (u.origin !== origin || !u.pathname.startsWith(base)) return undefined;
  let file = join(outDir, decodeURIComponent(u.pathname.slice(base.length)));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

/** Resources a page loads by itself (not links the reader may follow). */
function loadedResources(html: HTMLElement): Array<{ ref: string; kind: string }> {
  const out: Array<{ ref: string; kind: string }> = [];
  for (const el of html.querySelectorAll('link[href]')) {
    const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = el.getAttribute('href')!;
    if (rel.includes('stylesheet')) out.push({ ref: href, kind: 'stylesheet' });
    else if (rel.includes('icon')) out.push({ ref: href, kind: 'icon' });
    else if (rel.includes('modulepreload')) out.push({ ref: href, kind: 'script' });
    else if (rel.includes('preload')) out.push({ ref: href, kind: `preload:${el.getAttribute('as') ?? ''}` });
  }
  for (const el of html.querySelectorAll('script[src]')) out.push({ ref: el.getAttribute('src')!, kind: 'script' });
  for (const el of html.querySelectorAll('img[src], iframe[src], embed[src], video[poster], audio[src], source[src]')) {
    const ref = el.getAttribute('src') ?? el.getAttribute('poster')!;
    if (el.getAttribute('loading') !== 'lazy' || el.tagName === 'IFRAME') out.push({ ref, kind: el.tagName.toLowerCase() });
  }
  for (const el of html.querySelectorAll('object[data]')) out.push({ ref: el.getAttribute('data')!, kind: 'object' });
  return out;
}

/** url(...) in CSS and static imports in JS: what a loaded resource loads in turn. */
function nestedRefs(text: string, kind: string): Array<{ ref: string; kind: string }> {
  if (kind === 'stylesheet' || kind === 'style') {
    return [...text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
      .map((m) => m[2]!)
      .filter((r) => !r.startsWith('data:') && !r.startsWith('#'))
      .map((ref) => ({ ref, kind: 'css-url' }));
  }
  if (kind === 'script') {
    return [...text.matchAll(/(?:import|export)\s*(?:[^'"();]*?\sfrom\s*)?["']([^"']+\.m?js)["']/g)].map((m) => ({
      ref: m[1]!,
      kind: 'script',
    }));
  }
  return [];
}

function weighPage(outDir: string, base: string, path: string): PageWeight {
  const file = join(outDir, path, 'index.html');
  const text = readFileSync(file, 'utf8');
  const html = parse(text, { comment: false });
  const pageUrl = new URL(`http://site.local${base}${path}${path.endsWith('/') || path === '' ? '' : '/'}`);
  const seen = new Set<string>();
  const resources: PageWeight['resources'] = [];
  const queue: Array<{ ref: string; kind: string; from: URL }> = loadedResources(html).map((r) => ({ ...r, from: pageUrl }));
  for (const style of html.querySelectorAll('style')) queue.push(...nestedRefs(style.text, 'style').map((r) => ({ ...r, from: pageUrl })));
  // Inline module scripts may import bundled modules.
  for (const script of html.querySelectorAll('script:not([src])')) {
    queue.push(...nestedRefs(script.text, 'script').map((r) => ({ ...r, from: pageUrl })));
  }
  while (queue.length > 0) {
    const { ref, kind, from } = queue.shift()!;
    const u = new URL(ref, from);
    const f = fileFor(outDir, base, pageUrl.origin, u);
    if (!f || seen.has(f)) continue;
    seen.add(f);
    resources.push({ url: u.pathname, kind, gzip: gzipSize(f) });
    // What a stylesheet or script loads in turn, relative to its own URL.
    const nextKind = kind.startsWith('preload:') ? kind.slice('preload:'.length) : kind;
    if (/\.(css|m?js)$/.test(f)) queue.push(...nestedRefs(readFileSync(f, 'utf8'), nextKind).map((r) => ({ ...r, from: u })));
  }
  const htmlGzip = gzipSync(Buffer.from(text)).length;
  const scriptGzip = resources.filter((r) => r.kind === 'script').reduce((n, r) => n + r.gzip, 0);
  const inlineScriptBytes = html
    .querySelectorAll('script:not([src])')
    .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
    .reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  // Charts: SVG figures in the HTML as served, versus canvases or empty chart containers a script would fill.
  const svgCharts = html.querySelectorAll('figure svg, svg[role="img"]').length;
  const scriptCharts =
    html.querySelectorAll('canvas').length +
    html
      .querySelectorAll('[class*="chart"], [data-chart]')
      .filter((el) => el.querySelector('svg, img, table') === null && el.text.trim() === '').length;
  return {
    path,
    htmlGzip,
    totalGzip: htmlGzip + resources.reduce((n, r) => n + r.gzip, 0),
    resources,
    scriptGzip,
    inlineScriptBytes,
    svgCharts,
    scriptCharts,
    chartScriptBytes: scriptCharts > 0 ? scriptGzip + inlineScriptBytes : 0,
  };
}

/** Top-level folders of the site whose pages are grouped under their own name in the time breakdown. */
const routeGroups = new Set(['bao-cao', 'nhung', 'in', 'anh', 'du-lieu', 'mo-hinh', 'tim-kiem', 'gioi-thieu']);

interface RouteTime {
  group: string;
  pages: number;
  seconds: number;
  msPerPage: number;
}

/**
 * Where page generation time goes, from Astro's build log ("├─ /path/index.html (+12ms)"): pages grouped by
 * top-level folder (commune and province pages by depth), English edition separately.
 */
export function routeTimes(log: string): RouteTime[] {
  const groups = new Map<string, { pages: number; ms: number }>();
  for (const m of log.matchAll(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/g)) {
    const parts = m[1]!.split('/').filter(Boolean);
    const en = parts[0] === 'en';
    const rest = en ? parts.slice(1) : parts;
    const first = rest[0] ?? '';
    const group = routeGroups.has(first)
      ? first
      : rest.length >= 3
        ? 'commune pages'
        : rest.length === 2 && rest[1] === 'index.html'
          ? 'province pages'
          : 'other';
    const key = `${en ? 'en/' : ''}${group}`;
    const g = groups.get(key) ?? { pages: 0, ms: 0 };
    g.pages++;
    g.ms += Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    groups.set(key, g);
  }
  return [...groups.entries()]
    .map(([group, g]) => ({ group, pages: g.pages, seconds: round(g.ms / 1000, 1), msPerPage: round(g.ms / g.pages, 1) }))
    .sort((a, b) => b.seconds - a.seconds);
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export interface WeightSummary {
  pages: number;
  medianTotalGzip: number;
  p95TotalGzip: number;
  maxTotalGzip: number;
  medianHtmlGzip: number;
  reported: { pages: number; medianTotalGzip: number; p95TotalGzip: number };
  notReported: { pages: number; medianTotalGzip: number; p95TotalGzip: number };
  /** Resources any commune page loads, with how many pages load each. */
  resources: Array<{ url: string; kind: string; gzip: number; pages: number }>;
  /** JavaScript loaded at page load by commune pages (gzip): median and max. */
  medianScriptGzip: number;
  maxScriptGzip: number;
  maxInlineScriptBytes: number;
  pagesWithSvgCharts: number;
  pagesNeedingScriptForCharts: number;
  /** JavaScript needed to show the charts, worst page: 0 means charts show without JavaScript. */
  chartScriptBytesMax: number;
  heaviestPage: string;
}

/** Weigh every commune page (Vietnamese edition) of a built site. */
export function weighCommunePages(outDir: string, base = '/'): WeightSummary {
  const weights: Array<PageWeight & { reported: boolean }> = [];
  for (const c of registry().communes) {
    if (!existsSync(join(outDir, c.path, 'index.html'))) continue;
    const w = weighPage(outDir, base, `${c.path}/`);
    const html = readFileSync(join(outDir, c.path, 'index.html'), 'utf8');
    weights.push({ ...w, reported: /href="[^"]*\/bao-cao\//.test(html) });
  }
  const summary = (ws: typeof weights) => {
    const t = ws.map((w) => w.totalGzip).sort((a, b) => a - b);
    return { pages: ws.length, medianTotalGzip: percentile(t, 50), p95TotalGzip: percentile(t, 95) };
  };
  const totals = weights.map((w) => w.totalGzip).sort((a, b) => a - b);
  const scripts = weights.map((w) => w.scriptGzip).sort((a, b) => a - b);
  const resources = new Map<string, { url: string; kind: string; gzip: number; pages: number }>();
  for (const w of weights) {
    for (const r of w.resources) {
      const e = resources.get(r.url) ?? { ...r, pages: 0 };
      e.pages++;
      resources.set(r.url, e);
    }
  }
  const heaviest = [...weights].sort((a, b) => b.totalGzip - a.totalGzip)[0];
  return {
    pages: weights.length,
    medianTotalGzip: percentile(totals, 50),
    p95TotalGzip: percentile(totals, 95),
    maxTotalGzip: totals[totals.length - 1] ?? 0,
    medianHtmlGzip: percentile(
      weights.map((w) => w.htmlGzip).sort((a, b) => a - b),
      50,
    ),
    reported: summary(weights.filter((w) => w.reported)),
    notReported: summary(weights.filter((w) => !w.reported)),
    resources: [...resources.values()].sort((a, b) => b.pages - a.pages || a.url.localeCompare(b.url)),
    medianScriptGzip: percentile(scripts, 50),
    maxScriptGzip: scripts[scripts.length - 1] ?? 0,
    maxInlineScriptBytes: Math.max(0, ...weights.map((w) => w.inlineScriptBytes)),
    pagesWithSvgCharts: weights.filter((w) => w.svgCharts > 0).length,
    pagesNeedingScriptForCharts: weights.filter((w) => w.scriptCharts > 0).length,
    chartScriptBytesMax: Math.max(0, ...weights.map((w) => w.chartScriptBytes)),
    heaviestPage: heaviest?.path ?? '',
  };
}
