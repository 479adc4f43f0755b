/**
 * The incremental rebuild in numbers: how many pages and endpoints Astro rendered and how many it reused from its
 * incremental cache (experimental.incrementalBuild; each keyed by its inputs, src/presentation/page-inputs.ts),
 * read from the build's log, where every generated file has one line: `├─ /path/index.html (+12ms)` when it was
 * rendered, `(cached)` or `(restored)` when it was reused.
 */
import type { BuildMeasure } from './measure.ts';

export interface RenderCounts {
  rendered: number;
  reused: number;
}

// Astro colours its log only on a terminal; the codes are removed in case one was forced.
// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;]*m/g;

/** Pages and endpoints rendered and reused, from an `astro build` log. */
export function renderCounts(log: string): RenderCounts {
  let rendered = 0;
  let reused = 0;
  for (const raw of log.split('\n')) {
    const line = raw.replace(ansi, '');
    if (!/[├└]─ \S/.test(line)) continue;
    if (/\((cached|restored)\)\s*$/.test(line)) reused++;
    else if (/\(\+[\d.]+m?s\)/.test(line)) rendered++;
  }
  return { rendered, reused };
}

export interface IncrementalResult {
  changedFile: string;
  change: string;
  build: BuildMeasure;
  /** Pages and endpoints of the full build before the change, and of the rebuild after it. */
  full?: RenderCounts;
  rebuild?: RenderCounts;
  /** The rebuild's wall time as a share of the full build's, in per cent. */
  percentOfFull?: number;
}

/** The report's lines for the incremental step. */
export function incrementalLines(i: IncrementalResult, fullSeconds: number | undefined): string[] {
  const lines: string[] = [];
  if (i.full && i.rebuild) {
    lines.push(
      `  pages and endpoints rendered ${i.rebuild.rendered}, reused ${i.rebuild.reused} (the full build rendered ${i.full.rendered})`,
    );
  }
  if (fullSeconds !== undefined) {
    const pct = (i.build.wallSeconds / fullSeconds) * 100;
    lines.push(
      `  rebuild ${i.build.wallSeconds.toFixed(1)} s = ${pct.toFixed(1)} % of the full build's ${fullSeconds.toFixed(1)} s (budget 15 %)`,
    );
  }
  return lines;
}
