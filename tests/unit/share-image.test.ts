/**
 * Share images: the font covers every Vietnamese name, text is measured
 * without a DOM as the renderer lays it out, cards say what they must
 * (qualifiers in words, "not reported"), the PNG is a lossless 1200×630
 * palette image, and the cache renders each distinct image once.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { registry } from '../../src/domain/registry.ts';
import { buildSiteData } from '../../src/domain/commune-data.ts';
import { loadDataset } from '../../src/ingestion/load.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import { communeCard, pageShareImage, provinceCard, siteCard, unreportedCard } from '../../src/presentation/share-cards.ts';
import { shareImageAlt, shareImageSvg, shareImageSize, wrapText, type ShareCard } from '../../src/presentation/share-image.ts';
import { cachedPng, cacheFile, renderPng, shareFontFiles, shareFonts } from '../../src/presentation/share-render.ts';
import { shareImageJobs } from '../../src/presentation/share-jobs.ts';
import { startShareRendering } from '../../src/presentation/share-pool.ts';
import { encodePalettePng, pngHeader } from '../../src/presentation/png.ts';
import { qrSvg } from '../../src/presentation/qr.ts';
import { parseXml } from '../helpers/xml.ts';

const reg = registry();
const { dataset } = loadDataset();
const site = buildSiteData(dataset, reg);
const root = 'https://bdhvs.example.vn/';
const fonts = shareFonts();
const resvgFonts = {
  loadSystemFonts: false,
  fontFiles: [shareFontFiles.regular, shareFontFiles.bold],
  defaultFontFamily: 'Be Vietnam Pro',
};

/** Decode an 8-bit indexed PNG (filter 0 rows, as png.ts writes) back to RGBA. */
function decodePalettePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  const { width, height, colourType } = pngHeader(png)!;
  expect(colourType).toBe(3);
  let plte: Buffer = Buffer.alloc(0);
  let trns: Buffer = Buffer.alloc(0);
  const idat: Buffer[] = [];
  for (let p = 8; p < png.length;) {
    const len = png.readUInt32BE(p);
    const type = png.toString('latin1', p + 4, p + 8);
    const data = png.subarray(p + 8, p + 8 + len);
    if (type === 'PLTE') plte = data;
    if (type === 'tRNS') trns = data;
    if (type === 'IDAT') idat.push(data);
    p += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const i = raw[y * (width + 1) + 1 + x]!;
      const o = (y * width + x) * 4;
      rgba.set([plte[i * 3]!, plte[i * 3 + 1]!, plte[i * 3 + 2]!, trns[i] ?? 255], o);
    }
  }
  return { width, height, rgba };
}

/** Every card kind the site publishes, in both languages. */
function allCards(): Array<[string, ShareCard]> {
  const out: Array<[string, ShareCard]> = [];
  for (const locale of ['vi', 'en'] as const) {
    for (const code of site.reporting) out.push([`${locale} commune ${code}`, communeCard(site, code, locale, root)]);
    for (const p of ['68', '01', '79']) {
      out.push([`${locale} province ${p}`, provinceCard(site, p, locale, root)]);
      out.push([`${locale} unreported ${p}`, unreportedCard(site, p, locale, root)]);
    }
    out.push([`${locale} site`, siteCard(site, locale, root)]);
  }
  return out;
}

describe('the share font', () => {
  it('has a glyph for every character of every commune and province name', () => {
    const names = [...reg.communes.map((c) => c.name), ...reg.provinces.map((p) => p.name)].join(' ');
    expect(fonts.regular.missing(names)).toEqual([]);
    expect(fonts.bold.missing(names)).toEqual([]);
    expect(fonts.bold.missing('ẮẰẲẴẶắằẳẵặỐỒỔỖỘốồổỗộỚỜỞỠỢớờởỡợỨỪỬỮỰứừửữựỳỷỹỵĐđ“”–—…·')).toEqual([]);
  });

  it('measures text as the renderer lays it out (within 2%, kerning aside)', () => {
    for (const [text, weight] of [
      ['Phường Văn Miếu - Quốc Tử Giám', 700],
      ['Tỷ lệ người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản', 400],
      ['Ước tính 80%', 700],
    ] as const) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100"><text x="0" y="60" font-size="40" font-weight="${weight}" font-family="Be Vietnam Pro">${text}</text></svg>`;
      const box = new Resvg(svg, { font: resvgFonts }).getBBox()!;
      const measured = (weight === 700 ? fonts.bold : fonts.regular).width(text, 40);
      expect(Math.abs(measured - box.width) / box.width, text).toBeLessThan(0.02);
    }
  });

  it('wraps by measured width and marks cut text with an ellipsis', () => {
    const long = 'Tỷ lệ người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản';
    const lines = wrapText(long, fonts.regular, 28, 400, 2);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(fonts.regular.width(l, 28)).toBeLessThanOrEqual(400);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrapText(long, fonts.regular, 28, 2000, 2)).toEqual([long]);
  });
});

