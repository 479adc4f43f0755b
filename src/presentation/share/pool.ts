/**
 * Render share images in worker threads, into the PNG cache, while the main
 * thread does something else (in a build: Astro rendering the pages).
 *
 * Rasterising a 1200×630 card takes about 30 ms, and a national site has
 * over 6,000 of them: rendered inline by Astro's single-threaded page loop
 * they took half of the build. Here they run on the other cores, and only
 * images missing from the cache are rendered at all, so a rebuild after one
 * commune changes renders that commune's two images.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ShareImageJob } from './jobs.ts';
import { cacheFile, shareCacheDir } from './render.ts';
import type { ShareWorkerJob, ShareWorkerReply } from './worker.ts';

export interface ShareRendering {
  /** The cache file of each job, by its path. */
  files: ReadonlyMap<string, string>;
  /** Distinct images, how many were already in the cache, and how many are being rendered. */
  stats: { images: number; cached: number; rendered: number };
  /** Wait until every image is in the cache (worker threads are added up to `workers`). */
  finish(workers?: number): Promise<void>;
  /** Stop the worker threads without waiting. */
  stop(): Promise<void>;
}

/** Worker threads to use beside a busy main thread: BDHVS_SHARE_WORKERS, else one less than the cores (at least 1). */
export function backgroundWorkers(): number {
  const fromEnv = Number(process.env.BDHVS_SHARE_WORKERS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return Math.max(1, availableParallelism() - 1);
}

const workerUrl = new URL('./worker.ts', import.meta.url);

/**
 * Start rendering the images of `jobs` that are not in the cache. Threads are
 * unreferenced until finish() is called, so they never keep a failed build's
 * process alive.
 */
export function startShareRendering(jobs: readonly ShareImageJob[], o: { cacheDir?: string; workers?: number } = {}): ShareRendering {
  const cacheDir = o.cacheDir ?? shareCacheDir();
  const files = new Map<string, string>();
  const queue: ShareWorkerJob[] = [];
  const seen = new Set<string>();
  let cached = 0;
  for (const job of jobs) {
    const file = cacheFile(job.svg, cacheDir);
    files.set(job.path, file);
    if (seen.has(file)) continue;
    seen.add(file);
    if (existsSync(file)) cached++;
    else queue.push({ svg: job.svg, file });
  }
  const stats = { images: seen.size, cached, rendered: queue.length };

  const threads = new Set<Worker>();
  // Threads this module ended itself: their exit is not a failure.
  const retired = new WeakSet<Worker>();
  const retire = (t: Worker) => {
    retired.add(t);
    threads.delete(t);
    void t.terminate();
  };
  let pending = queue.length;
  let failure: Error | undefined;
  let settle: { resolve: () => void; reject: (e: Error) => void } | undefined;
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  // Observed here so that a failure before finish() is not an unhandled rejection; finish() reports it.
  done.catch(() => {});
  if (pending === 0) settle!.resolve();

  const fail = (e: Error) => {
    failure ??= e;
    queue.length = 0;
    for (const t of [...threads]) retire(t);
    settle!.reject(failure);
  };

  const spawn = (referenced: boolean) => {
    if (queue.length === 0 || failure) return;
    const worker = new Worker(workerUrl);
    if (!referenced) worker.unref();
    threads.add(worker);
    const next = () => {
      const job = queue.shift();
      if (!job) return retire(worker);
      worker.postMessage(job);
    };
    worker.on('message', (reply: ShareWorkerReply) => {
      if (!reply.ok) return fail(new Error(`Share image could not be rendered: ${reply.error}`));
      if (--pending === 0) settle!.resolve();
      next();
    });
    worker.on('error', (e) => fail(e));
    worker.on('exit', (code) => {
      threads.delete(worker);
      if (!retired.has(worker) && pending > 0 && !failure) fail(new Error(`A share-image worker stopped (exit code ${code}).`));
    });
    next();
  };

  const initial = Math.min(o.workers ?? backgroundWorkers(), queue.length);
  for (let i = 0; i < initial; i++) spawn(false);

  return {
    files,
    stats,
    async finish(workers = availableParallelism()) {
      for (const t of threads) t.ref();
      for (let i = threads.size; i < workers && queue.length > 0; i++) spawn(true);
      await done;
    },
    async stop() {
      queue.length = 0;
      const running = [...threads];
      running.forEach((t) => retired.add(t));
      await Promise.all(running.map((t) => t.terminate()));
    },
  };
}
