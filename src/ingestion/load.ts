/**
 * Load every submission under content/ for the build. Any error stops the
 * build with the same report `npm run validate` prints; warnings travel with
 * the data. Loaded once per process (the integration and the site model,
 * src/presentation/site-model.ts, share it).
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { collectContentFolder } from './read-files.ts';
import { formatReport, hasErrors, type Problem } from '../domain/problems/index.ts';
import { checkSubmissions } from './submissions.ts';
import type { Dataset } from '../domain/dataset.ts';

export class SubmissionError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`Dữ liệu gửi lên có lỗi, không thể dựng trang. / Submissions have errors; the site was not built.\n${formatReport(problems)}`);
    this.name = 'SubmissionError';
    this.problems = problems;
  }
}

export interface LoadedData {
  dataset: Dataset;
  problems: readonly Problem[];
  /** Content hash of every input file: shown in the footer and in downloads. */
  version: string;
  /** Generated test data (a SYNTHETIC marker file in the content folder): every page says so. */
  synthetic: boolean;
}

/**
 * Shared by every copy of this module in the process: Astro loads the integration and the prerendered pages as
 * separate module graphs, and each would otherwise parse the whole dataset again.
 */
interface SharedState {
  datasets: Map<string, LoadedData>;
  fingerprints: Map<string, { version: string; synthetic: boolean }>;
  problemCounts: Map<string, ReadonlyMap<string, number>>;
}
const shared = ((globalThis as { [k: symbol]: SharedState })[Symbol.for('bdhvs.load')] ??= {
  datasets: new Map(),
  fingerprints: new Map(),
  problemCounts: new Map(),
});
const cache = shared.datasets;
const keyOf = (root: string, contentDir: string) => `${resolve(root)}|${resolve(root, contentDir)}`;
const defaultDir = () => process.env.BDHVS_CONTENT_DIR ?? 'content';

function readContent(root: string, contentDir: string) {
  // Files are addressed as content/…, wherever the folder is (synthetic data lives outside the repo).
  const files = collectContentFolder(resolve(root, contentDir));
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(f.path).update('\0').update(f.bytes).update('\0');
  }
  const synthetic = existsSync(resolve(root, contentDir, 'SYNTHETIC'));
  return { files, version: hash.digest('hex').slice(0, 12), synthetic };
}

function check(root: string, contentDir: string): LoadedData {
  const { files, version, synthetic } = readContent(root, contentDir);
  // Synthetic periods may lie ahead of the calendar; real submissions dated after today are refused.
  const { dataset, problems } = checkSubmissions(files, { requirePairs: true, ...(synthetic ? { today: false as const } : {}) });
  if (hasErrors(problems)) throw new SubmissionError(problems);
  return { dataset, problems, version, synthetic };
}

export function loadDataset(root: string = process.cwd(), contentDir = defaultDir()): LoadedData {
  const key = keyOf(root, contentDir);
  const hit = cache.get(key);
  if (hit) return hit;
  const loaded = check(root, contentDir);
  cache.set(key, loaded);
  shared.fingerprints.set(key, { version: loaded.version, synthetic: loaded.synthetic });
  shared.problemCounts.set(key, countProblems(loaded.problems));
  return loaded;
}

function countProblems(problems: readonly Problem[]): ReadonlyMap<string, number> {
  const m = new Map<string, number>();
  for (const p of problems) m.set(p.code, (m.get(p.code) ?? 0) + 1);
  return m;
}

/**
 * Forget the loaded datasets. The integration calls it once the site model (src/presentation/site-model.ts) is
 * built: the model holds no narrative text, a national dataset is hundreds of MB, and the build should not hold
 * both while rendering pages.
 */
export function releaseDataset(): void {
  cache.clear();
}

/** The data version and synthetic marker without parsing anything (pages need them, not the data). */
function fingerprint(root: string = process.cwd(), contentDir = defaultDir()) {
  const key = keyOf(root, contentDir);
  let f = shared.fingerprints.get(key);
  if (!f) {
    const { version, synthetic } = readContent(root, contentDir);
    shared.fingerprints.set(key, (f = { version, synthetic }));
  }
  return f;
}

/** Digest of a narrative as checked: the site model carries it instead of the text (see narrativeOf). */
export function narrativeDigest(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/**
 * The narrative of a checked report or model, read again from its file when a page needs it.
 *
 * Narratives are most of a national site's input (the seed reports run 15-80 KB of text; 10,000 documents are
 * hundreds of MB), so the site model (src/presentation/site-model.ts) holds each narrative's digest, and the page
 * reads the text here. The text goes through the same checks as at the start of the build, and must have the same
 * digest: a file edited while the build runs stops the build instead of publishing something that was not checked.
 */
export function narrativeOf(file: string, digest: string, root: string = process.cwd(), contentDir = defaultDir()): string {
  if (!file.startsWith('content/')) throw new Error(`narrativeOf: ${file} is not under content/`);
  const abs = resolve(root, contentDir, file.slice('content/'.length));
  const changed = () =>
    new Error(
      `Tệp ${file} đã thay đổi trong khi đang dựng trang: hãy dựng lại. / ${file} changed while the site was being built: build again.`,
    );
  if (!existsSync(abs) || !lstatSync(abs).isFile()) throw changed();
  const { dataset } = checkSubmissions([{ path: file, bytes: readFileSync(abs) }], { requirePairs: false, today: false });
  const entry = [...dataset.reports, ...dataset.models].find((e) => e.file === file);
  if (!entry || narrativeDigest(entry.body) !== digest) throw changed();
  return entry.body;
}

/** Whether the content being built is synthetic (see LoadedData.synthetic). */
export function isSynthetic(): boolean {
  return fingerprint().synthetic;
}

/** The data version of the current content (see LoadedData.version). */
export function dataVersion(): string {
  return fingerprint().version;
}

/** How many times each problem code occurs in the current content (kept when the dataset is released). */
export function problemCounts(root: string = process.cwd(), contentDir = defaultDir()): ReadonlyMap<string, number> {
  const key = keyOf(root, contentDir);
  let counts = shared.problemCounts.get(key);
  if (!counts) shared.problemCounts.set(key, (counts = countProblems(check(root, contentDir).problems)));
  return counts;
}
