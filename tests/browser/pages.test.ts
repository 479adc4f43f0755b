/**
 * Browser tests in real Chromium (Debian's, driven by playwright-core): key
 * pages at phone and desktop widths have no horizontal overflow, no console
 * errors and no axe-core violations; search finds communes without diacritics.
 * Screenshots are written to artifacts/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInChromium } from '../helpers/browser.ts';
import { registry } from '../../src/domain/registry.ts';
import { loadDataset } from '../../src/ingestion/load.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const shots = 'artifacts/screenshots';
mkdirSync(shots, { recursive: true });

const site = useSiteInChromium();

const reg = registry();
const model = loadDataset().dataset.models[0]!;
const pages = [
  { name: 'national', path: '' },
  { name: 'province', path: `${reg.province('68')!.slug}/` },
  { name: 'commune', path: `${reg.commune('24682')!.path}/` },
  { name: 'commune-no-report', path: `${reg.communes.find((c) => c.code !== '24682' && c.provinceCode === '68')!.path}/` },
  { name: 'report', path: 'bao-cao/24682-thuan-an/2026-05-bao-cao-tong-ket/' },
  { name: 'model', path: `mo-hinh/${model.id}/` },
  { name: 'commune-en', path: `en/${reg.commune('24682')!.path}/` },
  { name: 'search-en', path: 'en/tim-kiem/' },
  { name: 'check', path: 'kiem-tra/?ma=24682' },
  { name: 'guide', path: 'huong-dan/' },
  { name: 'methodology', path: 'gioi-thieu/' },
];
const widths = [360, 1280];

async function open(width: number, path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const res = await page.goto(site.url + path, { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
  return { page, errors };
}

describe.each(widths)('at %i px', (width) => {
  it.each(pages)('$name page: no overflow, no console errors, no axe violations', async ({ name, path }) => {
    const { page, errors } = await open(width, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
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
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('search', () => {
  it.each([
    ['cao duc', 'Xã Cao Đức'],
    ['thuan an lam dong', 'Xã Thuận An'],
    ['THẠCH THẤT', 'Xã Thạch Thất'],
  ])('"%s" finds %s', async (query, expected) => {
    const { page, errors } = await open(360, 'tim-kiem/');
    await page.fill('#q', query);
    await page.waitForSelector('#search-results li');
    const first = await page.textContent('#search-results li:first-child a');
    expect(first).toBe(expected);
    if (query === 'thuan an lam dong') {
      const href = await page.getAttribute('#search-results li:first-child a', 'href');
      expect(href).toContain(reg.commune('24682')!.path);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('scripts under the Content-Security-Policy', () => {
  /** Opens a page recording every CSP violation it reports (the listener is added by the driver, not the page). */
  async function openWatched(path: string) {
    const { page, errors } = await open(1280, path);
    await page.evaluate(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    return { page, errors, violations };
  }

  it('sortable tables sort, with no violation', async () => {
    const { page, errors, violations } = await openWatched('');
    await page.click('table.sortable thead th:first-child button.sort');
    expect(await page.getAttribute('table.sortable thead th:first-child', 'aria-sort')).toBe('ascending');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("cite texts get today's date and a working copy button, with no violation", async () => {
    const c = reg.commune('24682')!;
    const { page, errors, violations } = await openWatched(`${c.path}/`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const button = page.locator('button.copy[data-copy]').first();
    // The script un-hides the copy buttons: it ran.
    expect(await button.evaluate((b) => (b as HTMLButtonElement).hidden)).toBe(false);
    await page.evaluate(() => document.querySelector('details.prov')?.setAttribute('open', ''));
    await button.evaluate((b) => (b as HTMLButtonElement).click());
    await page.waitForFunction(() => [...document.querySelectorAll('.cite [role=status]')].some((s) => s.textContent?.trim()));
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('English edition', () => {
  it('switches language on a commune page and shows the same figures', async () => {
    const c = reg.commune('05395')!;
    const { page, errors } = await open(360, `${c.path}/`);
    const viValue = await page.textContent('#the-ty-le-nguoi-truong-thanh .value');
    expect(viValue).toContain('70%');
    await page.click('header nav a[hreflang="en"]');
    await page.waitForURL(`**/en/${c.path}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const enValue = await page.textContent('#the-ty-le-nguoi-truong-thanh .value');
    expect(enValue).toBe(viValue);
    expect(await page.textContent('#the-ty-le-nguoi-truong-thanh h3')).toBe('Adults with basic digital skills (%)');
    // Numbers are formatted by locale: 80,06% in Vietnamese is 80.06% in English.
    expect(await page.textContent('main')).toContain('80.06%');
    await page.click('header nav a[hreflang="vi"]');
    await page.waitForURL(`**/${c.path}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.textContent('main')).toContain('80,06%');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