describe('share cards', () => {
  it('lead with the adult rate and its qualifier in words (Thuận An: an estimate)', () => {
    const vi = communeCard(site, '24682', 'vi', root);
    expect(vi.title).toBe('Xã Thuận An');
    expect(vi.lead?.label).toBe('Tỷ lệ người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản');
    expect(vi.lead?.value).toBe('Ước tính 80%');
    expect(vi.lead?.qualified).toBe(true);
    expect(vi.lead?.source).toMatch(/^Nguồn: /);
    expect(communeCard(site, '24682', 'en', root).lead?.value).toBe('Estimate 80%');
    const svg = shareImageSvg(vi, fonts);
    expect(svg).toContain('>Xã Thuận An<');
    expect(svg).toContain('>Ước tính 80%<');
    expect(svg).toContain('lang="vi"');
  });

  it('say plainly when a unit has not reported, and name it in the alt text', () => {
    const unreported = reg.communes.find((c) => !site.reporting.has(c.code))!;
    const img = pageShareImage(site, `${unreported.path}/`, 'vi', root);
    expect(img.path).toBe(`anh/${reg.province(unreported.provinceCode)!.slug}/chua-bao-cao.png`);
    expect(img.card.note).toContain('chưa gửi báo cáo');
    expect(img.alt.startsWith(unreported.name)).toBe(true);
    expect(communeCard(site, unreported.code, 'en', root).note).toContain('has not reported');
  });

  it('pick the image of a page from its path', () => {
    const thuanAn = reg.commune('24682')!;
    expect(pageShareImage(site, `${thuanAn.path}/`, 'vi', root).path).toBe(`anh/${thuanAn.path}.png`);
    expect(pageShareImage(site, `in/${thuanAn.path}/`, 'en', root).path).toBe(`anh/${thuanAn.path}.png`);
    const report = dataset.reports.find((r) => r.meta.commune === '24682')!;
    expect(pageShareImage(site, `bao-cao/${report.id}/`, 'vi', root).path).toBe(`anh/${thuanAn.path}.png`);
    expect(pageShareImage(site, 'lam-dong/', 'vi', root).path).toBe('anh/lam-dong.png');
    expect(pageShareImage(site, '', 'vi', root).path).toBe('anh/toan-quoc.png');
    expect(pageShareImage(site, 'tim-kiem/', 'en', root).path).toBe('anh/toan-quoc.png');
  });

  it('keep every line of text inside the image, as the renderer measures it', () => {
    const pad = 40;
    for (const [name, card] of allCards()) {
      const svg = shareImageSvg(card, fonts);
      for (const m of svg.matchAll(/<text[^>]*>[^<]*<\/text>/g)) {
        const one = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">${m[0]}</svg>`;
        const box = new Resvg(one, { font: resvgFonts }).getBBox();
        if (!box) continue;
        expect(box.x, `${name}: ${m[0]}`).toBeGreaterThanOrEqual(pad);
        expect(box.x + box.width, `${name}: ${m[0]}`).toBeLessThanOrEqual(shareImageSize.width - pad);
        expect(box.y + box.height, `${name}: ${m[0]}`).toBeLessThanOrEqual(shareImageSize.height - 12);
      }
      expect(shareImageAlt(card)).toContain(card.title);
    }
  });
});

describe('PNG output', () => {
  const svg = shareImageSvg(communeCard(site, '24682', 'vi', root), fonts);

  it('is a small 1200×630 palette PNG with exactly the rendered pixels', () => {
    const png = renderPng(svg);
    expect(pngHeader(png)).toEqual({ width: 1200, height: 630, bitDepth: 8, colourType: 3 });
    expect(png.length).toBeLessThan(60_000);
    const rendered = new Resvg(svg, { font: resvgFonts }).render();
    expect(Buffer.from(decodePalettePng(png).rgba).equals(rendered.pixels)).toBe(true);
  });

  it('stays close to the original for images with more than 256 colours', () => {
    const w = 64;
    const h = 64;
    const rgba = new Uint8Array(w * h * 4);
    for (let i = 0; i < w * h; i++) rgba.set([i & 255, (i >> 4) & 255, 0, 255], i * 4);
    const out = decodePalettePng(encodePalettePng(rgba, w, h));
    expect(out.width).toBe(64);
    let maxErr = 0;
    for (let i = 0; i < rgba.length; i++) maxErr = Math.max(maxErr, Math.abs(rgba[i]! - out.rgba[i]!));
    // Half a cube step (32), give or take the rounding of the step itself.
    expect(maxErr).toBeLessThanOrEqual(36);
  });
});

