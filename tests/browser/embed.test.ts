/**
 * Embeds for commune portals, in real Chromium: the iframe snippet copied
 * from a commune page, pasted into a portal page on another origin, takes the
 * embed's content height (script allowed) or keeps its fixed height (scripts
 * stripped) with nothing cut off; every embed page passes axe-core with no
 * horizontal overflow at 320 px. Also: cite texts get today's date and copy.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { parse } from 'node-html-parser';
import { registry } from '../../src/domain/registry.ts';
import { formatAccessDate } from '../../src/presentation/access-date.ts';
import { distDir } from '../helpers/build.ts';
import { serveDir } from '../helpers/static-server.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const reg = registry();
const thuanAn = reg.commune('24682')!;

/** The snippet a commune page offers for one of its embeds (as an editor would copy it). */
function snippetOf(communePath: string, embedId: string, locale: 'vi' | 'en' = 'vi'): string {
  const file = join(distDir, locale === 'en' ? 'en' : '', communePath, 'index.html');
  const area = parse(readFileSync(file, 'utf8')).querySelector(`textarea[id$="-${embedId}-ma"]`);
  if (!area) throw new Error(`no embed code for ${embedId} on ${communePath}`);
  return area.textContent;
}
const srcOf = (snippet: string) => new URL(/src="([^"]+)"/.exec(snippet)![1]!);
const fixedHeightOf = (snippet: string) => Number(/height="(\d+)"/.exec(snippet)![1]);

// The build's site URL and base, read from a snippet: the test server must serve the same paths.
const sample = snippetOf(thuanAn.path, 'ty-le');
const siteOrigin = srcOf(sample).origin;
const base = srcOf(sample).pathname.replace(/(en\/)?nhung\/.*$/, '');

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;
let serverOrigin: string;
/** Portal pages on another origin: written to a temp folder served on another port. */
const portalDir = mkdtempSync(join(tmpdir(), 'bdhvs-portal-'));
let portal: Awaited<ReturnType<typeof serveDir>>;
let portalPages = 0;

