/**
 * `npm run validate [paths…]`: check submissions the way the build does and
 * print every problem with its file, line and column. Exit code 1 on errors.
 * With no paths, checks the whole content/ folder.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { collectFiles } from '../ingestion/read-files.ts';
import { checkSubmissions, hasErrors } from '../ingestion/submissions.ts';
import { validateText } from '../ingestion/validate-report.ts';

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
const result = checkSubmissions(files, { requirePairs });
console.log(validateText(files.length, result));
process.exit(hasErrors(result.problems) ? 1 : 0);
