/**
 * Local indicators on a built site: a small fixture content folder (tests/fixtures/sites/local-indicators, marked
 * synthetic) with catalogue figures that used to have no code and two local indicators. They are published on the
 * commune page under the commune's own name and unit, with their provenance, and never compared between places.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildSite, smallSite } from '../helpers/build.ts';

const work = mkdtempSync(join(tmpdir(), 'bdhvs-local-'));
const dist = join(work, 'dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const text = (html: string) => parse(html).textContent.replace(/\s+/g, ' ');

beforeAll(() => {
  // Commune pages for Hải Phòng only (Kiến Minh's province): the province and national pages are built in full.
  buildSite(
    { ...smallSite('31'), BDHVS_CONTENT_DIR: resolve('tests/fixtures/sites/local-indicators'), BDHVS_CACHE_DIR: join(work, 'cache') },
    dist,
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a commune with local indicators', () => {
  it('shows them in their own section, named in its own words, with unit, qualifier and source', () => {
    const doc = parse(read('hai-phong/xa-kien-minh-11725/index.html'));
    const heading = doc.querySelector('#chi-tieu-rieng');
    expect(heading?.textContent).toBe('Chỉ tiêu riêng của địa phương');
    const table = heading!.nextElementSibling!.nextElementSibling!;
    const rows = table.querySelectorAll('tbody > tr').map((tr) =>
      text(
        tr.querySelector('th')!.outerHTML +
          tr
            .querySelectorAll('td')
            .map((td) => td.outerHTML)
            .slice(0, 2)
            .join(' '),
      ).trim(),
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^Cơ quan tổ chức họp trực tuyến 12\/12 Cơ quan/);
    expect(rows[1]).toMatch(/^Hộ tham gia nhóm Zalo của thôn Khoảng 70% %/);
  });
  it('shows the catalogue figures that used to have no code, under their catalogue names', () => {
    const page = text(read('hai-phong/xa-kien-minh-11725/index.html'));
    expect(page).toContain('Số thành viên Tổ ứng cứu công nghệ, hỗ trợ giải quyết thủ tục hành chính');
    expect(page).toContain('Số thôn, bon, tổ dân phố trên địa bàn');
    expect(page).toContain('Tỷ lệ trường học thu học phí, các khoản thu không dùng tiền mặt');
    expect(page).toContain('Trên 2.000');
  });
  it('labels every page of the fixture as synthetic', () => {
    expect(text(read('hai-phong/xa-kien-minh-11725/index.html'))).toContain('Dữ liệu mô phỏng');
  });
  it('never compares them: no province or national page names them', () => {
    for (const path of ['hai-phong/index.html', 'index.html', 'en/hai-phong/index.html', 'en/index.html']) {
      const page = read(path);
      expect(page).not.toContain('Cơ quan tổ chức họp trực tuyến');
      expect(page).not.toContain('dia_phuong.');
    }
  });
  it('publishes them in the national long table with their code and the commune’s wording', () => {
    const csv = read('du-lieu/so-lieu.csv');
    const line = csv.split('\r\n').find((l) => l.includes('dia_phuong.co_quan_hop_truc_tuyen'));
    expect(line).toBeDefined();
    expect(line).toContain('Cơ quan tổ chức họp trực tuyến');
    expect(line).toContain('12/12');
  });
});
