/**
 * The benchmark's results: their shape (bench-results/bench.json), merging several runs, and the printed report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { SynthStats } from '../synth.ts';
import { projectRoot } from './snapshot.ts';
import { MiB, gnuTime, round, type BuildMeasure } from './measure.ts';
import { routeTimes, type WeightSummary } from './weight.ts';
import { incrementalLines, type IncrementalResult } from './incremental.ts';

interface GrowthPoint {
  periods: number;
  reports: number;
  figures: number;
  build: BuildMeasure;
}

export interface BenchResult {
  complete: boolean;
  machine: Record<string, unknown>;
  options: { periods: number; seed: string; share: number; narratives?: 'short' | 'long'; limit?: number; steps: string[] };
  synthetic?: SynthStats;
  national?: BuildMeasure;
  baseline?: BuildMeasure;
  ratio?: { wallTime: number; pagesPerSecond: number; peakTreeRss: number; outputBytes: number };
  communePageWeight?: WeightSummary;
  growth?: GrowthPoint[];
  incremental?: IncrementalResult;
  /** The national output against the static hosts' limits (lines of hosts.ts's report). */
  hosts?: string[];
  notes?: string[];
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
export function mib(bytes: number): string {
  return `${(bytes / MiB).toFixed(1)} MiB`;
}

export function buildLine(b: BuildMeasure): string {
  const rss = `peak RSS ${b.peakTreeRssMiB} MiB (tree)${b.maxProcessRssMiB !== undefined ? `, ${b.maxProcessRssMiB} MiB (largest process)` : ''}`;
  return `${b.ok ? '' : 'FAILED '}${b.wallSeconds.toFixed(1)} s wall${b.cpuSeconds !== undefined ? ` (${b.cpuSeconds} s CPU)` : ''}, ${b.pages} pages, ${b.pagesPerSecond} pages/s, ${rss}, output ${mib(b.outputBytes)} in ${b.outputFiles} files`;
}

export function machineInfo(): Record<string, unknown> {
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

export const allSteps = ['national', 'weight', 'incremental', 'baseline', 'growth'] as const;

/** Results of several runs (e.g. one with the national build, one with the growth builds), earlier files first. */
export function mergeResults(results: BenchResult[]): BenchResult {
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

export function printReport(r: BenchResult): void {
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
    for (const line of incrementalLines(i, r.national?.wallSeconds)) console.log(line);
  }
  for (const n of r.notes ?? []) console.log(`\nNote: ${n}`);
}
