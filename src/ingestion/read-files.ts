/** File-system side of ingestion: collect submission files under paths. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { SubmittedFile } from './submissions.ts';

/**
 * Every file under the given paths (files or folders), relative to root; names starting with a dot are
 * hidden files of the system and skipped. Not only .csv and .mdx: checkSubmissions reads a tab-separated
 * .txt table and names every other file as not used, so nothing put in content/ is skipped silently.
 */
export function collectFiles(root: string, paths: readonly string[]): SubmittedFile[] {
  const out: SubmittedFile[] = [];
  const walk = (abs: string) => {
    const st = statSync(abs);
    if (st.isDirectory()) {
      for (const name of readdirSync(abs).sort()) if (!name.startsWith('.')) walk(join(abs, name));
    } else {
      out.push({ path: relative(root, abs).split(sep).join('/'), bytes: readFileSync(abs) });
    }
  };
  for (const p of paths) walk(resolve(root, p));
  return out;
}
