/**
 * Load every submission under content/ for the build. Any error stops the
 * build with the same report `npm run validate` prints; warnings travel with
 * the data. Loaded once per process (the integration and the content loaders
 * share it).
 */
import { createHash } from 'node:crypto';
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
}

const cache = new Map<string, LoadedData>();

export function loadDataset(root: string = process.cwd(), contentDir = process.env.BDHVS_CONTENT_DIR ?? 'content'): LoadedData {
  const key = `${root}|${contentDir}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const files = collectFiles(root, [contentDir]).map((f) => ({
    ...f,
    // Submissions may live outside content/ (e.g. synthetic data); address them as if they were there.
    path:
      contentDir === 'content' ? f.path : f.path.replace(new RegExp(`^${contentDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`), 'content/'),
  }));
  const { dataset, problems } = checkSubmissions(files);
  if (hasErrors(problems)) throw new SubmissionError(problems);
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(f.path).update('\0').update(f.bytes).update('\0');
  }
  const loaded = { dataset, problems, version: hash.digest('hex').slice(0, 12) };
  cache.set(key, loaded);
  return loaded;
}

/** The data version of the current content (see LoadedData.version). */
export function dataVersion(): string {
  return loadDataset().version;
}