beforeAll(async () => {
  server = await serveDir(distDir, base);
  serverOrigin = new URL(server.url).origin;
  portal = await serveDir(portalDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await portal?.close();
  rmSync(portalDir, { recursive: true, force: true });
});

/** The snippet pointed at the test server, as if the site were deployed there. */
const local = (snippet: string) => snippet.replaceAll(siteOrigin, serverOrigin);

/** A portal page holding the snippet, served from another origin. */
async function portalPage(body: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const name = `trang-${++portalPages}`;
  mkdirSync(join(portalDir, name));
  writeFileSync(
    join(portalDir, name, 'index.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin xã</title></head><body><main><h1>Tin tức</h1>${body}</main></body></html>`,
  );
  const context = await browser.newContext({ viewport: { width: 800, height: 700 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${portal.url}${name}/`, { waitUntil: 'load' });
  return { page, errors };
}

const iframeHeight = (page: Page) => page.$eval('iframe', (f) => Math.round(f.getBoundingClientRect().height));
/** The embed's frame, once it has loaded (the snippet's iframe loads lazily, after the portal page). */
async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  await expect.poll(async () => (await handle.contentFrame())?.url() ?? '', { timeout: 5000 }).toContain('/nhung/');
  const frame = (await handle.contentFrame())!;
  await frame.waitForLoadState('load');
  return frame;
}
async function contentHeight(page: Page): Promise<number> {
  const frame = await embedFrame(page);
  return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
}

describe('the iframe snippet on a portal page', () => {
  it.each(['ty-le', 'the'])('%s: the frame grows to its content height, and follows it', async (embedId) => {
    // A deliberately short frame: the script must grow it.
    const snippet = local(snippetOf(thuanAn.path, embedId)).replace(/height="\d+"/, 'height="150"');
    const { page, errors } = await portalPage(snippet);
    const target = await contentHeight(page);
    expect(target).toBeGreaterThan(200);
    await expect.poll(() => iframeHeight(page), { timeout: 5000 }).toBe(target);
    // Opening the chart's data table (or any details) makes the content taller: the frame follows.
    const frame = await embedFrame(page);
    if (await frame.$('details')) {
      await frame.click('details summary');
      const taller = await contentHeight(page);
      expect(taller).toBeGreaterThan(target);
      await expect.poll(() => iframeHeight(page), { timeout: 5000 }).toBe(taller);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the fixed height when the portal strips scripts, and shows everything in it', async () => {
    const snippet = local(snippetOf(thuanAn.path, 'ty-le')).replace(/<script>[\s\S]*?<\/script>/g, '');
    expect(snippet).not.toContain('<script');
    const { page } = await portalPage(snippet);
    const content = await contentHeight(page);
    await page.waitForTimeout(300); // time for any message to arrive (none should change the height)
    expect(await iframeHeight(page)).toBe(fixedHeightOf(snippet));
    expect(content).toBeLessThanOrEqual(fixedHeightOf(snippet));
    await page.context().close();
  });

  it('keeps the fixed height with JavaScript off everywhere', async () => {
    const snippet = local(snippetOf(thuanAn.path, 'the'));
    const { page } = await portalPage(snippet, { javaScriptEnabled: false });
    await embedFrame(page);
    await page.waitForTimeout(300);
    expect(await iframeHeight(page)).toBe(fixedHeightOf(snippet));
    await page.context().close();
  });

  it('ignores height messages from any other origin', async () => {
    // The parent script expects another origin than the frame's: the frame must keep its fixed height.
    const snippet = local(snippetOf(thuanAn.path, 'ty-le')).replace(
      `e.origin !== "${serverOrigin}"`,
      'e.origin !== "https://other.example"',
    );
    const { page } = await portalPage(snippet);
    await contentHeight(page);
    await page.waitForTimeout(300);
    expect(await iframeHeight(page)).toBe(fixedHeightOf(snippet));
    await page.context().close();
  });
});

// Every embed page the build wrote, with the fixed height its commune page's snippet gives it.
const embeds = ['', 'en/'].flatMap((lang) => {
  const root = join(distDir, lang, 'nhung');
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((province) =>
    readdirSync(join(root, province)).flatMap((commune) =>
      readdirSync(join(root, province, commune)).map((embedId) => ({
        path: `${lang}nhung/${province}/${commune}/${embedId}/`,
        fixed: fixedHeightOf(snippetOf(`${province}/${commune}`, embedId, lang ? 'en' : 'vi')),
      })),
    ),
  );
});

describe('embed pages', () => {
  it('exist for every reporting commune: headline figures and each chart', () => {
    expect(embeds.length).toBeGreaterThanOrEqual(8);
    expect(embeds.map((e) => e.path)).toContain(`nhung/${thuanAn.path}/the/`);
    expect(embeds.map((e) => e.path)).toContain(`en/nhung/${thuanAn.path}/ty-le/`);
  });

  it.each(embeds)('$path: no overflow at 320 px, no axe violations, fits its fixed height', async ({ path, fixed }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 600 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto(server.url + path, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
    // Minimal chrome: no site header or footer, a source line linking the full page.
    expect(await page.$('header.site-header')).toBeNull();
    expect(await page.textContent('footer')).toMatch(/Nguồn|Source/);
    // Evaluated by the test driver, not added as a script: the page's CSP (rightly) refuses inline scripts it does not know.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
        }
      ).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    });
    expect(violations).toEqual([]);
    // The fixed height shows the whole embed at phone and desktop widths.
    for (const width of [320, 480, 800]) {
      await page.setViewportSize({ width, height: 600 });
      const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      expect(height, `content height at ${width} px`).toBeLessThanOrEqual(fixed);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('citations', () => {
  it('show today’s access date and copy the cite text and link with script', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: serverOrigin });
    const page = await context.newPage();
    await page.goto(`${server.url}${thuanAn.path}/`, { waitUntil: 'load' });
    const card = '#the-ty-le-nguoi-truong-thanh';
    await page.click(`${card} details.prov summary`);
    expect(await page.textContent(`${card} [data-cite-date]`)).toBe(formatAccessDate(new Date(), 'vi'));
    const cite = (await page.textContent(`${card} .cite-text`))!;
    expect(cite).toMatch(/^Xã Thuận An \(Lâm Đồng\)\. .+, truy cập ngày \d{2}\/\d{1,2}\/\d{4}\.$/);
    expect(cite).toContain('#the-ty-le-nguoi-truong-thanh');
    await page.click(`${card} button[data-copy]`);
    await expect.poll(() => page.textContent(`${card} .cite [role="status"]`)).toBe('Đã sao chép.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cite);
    await page.click(`${card} button[data-copy-text]`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /\/lam-dong\/xa-thuan-an-24682\/#the-ty-le-nguoi-truong-thanh$/,
    );
    // The embed code is copied exactly as shown, lines and all.
    await page.click('#bieu-do-ty-le details.embed-code summary');
    await page.click('#bieu-do-ty-le button[data-copy="bdhvs-24682-ty-le-ma"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippetOf(thuanAn.path, 'ty-le'));
    await context.close();
  });

  it('are readable without script: visible in the details, copy buttons hidden', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}bao-cao/24682-thuan-an/2026-05-bao-cao-tong-ket/`, { waitUntil: 'load' });
    const details = page.locator('#dong-34 + tr details.prov');
    await details.locator('summary').click();
    await expect.poll(() => details.locator('.cite-text').isVisible()).toBe(true);
    expect(await details.locator('.cite-text').textContent()).toMatch(/truy cập ngày \d{2}\/\d{1,2}\/\d{4}\.$/);
    expect(await details.locator('button.copy').first().isVisible()).toBe(false);
    await context.close();
  });
});
