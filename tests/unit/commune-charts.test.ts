/** Commune charts and headline cards come from pure modules, shared by the commune page and its embeds. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildSiteData } from '../../src/domain/commune-data.ts';
import { registry } from '../../src/domain/registry.ts';
import { loadDataset } from '../../src/ingestion/load.ts';
import { communeChartIds } from '../../src/presentation/chart-specs.ts';
import { communeCharts } from '../../src/presentation/commune-charts.ts';
import { cardText, headlineCards } from '../../src/presentation/headline-cards.ts';

const site = buildSiteData(loadDataset().dataset, registry());

describe('communeCharts', () => {
  it('draws the charts of a reporting commune, with stable ids the same in both languages', () => {
    const ids = communeChartIds(site, '24682');
    expect(ids).toContain('ty-le');
    expect(ids).toContain('so-sanh');
    expect(communeCharts(site, '24682', 'en').map((c) => c.id)).toEqual(ids);
  });

  it('gives each chart its SVG, data table and source figures', () => {
    for (const code of site.communes.keys()) {
      for (const c of communeCharts(site, code, 'vi')) {
        const svg = parse(c.svg).querySelector('svg')!;
        expect(svg.getAttribute('aria-labelledby')).toBe(`${c.id}-title ${c.id}-desc`);
        expect(svg.querySelector('title')!.textContent).toBe(c.title);
        expect(c.rows.length).toBeGreaterThan(0);
        for (const r of c.rows) expect(r).toHaveLength(c.headers.length);
        expect(c.sources.length).toBeGreaterThan(0);
        for (const s of c.sources) expect(s.report.meta.commune).toBe(code);
      }
    }
  });

  it('notes that comparison medians are computed', () => {
    const c = communeCharts(site, '24682', 'vi').find((x) => x.id === 'so-sanh')!;
    expect(c.note).toMatch(/Trung vị/);
    expect(c.intro).toMatch(/Hạng \d+\/\d+/);
  });

  it('has no charts for a commune that has not reported', () => {
    const quiet = registry().communes.find((c) => !site.communes.has(c.code))!;
    expect(communeCharts(site, quiet.code, 'vi')).toEqual([]);
  });
});

describe('headlineCards', () => {
  it('says what each headline card shows, as the page renders it', () => {
    const cards = headlineCards(site.communes.get('24682'), 'vi');
    const adult = cards.find((c) => c.anchor === 'the-ty-le-nguoi-truong-thanh')!;
    expect(adult.source?.figure.value.raw).toBe('Ước tính 80%');
    expect(adult.sourceText).toContain('Mục II.2');
    expect(cardText(adult, 'vi')).toMatchObject({ value: 'Ước tính 80%' });
    const empty = cards.find((c) => !c.source)!;
    expect(cardText(empty, 'vi')).toEqual({ heading: empty.def.vi, lines: [] });
  });
});
