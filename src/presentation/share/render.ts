/**
 * Rasterise share-image SVG to PNG with resvg (native binary shipped inside
 * its npm package) and the Be Vietnam Pro font shipped by npm: no system
 * fonts, nothing downloaded. PNGs are cached on disk under a hash of what
 * they show (the SVG) plus the font files and renderer version, so a rebuild
 * re-renders only images whose content changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { fontMetrics } from './font-metrics.ts';
import { encodePalettePng } from './png.ts';
import { shareFontFamily, type ShareFonts } from './image.ts';

/**
 * Packages are resolved from this module when it runs from src/ (the
 * integration, worker threads, tests), else from the working directory: a
 * bundled copy may live in an output folder outside the project.
 */
function resolvePackageFile(specifier: string): string {
  for (const from of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      return createRequire(from).resolve(specifier);
    } catch {
      // Try the next place.
    }
  }
  throw new Error(`Cannot find ${specifier}: run npm install.`);
}

const fontPackage = '@expo-google-fonts/be-vietnam-pro';
export const shareFontFiles = {
  regular: resolvePackageFile(`${fontPackage}/400Regular/BeVietnamPro_400Regular.ttf`),
  bold: resolvePackageFile(`${fontPackage}/700Bold/BeVietnamPro_700Bold.ttf`),
} as const;

/** Bump when the PNG encoding changes, so cached files made the old way are not reused. */
const encoderVersion = 'palette-1-z6';

let fonts: ShareFonts | undefined;
export function shareFonts(): ShareFonts {
  fonts ??= {
    regular: fontMetrics(readFileSync(shareFontFiles.regular)),
    bold: fontMetrics(readFileSync(shareFontFiles.bold)),
  };
  return fonts;
}

let salt: string | undefined;
/** What, besides the SVG, decides the pixels: font bytes, renderer and encoder versions. */
export function renderSalt(): string {
  if (!salt) {
    const h = createHash('sha256');
    for (const f of [shareFontFiles.regular, shareFontFiles.bold]) h.update(readFileSync(f));
    const resvgVersion = (JSON.parse(readFileSync(resolvePackageFile('@resvg/resvg-js/package.json'), 'utf8')) as { version: string })
      .version;
    h.update(`resvg ${resvgVersion} ${encoderVersion}`);
    salt = h.digest('hex');
  }
  return salt;
}

/** The cache folder: BDHVS_OG_CACHE, else node_modules/.cache/bdhvs-og. */
export function shareCacheDir(): string {
  return resolve(process.env.BDHVS_OG_CACHE || 'node_modules/.cache/bdhvs-og');
}

/** SVG → palette PNG, uncached. Only the share font is available to the SVG. */
export function renderPng(svg: string): Buffer {
  const image = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [shareFontFiles.regular, shareFontFiles.bold],
      defaultFontFamily: shareFontFamily,
      sansSerifFamily: shareFontFamily,
    },
    fitTo: { mode: 'original' },
    logLevel: 'off',
  }).render();
  return encodePalettePng(image.pixels, image.width, image.height);
}

export interface CachedPngOptions {
  cacheDir?: string;
  /** The renderer (tests pass a counting wrapper). */
  render?: (svg: string) => Buffer;
}

/** Renders and cache hits since start, for build logs and tests. */
export const shareRenderStats = { renders: 0, hits: 0 };

/** The cache file of an SVG: a hash of the SVG and of everything else that decides its pixels. */
export function cacheFile(svg: string, dir: string = shareCacheDir()): string {
  const key = createHash('sha256').update(renderSalt()).update('\0').update(svg).digest('hex').slice(0, 40);
  return join(dir, `${key}.png`);
}

/** Write a PNG to the cache. Write then rename: builds running side by side never read a half-written file. */
export function writeCacheFile(file: string, png: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
}

/** The PNG of an SVG, from the cache when this exact content was rendered before. */
export function cachedPng(svg: string, o: CachedPngOptions = {}): Buffer {
  const file = cacheFile(svg, o.cacheDir ?? shareCacheDir());
  try {
    const png = readFileSync(file);
    shareRenderStats.hits++;
    return png;
  } catch {
    // Not cached yet.
  }
  const png = (o.render ?? renderPng)(svg);
  shareRenderStats.renders++;
  writeCacheFile(file, png);
  return png;
}
