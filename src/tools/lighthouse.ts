/**
 * `npm run lighthouse [-- --dist <dir>] [--base /] [--content <dir>] [--runs 3] [--keep] [--json <file>]`
 *
 * Lighthouse (mobile settings, its defaults) on a sample of pages of a built
 * site: national, a province, three commune pages (reported and not), a
 * report, a model, search, and the English edition of one commune page. The
 * pages are served by a local static server (tests/helpers/static-server.ts)
 * and audited with Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH);
 * no browser is downloaded. Each page is audited --runs times and the run with
 * the median performance score is kept. Prints the four category scores per page, the
 * worst page per category, every budget and, for each missed point, the
 * failing audits with the elements they name. JSON: bench-results/lighthouse.json.
 *
 * Without --dist the sample site (or --content <dir>) is built into a
 * temporary folder first, with SITE_URL=http://127.0.0.1 so that canonical
 * and hreflang URLs point at the server Lighthouse loads. A --dist built for
 * the real domain is audited as it is (Lighthouse 13 does not check the
 * canonical's domain; the note printed says which domain it was built for).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { registry } from '../domain/registry.ts';
import { serveDir } from '../../tests/helpers/static-server.ts';
import { measureBuild } from './bench/measure.ts';
import { projectRoot, snapshotProject } from './bench/snapshot.ts';

export const budgets = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100 } as const;
type Category = keyof typeof budgets;
const categories = Object.keys(budgets) as Category[];

export const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

interface SamplePage {
  name: string;
  /** Path below the base, with a trailing slash ('' for the home page). */
  path: string;
}

interface FailingAudit {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  /** What the audit points at: selectors, snippets or URLs of the first few items. */
  items: string[];
}

interface PageResult {
  name: string;
  url: string;
  scores: Record<Category, number | null>;
  /** Audits that cost points, by category. */
  failing: Record<Category, FailingAudit[]>;
  metrics: Record<string, string>;
  runtimeError?: string;
  /** Performance score of every run of this page. */
  performanceRuns?: Array<number | null>;
}

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

/** The sample: one page of each kind, found in the built output. */
function samplePages(dist: string): SamplePage[] {
  const reg = registry();
  const pages: SamplePage[] = [{ name: 'national', path: '' }];
  const province = reg.provinces.find((p) => isFile(join(dist, p.slug, 'index.html')));
  if (province) pages.push({ name: `province ${province.slug}`, path: `${province.slug}/` });

  // Commune pages: reported ones link to their reports; the heaviest one is the worst case.
  const reported: Array<{ path: string; size: number }> = [];
  let notReported: string | undefined;
  for (const c of reg.communes) {
    const file = join(dist, c.path, 'index.html');
    if (!isFile(file)) continue;
    const html = readFileSync(file, 'utf8');
    if (/href="[^"]*\/bao-cao\//.test(html)) reported.push({ path: `${c.path}/`, size: html.length });
    else notReported ??= `${c.path}/`;
  }
  reported.sort((a, b) => b.size - a.size || a.path.localeCompare(b.path));
  const heaviest = reported[0];
  const typical = reported[Math.floor(reported.length / 2)];
  if (heaviest) pages.push({ name: 'commune (reported, heaviest)', path: heaviest.path });
  if (typical && typical !== heaviest) pages.push({ name: 'commune (reported, median size)', path: typical.path });
  if (notReported) pages.push({ name: 'commune (not reported)', path: notReported });

  const largestUnder = (dir: string): string | undefined => {
    let best: { path: string; size: number } | undefined;
    const walk = (rel: string) => {
      const abs = join(dist, dir, rel);
      if (!existsSync(abs)) return;
      for (const e of readdirSync(abs, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(rel, e.name));
        else if (e.name === 'index.html' && rel !== '') {
          const size = statSync(join(abs, e.name)).size;
          if (!best || size > best.size) best = { path: `${dir}/${rel.split('\\').join('/')}/`, size };
        }
      }
    };
    walk('');
    return best?.path;
  };
  const report = largestUnder('bao-cao');
  if (report) pages.push({ name: 'report (largest)', path: report });
  const model = largestUnder('mo-hinh');
  if (model) pages.push({ name: 'model', path: model });
  if (isFile(join(dist, 'tim-kiem', 'index.html'))) pages.push({ name: 'search', path: 'tim-kiem/' });
  if (heaviest && isFile(join(dist, 'en', heaviest.path, 'index.html'))) {
    pages.push({ name: 'commune (reported, heaviest), English', path: `en/${heaviest.path}` });
  }
  return pages;
}

