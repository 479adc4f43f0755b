/**
 * `npm run bench [-- --periods 4 --narratives long|short --seed 1 --share 0.9 --steps national,weight,incremental,baseline,growth
 *                  --growth-periods 1,2,4 --no-growth --no-incremental --keep --limit N --json <file>]`
 * `npm run bench -- --report a.json [--report b.json]`: print the report of earlier runs, merged.
 *
 * Measures the national build on this machine and prints a readable report;
 * the same numbers go to bench-results/bench.json. A benchmark, not a test:
 * it asserts nothing about time.
 *
 *  (a) the national synthetic site (3,321 units, --periods periods, generated
 *      by src/tools/synth.ts into a temporary folder);
 *  (b) a bare Astro baseline (bench/baseline) rendering as many trivial pages
 *      with the same astro binary: the cost of Astro itself.
 *
 * For each: wall time, pages per second, peak RSS of the build's process tree,
 * output size; then the ratio (a)/(b), the weight of a commune page with
 * everything it loads (gzip), the JavaScript a commune page needs for its
 * charts, growth with 1×, 2× and 4× the periods, and an incremental rebuild
 * after one commune's CSV changes.
 *
 * Every build runs in a private snapshot of the project under the temporary
 * folder (node_modules linked, not copied): Astro writes `.astro/` (content
 * modules, and prerender chunks when --outDir is outside the working
 * directory) and Vite its dependency cache under the project root, so builds
 * run from the shared work tree at the same time would overwrite each other's
 * files. Nothing is written to dist/ or content/.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { registry } from '../domain/registry.ts';
import { writeSynthetic, type SynthStats } from './synth.ts';
import { hostReport, listOutput, siteSegmentRule } from './bench-hosts.ts';

/** The project root: where this file's src/ lives. */
export const projectRoot = resolve(import.meta.dirname, '../..');
const nodeBin = join(projectRoot, 'node_modules/.bin/node');
const astroCli = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

// ---------------------------------------------------------------------------
// A private copy of the project to build from
// ---------------------------------------------------------------------------

/** Top-level entries never copied into a snapshot (outputs, caches, history, tests). */
const notCopied = new Set([
  '.git',
  'node_modules',
  '.astro',
  'dist',
  'artifacts',
  'synthetic',
  'bench-results',
  'test-results',
  'tests',
  'bench',
]);

/**
 * Link every package of `from` into a real node_modules folder at `to`: modules resolve to the
 * shared install, while Vite's cache (node_modules/.vite) stays private to the snapshot.
 */
function linkNodeModules(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name === '.vite' || name === '.cache' || name === '.astro') continue;
    symlinkSync(join(from, name), join(to, name));
  }
}

