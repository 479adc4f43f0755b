/**
 * The benchmark run: synthetic data, the national build, page weights, the incremental rebuild, the bare Astro
 * baseline and growth with the number of periods, saved step by step to the JSON file.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { registry } from '../../domain/registry.ts';
import { writeSynthetic } from '../synth.ts';
import { hostReport, listOutput, siteSegmentRule } from './hosts.ts';
import { projectRoot, snapshotBaseline, snapshotProject } from './snapshot.ts';
import { measureBuild, round } from './measure.ts';
import { weighCommunePages } from './weight.ts';
import { incrementalLines, renderCounts } from './incremental.ts';
import { allSteps, buildLine, machineInfo, mergeResults, printReport, type BenchResult } from './report.ts';

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

export async function main(): Promise<void> {
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
      // The bundled sample (content/) instead of national synthetic data: tries the national and incremental steps
      // in seconds (a check of the bench itself, not a measure of national scale).
      sample: { type: 'boolean', default: false },
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
    const sampleContent = () => {
      rmSync(dataFor(periods), { recursive: true, force: true });
      cpSync(join(projectRoot, 'content'), dataFor(periods), { recursive: true });
    };
    if (values.sample) result.notes!.push('Built from the bundled sample content (--sample), not national synthetic data.');
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
      if (values.sample) sampleContent();
      else {
        console.log(`\nGenerating national synthetic data: ${periods} periods, share ${share}, seed ${seed} …`);
        const stats = synth(periods);
        result.synthetic = stats;
        console.log(
          `  ${stats.units} units, ${stats.reportingUnits} with reports, ${stats.reports} reports, ${stats.figures} figures, ${stats.models} models`,
        );
      }
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
      // Pages and endpoints rendered vs reused (Astro's incremental cache), from the two builds' logs.
      const full = renderCounts(readFileSync(national.logFile, 'utf8'));
      const rebuild = renderCounts(readFileSync(build.logFile, 'utf8'));
      const percentOfFull = round((build.wallSeconds / national.wallSeconds) * 100, 1);
      result.incremental = { changedFile: change.file, change: change.change, build, full, rebuild, percentOfFull };
      for (const line of incrementalLines(result.incremental, national.wallSeconds)) console.log(line);
      save();
      // Restore the data for anything that follows.
      if (values.sample) sampleContent();
      else synth(periods);
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
