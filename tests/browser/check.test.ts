/**
 * The check page "Kiểm tra số liệu" in real Chromium: it runs the build's own ingestion in the browser.
 *  (a) Broken fixture files give exactly the problem list `npm run validate` prints for the same files.
 *  (b) The path of an officer: commune page → check page → blank template (.xlsx) → three figures filled in (one of
 *      them wrong) → check → fix → check → download the correctly named files, which build like any submission.
 *  (c) The JavaScript the page loads, gzip, as Chromium fetches it: at load, for a CSV, an .xlsx and an .mdx check.
 */
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInChromium } from '../helpers/browser.ts';
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import { registry } from '../../src/domain/registry.ts';
import { checkSubmissions } from '../../src/ingestion/submissions.ts';
import { attachWorkbooks } from '../../src/ingestion/xlsx-node.ts';
import { distDir } from '../helpers/build.ts';

const site = useSiteInChromium();
const work = mkdtempSync(join(tmpdir(), 'bdhvs-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function open(
  path: string,
  before?: (page: Page) => Promise<unknown>,
): Promise<{ page: Page; errors: string[]; scripts: Set<string> }> {
  const page = await (await site.browser.newContext({ acceptDownloads: true })).newPage();
  await before?.(page);
  const errors: string[] = [];
  const scripts = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url + path, { waitUntil: 'load' });
  return { page, errors, scripts };
}

/** Gzip bytes (-9) of the scripts a page fetched, read from the built files. */
const gzipBytes = (scripts: Iterable<string>) =>
  [...scripts].reduce((n, path) => n + gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length, 0);

/** What the CLI prints for these files, run in their folder so that the paths read the same. */
function cli(dir: string, names: string[]): string {
  try {
    return execFileSync(process.execPath, [resolve('src/tools/validate.ts'), ...names], { cwd: dir, encoding: 'utf8' });
  } catch (e) {
    return (e as { stdout: string }).stdout;
  }
}

async function checkFiles(page: Page, paths: string[]): Promise<string> {
  await page.evaluate(() => (document.getElementById('check-problems')!.textContent = ''));
  await page.setInputFiles('#check-files', paths);
  await page.waitForFunction(() => (document.getElementById('check-problems')!.textContent ?? '') !== '', undefined, { timeout: 30_000 });
  return (await page.textContent('#check-problems'))!;
}

