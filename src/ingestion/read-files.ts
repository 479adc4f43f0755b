/**
 * File-system side of ingestion: collect submission files under paths. Only regular files and folders are read:
 * a symbolic link (to /dev/zero, /etc/passwd, a folder outside content/ …), a device or a pipe is reported, never
 * followed, and a file above the size limit is reported without being read.
 */
import { closeSync, lstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { limits } from '../domain/schemas.ts';
import type { SubmittedFile } from './submissions.ts';
import { attachWorkbooks } from './xlsx-node.ts';

/** Files whose content ingestion reads; any other file is only named (as not used), never read. */
const readExt = /\.(csv|mdx|txt|xlsx)$/i;

/** Read at most limit + 1 bytes: enough to know a file is too large without reading all of it. */
function readBounded(abs: string, size: number): Uint8Array {
  const want = Math.min(size, limits.fileBytes + 1);
  const buf = Buffer.alloc(want);
  const fd = openSync(abs, 'r');
  try {
    let got = 0;
    while (got < want) {
      const n = readSync(fd, buf, got, want - got, got);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/**
 * Every file under the given paths (files or folders), relative to root; names starting with a dot are hidden
 * files of the system and skipped. Not only .csv and .mdx: checkSubmissions reads a tab-separated .txt table and
 * names every other file as not used, so nothing put in content/ is skipped silently.
 */
export function collectFiles(root: string, paths: readonly string[]): SubmittedFile[] {
  const out: SubmittedFile[] = [];
  const rel = (abs: string) => relative(root, abs).split(sep).join('/');
  const walk = (abs: string, st: Stats) => {
    if (st.isSymbolicLink()) {
      out.push({ path: rel(abs), bytes: new Uint8Array(0), refused: 'file.symlink' });
    } else if (st.isDirectory()) {
      for (const name of readdirSync(abs).sort()) if (!name.startsWith('.')) walk(join(abs, name), lstatSync(join(abs, name)));
    } else if (!st.isFile()) {
      out.push({ path: rel(abs), bytes: new Uint8Array(0), refused: 'file.not-regular' });
    } else if (!readExt.test(abs)) {
      out.push({ path: rel(abs), bytes: new Uint8Array(0) });
    } else {
      if (st.size > limits.fileBytes) {
        out.push({ path: rel(abs), bytes: new Uint8Array(0), refused: 'file.too-large', size: st.size });
      } else {
        const bytes = readBounded(abs, st.size);
        // The file may have grown since it was measured.
        if (bytes.length > limits.fileBytes)
          out.push({ path: rel(abs), bytes: new Uint8Array(0), refused: 'file.too-large', size: bytes.length });
        else out.push({ path: rel(abs), bytes });
      }
    }
  };
  // A path named on the command line (or the content folder itself) may be a link; what is inside it may not.
  for (const p of paths) walk(resolve(root, p), statSync(resolve(root, p)));
  return attachWorkbooks(out);
}

/**
 * A content folder, wherever it is (synthetic data lives outside the repository), with its files addressed as
 * content/… the way the build addresses them: models then find their reports beside them.
 */
export function collectContentFolder(dir: string): SubmittedFile[] {
  return collectFiles(dir, ['.']).map((f) => ({ ...f, path: `content/${f.path}` }));
}
