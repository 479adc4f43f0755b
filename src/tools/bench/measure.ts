/**
 * One build, measured: wall and CPU time, peak RSS of the whole process tree, pages and output size.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { astroCli, nodeBin, projectRoot } from './snapshot.ts';

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

export const MiB = 1024 * 1024;
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

interface BuildRun {
  label: string;
  /** Project root to build (passed as --root; also the working directory). */
  root: string;
  outDir: string;
  env: Record<string, string>;
  logFile: string;
}

export const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

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

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