/** Copy the project's sources (as they are in the work tree now) to `dir`, with linked node_modules. */
export function snapshotProject(dir: string, source = projectRoot): string {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(source)) {
    if (notCopied.has(name) || name.startsWith('dist')) continue;
    cpSync(join(source, name), join(dir, name), { recursive: true });
  }
  linkNodeModules(join(source, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** The baseline project (bench/baseline), copied the same way. */
function snapshotBaseline(dir: string): string {
  cpSync(join(projectRoot, 'bench/baseline'), dir, {
    recursive: true,
    filter: (src) => !/[\\/](\.astro|node_modules)([\\/]|$)/.test(relative(projectRoot, src)),
  });
  linkNodeModules(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

// ---------------------------------------------------------------------------
// Measuring one build
// ---------------------------------------------------------------------------

export interface BuildMeasure {
  label: string;
  ok: boolean;
  exitCode: number | null;
  wallSeconds: number;
  /** Pages as Astro counts them ("N page(s) built"). */
  pages: number;
  pagesPerSecond: number;
  /** Peak of the summed RSS of the build's whole process tree, polled from /proc every 100 ms. */
  peakTreeRssMiB: number;
  /** Largest RSS of any single process of the tree (GNU time's "Maximum resident set size"), when /usr/bin/time exists. */
  maxProcessRssMiB?: number;
  /** CPU seconds (user + system) of the tree, from GNU time. */
  cpuSeconds?: number;
  outputBytes: number;
  outputFiles: number;
  htmlFiles: number;
  logFile: string;
}

const MiB = 1024 * 1024;
const pageSize = 4096;

/** Children of every process, from /proc/<pid>/stat. */
function processChildren(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process has exited
    }
    // The command name is in parentheses and may contain spaces: fields start after the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  return children;
}

/** Summed resident memory (bytes) of a process and all its descendants. */
function treeRss(root: number): number {
  const children = processChildren();
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
      total += Number(statm[1]) * pageSize;
    } catch {
      // exited between the listing and the read
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function dirStats(dir: string): { bytes: number; files: number; html: number } {
  let bytes = 0;
  let files = 0;
  let html = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        bytes += statSync(p).size;
        files++;
        if (entry.name.endsWith('.html')) html++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files, html };
}

/** Variables of a test runner or of npm that must not leak into a build. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VITEST|VITE_|TEST$|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|BDHVS_|BENCH_)/.test(k)) continue;
    env[k] = v;
  }
  // Astro's shebang asks for `node`: the project's Node 24 comes first.
  env.PATH = `${join(projectRoot, 'node_modules/.bin')}:${env.PATH ?? ''}`;
  return { ...env, ...extra, ASTRO_TELEMETRY_DISABLED: '1' };
}

export interface BuildRun {
  label: string;
  /** Project root to build (passed as --root; also the working directory). */
  root: string;
  outDir: string;
  env: Record<string, string>;
  logFile: string;
}

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Run `astro build` and measure it. */
export async function measureBuild(run: BuildRun): Promise<BuildMeasure> {
  mkdirSync(dirname(run.logFile), { recursive: true });
  const timeFile = `${run.logFile}.time`;
  const astroArgs = [astroCli, 'build', '--root', run.root, '--outDir', run.outDir];
  const [command, args] = gnuTime ? [gnuTime, ['-v', '-o', timeFile, nodeBin, ...astroArgs]] : [nodeBin, astroArgs];
  const start = performance.now();
  const child = spawn(command, args, { cwd: run.root, env: cleanEnv(run.env), stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  let peak = 0;
  const poll = setInterval(() => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
  }, 100);
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  clearInterval(poll);
  const wallSeconds = (performance.now() - start) / 1000;
  writeFileSync(run.logFile, log);
  const pages = Number(/(\d+) page\(s\) built in/.exec(log)?.[1] ?? 0);
  const out = dirStats(run.outDir);
  const measure: BuildMeasure = {
    label: run.label,
    ok: exitCode === 0,
    exitCode,
    wallSeconds: round(wallSeconds, 2),
    pages,
    pagesPerSecond: round(pages / wallSeconds, 1),
    peakTreeRssMiB: round(peak / MiB, 0),
    outputBytes: out.bytes,
    outputFiles: out.files,
    htmlFiles: out.html,
    logFile: run.logFile,
  };
  if (gnuTime && existsSync(timeFile)) {
    const t = readFileSync(timeFile, 'utf8');
    const num = (re: RegExp) => Number(re.exec(t)?.[1] ?? NaN);
    const maxKb = num(/Maximum resident set size \(kbytes\): (\d+)/);
    if (Number.isFinite(maxKb)) measure.maxProcessRssMiB = round(maxKb / 1024, 0);
    const cpu = num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/);
    if (Number.isFinite(cpu)) measure.cpuSeconds = round(cpu, 1);
  }
  if (!measure.ok) {
    console.error(`  ${run.label}: build FAILED (exit ${exitCode}); last lines of ${run.logFile}:`);
    console.error(
      log
        .split('\n')
        .filter((l) => !/^\s*\d\d:\d\d:\d\d\s+[├└]─/.test(l))
        .slice(-15)
        .join('\n'),
    );
  }
  return measure;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

// ---------------------------------------------------------------------------
// What a commune page weighs
// ---------------------------------------------------------------------------

export interface PageWeight {
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

export function weighPage(outDir: string, base: string, path: string): PageWeight {
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

export interface RouteTime {
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

// ---------------------------------------------------------------------------
// The benchmark
// ---------------------------------------------------------------------------

interface GrowthPoint {
  periods: number;
  reports: number;
  figures: number;
  build: BuildMeasure;
}

interface BenchResult {
  complete: boolean;
  machine: Record<string, unknown>;
  options: { periods: number; seed: string; share: number; narratives?: 'short' | 'long'; limit?: number; steps: string[] };
  synthetic?: SynthStats;
  national?: BuildMeasure;
  baseline?: BuildMeasure;
  ratio?: { wallTime: number; pagesPerSecond: number; peakTreeRss: number; outputBytes: number };
  communePageWeight?: WeightSummary;
  growth?: GrowthPoint[];
  incremental?: { changedFile: string; change: string; build: BuildMeasure };
  /** The national output against the static hosts' limits (lines of bench-hosts.ts's report). */
  hosts?: string[];
  notes?: string[];
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
function mib(bytes: number): string {
  return `${(bytes / MiB).toFixed(1)} MiB`;
}

function buildLine(b: BuildMeasure): string {
  const rss = `peak RSS ${b.peakTreeRssMiB} MiB (tree)${b.maxProcessRssMiB !== undefined ? `, ${b.maxProcessRssMiB} MiB (largest process)` : ''}`;
  return `${b.ok ? '' : 'FAILED '}${b.wallSeconds.toFixed(1)} s wall${b.cpuSeconds !== undefined ? ` (${b.cpuSeconds} s CPU)` : ''}, ${b.pages} pages, ${b.pagesPerSecond} pages/s, ${rss}, output ${mib(b.outputBytes)} in ${b.outputFiles} files`;
}

function machineInfo(): Record<string, unknown> {
  const astroVersion = (JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as { version: string })
    .version;
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    freeMemoryGiB: round(freemem() / 1024 ** 3, 1),
    loadAverageAtStart: loadavg().map((x) => round(x, 2)),
    node: process.version,
    astro: astroVersion,
    gnuTime: gnuTime !== undefined,
  };
}

/** Change one commune's headline figure (the adult rate in its latest report) in its CSV. */
function changeOneCsv(dataDir: string): { file: string; change: string } {
  const reportsDir = join(dataDir, 'reports');
  for (const folder of readdirSync(reportsDir).sort()) {
    const csvs = readdirSync(join(reportsDir, folder))
      .filter((f) => f.endsWith('.csv'))
      .sort();
    const file = join(reportsDir, folder, csvs[csvs.length - 1]!);
    const lines = readFileSync(file, 'utf8').split(/(?<=\n)/);
    const i = lines.findIndex((l) => l.includes('ty_le.nguoi_truong_thanh') && /\d+%/.test(l));
    if (i < 0) continue;
    const before = /(\d+)(,\d+)?%/.exec(lines[i]!)!;
    const n = Number(before[1]);
    const after = `${n >= 100 ? n - 1 : n + 1}${before[2] ?? ''}%`;
    lines[i] = lines[i]!.replace(before[0], after);
    writeFileSync(file, lines.join(''));
    return { file: relative(dataDir, file), change: `line ${i + 1}: ty_le.nguoi_truong_thanh "${before[0]}" → "${after}"` };
  }
  throw new Error('No CSV with an adult rate to change');
}

const allSteps = ['national', 'weight', 'incremental', 'baseline', 'growth'] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      periods: { type: 'string', default: '4' },
      // Narratives as long as the seed reports (20-80 KB) by default: the real site's size.
      narratives: { type: 'string', default: 'long' },
      seed: { type: 'string', default: '1' },
      share: { type: 'string', default: '0.9' },
      // Which parts to run (comma-separated): national, weight, incremental, baseline, growth.
      steps: { type: 'string', default: allSteps.join(',') },
      'no-growth': { type: 'boolean', default: false },
      'no-incremental': { type: 'boolean', default: false },
      'growth-periods': { type: 'string', default: '1,2,4' },
      // Page count of the baseline when the national build is not part of this run.
      'baseline-pages': { type: 'string' },
      keep: { type: 'boolean', default: false },
      // Copy the sources from an existing snapshot (the site/ folder of a kept run), so that two runs measure the same code.
      site: { type: 'string' },
      // Only for trying the benchmark out quickly: fewer units report (pages are still built for all 3,321).
      limit: { type: 'string' },
      json: { type: 'string', default: join(projectRoot, 'bench-results/bench.json') },
      // Print the report of earlier runs (JSON files, merged in order) without building anything.
      report: { type: 'string', multiple: true },
    },
    strict: true,
  });
  if (values.report) {
    printReport(mergeResults(values.report.map((f) => JSON.parse(readFileSync(f, 'utf8')) as BenchResult)));
    return;
  }
  const steps = new Set(values.steps.split(',').map((x) => x.trim()));
  for (const step of steps) if (!(allSteps as readonly string[]).includes(step)) throw new Error(`Unknown step "${step}"`);
  if (values['no-growth']) steps.delete('growth');
  if (values['no-incremental']) steps.delete('incremental');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  const periods = Number(values.periods);
  if (!Number.isInteger(periods) || periods < 2) throw new Error('--periods must be a whole number ≥ 2');
  const narratives = values.narratives === 'short' ? 'short' : 'long';
  const growthPeriods = values['growth-periods'].split(',').map(Number);
  const seed = values.seed;
  const share = Number(values.share);
  const tmp = mkdtempSync(join(tmpdir(), 'bdhvs-bench-'));
  console.log(`Benchmark work folder: ${tmp}${values.keep ? ' (kept)' : ' (removed at the end; --keep keeps it)'}`);
  const machine = machineInfo();
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Node ${machine.node}, Astro ${machine.astro}`);
  console.log(
    `Load average at start: ${(machine.loadAverageAtStart as number[]).join(' ')} (other builds on the machine make timings noisy)`,
  );

  // Results so far, saved after every step so a long run that is stopped still leaves its numbers.
  const result: BenchResult = {
    complete: false,
    machine,
    options: { periods, seed, share, narratives, ...(limit !== undefined ? { limit } : {}), steps: [...steps] },
    notes: [],
  };
  const save = () => {
    machine.loadAverageAtEnd = loadavg().map((x) => round(x, 2));
    mkdirSync(dirname(values.json), { recursive: true });
    writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
  };
  try {
    // Always a private copy: two builds from one root at once overwrite each other's .astro/ files.
    const site = snapshotProject(join(tmp, 'site'), values.site ? resolve(values.site) : projectRoot);
    if (values.site) result.notes!.push(`Sources copied from the snapshot ${resolve(values.site)}.`);
    const dataFor = (p: number) => join(tmp, `data-${p}p`);
    const synth = (p: number) =>
      writeSynthetic(dataFor(p), { seed, periods: p, share, narratives, ...(limit !== undefined ? { limit } : {}) });
    const nationalBuild = (p: number, label: string) =>
      measureBuild({
        label,
        root: site,
        outDir: join(tmp, `out-${p}p`),
        // Astro's cache and the share-image PNG cache live together: fresh for each build, kept for its rebuild.
        env: { BDHVS_CONTENT_DIR: dataFor(p), BDHVS_CACHE_DIR: join(tmp, `cache-${p}p`), BDHVS_OG_CACHE: join(tmp, `cache-${p}p`, 'og') },
        logFile: join(tmp, 'logs', `${label.replace(/\W+/g, '-')}.log`),
      });

    // (a) the national synthetic site.
    if (steps.has('national')) {
      console.log(`\nGenerating national synthetic data: ${periods} periods, share ${share}, seed ${seed} …`);
      const stats = synth(periods);
      result.synthetic = stats;
      console.log(
        `  ${stats.units} units, ${stats.reportingUnits} with reports, ${stats.reports} reports, ${stats.figures} figures, ${stats.models} models`,
      );
      console.log('(a) Building the national synthetic site …');
      result.national = await nationalBuild(periods, `national-${periods}p`);
      console.log(`  ${buildLine(result.national)}`);
      if (result.national.pages !== result.national.htmlFiles) {
        result.notes!.push(
          `Astro counted ${result.national.pages} pages; the output has ${result.national.htmlFiles} HTML files (other routes write JSON, XML, CSV or images).`,
        );
      }
      if (result.national.ok) {
        const rule = siteSegmentRule(new Set(registry().provinces.map((p) => p.slug)));
        result.hosts = hostReport(listOutput(join(tmp, `out-${periods}p`)), rule);
        for (const line of result.hosts) console.log(`  ${line}`);
      }
      save();
    }
    const national = result.national;

    // Page weight of every commune page, from (a).
    if (steps.has('weight') && national?.ok) {
      console.log('Weighing commune pages …');
      result.communePageWeight = weighCommunePages(join(tmp, `out-${periods}p`));
      save();
    }

    // Incremental rebuild: one commune's CSV changes; same cache and output folder.
    if (steps.has('incremental') && national?.ok) {
      const change = changeOneCsv(dataFor(periods));
      console.log(`Incremental rebuild after changing ${change.file} (${change.change}) …`);
      const build = await nationalBuild(periods, `national-${periods}p-incremental`);
      console.log(`  ${buildLine(build)}`);
      result.incremental = { changedFile: change.file, change: change.change, build };
      save();
      synth(periods); // restore the data for anything that follows
    }

    // (b) the bare Astro baseline with as many pages.
    if (steps.has('baseline')) {
      const baselinePages = national?.pages || Number(values['baseline-pages'] ?? 3321 * 2);
      console.log(`(b) Building the bare Astro baseline with ${baselinePages} trivial pages …`);
      const baselineRoot = snapshotBaseline(join(tmp, 'baseline'));
      result.baseline = await measureBuild({
        label: 'baseline',
        root: baselineRoot,
        outDir: join(tmp, 'out-baseline'),
        env: { BENCH_PAGES: String(baselinePages), BENCH_CACHE_DIR: join(tmp, 'cache-baseline') },
        logFile: join(tmp, 'logs', 'baseline.log'),
      });
      console.log(`  ${buildLine(result.baseline)}`);
      save();
    }

    // Growth: 1×, 2×, 4× the periods (the point equal to --periods reuses (a) when it ran).
    if (steps.has('growth')) {
      result.growth = [];
      for (const p of growthPeriods) {
        if (p === periods && national && result.synthetic) {
          result.growth.push({ periods: p, reports: result.synthetic.reports, figures: result.synthetic.figures, build: national });
          continue;
        }
        const s = synth(p);
        console.log(`Growth: ${p} period(s), ${s.reports} reports …`);
        const b = await nationalBuild(p, `national-${p}p`);
        console.log(`  ${buildLine(b)}`);
        result.growth.push({ periods: p, reports: s.reports, figures: s.figures, build: b });
        save();
        if (p !== periods) {
          rmSync(join(tmp, `out-${p}p`), { recursive: true, force: true });
          rmSync(join(tmp, `cache-${p}p`), { recursive: true, force: true });
        }
      }
    }

    result.complete = true;
    save();
    printReport(mergeResults([result]));
    console.log(`\nJSON: ${values.json}`);
  } finally {
    if (!values.keep) rmSync(tmp, { recursive: true, force: true });
  }
}

/** Results of several runs (e.g. one with the national build, one with the growth builds), earlier files first. */
function mergeResults(results: BenchResult[]): BenchResult {
  // Options from the first run that recorded them (the defaults otherwise).
  const options = results.find((r) => r.options)?.options ?? { periods: 2, seed: '1', share: 0.9, steps: [...allSteps] };
  const merged: BenchResult = { ...results[0]!, options, notes: [] };
  for (const r of results.slice(1)) {
    for (const key of ['synthetic', 'national', 'baseline', 'communePageWeight', 'incremental'] as const) {
      if (merged[key] === undefined && r[key] !== undefined) Object.assign(merged, { [key]: r[key] });
    }
    merged.growth = [...(merged.growth ?? []), ...(r.growth ?? [])];
    merged.complete = merged.complete && r.complete;
  }
  for (const r of results) merged.notes!.push(...(r.notes ?? []));
  // The national build is the growth point for its own number of periods.
  const growth = new Map((merged.growth ?? []).map((g) => [g.periods, g]));
  if (merged.national && merged.synthetic && !growth.has(merged.options.periods)) {
    growth.set(merged.options.periods, {
      periods: merged.options.periods,
      reports: merged.synthetic.reports,
      figures: merged.synthetic.figures,
      build: merged.national,
    });
  }
  merged.growth = [...growth.values()].sort((a, b) => a.periods - b.periods);
  if (merged.national && merged.baseline) {
    const n = merged.national;
    const b = merged.baseline;
    merged.ratio = {
      wallTime: round(n.wallSeconds / b.wallSeconds, 2),
      pagesPerSecond: round(n.pagesPerSecond / b.pagesPerSecond, 3),
      peakTreeRss: round(n.peakTreeRssMiB / b.peakTreeRssMiB, 2),
      outputBytes: round(n.outputBytes / b.outputBytes, 1),
    };
  }
  if (results.length > 1) {
    merged.notes!.push(`Merged from ${results.length} runs; load averages differ between them (see each JSON file).`);
  }
  return merged;
}

function printReport(r: BenchResult): void {
  const line = '─'.repeat(100);
  console.log(`\n${line}\nBENCHMARK REPORT\n${line}`);
  console.log(
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, Astro ${r.machine.astro}`,
  );
  console.log(
    `Load average: ${(r.machine.loadAverageAtStart as number[]).join(' ')} at start, ${((r.machine.loadAverageAtEnd as number[] | undefined) ?? []).join(' ')} at end${r.complete ? '' : ' (run incomplete)'}`,
  );
  if (r.synthetic) {
    console.log(
      `\nSynthetic data: ${r.synthetic.units} units, ${r.synthetic.reportingUnits} with reports, ${r.options.periods} periods, ${r.synthetic.reports} reports, ${r.synthetic.figures} figures, ${r.synthetic.models} models (seed ${r.options.seed})`,
    );
  }
  if (r.national) console.log(`\n(a) national synthetic site: ${buildLine(r.national)}`);
  if (r.national && existsSync(r.national.logFile)) {
    const times = routeTimes(readFileSync(r.national.logFile, 'utf8'));
    const total = times.reduce((n, t) => n + t.seconds, 0);
    console.log(`    page generation by route (from the build log, ${total.toFixed(0)} s in all):`);
    for (const t of times.slice(0, 12)) {
      console.log(
        `      ${t.group.padEnd(20)} ${String(t.pages).padStart(7)} pages ${t.seconds.toFixed(0).padStart(6)} s ${t.msPerPage.toFixed(1).padStart(7)} ms/page`,
      );
    }
  }
  if (r.hosts) {
    console.log('    static hosts:');
    for (const l of r.hosts) console.log(`      ${l}`);
  }
  if (r.baseline) console.log(`(b) bare Astro baseline:     ${buildLine(r.baseline)}`);
  if (r.ratio) {
    console.log(
      `(a)/(b): wall time × ${r.ratio.wallTime}, pages/s × ${r.ratio.pagesPerSecond}, peak RSS × ${r.ratio.peakTreeRss}, output size × ${r.ratio.outputBytes}`,
    );
  }
  const w = r.communePageWeight;
  if (w) {
    console.log(`\nCommune page + everything it loads at page load (gzip, ${w.pages} Vietnamese commune pages):`);
    console.log(
      `  median ${kib(w.medianTotalGzip)}, p95 ${kib(w.p95TotalGzip)}, max ${kib(w.maxTotalGzip)} (${w.heaviestPage}); HTML alone median ${kib(w.medianHtmlGzip)}`,
    );
    console.log(
      `  with reports:    ${w.reported.pages} pages, median ${kib(w.reported.medianTotalGzip)}, p95 ${kib(w.reported.p95TotalGzip)}`,
    );
    console.log(
      `  without reports: ${w.notReported.pages} pages, median ${kib(w.notReported.medianTotalGzip)}, p95 ${kib(w.notReported.p95TotalGzip)}`,
    );
    console.log(`  resources loaded at page load${w.resources.length === 0 ? ': none besides the HTML' : ' (gzip):'}`);
    for (const res of w.resources.slice(0, 10))
      console.log(`    ${res.kind.padEnd(10)} ${kib(res.gzip).padStart(10)}  ${res.url} (${res.pages} pages)`);
    console.log(
      `  JavaScript loaded at page load: median ${kib(w.medianScriptGzip)}, max ${kib(w.maxScriptGzip)} gzip; inline scripts up to ${w.maxInlineScriptBytes} bytes`,
    );
    console.log(
      `  JavaScript needed to show the charts: ${w.chartScriptBytesMax} bytes (${w.pagesWithSvgCharts} pages have SVG charts in the HTML, ${w.pagesNeedingScriptForCharts} have charts a script would draw)`,
    );
  }
  if (r.growth && r.growth.length > 0) {
    console.log('\nGrowth with the number of periods (fresh cache each):');
    const first = r.growth[0]!;
    const x = (a: number | undefined, b0: number | undefined) => (a !== undefined && b0 ? (a / b0).toFixed(2) : '–');
    for (const g of r.growth) {
      const b = g.build;
      const cpu = b.cpuSeconds !== undefined ? `, ${b.cpuSeconds} s CPU (×${x(b.cpuSeconds, first.build.cpuSeconds)})` : '';
      console.log(
        `  ${String(g.periods).padStart(2)} period(s): ${g.reports} reports (×${x(g.reports, first.reports)}), ${b.pages} pages (×${x(b.pages, first.build.pages)}), ${b.wallSeconds.toFixed(1)} s wall (×${x(b.wallSeconds, first.build.wallSeconds)})${cpu}, ${((b.wallSeconds / Math.max(1, b.pages)) * 1000).toFixed(1)} ms/page, peak RSS ${b.peakTreeRssMiB} MiB (×${x(b.peakTreeRssMiB, first.build.peakTreeRssMiB)})${b.ok ? '' : ' FAILED'}`,
      );
    }
    const last = r.growth[r.growth.length - 1]!;
    if (last !== first && last.build.ok && first.build.ok) {
      // CPU seconds suffer less than wall time from other work on the machine.
      const useCpu = last.build.cpuSeconds !== undefined && first.build.cpuSeconds !== undefined;
      const timeGrowth = useCpu ? last.build.cpuSeconds! / first.build.cpuSeconds! : last.build.wallSeconds / first.build.wallSeconds;
      const pageGrowth = last.build.pages / first.build.pages;
      const rssGrowth = last.build.peakTreeRssMiB / first.build.peakTreeRssMiB;
      console.log(
        `  ${useCpu ? 'CPU time' : 'Wall time'} grew ×${timeGrowth.toFixed(2)} and peak RSS ×${rssGrowth.toFixed(2)} for ×${pageGrowth.toFixed(2)} pages and ×${(last.reports / first.reports).toFixed(2)} reports: ${timeGrowth <= pageGrowth * 1.25 ? 'about linear (or better) in pages' : 'faster than linear in pages'}.`,
      );
    }
  }
  if (r.incremental) {
    const i = r.incremental;
    console.log(`\nIncremental rebuild after one CSV changed (${i.changedFile}): ${buildLine(i.build)}`);
    if (r.national) console.log(`  vs. the first build: ×${(i.build.wallSeconds / r.national.wallSeconds).toFixed(2)} the time`);
  }
  for (const n of r.notes ?? []) console.log(`\nNote: ${n}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
