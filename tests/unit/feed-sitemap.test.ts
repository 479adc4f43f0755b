/** The feed marks reports that revise published figures; the sitemap lists indexable pages only. */
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/domain/commune-data.ts';
import { registry } from '../../src/domain/registry.ts';
import { parseReportTable } from '../../src/ingestion/report-table.ts';
import type { Report } from '../../src/domain/dataset.ts';
import { atomFeed, revisedCount } from '../../src/presentation/feed.ts';
import { parseXml } from '../helpers/xml.ts';
import { isIndexable, robotsTxt, sitemapXml } from '../../src/presentation/sitemap.ts';

const header = 'STT,Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả\n';
function report(id: string, date: string, rows: string): Report {
  const { figures, problems } = parseReportTable(`${id}.csv`, header + rows);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return {
    id,
    file: `${id}.mdx`,
    meta: { commune: '24682', kind: 'báo cáo', title: 'T', date, issuer: 'UBND xã Thuận An' },
    figures,
    body: '',
  };
}

describe('atomFeed', () => {
  const older = report('a/2025-12', '2025-12', '1,ty_le.nguoi_truong_thanh,a,%,70%\n2,to_cns.so_to,b,Tổ,12\n');
  const newer = report('a/2026-06', '2026-06', '1,ty_le.nguoi_truong_thanh,a,%,Ước tính 80%\n2,to_cns.so_to,b,Tổ,12\n');
  const site = buildSiteData({ reports: [older, newer], models: [] }, registry());

  it('counts the figures a report revises against the previous report', () => {
    expect(revisedCount(site, newer)).toBe(1);
    expect(revisedCount(site, older)).toBe(0);
  });
  it('lists reports newest first, marks revisions, and escapes text', () => {
    const xml = atomFeed(site, { locale: 'vi', siteRoot: 'https://x.vn/bdhvs/', reportHref: (id) => `https://x.vn/bdhvs/bao-cao/${id}/` });
    const titles = [...xml.matchAll(/<entry><title>([^<]*)<\/title>/g)].map((m) => m[1]!);
    expect(titles).toHaveLength(2);
    expect(titles[0]).toContain('6/2026');
    expect(titles[0]).toContain('(có điều chỉnh)');
    expect(titles[1]).not.toContain('điều chỉnh');
    expect(xml).toContain('<link rel="self" href="https://x.vn/bdhvs/feed.xml"/>');
    expect(xml).toContain('<updated>2026-06-01T00:00:00Z</updated>');
    parseXml(xml);
  });
  it('is in English for the English edition', () => {
    const xml = atomFeed(site, { locale: 'en', siteRoot: 'https://x.vn/', reportHref: (id) => `https://x.vn/en/bao-cao/${id}/` });
    expect(xml).toContain('xml:lang="en"');
    expect(xml).toContain('(revised figures)');
    expect(xml).toContain('https://x.vn/en/feed.xml');
  });
});

describe('atomFeed writes valid Atom whatever the text', () => {
  const build = new Date('2026-12-03T11:00:00Z');
  it('never emits characters XML forbids (a U+000B in a title)', () => {
    const r = report('b/2026', '2026', '1,ty_le.nguoi_truong_thanh,a,%,70%\n');
    r.meta.title = 'Báo cáo\u000bkết quả\u0000 <b>&';
    const xml = atomFeed(buildSiteData({ reports: [r], models: [] }, registry()), {
      locale: 'vi',
      siteRoot: 'https://x.vn/',
      reportHref: (id) => `https://x.vn/bao-cao/${id}/`,
      now: build,
    });
    const { text } = parseXml(xml);
    expect(text.get('feed/entry/summary')?.join('')).toContain('Báo cáokết quả <b>&');
  });
  it('gives every entry an author (RFC 4287) and writes only the stated precision, never a future date', () => {
    const yearOnly = report('b/nam-2026', '2026', '1,ty_le.nguoi_truong_thanh,a,%,70%\n');
    const future = report('b/2027', '2027-03', '1,ty_le.nguoi_truong_thanh,a,%,75%\n');
    const site = buildSiteData({ reports: [yearOnly, future], models: [] }, registry());
    const xml = atomFeed(site, {
      locale: 'en',
      siteRoot: 'https://x.vn/',
      reportHref: (id) => `https://x.vn/en/bao-cao/${id}/`,
      now: build,
    });
    const { elements, text } = parseXml(xml);
    expect(elements.filter((e) => e === 'entry')).toHaveLength(2);
    expect(text.get('feed/entry/author/name')).toEqual(['UBND xã Thuận An', 'UBND xã Thuận An']);
    expect(text.get('feed/entry/updated')).toEqual(['2026-12-03T11:00:00Z', '2026-01-01T00:00:00Z']);
    expect(text.get('feed/updated')).toEqual(['2026-12-03T11:00:00Z']);
    expect(xml).not.toContain('2026-12-31');
  });
  it('a feed with no document yet is dated by its build, not by an invented day', () => {
    const xml = atomFeed(buildSiteData({ reports: [], models: [] }, registry()), {
      locale: 'vi',
      siteRoot: 'https://x.vn/',
      reportHref: (id) => id,
      now: build,
    });
    expect(parseXml(xml).text.get('feed/updated')).toEqual(['2026-12-03T11:00:00Z']);
  });
});

describe('sitemap and robots', () => {
  it('keeps pages, drops embeds, print pages, files and 404', () => {
    expect(isIndexable('lam-dong/xa-thuan-an-24682/')).toBe(true);
    expect(isIndexable('en/lam-dong/')).toBe(true);
    expect(isIndexable('nhung/lam-dong/xa-thuan-an-24682/the/')).toBe(false);
    expect(isIndexable('en/nhung/x/')).toBe(false);
    expect(isIndexable('404/')).toBe(false);
    expect(isIndexable('du-lieu/so-lieu.csv')).toBe(false);
  });
  it('writes absolute, sorted, unique URLs under the base', () => {
    const xml = sitemapXml('https://x.vn/bdhvs/', ['b/', 'a/', 'a/', '', 'nhung/q/']);
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(['https://x.vn/bdhvs/', 'https://x.vn/bdhvs/a/', 'https://x.vn/bdhvs/b/']);
    expect(robotsTxt('https://x.vn/bdhvs/')).toContain('Sitemap: https://x.vn/bdhvs/sitemap.xml');
  });
});
