/**
 * The layer order of src/, as a checker: every relative import (static, re-export, side effect, dynamic) of every
 * .ts and .astro file, and the layer it reaches.
 *
 *   charts, i18n                 leaves: import only themselves
 *   domain                       domain, the leaves and data/ (reference data as JSON, read by the domain only);
 *                                no Node built-ins, no Astro virtual modules
 *   ingestion                    ingestion, domain, leaves
 *   presentation                 presentation, domain, leaves (never ingestion, except the one bridge below)
 *   views, components, layouts,  each other, presentation, domain, leaves, styles
 *   pages, scripts, share-endpoints
 *   integration.ts, tools/       composition roots: anything
 *   check/                       the browser checker runs ingestion by design: a composition root too, and the
 *                                check page's client script may load it
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

export type Layer = 'data' | 'charts' | 'i18n' | 'domain' | 'ingestion' | 'presentation' | 'ui' | 'styles' | 'root' | 'check' | 'outside';

const ui = new Set(['views', 'components', 'layouts', 'pages', 'scripts', 'share-endpoints']);
const roots = new Set(['integration.ts', 'tools']);

/**
 * The one module of presentation allowed to import ingestion: it passes on what only reading the content folder
 * can give (data version, narratives, problem counts, the build's value parser). See its header comment.
 */
export const bridges: ReadonlyMap<string, Layer> = new Map([['src/presentation/build-inputs.ts', 'ingestion']]);

const allowed: Record<Layer, ReadonlySet<Layer>> = {
  charts: new Set(['charts']),
  i18n: new Set(['i18n']),
  data: new Set(),
  domain: new Set(['domain', 'charts', 'i18n', 'data']),
  ingestion: new Set(['ingestion', 'domain', 'charts', 'i18n']),
  presentation: new Set(['presentation', 'domain', 'charts', 'i18n']),
  ui: new Set(['ui', 'presentation', 'domain', 'charts', 'i18n', 'styles', 'check']),
  styles: new Set(['styles']),
  root: new Set(['data', 'charts', 'i18n', 'domain', 'ingestion', 'presentation', 'ui', 'styles', 'root', 'check', 'outside']),
  check: new Set(['data', 'charts', 'i18n', 'domain', 'ingestion', 'presentation', 'ui', 'styles', 'root', 'check', 'outside']),
  outside: new Set(),
};

/** The layer of a path relative to the project root, with forward slashes ("src/domain/checks.ts"). */
export function layerOf(path: string): Layer {
  if (path.startsWith('data/')) return 'data';
  if (!path.startsWith('src/')) return 'outside';
  const top = path.slice('src/'.length).split('/')[0]!;
  if (roots.has(top)) return 'root';
  if (top === 'check') return 'check';
  if (ui.has(top)) return 'ui';
  if (top === 'charts' || top === 'i18n' || top === 'domain' || top === 'ingestion' || top === 'presentation' || top === 'styles') {
    return top;
  }
  return 'outside';
}

/**
 * The module specifiers a source file imports: `import … from`, `export … from`, `import '…'` and `import('…')`.
 * In an .astro file the whole text is read, so the frontmatter and client `<script>` blocks are both covered.
 */
export function importsOf(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[\w*{}\s,$]+?\s+from\s*(['"])([^'"\n]+)\1/g,
    /\bexport\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s*from\s*(['"])([^'"\n]+)\1/g,
    /\bimport\s*(['"])([^'"\n]+)\1/g,
    /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) out.push(m[2]!);
  return out;
}

export interface Violation {
  file: string;
  specifier: string;
  from: Layer;
  to: Layer;
}

/** The imports of one file that break the layer order. `file` is relative to the project root. */
export function violationsOf(file: string, source: string): Violation[] {
  const from = layerOf(file);
  const out: Violation[] = [];
  for (const specifier of importsOf(source)) {
    if (!specifier.startsWith('.')) {
      if (from === 'domain' && /^(node:|astro:)/.test(specifier)) out.push({ file, specifier, from, to: 'outside' });
      continue;
    }
    const target = posix.normalize(posix.join(posix.dirname(file), specifier.replace(/\?.*$/, '')));
    const to = layerOf(target);
    if (allowed[from].has(to) || bridges.get(file) === to) continue;
    out.push({ file, specifier, from, to });
  }
  return out;
}

/** Every .ts and .astro file under a folder, relative to `root` with forward slashes. */
export function sourceFiles(root: string, dir = 'src'): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const p = join(abs, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|astro)$/.test(e.name)) out.push(relative(root, p).split(sep).join('/'));
    }
  };
  walk(join(root, dir));
  return out.sort();
}

/** Every layer violation of the project at `root`. */
export function checkLayers(root: string): Violation[] {
  return sourceFiles(root).flatMap((f) => violationsOf(f, readFileSync(join(root, f), 'utf8')));
}

export const describeViolation = (v: Violation) => `${v.file}: imports "${v.specifier}" (${v.from} → ${v.to})`;
