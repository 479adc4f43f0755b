/**
 * Sharing and print, on the built site: every page has Open Graph and Twitter
 * metadata whose image exists as a 1200×630 PNG; the A4 print page of a
 * sample commune shows its headline figures with qualifiers and sources, the
 * data version, the page address, and a QR code that decodes to that address.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { registry } from '../../src/domain/registry.ts';
import { loadDataset } from '../../src/ingestion/load.ts';
import { pngHeader } from '../../src/presentation/share/png.ts';
import { distDir } from '../helpers/build.ts';

const reg = registry();
const { dataset } = loadDataset();
const reporting = new Set(dataset.reports.map((r) => r.meta.commune));
const thuanAn = reg.commune('24682')!;

const page = (path: string): HTMLElement => {
  const file = join(distDir, path, 'index.html');
  expect(existsSync(file), `${path} exists`).toBe(true);
  return parse(readFileSync(file, 'utf8'));
};
const text = (el: HTMLElement) => el.textContent.replace(/\s+/g, ' ');
const meta = (doc: HTMLElement, key: string) =>
  (doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`))?.getAttribute('content');
const canonical = (doc: HTMLElement) => doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
/** The site URL with its base, from the home page (the build may use any SITE_URL and BASE_PATH). */
const siteRoot = canonical(page(''));
/** The built file behind an absolute URL of this site. */
const fileOf = (href: string) => {
  expect(href.startsWith(siteRoot), `${href} is on ${siteRoot}`).toBe(true);
  return join(distDir, decodeURIComponent(href.slice(siteRoot.length)));
};
const pngSize = (href: string) => {
  const file = fileOf(href);
  expect(existsSync(file), `${file} exists`).toBe(true);
  return pngHeader(readFileSync(file));
};
/** Inline and linked CSS of a page. */
const cssOf = (doc: HTMLElement) =>
  [
    ...doc.querySelectorAll('style').map((s) => s.textContent),
    ...doc
      .querySelectorAll('link[rel="stylesheet"]')
      .map((l) => readFileSync(fileOf(new URL(l.getAttribute('href')!, siteRoot).href), 'utf8')),
  ].join('\n');
const decodeQr = (svg: string) => {
  const img = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, font: { loadSystemFonts: false } }).render();
  return jsQR(new Uint8ClampedArray(img.pixels), img.width, img.height)?.data;
};

