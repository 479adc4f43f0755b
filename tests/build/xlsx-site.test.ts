/**
 * An .xlsx submission builds like its CSV: a fixture content folder (tests/fixtures/sites/xlsx) holds the Thuận An
 * report with its table as a workbook saved by LibreOffice Calc (tests/fixtures/xlsx/make-fixtures.ts). Its report
 * page must show exactly the figures the sample site shows from the CSV, with the same qualifiers and warnings;
 * only the row anchors and the data version differ (a workbook's rows are the sheet's rows, not the CSV's physical lines).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildSite, distDir, smallSite } from '../helpers/build.ts';

const work = mkdtempSync(join(tmpdir(), 'bdhvs-xlsx-site-'));
const dist = join(work, 'dist');
const PAGE = 'bao-cao/24682-thuan-an/2026-05-bao-cao-tong-ket/index.html';

beforeAll(() => {
  // Commune pages for Lâm Đồng only (Thuận An's province); the report page is built as usual.
  buildSite({ ...smallSite('68'), BDHVS_CONTENT_DIR: resolve('tests/fixtures/sites/xlsx'), BDHVS_CACHE_DIR: join(work, 'cache') }, dist);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The figures table of a report page as text, one entry per row, without row numbers. */
const figureRows = (html: string) =>
  parse(html)
    .querySelectorAll('table.stack tbody tr')
    .map((tr) =>
      tr.textContent
        .replace(/\s+/g, ' ')
        .replace(/dòng \d+/g, 'dòng N')
        .replace(/#dong-\d+/g, '#dong-N')
        .replace(/phiên bản dữ liệu \w+/g, 'phiên bản dữ liệu V')
        .trim(),
    );

describe('a report submitted as .xlsx', () => {
  it('shows the same figures, qualifiers and warnings as the CSV it was made from', () => {
    const fromCsv = figureRows(readFileSync(join(distDir, PAGE), 'utf8'));
    const fromXlsx = figureRows(readFileSync(join(dist, PAGE), 'utf8'));
    expect(fromCsv.length).toBeGreaterThan(20);
    expect(fromXlsx).toEqual(fromCsv);
    expect(fromXlsx.join('\n')).toContain('Khoảng');
  });
  it('names the workbook as the source table', () => {
    expect(readFileSync(join(dist, PAGE), 'utf8')).toContain('24682-thuan-an/2026-05-bao-cao-tong-ket.xlsx');
  });
});
