/**
 * `npm run bench [-- --periods 4 --narratives long|short --seed 1 --share 0.9 --steps national,weight,incremental,baseline,growth
 *                  --growth-periods 1,2,4 --no-growth --no-incremental --sample --keep --limit N --json <file>]`
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
 * after one commune's CSV changes (pages rendered vs reused from Astro's
 * incremental cache, and its time as a share of the full build's).
 * `--sample --steps national,incremental` runs those two steps on the bundled
 * sample content instead, in seconds: a check of the bench, not a measure.
 *
 * Every build runs in a private snapshot of the project under the temporary
 * folder (node_modules linked, not copied): Astro writes `.astro/` (content
 * modules, and prerender chunks when --outDir is outside the working
 * directory) and Vite its dependency cache under the project root, so builds
 * run from the shared work tree at the same time would overwrite each other's
 * files. Nothing is written to dist/ or content/.
 *
 * This file is the command line; the benchmark is in bench/: run.ts (the steps), snapshot.ts (private project
 * copies), measure.ts (one build), weight.ts (page weights, route times), hosts.ts (static hosts' limits),
 * report.ts (results, merging, the printed report).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from './bench/run.ts';

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