describe('the check page', () => {
  it('says that nothing leaves the device, in both languages', async () => {
    const vi = await open('kiem-tra/');
    expect(await vi.page.textContent('main, body')).toContain('không tệp nào được tải lên hay gửi đi');
    const en = await open('en/kiem-tra/');
    expect(await en.page.textContent('main, body')).toContain('no file is uploaded or sent anywhere');
  });

  it('loads at most 80 KB of JavaScript (gzip) to check a CSV table; the MDX and Excel readers only when needed', async () => {
    const measure = async (files: string[]) => {
      const { page, errors, scripts } = await open('kiem-tra/');
      await page.waitForLoadState('networkidle');
      const initial = new Set(scripts);
      if (files.length) await checkFiles(page, files);
      expect(errors).toEqual([]);
      return { initial, after: scripts };
    };
    const csv = await measure(['tests/fixtures/check/2026-06-02-bao-cao.csv']);
    const xlsx = await measure(['tests/fixtures/xlsx/broken.xlsx']);
    const mdx = await measure(['tests/fixtures/check/2026-06-02-bao-cao.mdx', 'tests/fixtures/check/2026-06-02-bao-cao.csv']);
    const bytes = {
      initial: gzipBytes(csv.initial),
      csv: gzipBytes(csv.after),
      xlsx: gzipBytes(xlsx.after),
      mdx: gzipBytes(mdx.after),
    };
    console.log(`check page JS fetched by Chromium (gzip -9 bytes): ${JSON.stringify(bytes)}`);
    expect(bytes.initial).toBeLessThan(10_000);
    expect(bytes.csv).toBeLessThanOrEqual(80_000);
    // Each reader is loaded by its own kind of file only.
    expect(bytes.xlsx).toBeGreaterThan(bytes.csv);
    expect(bytes.mdx).toBeGreaterThan(bytes.xlsx);
    expect([...csv.after].filter((s) => !xlsx.after.has(s))).toEqual([]);
  });

  it('says so when the registry cannot be fetched (offline), for a commune code and for a narrative', async () => {
    const { page } = await open('kiem-tra/?ma=24682', (p) => p.route('**/don-vi.json', (r) => r.abort()));
    await page.waitForFunction(() => document.getElementById('check-commune-name')!.textContent !== '');
    expect(await page.textContent('#check-commune-name')).toContain('Chưa tải được danh mục đơn vị');
    expect(await page.isDisabled('#check-template-xlsx')).toBe(true);
    await page.setInputFiles('#check-files', ['tests/fixtures/check/2026-06-02-bao-cao.mdx']);
    await page.waitForFunction(() => (document.getElementById('check-status')!.textContent ?? '').includes('Chưa tải được'));
  });

  it.each([
    ['a broken workbook', 'tests/fixtures/xlsx', ['broken.xlsx']],
    ['a broken narrative and CSV table', 'tests/fixtures/check', ['2026-06-02-bao-cao.mdx', '2026-06-02-bao-cao.csv']],
  ])('lists the problems of %s exactly as npm run validate prints them', async (_, dir, names) => {
    const { page, errors } = await open('kiem-tra/');
    const shown = await checkFiles(
      page,
      names.map((n) => join(dir, n)),
    );
    const expected = cli(dir, names).trimEnd();
    expect(expected).toMatch(/LỖI \/ ERROR/);
    expect(shown).toBe(expected);
    expect(await page.textContent('#check-downloads')).toContain('Sửa hết lỗi');
    expect(errors).toEqual([]);
  });

  it('takes an officer from the commune page to a checked, correctly named pair of files, starting from the template', async () => {
    const commune = registry().commune('24682')!;
    const { page, errors } = await open(`${commune.path}/`);
    await page.click('text=Kiểm tra số liệu, tải mẫu bảng trống');
    await page.waitForURL(/kiem-tra\/\?ma=24682$/);
    await page.waitForFunction(() => document.getElementById('check-commune-name')!.textContent !== '');
    expect(await page.textContent('#check-commune-name')).toBe('Xã Thuận An, Lâm Đồng');

    // The blank template, downloaded from the page.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#check-template-xlsx')]);
    expect(download.suggestedFilename()).toBe('mau-so-lieu-24682-xa-thuan-an.xlsx');
    const templatePath = join(work, download.suggestedFilename());
    await download.saveAs(templatePath);

    // The officer types three figures into the result column (text cells, as the template formats them).
    const fillIn = async (values: Record<string, string>, name: string) => {
      const sheets = await readXlsxFile(new Blob([readFileSync(templatePath)]), { trim: false });
      const data = sheets.map((s) => ({
        sheet: s.sheet,
        data: s.data.map((row) => {
          const code = String(row[1] ?? '');
          return row.map((c, i) =>
            i === 4 && code in values
              ? { value: values[code]!, type: String, format: '@' }
              : c === null
                ? null
                : { value: String(c), type: String },
          );
        }),
      }));
      const blob = await (writeXlsxFile as unknown as (s: unknown) => { toBlob: () => Promise<Blob> })(data).toBlob();
      const path = join(work, name);
      writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
      return path;
    };
    const wrong = await fillIn(
      { 'ty_le.can_bo': 'Ước tính 80%', 'mooc.nguoi_dan_hoc': 'trên 2.000', 'to_cns.to_thon': 'mười ba' },
      'so-lieu.xlsx',
    );

    // No .mdx: the document's details go into the form.
    await page.click('#check-form summary');
    await page.selectOption('#check-kind', 'báo cáo');
    await page.fill('#check-title', 'Báo cáo kết quả phong trào “Bình dân học vụ số” tháng 5/2026');
    await page.fill('#check-date', '2026-05-31');
    await page.fill('#check-issuer', 'UBND xã Thuận An');

    const first = await checkFiles(page, [wrong]);
    expect(first).toMatch(/^LỖI \/ ERROR so-lieu\.xlsx, 'Số liệu'!E\d+, dòng \d+, cột E \[Kết quả\]: Không đọc được giá trị/m);
    expect(first).toContain('Tìm thấy / found: "mười ba"');
    expect(first).toMatch(/\n1 lỗi, \d+ cảnh báo/);
    expect(await page.textContent('#check-downloads')).toContain('Sửa hết lỗi');

    // Fixed, checked again: no error, a preview with the qualifiers in words, and the files to download.
    const fixed = await fillIn(
      { 'ty_le.can_bo': 'Ước tính 80%', 'mooc.nguoi_dan_hoc': 'trên 2.000', 'to_cns.to_thon': '13' },
      'so-lieu.xlsx',
    );
    const second = await checkFiles(page, [fixed]);
    expect(second).toMatch(/\n0 lỗi, \d+ cảnh báo/);
    expect(second).toMatch(/Đã kiểm tra 2 tệp: 1 báo cáo, 3 số liệu, 0 mô hình\./);
    const preview = (await page.textContent('#check-figures'))!;
    expect(preview).toContain('Ước tính 80%');
    expect(preview).toContain('Ước tính — Số ước tính, chưa phải số đo đếm');
    expect(preview).toContain('Trên 2.000');
    expect(preview).toContain('Trên — Giới hạn dưới: con số thực lớn hơn');

    const [zipDownload] = await Promise.all([page.waitForEvent('download'), page.click('#check-downloads button[data-path$=".zip"]')]);
    expect(zipDownload.suggestedFilename()).toBe('24682-thuan-an.zip');
    const zipPath = join(work, 'out.zip');
    await zipDownload.saveAs(zipPath);
    const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
    expect(Object.keys(entries).sort()).toEqual(['24682-thuan-an/2026-05-31-bao-cao.mdx', '24682-thuan-an/2026-05-31-bao-cao.xlsx']);

    // What was downloaded is a valid submission with the three figures, for the build too.
    const files = attachWorkbooks(Object.entries(entries).map(([path, bytes]) => ({ path: `content/reports/${path}`, bytes })));
    const r = checkSubmissions(files);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.dataset.reports[0]!.figures.map((f) => `${f.indicator}=${f.value.raw}`).sort()).toEqual(
      ['ty_le.can_bo=Ước tính 80%', 'mooc.nguoi_dan_hoc=trên 2.000', 'to_cns.to_thon=13'].sort(),
    );
    await page.screenshot({ path: 'artifacts/screenshots/check-page.png', fullPage: true });
    expect(errors).toEqual([]);
  });
});
