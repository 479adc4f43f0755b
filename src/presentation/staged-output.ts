/**
 * Build output written to a staging folder and published in one step, so a
 * build that fails leaves the previous output exactly as it was.
 */
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The staging folder of an output folder: a hidden sibling (same file system, so publishing is a rename). */
export function stagingDir(target: string): string {
  const clean = target.replace(/[/\\]+$/, '');
  return join(dirname(clean), `.${basename(clean)}.building`);
}

/**
 * Replace `target` with `staging`: the old output is moved aside, the new one renamed into place, then the
 * old one removed. Where a rename is impossible (the target is a mount point, another file system), the
 * target's contents are replaced by a copy instead.
 */
export function publishStaged(staging: string, target: string): void {
  const clean = target.replace(/[/\\]+$/, '');
  const old = `${stagingDir(clean)}.old`;
  rmSync(old, { recursive: true, force: true });
  try {
    if (existsSync(clean)) renameSync(clean, old);
    renameSync(staging, clean);
  } catch {
    // Put back what was moved aside, then copy over the contents instead.
    if (!existsSync(clean) && existsSync(old)) renameSync(old, clean);
    for (const entry of existsSync(clean) ? readdirSync(clean) : []) rmSync(join(clean, entry), { recursive: true, force: true });
    cpSync(staging, clean, { recursive: true });
    rmSync(staging, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}
