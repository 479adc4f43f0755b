/**
 * Build-level tests: the sample site built from content/ shows every seed
 * figure exactly, with its qualifier and source, and has a page for every
 * one of the 3,321 units.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { registry } from '../../src/domain/registry.ts';
import { loadDataset } from '../../src/ingestion/load.ts';
import { formatValueNumber } from '../../src/domain/display.ts';
import { distDir } from '../helpers/build.ts';
import { parseXml } from '../helpers/xml.ts';

const page = (path: string) => {
  const file = join(distDir, path, 'index.html');
  expect(existsSync(file), `${path} exists`).toBe(true);
  return parse(readFileSync(file, 'utf8'));
};
const text = (html: ReturnType<typeof parse>) => html.textContent.replace(/\s+/g, ' ');

describe('the sample site', () => {
  const reg = registry();
  const { dataset } = loadDataset();

  it('has a page for each of the 3,321 units and 34 provinces', () => {
    expect(reg.communes).toHaveLength(3321);
    const missing = reg.communes.filter((c) => !existsSync(join(distDir, c.path, 'index.html')));
    expect(missing.map((c) => c.path)).toEqual([]);
    for (const p of reg.provinces) expect(existsSync(join(distDir, p.slug, 'index.html'))).toBe(true);
  });

  it('writes feeds and the sitemap as well-formed XML, each feed entry with an author and no future date', () => {
    for (const f of ['feed.xml', 'en/feed.xml', 'sitemap.xml']) parseXml(readFileSync(join(distDir, f), 'utf8'));
    for (const f of ['feed.xml', 'en/feed.xml']) {
      const { text } = parseXml(readFileSync(join(distDir, f), 'utf8'));
      const entries = text.get('feed/entry/title') ?? [];
      expect(entries.length).toBe(dataset.reports.length);
      expect(text.get('feed/entry/author/name')).toHaveLength(entries.length);
      const now = new Date().toISOString();
      for (const u of [...(text.get('feed/entry/updated') ?? []), ...(text.get('feed/updated') ?? [])]) expect(u <= now).toBe(true);
    }
  });

  it('says plainly when a unit has not reported', () => {
    const c = reg.communes.find((x) => !dataset.reports.some((r) => r.meta.commune === x.code))!;
    expect(text(page(c.path))).toContain('chưa gửi báo cáo');
  });

  it('shows every figure on its report page: raw text, formatted value, anchor', () => {
    let checked = 0;
    for (const r of dataset.reports) {
      const html = page(`bao-cao/${r.id}`);
      for (const f of r.figures) {
        const row = html.getElementById(`dong-${f.line}`);
        expect(row, `${r.id} line ${f.line}`).not.toBeNull();
        const rowText = text(row!);
        expect(rowText).toContain(f.value.raw);
        expect(rowText).toContain(formatValueNumber(f.value));
        for (const w of f.value.qualifierWords) expect(rowText).toContain(w);
        checked++;
      }
    }
    expect(checked).toBe(dataset.reports.reduce((n, r) => n + r.figures.length, 0));
    expect(checked).toBeGreaterThanOrEqual(60);
  });

  it('shows seed headline figures with their qualifiers on commune pages', () => {
    const thuanAn = text(page(reg.commune('24682')!.path));
    // Thuận An: adults "Ước tính 80%" (an estimate, never shown as a measured figure).
    const adultCard = page(reg.commune('24682')!.path).getElementById('the-ty-le-nguoi-truong-thanh')!;
    expect(text(adultCard)).toMatch(/Ước tính\s*80%/);
    expect(adultCard.querySelector('.qualifier')?.textContent.trim()).toBe('Ước tính');
    expect(thuanAn).toContain('Khoảng 14.173');
    expect(thuanAn).toContain('14.033/17.423 (80,5%)');
    const caoDuc = text(page(reg.commune('09466')!.path));
    expect(caoDuc).toContain('12.564/16.900');
    expect(caoDuc).toContain('Báo cáo số 141/BC-UBND');
    // Tổ công nghệ số members: row 9 of report 141, with its source.
    expect(text(page(reg.commune('09466')!.path).getElementById('so-lieu-2026-06-02-bao-cao-141-dong-9')!)).toMatch(
      /^ ?Số thành viên Tổ công nghệ số cộng đồng 65 Nguồn: Báo cáo số 141\/BC-UBND, 02\/6\/2026 — Mục I\.2\.7 /,
    );
    const anNghia = text(page(reg.commune('05395')!.path));
    expect(anNghia).toContain('80,06%');
    expect(anNghia).toContain('Bài báo');
    const thachThat = text(page(reg.commune('09955')!.path));
    // A plan: its figures are the commune's targets, in the targets section with their year.
    const thachThatPage = page(reg.commune('09955')!.path);
    expect(thachThatPage.getElementById('chi-tieu')?.textContent).toBe('Chỉ tiêu');
    expect(text(thachThatPage.getElementById('so-lieu-2025-07-11-ke-hoach-dong-4')!)).toMatch(
      /^ ?Tỷ lệ người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản 2025 85% Nguồn: Kế hoạch, 11\/7\/2025 — Mục II\.2\.a /,
    );
    expect(thachThat).toContain('Chưa báo cáo');
  });

  it('publishes the ranks, medians and computed rates of the sample, as computed by hand', () => {
    // Adults with digital skills, latest results: Cao Đức 90%, Thuận An "Ước tính 80%" (counted as 80), An Nghĩa
    // 70%; one reporting unit per province. National median of 70, 80, 90: 80.
    const rankOf = (code: string) => text(page(reg.commune(code)!.path)).match(/Hạng \d+\/\d+ toàn quốc, \d+\/\d+ trong [^,]+,/)?.[0];
    expect(rankOf('09466')).toBe('Hạng 1/3 toàn quốc, 1/1 trong Bắc Ninh,');
    expect(rankOf('24682')).toBe('Hạng 2/3 toàn quốc, 1/1 trong Lâm Đồng,');
    expect(rankOf('05395')).toBe('Hạng 3/3 toàn quốc, 1/1 trong Phú Thọ,');
    const caoDuc = text(page(reg.commune('09466')!.path));
    expect(caoDuc).toContain('Xã Cao Đức: 90%. Trung vị Bắc Ninh (1 đơn vị): 90%. Trung vị toàn quốc (3 đơn vị): 80%');
    // Level-2 e-ID, a count of a total: the site's computed rate 12564/16900 = 74.34…% shown to one decimal, labelled.
    expect(text(page(reg.commune('09466')!.path).getElementById('the-dinh-danh-muc-2')!)).toContain(
      '12.564/16.900 ≈ 74,3% (tính từ tử số/mẫu số)',
    );
  });

  it('publishes data-quality warnings beside the figure', () => {
    const html = page('bao-cao/24682-thuan-an/2026-05-bao-cao-tong-ket');
    const row9 = dataset.reports.find((r) => r.meta.commune === '24682')!.figures.find((f) => f.stt === '9')!;
    expect(text(html.getElementById(`dong-${row9.line}`)!)).toContain('Giá trị không khớp đơn vị tính');
  });

  it('renders charts as SVG with role img, title and description, and no required script', () => {
    const html = page(reg.commune('24682')!.path);
    const svgs = html.querySelectorAll('svg.chart');
    expect(svgs.length).toBeGreaterThanOrEqual(2);
    for (const svg of svgs) {
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.querySelector('title')?.textContent.length).toBeGreaterThan(10);
    }
    // The descriptions say the figures the charts draw, as published.
    const descs = svgs.map((svg) => svg.querySelector('desc')?.textContent ?? '');
    expect(descs).toContain('Xã Thuận An: Ước tính 80%. Trung vị Lâm Đồng (1 đơn vị): 80%. Trung vị toàn quốc (3 đơn vị): 80%');
    expect(descs[0]).toMatch(/^Tỷ lệ người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản: Ước tính 80%\. /);
    // Charts need no script; the only one is the citation enhancement (copy buttons, today's access date).
    const scripts = html.querySelectorAll('script');
    expect(scripts.length).toBeLessThanOrEqual(1);
    for (const s of scripts) expect(s.getAttribute('type')).toBe('module');
    expect(html.querySelectorAll('button.copy').every((b) => b.hasAttribute('hidden'))).toBe(true);
  });

  it('lists every model on the models index and gives each a page', () => {
    const index = text(page('mo-hinh'));
    for (const m of dataset.models) {
      expect(index).toContain(m.meta.title);
      expect(text(page(`mo-hinh/${m.id}`)).toLowerCase()).toContain(m.meta.status);
    }
  });

  it('writes a search index with every commune', () => {
    const index = JSON.parse(readFileSync(join(distDir, 'tim-kiem/chi-muc.json'), 'utf8')) as unknown[];
    expect(index.length).toBe(3321 + 34 + dataset.models.length);
  });
});
