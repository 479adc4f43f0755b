/**
 * Does a built site fit the static hosts people actually use? Pure functions over the list of output files:
 * totals against each host's limits, the largest routes by bytes and by files, and which routes would have to
 * go (or be merged into fewer files) to fit Cloudflare Pages' free plan. Used by `npm run bench`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface OutputFile {
  /** Path relative to the output folder, with "/" separators. */
  path: string;
  bytes: number;
}

/** Published limits of the hosts a province or a newsroom would pick first (December 2026). */
export const staticHosts = [
  { name: 'GitHub Pages', maxBytes: 1024 ** 3, maxFiles: undefined },
  { name: 'GitLab Pages', maxBytes: 1024 ** 3, maxFiles: 200_000 },
  { name: 'Cloudflare Pages (free)', maxBytes: undefined, maxFiles: 20_000 },
  { name: 'Cloudflare Pages (paid)', maxBytes: undefined, maxFiles: 100_000 },
] as const;

export function listOutput(dir: string): OutputFile[] {
  const out: OutputFile[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) out.push({ path: relative(dir, p).split(sep).join('/'), bytes: statSync(p).size });
    }
  };
  walk(dir);
  return out;
}

/**
 * The route a file belongs to: variable segments (a province, a commune, a report, a model) as "*", the site's
 * own section names kept. A segment is variable when `isVariable` says so, or when it follows a variable one
 * under a section whose pages are named freely (models, reports).
 */
export function routeOf(path: string, isVariable: (segment: string) => boolean): string {
  const parts = path.split('/');
  let seenVariable = false;
  const out = parts.map((p, i) => {
    const last = i === parts.length - 1;
    if (last && p === 'index.html') return p;
    const name = last ? p.replace(/\.[^.]+$/, '') : p;
    const ext = last && p.includes('.') ? p.slice(p.lastIndexOf('.')) : '';
    const variable =
      isVariable(name) ||
      (seenVariable && (parts[0] === 'mo-hinh' || parts[0] === 'bao-cao' || parts[1] === 'mo-hinh' || parts[1] === 'bao-cao'));
    seenVariable ||= variable;
    return variable ? `*${ext}` : p;
  });
  return `/${out.join('/')}`;
}

/** Province slugs, and anything with a unit code or a document date in it, are variable segments. */
export function siteSegmentRule(provinceSlugs: ReadonlySet<string>): (segment: string) => boolean {
  return (s) => provinceSlugs.has(s) || /\d{5}/.test(s) || /^\d{4}(-\d{2}){0,2}-/.test(s);
}

export interface RouteSize {
  route: string;
  files: number;
  bytes: number;
}

export function routeSizes(files: readonly OutputFile[], isVariable: (segment: string) => boolean): RouteSize[] {
  const by = new Map<string, RouteSize>();
  for (const f of files) {
    const route = routeOf(f.path, isVariable);
    const r = by.get(route) ?? { route, files: 0, bytes: 0 };
    r.files++;
    r.bytes += f.bytes;
    by.set(route, r);
  }
  return [...by.values()];
}

export interface HostFit {
  host: string;
  fits: boolean;
  bytes?: { used: number; limit: number };
  files?: { used: number; limit: number };
}

export function hostFits(totalBytes: number, totalFiles: number): HostFit[] {
  return staticHosts.map((h) => ({
    host: h.name,
    fits: (h.maxBytes === undefined || totalBytes <= h.maxBytes) && (h.maxFiles === undefined || totalFiles <= h.maxFiles),
    ...(h.maxBytes !== undefined ? { bytes: { used: totalBytes, limit: h.maxBytes } } : {}),
    ...(h.maxFiles !== undefined ? { files: { used: totalFiles, limit: h.maxFiles } } : {}),
  }));
}

/**
 * The fewest routes (largest by file count first) whose files would have to be removed or merged into one file
 * each for the site to have at most `limit` files. Empty when it already fits.
 */
export function routesToDrop(routes: readonly RouteSize[], totalFiles: number, limit: number): RouteSize[] {
  const out: RouteSize[] = [];
  let files = totalFiles;
  for (const r of [...routes].sort((a, b) => b.files - a.files || a.route.localeCompare(b.route))) {
    if (files <= limit) break;
    out.push(r);
    files -= r.files - 1;
  }
  return files <= limit ? out : [];
}

export function hostReport(files: readonly OutputFile[], isVariable: (segment: string) => boolean, top = 8): string[] {
  const totalBytes = files.reduce((s, f) => s + f.bytes, 0);
  const routes = routeSizes(files, isVariable);
  const mib = (b: number) => `${(b / 1024 ** 2).toFixed(1)} MiB`;
  const lines = [`Output: ${files.length} files, ${mib(totalBytes)}`];
  for (const h of hostFits(totalBytes, files.length)) {
    const parts = [
      h.bytes ? `${mib(h.bytes.used)} of ${mib(h.bytes.limit)}` : '',
      h.files ? `${h.files.used} of ${h.files.limit} files` : '',
    ].filter(Boolean);
    lines.push(`  ${h.fits ? 'fits   ' : 'EXCEEDS'} ${h.host}: ${parts.join(', ')}`);
  }
  lines.push('Largest routes by bytes:');
  for (const r of [...routes].sort((a, b) => b.bytes - a.bytes).slice(0, top)) {
    lines.push(`  ${mib(r.bytes).padStart(10)}  ${String(r.files).padStart(6)} files  ${r.route}`);
  }
  lines.push('Largest routes by files:');
  for (const r of [...routes].sort((a, b) => b.files - a.files).slice(0, top)) {
    lines.push(`  ${String(r.files).padStart(6)} files  ${mib(r.bytes).padStart(10)}  ${r.route}`);
  }
  const free = staticHosts.find((h) => h.name === 'Cloudflare Pages (free)')!.maxFiles;
  if (files.length > free) {
    const drop = routesToDrop(routes, files.length, free);
    lines.push(
      drop.length
        ? `To fit Cloudflare's free ${free} files, these routes would each have to become one file (or go): ${drop
            .map((r) => `${r.route} (${r.files})`)
            .join(', ')}`
        : `Cloudflare's free ${free} files cannot be reached by merging whole routes.`,
    );
  }
  return lines;
}
