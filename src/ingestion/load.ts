/**
 * Load every submission under content/ for the build. Any error stops the
 * build with the same report `npm run validate` prints; warnings travel with
 * the data. Loaded once per process (the integration and the content loaders
 * share it).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { collectFiles } from './read-files.ts';
import { formatReport, type Problem } from './problems.ts';
import { checkSubmissions, hasErrors, type Dataset } from './submissions.ts';

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

const cache = new Map<string, LoadedData>();

export function loadDataset(root: string = process.cwd(), contentDir = process.env.BDHVS_CONTENT_DIR ?? 'content'): LoadedData {
  const key = `${root}|${contentDir}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // Files are addressed as content/…, wherever the folder is (synthetic data lives outside the repo).
  const files = collectFiles(resolve(root, contentDir), ['.']).map((f) => ({ ...f, path: `content/${f.path}` }));
  const { dataset, problems } = checkSubmissions(files);
  if (hasErrors(problems)) throw new SubmissionError(problems);
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(f.path).update('\0').update(f.bytes).update('\0');
  }
  const synthetic = existsSync(resolve(root, contentDir, 'SYNTHETIC'));
  const loaded = { dataset, problems, version: hash.digest('hex').slice(0, 12), synthetic };
  cache.set(key, loaded);
  return loaded;
}

/** Whether the content being built is synthetic (see LoadedData.synthetic). */
export function isSynthetic(): boolean {
  return loadDataset().synthetic;
}

/** The data version of the current content (see LoadedData.version). */
export function dataVersion(): string {
  return loadDataset().version;
}
