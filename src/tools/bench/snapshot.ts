/**
 * A private copy of the project for each build (node_modules linked, not copied), so that builds running at the
 * same time never share Astro's and Vite's caches under the project root.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../../..');
export const nodeBin = join(projectRoot, 'node_modules/.bin/node');
export const astroCli = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/** Top-level entries never copied into a snapshot (outputs, caches, history, tests). */
const notCopied = new Set([
  '.git',
  'node_modules',
  '.astro',
  'dist',
  'artifacts',
  'synthetic',
  'bench-results',
  'test-results',
  'tests',
  'bench',
]);

/**
 * Link every package of `from` into a real node_modules folder at `to`: modules resolve to the
 * shared install, while Vite's cache (node_modules/.vite) stays private to the snapshot.
 */
function linkNodeModules(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name === '.vite' || name === '.cache' || name === '.astro') continue;
    symlinkSync(join(from, name), join(to, name));
  }
}

/** Copy the project's sources (as they are in the work tree now) to `dir`, with linked node_modules. */
export function snapshotProject(dir: string, source = projectRoot): string {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(source)) {
    if (notCopied.has(name) || name.startsWith('dist')) continue;
    cpSync(join(source, name), join(dir, name), { recursive: true });
  }
  linkNodeModules(join(source, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** The baseline project (bench/baseline), copied the same way. */
export function snapshotBaseline(dir: string): string {
  cpSync(join(projectRoot, 'bench/baseline'), dir, {
    recursive: true,
    filter: (src) => !/[\\/](\.astro|node_modules)([\\/]|$)/.test(relative(projectRoot, src)),
  });
  linkNodeModules(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
