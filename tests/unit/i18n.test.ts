/** Both languages have every UI string, and every value of the contract's enums has a label in both. */
import { describe, expect, it } from 'vitest';
import { catalogues, enumLabels, locales, useTranslations } from '../../src/i18n/ui.ts';
import { modelCategories, modelStatuses, reportKinds, rowTypes } from '../../src/domain/schemas.ts';
import { communeKinds } from '../../src/domain/registry.ts';
import { indicators } from '../../src/domain/indicators.ts';
import { qualifierKinds } from '../../src/domain/schemas.ts';
import { qualifierLabels } from '../../src/domain/display.ts';

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
    for (const q of qualifierKinds) expect(qualifierLabels[q].en).toBeTruthy();
  });
});