describe('the PNG cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bdhvs-og-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let renders = 0;
  const render = (s: string) => {
    renders++;
    return renderPng(s);
  };
  const imagesOf = (d: Dataset) => {
    const s = buildSiteData(d, reg);
    return [...s.reporting].sort().map((code) => shareImageSvg(communeCard(s, code, 'vi', root), fonts));
  };

  it('renders each distinct image once; a rebuild after one commune changes renders only that one', () => {
    const first = imagesOf(dataset).map((s) => cachedPng(s, { cacheDir: dir, render }));
    expect(renders).toBe(site.reporting.size);
    const again = imagesOf(dataset).map((s) => cachedPng(s, { cacheDir: dir, render }));
    expect(renders).toBe(site.reporting.size);
    expect(again.map((p) => p.equals(first[again.indexOf(p)]!))).toEqual(first.map(() => true));

    // Thuận An revises its adult rate: 80% → 85% (same qualifier).
    const changed: Dataset = {
      ...dataset,
      reports: dataset.reports.map((r) =>
        r.meta.commune !== '24682'
          ? r
          : {
              ...r,
              figures: r.figures.map((f) =>
                f.indicator === 'ty_le.nguoi_truong_thanh' && f.type !== 'mục tiêu' ? { ...f, value: { ...f.value, value: '85' } } : f,
              ),
            },
      ),
    };
    const svgs = imagesOf(changed);
    expect(svgs.some((s) => s.includes('Ước tính 85%'))).toBe(true);
    svgs.forEach((s) => cachedPng(s, { cacheDir: dir, render }));
    expect(renders).toBe(site.reporting.size + 1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(site.reporting.size + 1);
  });
});

describe('the share-image job list and worker pool', () => {
  const jobs = shareImageJobs(site, root, fonts);
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('lists the site, every province (overview and not reported) and every reporting unit, in both editions', () => {
    const perLocale = 1 + 2 * reg.provinces.length + site.reporting.size;
    expect(jobs).toHaveLength(2 * perLocale);
    expect(new Set(jobs.map((j) => j.path)).size).toBe(jobs.length);
    const thuanAn = reg.commune('24682')!;
    for (const prefix of ['', 'en/']) {
      expect(jobs.map((j) => j.path)).toContain(`${prefix}anh/${thuanAn.path}.png`);
      expect(jobs.map((j) => j.path)).toContain(`${prefix}anh/toan-quoc.png`);
    }
    // The same SVG the card functions give (what the dev endpoints render).
    const job = jobs.find((j) => j.path === `en/anh/${thuanAn.path}.png`)!;
    expect(job.svg).toBe(shareImageSvg(communeCard(site, '24682', 'en', root), fonts));
  });

  it('renders in worker threads exactly the PNG the main thread renders, and only what the cache lacks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bdhvs-og-pool-'));
    dirs.push(dir);
    const some = jobs.filter((j) => j.path.includes('/xa-') || j.path.endsWith('toan-quoc.png')).slice(0, 6);
    const first = startShareRendering(some, { cacheDir: dir, workers: 2 });
    expect(first.stats).toEqual({ images: some.length, cached: 0, rendered: some.length });
    await first.finish();
    for (const j of some) expect(readFileSync(first.files.get(j.path)!).equals(renderPng(j.svg))).toBe(true);
    expect(first.files.get(some[0]!.path)).toBe(cacheFile(some[0]!.svg, dir));

    const again = startShareRendering(some, { cacheDir: dir, workers: 2 });
    expect(again.stats).toEqual({ images: some.length, cached: some.length, rendered: 0 });
    await again.finish();
  });

  it('fails with the error of the renderer when an image cannot be rendered', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bdhvs-og-pool-'));
    dirs.push(dir);
    const pool = startShareRendering([{ path: 'anh/hong.png', svg: '<svg' }], { cacheDir: dir, workers: 1 });
    await expect(pool.finish()).rejects.toThrow(/Share image could not be rendered/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('QR codes', () => {
  const decode = (svg: string) => {
    const img = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, font: { loadSystemFonts: false } }).render();
    return jsQR(new Uint8ClampedArray(img.pixels), img.width, img.height)?.data;
  };

  it('decode to the exact text, UTF-8 included', () => {
    const href = 'https://bdhvs.example.vn/en/lam-dong/xa-thuan-an-24682/';
    const svg = qrSvg(href, `QR: ${href}`);
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-label="QR: https:/);
    expect(decode(svg)).toBe(href);
    expect(decode(qrSvg('Xã Thuận An', 'x'))).toBe('Xã Thuận An');
  });
});

describe('share image text that XML cannot carry', () => {
  it('strips NUL and other illegal characters, so the SVG stays XML and renders', () => {
    const card: ShareCard = {
      lang: 'vi',
      brand: 'Bình dân học vụ số',
      host: 'x.vn',
      title: 'Xã\u0000 Thuận\u000b An',
      subtitle: 'Lâm Đồng \uFFFE',
      lead: { label: 'Người dân\u0001 có kỹ năng số', value: 'Ước tính 80%', rate: 80, qualified: true, source: 'Nguồn: \u001fBáo cáo' },
    };
    const svg = shareImageSvg(card, fonts);
    expect(() => parseXml(svg)).not.toThrow();
    expect(svg).toContain('Thuận An');
    expect(renderPng(svg).length).toBeGreaterThan(0);
  });
});
