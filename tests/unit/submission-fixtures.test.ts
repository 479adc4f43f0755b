/**
 * The validator's exact output for each submission case in tests/fixtures/submissions/<case>/: `files/` holds what
 * a commune would submit (a content folder: reports/<code>-<name>/…), `expected.txt` exactly what
 * `npm run validate tests/fixtures/submissions/<case>/files` prints. Each case runs through the functions that
 * command runs (src/tools/validate.ts: collectContentFolder, checkSubmissions, validateText, with the file names
 * shown by their real path), in process; one case also runs the command itself, to prove both print the same.
 * Exit codes: 1 when the last line counts errors, else 0.
 *
 * A case is added by making its folder with `files/` in it; after a deliberate change to the checks or their
 * messages, regenerate every expected.txt and read the diff before committing:
 *
 *   UPDATE_EXPECTED=1 npx vitest run --project unit tests/unit/submission-fixtures.test.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectContentFolder } from '../../src/ingestion/read-files.ts';
import { checkSubmissions } from '../../src/ingestion/submissions.ts';
import { hasErrors } from '../../src/domain/problems/index.ts';
import { validateText } from '../../src/ingestion/validate-report.ts';

const root = resolve(import.meta.dirname, '../..');
const node = join(root, 'node_modules/.bin/node');
const casesDir = 'tests/fixtures/submissions';
const update = process.env.UPDATE_EXPECTED === '1';
const cases = readdirSync(join(root, casesDir)).sort();

/** What `npm run validate <folder>` prints for a content folder, and its exit code (src/tools/validate.ts). */
function validate(folder: string): { out: string; code: number } {
  const files = collectContentFolder(join(root, folder));
  const { dataset, problems } = checkSubmissions(files, { requirePairs: true });
  const shown = problems.map((p) => (p.file.startsWith('content/') ? { ...p, file: `${folder}/${p.file.slice('content/'.length)}` } : p));
  return { out: `${validateText(files.length, { dataset, problems: shown })}\n`, code: hasErrors(problems) ? 1 : 0 };
}

/** The command itself. */
function validateCommand(folder: string): { out: string; code: number } {
  try {
    return { out: execFileSync(node, [join(root, 'src/tools/validate.ts'), folder], { cwd: root, encoding: 'utf8' }), code: 0 };
  } catch (e) {
    const err = e as { stdout: string; status: number };
    return { out: err.stdout, code: err.status };
  }
}
describe('npm run validate on each submission case', () => {
  it('has the cases the guide describes', () => {
    expect(cases).toEqual([
      'bad-number',
      'clean-report',
      'duplicate-rows',
      'orphan-table',
      'plan-targets',
      'qualifiers',
      'target-without-year',
      'unknown-indicator',
      'unsafe-mdx',
      'wrong-date',
      'xlsx',
    ]);
  });

  it.each(cases)('%s', (name) => {
    const dir = join(root, casesDir, name);
    expect(existsSync(join(dir, 'files')), `${name}/files`).toBe(true);
    const { out, code } = validate(`${casesDir}/${name}/files`);
    const expectedFile = join(dir, 'expected.txt');
    if (update) writeFileSync(expectedFile, out);
    expect(out).toBe(readFileSync(expectedFile, 'utf8'));
    const last = out.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(/^\d+ lỗi, \d+ cảnh báo/);
    expect(code).toBe(last.startsWith('0 lỗi') ? 0 : 1);
  });

  it('prints the same as the command itself', { timeout: 30_000 }, () => {
    for (const name of ['unsafe-mdx', 'clean-report']) {
      const folder = `${casesDir}/${name}/files`;
      expect(validateCommand(folder)).toEqual(validate(folder));
    }
  });
});
