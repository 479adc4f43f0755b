/** Both languages have every UI string, and every value of the contract's enums has a label in both. */
import { describe, expect, it } from 'vitest';
import { catalogues, enumLabels, locales, plural, useTranslations } from '../../src/i18n/ui.ts';
import { modelCategories, modelStatuses, reportKinds, rowTypes } from '../../src/domain/schemas.ts';
import { communeKinds } from '../../src/domain/registry.ts';
import { indicators } from '../../src/domain/indicators.ts';
import { qualifierKinds } from '../../src/domain/schemas.ts';
import { qualifierLabels } from '../../src/domain/display.ts';
import { localeOfPath, otherLocale } from '../../src/i18n/locale.ts';
import { bilingualPages, routePattern } from '../../src/i18n/routes.ts';
import { existsSync, readdirSync } from 'node:fs';

describe('translation catalogues', () => {
  const keys = Object.keys(catalogues.vi).sort();
  it.each(locales)('%s has exactly the same keys as vi, none empty', (locale) => {
    expect(Object.keys(catalogues[locale]).sort()).toEqual(keys);
    for (const k of keys) expect(catalogues[locale][k as keyof (typeof catalogues)['vi']].trim(), `${locale}:${k}`).not.toBe('');
  });
  it.each(locales)('%s keeps the same placeholders as vi', (locale) => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of keys) {
      const key = k as keyof (typeof catalogues)['vi'];
      expect(placeholders(catalogues[locale][key]), k).toEqual(placeholders(catalogues.vi[key]));
    }
  });
  it('writes the English word for the count, and leaves Vietnamese as it is', () => {
    const en = useTranslations('en');
    expect(en('commune.provinceMedian', { province: 'Lâm Đồng', n: 1 })).toBe('Median, Lâm Đồng (1 unit)');
    expect(en('commune.provinceMedian', { province: 'Lâm Đồng', n: 3 })).toBe('Median, Lâm Đồng (3 units)');
    expect(en('opendata.rows', { n: '1,001' })).toBe('1,001 rows');
    expect(en('opendata.rows', { n: '0' })).toBe('0 rows');
    expect(useTranslations('vi')('commune.provinceMedian', { province: 'Lâm Đồng', n: 1 })).toBe('Trung vị Lâm Đồng (1 đơn vị)');
    expect(plural(1, { one: 'unit', other: 'units' })).toBe('unit');
    expect(plural('3.321', { one: 'đơn vị', other: 'đơn vị' }, 'vi')).toBe('đơn vị');
  });
  it('fills placeholders', () => {
    expect(useTranslations('en')('commune.ratesTitle', { name: 'Xã Thuận An' })).toBe('Rates of Xã Thuận An');
  });
  it('labels every enum value of the contract in both languages', () => {
    for (const v of [...reportKinds, ...modelStatuses, ...modelCategories, ...rowTypes, ...communeKinds]) {
      expect(enumLabels[v]?.vi, v).toBeTruthy();
      expect(enumLabels[v]?.en, v).toBeTruthy();
    }
  });
  it('has Vietnamese and English labels for every indicator and qualifier', () => {
    for (const d of indicators) {
      expect(d.vi).not.toBe(d.en);
      // English labels are English, apart from the movement's own name.
      expect(d.en.replace('Bình dân học vụ số', '')).toMatch(/^[\x20-\x7E“”’–]+$/);
    }
    for (const q of qualifierKinds) {
      for (const l of locales) {
        expect(qualifierLabels[q][l], `${q} ${l}`).toBeTruthy();
        expect(qualifierLabels[q].explain[l], `${q} explain ${l}`).toBeTruthy();
      }
      expect(qualifierLabels[q].explain.vi).not.toBe(qualifierLabels[q].explain.en);
    }
  });
});

describe('the locale of a page', () => {
  it.each([
    ['/', '/', 'vi'],
    ['/en/', '/', 'en'],
    ['/en', '/', 'en'],
    ['/en/lam-dong/xa-thuan-an-24682/', '/', 'en'],
    ['/en/anh/toan-quoc.png', '/', 'en'],
    ['/lam-dong/', '/', 'vi'],
    ['/404.html', '/', 'vi'],
    // A Vietnamese path that merely starts with the letters "en" stays Vietnamese.
    ['/enterprise/', '/', 'vi'],
    ['/bdhvs/en/bao-cao/x/', '/bdhvs/', 'en'],
    ['/bdhvs/en/bao-cao/x/', '/bdhvs', 'en'],
    ['/bdhvs/lam-dong/', '/bdhvs/', 'vi'],
    // "en" is a locale only right after the base.
    ['/bdhvs/lam-dong/en/', '/bdhvs/', 'vi'],
  ] as const)('%s (base %s) is %s', (path, base, locale) => {
    expect(localeOfPath(path, base)).toBe(locale);
  });
  it('is the other edition for the other locale', () => {
    expect(otherLocale('vi')).toBe('en');
    expect(otherLocale('en')).toBe('vi');
  });
});

describe('routes of the English edition', () => {
  it.each([
    ['index.astro', '/', '/en'],
    ['feed.xml.ts', '/feed.xml', '/en/feed.xml'],
    ['[province]/index.astro', '/[province]', '/en/[province]'],
    ['bao-cao/[...id].astro', '/bao-cao/[...id]', '/en/bao-cao/[...id]'],
    ['nhung/[province]/[commune]/[embed].astro', '/nhung/[province]/[commune]/[embed]', '/en/nhung/[province]/[commune]/[embed]'],
  ])('%s is %s and %s', (file, vi, en) => {
    expect(routePattern(file, 'vi')).toBe(vi);
    expect(routePattern(file, 'en')).toBe(en);
  });
  it('lists only files that exist, none of the pages kept as two files', () => {
    for (const file of bilingualPages) expect(existsSync(new URL(`../../src/pages/${file}`, import.meta.url)), file).toBe(true);
    for (const file of bilingualPages) expect(existsSync(new URL(`../../src/pages/en/${file}`, import.meta.url)), file).toBe(false);
    expect(bilingualPages.some((f) => /^(gioi-thieu|huong-dan|kiem-tra)\//.test(f))).toBe(false);
  });
  it('keeps files under src/pages/en/ only for pages whose two languages are different content', () => {
    const en = new URL('../../src/pages/en/', import.meta.url);
    expect(readdirSync(en).sort()).toEqual(['gioi-thieu', 'huong-dan', 'kiem-tra']);
  });
});
