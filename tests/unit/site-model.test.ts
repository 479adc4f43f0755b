/**
 * One site model per process: the integration's checks, the share images and the pages read the same object,
 * built from the checked dataset without copying its figures, and holding no narrative text.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/domain/commune-data.ts';
import { registry } from '../../src/domain/registry.ts';
import { loadDataset } from '../../src/ingestion/load.ts';
import { modelById, reportById, siteModel } from '../../src/presentation/site-model.ts';
import { getSiteData } from '../../src/presentation/site.ts';

describe('siteModel', () => {
  const loaded = loadDataset();
  const site = siteModel();

  it('is built once per process: every caller, the pages included, gets the same object', async () => {
    expect(siteModel()).toBe(site);
    expect(await getSiteData()).toBe(site);
  });

  it('holds the checked figures themselves, as the domain model of the dataset would', () => {
    const direct = buildSiteData(loaded.dataset, registry());
    expect(site.reports.map((r) => r.id)).toEqual(direct.reports.map((r) => r.id));
    expect([...site.reporting]).toEqual([...direct.reporting]);
    for (const r of site.reports) {
      const checked = loaded.dataset.reports.find((x) => x.id === r.id)!;
      expect(r.figures).toBe(checked.figures);
      expect(r.meta).toBe(checked.meta);
    }
  });

  it('reads each narrative from its file on demand, the text that was checked', () => {
    for (const doc of [...site.reports, ...site.models]) {
      const descriptor = Object.getOwnPropertyDescriptor(doc, 'body')!;
      expect(descriptor.get).toBeTypeOf('function');
      expect(descriptor).not.toHaveProperty('value');
      const checked = [...loaded.dataset.reports, ...loaded.dataset.models].find((x) => x.file === doc.file)!;
      expect(doc.body).toBe(checked.body);
    }
  });

  it('finds reports and models by id', () => {
    const report = site.reports[0]!;
    expect(reportById(site, report.id)).toBe(report);
    expect(reportById(site, 'khong-co')).toBeUndefined();
    const model = site.models[0]!;
    expect(modelById(site, model.id)).toBe(model);
  });
});