describe('print page (A4) of Thuận An, 24682', () => {
  const print = page(`in/${thuanAn.path}`);
  const communeHref = canonical(page(thuanAn.path));

  it('shows the headline figures with their qualifiers in words and their sources', () => {
    const body = text(print);
    expect(body).toContain('Xã Thuận An');
    expect(body).toContain('Lâm Đồng');
    expect(body).toMatch(/Ước tính\s*80%/);
    const adult = print.querySelectorAll('.fig').find((li) => text(li).includes('trưởng thành có kỹ năng số cơ bản'))!;
    expect(adult.querySelector('.qualifier')?.textContent.trim()).toBe('Ước tính');
    expect(text(adult)).toMatch(/Nguồn: Báo cáo/);
    // The qualifier is explained in words for readers of the notice board.
    expect(body).toContain('Số ước tính, chưa phải số đo đếm');
  });

  it('states the data version and the page address in text', () => {
    const version = page(thuanAn.path).querySelector('.site-footer code')!.textContent.trim();
    expect(text(print)).toContain(`Phiên bản dữ liệu ${version}`);
    expect(print.querySelector('.url')!.textContent.trim()).toBe(communeHref);
  });

  it('has a build-time SVG QR code that decodes to the commune page', () => {
    const svg = print.querySelector('svg.print-qr');
    expect(svg).not.toBeNull();
    expect(svg!.getAttribute('aria-label')).toContain(communeHref);
    expect(print.querySelectorAll('script[src]').map((s) => s.getAttribute('src'))).toEqual([]);
    expect(decodeQr(svg!.toString())).toBe(communeHref);
  });

  it('is laid out for one A4 portrait page and kept out of search engines', () => {
    expect(cssOf(print)).toMatch(/@page\s*\{[^}]*size:\s*A4 portrait/);
    expect(meta(print, 'robots')).toBe('noindex');
    expect(readFileSync(join(distDir, 'sitemap.xml'), 'utf8')).not.toMatch(/\/in\//);
  });

  it('has an English edition whose QR code leads to the English page', () => {
    const en = page(`en/in/${thuanAn.path}`);
    expect(text(en)).toMatch(/Estimate\s*80%/);
    expect(decodeQr(en.querySelector('svg.print-qr')!.toString())).toBe(canonical(page(`en/${thuanAn.path}`)));
  });

  it('exists only for units that have reported (their pages link to it)', () => {
    const c = reg.communes.find((x) => !reporting.has(x.code))!;
    expect(existsSync(join(distDir, 'in', c.path, 'index.html'))).toBe(false);
    for (const code of reporting) expect(existsSync(join(distDir, 'in', reg.commune(code)!.path, 'index.html'))).toBe(true);
  });
});

describe('share metadata and images', () => {
  it('commune pages carry Open Graph and Twitter tags pointing to their own 1200×630 image', () => {
    for (const [path, locale, value] of [
      [thuanAn.path, 'vi_VN', 'Ước tính 80%'],
      [`en/${thuanAn.path}`, 'en_US', 'Estimate 80%'],
    ] as const) {
      const doc = page(path);
      const image = meta(doc, 'og:image')!;
      expect(image).toBe(new URL(`${path.startsWith('en/') ? 'en/' : ''}anh/${thuanAn.path}.png`, siteRoot).href);
      expect(pngSize(image)).toMatchObject({ width: 1200, height: 630 });
      expect(meta(doc, 'og:image:width')).toBe('1200');
      expect(meta(doc, 'og:image:height')).toBe('630');
      expect(meta(doc, 'og:image:alt')).toContain(value);
      expect(meta(doc, 'og:url')).toBe(canonical(doc));
      expect(meta(doc, 'og:locale')).toBe(locale);
      expect(meta(doc, 'og:type')).toBe('website');
      expect(meta(doc, 'og:title')).toContain('Xã Thuận An');
      expect(meta(doc, 'og:description')).toBeTruthy();
      expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
      expect(meta(doc, 'twitter:image:alt')).toBe(meta(doc, 'og:image:alt'));
    }
  });

  it('units that have not reported share their province’s “not reported” image', () => {
    const c = reg.communes.find((x) => !reporting.has(x.code))!;
    const image = meta(page(c.path), 'og:image')!;
    expect(image).toBe(new URL(`anh/${reg.province(c.provinceCode)!.slug}/chua-bao-cao.png`, siteRoot).href);
    expect(pngSize(image)).toMatchObject({ width: 1200, height: 630 });
    expect(meta(page(c.path), 'og:image:alt')).toContain(c.name);
  });

  it('every other page has an existing image too (home, provinces, print pages, English)', () => {
    expect(meta(page(''), 'og:image')).toBe(new URL('anh/toan-quoc.png', siteRoot).href);
    expect(meta(page(`in/${thuanAn.path}`), 'og:image')).toBe(new URL(`anh/${thuanAn.path}.png`, siteRoot).href);
    for (const p of reg.provinces) {
      for (const path of [p.slug, `en/${p.slug}`])
        expect(pngSize(meta(page(path), 'og:image')!)).toMatchObject({ width: 1200, height: 630 });
    }
  });

  it('publishes only 1200×630 PNGs: one per reporting unit, two per province and one site-wide, per language', () => {
    for (const prefix of ['anh', 'en/anh']) {
      const files = (readdirSync(join(distDir, prefix), { recursive: true }) as string[]).filter((f) => f.endsWith('.png'));
      expect(files).toHaveLength(reporting.size + 2 * reg.provinces.length + 1);
      for (const f of files)
        expect(pngHeader(readFileSync(join(distDir, prefix, f)))).toMatchObject({ width: 1200, height: 630, colourType: 3 });
    }
  });
});
