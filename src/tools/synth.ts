/**
 * `npm run synth -- --out <dir> [--periods N] [--share 0.9] [--seed S] [--limit N] [--narratives short|long]`
 *
 * Writes synthetic national submissions in the real contract
 * (docs/data-contract.md) for the real registry of 3,321 units: one report
 * (MDX + CSV) per period per reporting commune, models, targets, every
 * qualifier and value form and a small share of data-quality warnings. The
 * output is for measuring and testing the build; it is never committed.
 *
 * - Deterministic: every random choice comes from a PRNG seeded by the seed
 *   (and, per commune, its code), never Math.random or the clock, so the same
 *   arguments give byte-identical files.
 * - A `SYNTHETIC` marker file is written at the root of <dir>; the build then
 *   labels every page "Dữ liệu mô phỏng / synthetic data" (src/ingestion/load.ts).
 * - Build from it: BDHVS_CONTENT_DIR=<dir> BDHVS_CACHE_DIR=<cache> astro build --outDir <out>
 *
 * This file is the command line and the writer; the generator is in synth/: rng.ts (seeded PRNG), figures.ts
 * (commune profiles, true figures, figures written as communes write them), world.ts (options, periods, phrase
 * banks), documents.ts (one report or model), narrative.ts (long narratives), generate.ts (the whole tree).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generate, type SynthStats } from './synth/generate.ts';
import type { SynthOptions } from './synth/world.ts';

export { generate, type SynthStats } from './synth/generate.ts';
export { plantedWarnings, qualifierForms, thousands, valueForms } from './synth/figures.ts';
export { Rng } from './synth/rng.ts';
export type { SynthOptions } from './synth/world.ts';

/** Write the synthetic tree to `dir` (which must be empty, absent, or an earlier synthetic output). */
export function writeSynthetic(dir: string, options: SynthOptions): SynthStats {
  const out = resolve(dir);
  const repoContent = resolve(dirname(fileURLToPath(import.meta.url)), '../../content');
  if (out === repoContent || !relative(repoContent, out).startsWith('..')) {
    throw new Error(`Refusing to write synthetic data under ${repoContent}: it must never be committed.`);
  }
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(join(out, 'SYNTHETIC'))) throw new Error(`${out} is not empty and has no SYNTHETIC marker; refusing to overwrite it.`);
    rmSync(out, { recursive: true, force: true });
  }
  const { files, stats } = generate(options);
  for (const [path, text] of files) {
    const file = join(out, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return stats;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      periods: { type: 'string', default: '2' },
      share: { type: 'string', default: '0.9' },
      seed: { type: 'string', default: '1' },
      limit: { type: 'string' },
      narratives: { type: 'string', default: 'short' },
    },
    strict: true,
  });
  if (values.narratives !== 'short' && values.narratives !== 'long') {
    console.error('--narratives must be "short" or "long"');
    process.exit(2);
  }
  if (!values.out) {
    console.error('Usage: npm run synth -- --out <dir> [--periods N] [--share 0.9] [--seed S] [--limit N] [--narratives short|long]');
    process.exit(2);
  }
  const options: SynthOptions = {
    seed: values.seed,
    periods: Number(values.periods),
    share: Number(values.share),
    ...(values.limit !== undefined ? { limit: Number(values.limit) } : {}),
    narratives: values.narratives,
  };
  const stats = writeSynthetic(values.out, options);
  console.log(
    `Synthetic data in ${resolve(values.out)}: ${stats.units} units (${stats.reportingUnits} with reports), ${stats.reports} reports, ${stats.figures} figures, ${stats.models} models.`,
  );
  console.log(`Build: BDHVS_CONTENT_DIR=${resolve(values.out)} BDHVS_CACHE_DIR=<cache> node_modules/.bin/astro build --outDir <out>`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
