/**
 * `npm run validate [paths…]`: check submissions the way the build does and
 * print every problem with its file, line and column. Exit code 1 on errors.
 * With no paths, checks the whole content/ folder.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { collectContentFolder, collectFiles } from '../ingestion/read-files.ts';
import { checkSubmissions } from '../ingestion/submissions.ts';
import { hasErrors } from '../domain/problems/index.ts';
import { validateText } from '../ingestion/validate-report.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const paths = args.length > 0 ? args : [process.env.BDHVS_CONTENT_DIR ?? 'content'];
for (const p of paths) {
  if (!existsSync(resolve(root, p))) {
    console.error(`Không tìm thấy "${p}" / Path not found: ${p}`);
    process.exit(2);
  }
}
// When named files are checked one by one, a CSV without its .mdx is not an error yet.
const requirePairs = paths.every((p) => statSync(resolve(root, p)).isDirectory());
/**
 * A content folder (one with reports/ or models/ in it) is read the way the build reads it, wherever it is: its
 * files are addressed as content/…, so models find their reports beside them; messages show its real path.
 */
const isContentRoot = (abs: string) => statSync(abs).isDirectory() && (existsSync(join(abs, 'reports')) || existsSync(join(abs, 'models')));
const shown = new Map<string, string>();
const files = paths.flatMap((p) => {
  const abs = resolve(root, p);
  if (!isContentRoot(abs) || abs === resolve(root, 'content')) return collectFiles(root, [p]);
  const prefix = `${relative(root, abs).split('\\').join('/') || '.'}/`;
  const files = collectContentFolder(abs);
  for (const f of files) shown.set(f.path, `${prefix}${f.path.slice('content/'.length)}`);
  return files;
});
// Synthetic data (a SYNTHETIC marker in a folder checked) simulates periods that may lie ahead of the calendar.
const synthetic = paths.some((p) => statSync(resolve(root, p)).isDirectory() && existsSync(resolve(root, p, 'SYNTHETIC')));
const checked = checkSubmissions(files, { requirePairs, ...(synthetic ? { today: false as const } : {}) });
const { dataset } = checked;
const problems = checked.problems.map((p) => (shown.has(p.file) ? { ...p, file: shown.get(p.file)! } : p));
// The last line is always the count, "0 lỗi, N cảnh báo" on a clean run, as the guide promises.
console.log(validateText(files.length, { dataset, problems }));
process.exit(hasErrors(problems) ? 1 : 0);
