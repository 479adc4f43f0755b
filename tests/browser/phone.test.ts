/**
 * Phones (360 px, Chromium): every cell of a stacked table shows its column's name, touch targets in the
 * header, tables and forms are at least 24 × 24 px, every table fits its column (nothing off-screen to scroll to),
 * and the row a link points to is marked.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInChromium } from '../helpers/browser.ts';
import { registry } from '../../src/domain/registry.ts';

const site = useSiteInChromium();

const reg = registry();
const commune = reg.commune('24682')!;
const pages = [
  { name: 'national', path: '' },
  { name: 'province', path: `${reg.province(commune.provinceCode)!.slug}/` },
  { name: 'province with plans', path: `${reg.province('01')!.slug}/` },
  { name: 'commune', path: `${commune.path}/` },
  { name: 'commune-en', path: `en/${commune.path}/` },
  { name: 'commune with a plan', path: `${reg.commune('09955')!.path}/` },
  { name: 'report', path: 'bao-cao/24682-thuan-an/2026-05-bao-cao-tong-ket/' },
  { name: 'open data', path: 'du-lieu/' },
  { name: 'methodology', path: 'gioi-thieu/' },
  { name: 'methodology-en', path: 'en/gioi-thieu/' },
  { name: 'search', path: 'tim-kiem/' },
];

async function open(path: string): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const res = await page.goto(site.url + path, { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
  return page;
}

describe('at 360 px', () => {
  it.each(pages)('$name: each stacked cell shows its column name', async ({ path }) => {
    const page = await open(path);
    const result = await page.evaluate(() => {
      const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      const wrong: string[] = [];
      let cells = 0;
      for (const table of document.querySelectorAll('table.stack')) {
        const headers: string[] = [];
        for (const th of table.querySelectorAll('thead tr:first-child > th')) {
          for (let i = 0; i < (th as HTMLTableCellElement).colSpan; i++) headers.push(text(th));
        }
        for (const tr of table.querySelectorAll('tbody tr')) {
          let col = 0;
          for (const cell of (tr as HTMLTableRowElement).cells) {
            const at = col;
            col += cell.colSpan;
            // A row's own header (th) is the block's title; the cells under it are what need a name.
            // A cell across the whole row (the report's provenance row) is under no one column.
            if (cell.tagName !== 'TD' || cell.colSpan >= headers.length) continue;
            cells++;
            const before = getComputedStyle(cell, '::before');
            const shown = before.content.startsWith('"') ? JSON.parse(before.content) : '';
            const visible = before.display !== 'none' && before.visibility !== 'hidden' && cell.getClientRects().length > 0;
            if (shown !== headers[at] || !visible)
              wrong.push(`${text(tr).slice(0, 40)}… column ${at}: shows "${shown}", header "${headers[at]}"`);
          }
        }
      }
      return { cells, wrong, thead: getComputedStyle(document.querySelector('table.stack thead') ?? document.body).position };
    });
    expect(result.wrong).toEqual([]);
    if (path !== 'tim-kiem/') {
      expect(result.cells, 'stacked cells on the page').toBeGreaterThan(0);
      expect(result.thead, 'the header row is out of the way when stacked').toBe('absolute');
    }
    await page.context().close();
  });

  it.each(pages)('$name: links and buttons in the header, tables and forms are at least 24 × 24 px', async ({ path }) => {
    const page = await open(path);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('.site-header nav a, table a, table button, form button')]
        .filter((el) => el.getClientRects().length > 0 && !el.closest('table.stack thead') && !el.closest('details:not([open])'))
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(
          ({ el, r }) =>
            `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        ),
    );
    expect(small).toEqual([]);
    if (path === '' || path === 'tim-kiem/') {
      const heights = await page.evaluate(() =>
        [...document.querySelectorAll('.site-header nav a, form button')].map((el) => el.getBoundingClientRect().height),
      );
      expect(Math.min(...heights), 'header links and form buttons on a phone').toBeGreaterThanOrEqual(44);
    }
    await page.context().close();
  });

  it.each(pages)('$name: every table fits its column, nothing is off-screen', async ({ path }) => {
    const page = await open(path);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('.table-wrap')]
        .filter((w) => w.getClientRects().length > 0 && w.scrollWidth > w.clientWidth)
        .map((w) => `${(w.querySelector('th')?.textContent ?? '').trim().slice(0, 30)}: ${w.scrollWidth} px in ${w.clientWidth}`),
    );
    expect(wide).toEqual([]);
    await page.context().close();
  });

  it('marks the row a link points to', async () => {
    const page = await open('bao-cao/24682-thuan-an/2026-05-bao-cao-tong-ket/');
    const id = await page.evaluate(() => document.querySelector('table.stack tbody tr[id]')!.id);
    const cellBackground = (id: string) => getComputedStyle((document.getElementById(id) as HTMLTableRowElement).cells[0]!).backgroundColor;
    const plain = await page.evaluate(cellBackground, id);
    await page.goto(`${site.url}bao-cao/24682-thuan-an/2026-05-bao-cao-tong-ket/#${id}`);
    const marked = await page.evaluate((id) => {
      const tr = document.getElementById(id)!;
      return {
        matches: tr.matches(':target'),
        bg: getComputedStyle((tr as HTMLTableRowElement).cells[0]!).backgroundColor,
        top: tr.getBoundingClientRect().top,
      };
    }, id);
    expect(marked.matches).toBe(true);
    expect(marked.bg).not.toBe(plain);
    expect(marked.top, 'scrolled into view, below the top edge').toBeGreaterThanOrEqual(0);
    await page.context().close();
  });
});