/** A short description of what a failing audit points at. */
function describeItems(details: unknown): string[] {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  const out: string[] = [];
  for (const raw of items.slice(0, 5)) {
    const item = raw as Record<string, unknown>;
    const node = (item.node ?? item) as { selector?: string; snippet?: string; explanation?: string };
    const parts = [node.selector, node.snippet, typeof item.url === 'string' ? item.url : undefined, node.explanation]
      .filter((x): x is string => typeof x === 'string' && x.length > 0)
      .map((x) => x.replace(/\s+/g, ' ').slice(0, 220));
    if (parts.length > 0) out.push(parts.join(' | '));
    // Audits such as color-contrast group their nodes under subItems.
    const sub = (item.subItems as { items?: Array<{ relatedNode?: { selector?: string; snippet?: string } }> } | undefined)?.items ?? [];
    for (const s of sub.slice(0, 3)) if (s.relatedNode?.snippet) out.push(`  related: ${s.relatedNode.snippet.slice(0, 200)}`);
  }
  if (items.length > 5) out.push(`… ${items.length - 5} more`);
  return out;
}

async function audit(url: string, name: string, port: number): Promise<PageResult> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
  });
  const lhr = result?.lhr;
  const empty = () => Object.fromEntries(categories.map((c) => [c, []])) as unknown as Record<Category, FailingAudit[]>;
  if (!lhr) {
    return {
      name,
      url,
      scores: Object.fromEntries(categories.map((c) => [c, null])) as Record<Category, null>,
      failing: empty(),
      metrics: {},
      runtimeError: 'no result',
    };
  }
  const scores = {} as Record<Category, number | null>;
  const failing = empty();
  for (const c of categories) {
    const cat = lhr.categories[c];
    scores[c] = cat?.score === null || cat?.score === undefined ? null : Math.round(cat.score * 100);
    for (const ref of cat?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= 1) continue;
      if (a.scoreDisplayMode === 'informative' || a.scoreDisplayMode === 'notApplicable' || a.scoreDisplayMode === 'manual') continue;
      // Performance metrics below 1 only cost points when they carry weight.
      if (c === 'performance' && ref.weight === 0 && a.scoreDisplayMode !== 'binary') continue;
      failing[c].push({
        id: a.id,
        title: a.title,
        score: a.score,
        ...(a.displayValue ? { displayValue: a.displayValue } : {}),
        items: describeItems(a.details),
      });
    }
  }
  const metrics: Record<string, string> = {};
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    const a = lhr.audits[id];
    if (a?.displayValue) metrics[id] = a.displayValue;
  }
  return {
    name,
    url,
    scores,
    failing,
    metrics,
    ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      base: { type: 'string', default: '/' },
      content: { type: 'string' },
      keep: { type: 'boolean', default: false },
      // Lighthouse runs per page; the run with the median performance score is reported (scores vary between runs).
      runs: { type: 'string', default: '3' },
      json: { type: 'string', default: join(projectRoot, 'bench-results/lighthouse.json') },
    },
    strict: true,
  });
  const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromePath)) throw new Error(`No Chromium at ${chromePath} (apt-get install chromium, or set CHROMIUM_PATH).`);
  const base = values.base.replace(/^\/?/, '/').replace(/\/?$/, '/');
  let dist = values.dist ? resolve(values.dist) : '';
  let tmp: string | undefined;
  try {
    if (!dist) {
      tmp = mkdtempSync(join(tmpdir(), 'bdhvs-lighthouse-'));
      const content = resolve(values.content ?? join(projectRoot, 'content'));
      console.log(`Building ${content} into ${tmp}/out (SITE_URL=http://127.0.0.1, BASE_PATH=${base}) …`);
      const b = await measureBuild({
        label: 'lighthouse-site',
        root: snapshotProject(join(tmp, 'site')),
        outDir: join(tmp, 'out'),
        env: { BDHVS_CONTENT_DIR: content, BDHVS_CACHE_DIR: join(tmp, 'cache'), SITE_URL: 'http://127.0.0.1', BASE_PATH: base },
        logFile: join(tmp, 'build.log'),
      });
      if (!b.ok) throw new Error(`Build failed; see ${b.logFile}`);
      console.log(`  built ${b.pages} pages in ${b.wallSeconds} s`);
      dist = join(tmp, 'out');
    }
    if (!isFile(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: build the site first or omit --dist.`);
    const runs = Math.max(1, Number(values.runs));
    const pages = samplePages(dist);
    // Say which domain the site was built for: its canonical and hreflang links point there, not at 127.0.0.1.
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
    const foreignCanonical = canonical !== undefined && new URL(canonical).hostname !== '127.0.0.1';
    if (foreignCanonical) {
      console.log(`Note: this site was built for ${new URL(canonical).origin}; its canonical and hreflang links point there.`);
    }
    const server = await serveDir(dist, base);
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
    const results: PageResult[] = [];
    try {
      for (const p of pages) {
        const url = `${server.url}${p.path}`;
        process.stdout.write(`Auditing ${p.name}: ${url} … `);
        const all: PageResult[] = [];
        for (let i = 0; i < runs; i++) all.push(await audit(url, p.name, chrome.port));
        // The run with the median performance score stands for the page.
        const sorted = [...all].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
        const r = { ...sorted[Math.floor((sorted.length - 1) / 2)]!, performanceRuns: all.map((x) => x.scores.performance) };
        results.push(r);
        console.log(
          `${categories.map((c) => `${c} ${r.scores[c] ?? '–'}`).join(', ')}${runs > 1 ? ` (performance runs: ${r.performanceRuns.join(', ')})` : ''}`,
        );
      }
    } finally {
      chrome.kill();
      await server.close();
    }
    const report = summarise(results);
    printReport(results, report);
    mkdirSync(dirname(values.json), { recursive: true });
    writeFileSync(
      values.json,
      `${JSON.stringify({ dist: values.dist ? dist : '(temporary build)', base, chromium: chromePath, runs, foreignCanonical, budgets, pages: results, ...report }, null, 2)}\n`,
    );
    console.log(`\nJSON: ${values.json}`);
  } finally {
    if (tmp && !values.keep) rmSync(tmp, { recursive: true, force: true });
  }
}

function summarise(results: PageResult[]) {
  const worst = {} as Record<Category, { page: string; score: number | null }>;
  const budgetsHeld = {} as Record<Category, boolean>;
  for (const c of categories) {
    const sorted = [...results].sort((a, b) => (a.scores[c] ?? -1) - (b.scores[c] ?? -1));
    worst[c] = { page: sorted[0]?.name ?? '', score: sorted[0]?.scores[c] ?? null };
    budgetsHeld[c] = results.every((r) => (r.scores[c] ?? -1) >= budgets[c]);
  }
  return { worst, budgetsHeld };
}

function printReport(results: PageResult[], s: ReturnType<typeof summarise>): void {
  const line = '─'.repeat(100);
  console.log(`\n${line}\nLIGHTHOUSE (mobile) — scores per page\n${line}`);
  console.log(`${'page'.padEnd(42)} ${categories.map((c) => c.slice(0, 14).padStart(14)).join(' ')}`);
  for (const r of results) {
    console.log(`${r.name.slice(0, 42).padEnd(42)} ${categories.map((c) => String(r.scores[c] ?? '–').padStart(14)).join(' ')}`);
  }
  console.log('\nWorst page per category, and the budget:');
  for (const c of categories) {
    const w = s.worst[c];
    console.log(
      `  ${c.padEnd(15)} worst ${String(w.score ?? '–').padStart(3)} (${w.page}); budget ${c === 'accessibility' || c === 'seo' ? '' : '≥ '}${budgets[c]}: ${s.budgetsHeld[c] ? 'HOLDS' : 'MISSED'}`,
    );
  }
  const problems = results.flatMap((r) =>
    categories.flatMap((c) => (r.scores[c] !== null && r.scores[c]! < 100 ? r.failing[c].map((a) => ({ r, c, a })) : [])),
  );
  if (problems.length > 0) console.log('\nAudits that cost points:');
  for (const { r, c, a } of problems) {
    console.log(`  [${c}] ${r.name}: ${a.id} — ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}, score ${a.score}`);
    for (const item of a.items) console.log(`      ${item}`);
  }
  for (const r of results) {
    if (r.runtimeError) console.log(`  ${r.name}: runtime error ${r.runtimeError}`);
  }
  console.log('\nMetrics (simulated mobile):');
  for (const r of results)
    console.log(
      `  ${r.name.padEnd(42)} ${Object.entries(r.metrics)
        .map(([k, v]) => `${k.replace(/-/g, ' ')} ${v}`)
        .join(', ')}`,
    );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
