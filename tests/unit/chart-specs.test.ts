/**
 * Chart specs say which charts a commune page has without drawing any: the embed routes list every chart of every
 * reporting commune, and drawing them all only to learn their ids made the route list cost as much as the pages.
 */
import { describe, expect, it, vi } from 'vitest';

// Drawing is forbidden in this file: a spec or a route that draws a chart fails here.
vi.mock('../../src/charts/rate-bars.ts', () => ({
  rateBars: () => {
    throw new Error('rateBars drawn');
  },
}));
vi.mock('../../src/charts/time-series.ts', () => ({
  timeSeries: () => {
    throw new Error('timeSeries drawn');
  },
}));

const { communeChartEmbedIds, communeChartIds, communeChartSpecs } = await import('../../src/presentation/chart-specs.ts');
const { embedRoutes } = await import('../../src/presentation/embed/routes.ts');
const { cardsEmbedId } = await import('../../src/presentation/embed/embed.ts');
const { siteModel } = await import('../../src/presentation/site-model.ts');

describe('communeChartSpecs', () => {
  const site = siteModel();

  it('names the charts of a reporting commune without drawing them', () => {
    const specs = communeChartSpecs(site, '24682');
    expect(specs.map((s) => s.id)).toEqual(communeChartIds(site, '24682'));
    expect(specs.map((s) => s.id)).toEqual(expect.arrayContaining(['ty-le', 'so-sanh']));
    for (const s of specs) expect(s.commune.code).toBe('24682');
  });

  it('lists every embed route from the specs alone', async () => {
    const routes = await embedRoutes();
    const reporting = [...site.communes.values()].filter((c) => c.reports.length > 0);
    expect(routes.length).toBe(reporting.reduce((n, c) => n + 1 + communeChartEmbedIds(site, c.commune.code).length, 0));
    expect(routes.filter((r) => r.params.embed === cardsEmbedId)).toHaveLength(reporting.length);
  });

  it('has no specs for a commune that has not reported', () => {
    const quiet = site.registry.communes.find((c) => !site.communes.has(c.code))!;
    expect(communeChartSpecs(site, quiet.code)).toEqual([]);
  });

  it('cannot draw here (the mocks are in force)', async () => {
    const { communeCharts } = await import('../../src/presentation/commune-charts.ts');
    expect(() => communeCharts(site, '24682', 'vi')).toThrow(/drawn/);
  });
});
