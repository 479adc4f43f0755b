/** File-system side of ingestion: collect submission files under paths. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { SubmittedFile } from './submissions.ts';
import { attachWorkbooks } from './xlsx-node.ts';

const submissionExt = /\.(csv|mdx|xlsx)$/i;

/** All .csv, .xlsx and .mdx files (workbooks read, see xlsx-node.ts) under the given paths (files or folders), relative to root. */
export function collectFiles(root: string, paths: readonly string[]): SubmittedFile[] {
  const out: SubmittedFile[] = [];
  const walk = (abs: string) => {
    const st = statSync(abs);
    if (st.isDirectory()) {
      for (const name of readdirSync(abs).sort()) if (!name.startsWith('.')) walk(join(abs, name));
    } else if (submissionExt.test(abs)) {
      out.push({ path: relative(root, abs).split(sep).join('/'), bytes: readFileSync(abs) });
    }
  };
  for (const p of paths) walk(resolve(root, p));
  return attachWorkbooks(out);
}
