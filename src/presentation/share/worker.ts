/**
 * A worker thread of the share-image pool (pool.ts): renders one SVG
 * at a time into the PNG cache. Runs as plain Node (type stripping), outside
 * Vite, so it imports only modules without Astro virtual modules.
 */
import { parentPort } from 'node:worker_threads';
import { renderPng, writeCacheFile } from './render.ts';

export interface ShareWorkerJob {
  svg: string;
  file: string;
}
export type ShareWorkerReply = { ok: true } | { ok: false; error: string };

parentPort?.on('message', (job: ShareWorkerJob) => {
  let reply: ShareWorkerReply;
  try {
    writeCacheFile(job.file, renderPng(job.svg));
    reply = { ok: true };
  } catch (e) {
    reply = { ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort!.postMessage(reply);
});
