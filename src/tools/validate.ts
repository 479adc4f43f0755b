/**
 * `npm run validate [paths…]`: check submissions the way the build does and
 * print every problem with its file, line and column. Exit code 1 on errors.
 * With no paths, checks the whole content/ folder.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatReport } from '../ingestion/problems.ts';
import { collectFiles } from '../ingestion/read-files.ts';
import { checkSubmissions, hasErrors } from '../ingestion/submissions.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const paths = args.length > 0 ? args : ['content'];
for (const p of paths) {
  if (!existsSync(resolve(root, p))) {
    console.error(`Không tìm thấy "${p}" / Path not found: ${p}`);
    process.exit(2);
  }
}
// When named files are checked one by one, a CSV without its .mdx is not an error yet.
const requirePairs = paths.every((p) => statSync(resolve(root, p)).isDirectory());
const files = collectFiles(root, paths);
// Synthetic data (a SYNTHETIC marker in a folder checked) simulates periods that may lie ahead of the calendar.
const synthetic = paths.some((p) => statSync(resolve(root, p)).isDirectory() && existsSync(resolve(root, p, 'SYNTHETIC')));
const { dataset, problems } = checkSubmissions(files, { requirePairs, ...(synthetic ? { today: false as const } : {}) });
if (problems.length > 0) console.log(formatReport(problems));
const figures = dataset.reports.reduce((n, r) => n + r.figures.length, 0);
console.log(
  `Đã kiểm tra ${files.length} tệp: ${dataset.reports.length} báo cáo, ${figures} số liệu, ${dataset.models.length} mô hình. / Checked ${files.length} files: ${dataset.reports.length} reports, ${figures} figures, ${dataset.models.length} models.`,
);
process.exit(hasErrors(problems) ? 1 : 0);
