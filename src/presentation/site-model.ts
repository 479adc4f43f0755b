/**
 * The one site model of a process: the checked dataset (src/ingestion/load.ts) turned into the domain's SiteData
 * once, and read by everything that shows a figure: the integration's preflight and share images, and every page
 * and download Astro renders.
 *
 * Astro loads the integration and the prerendered pages as separate module graphs in one process, so the model is
 * kept on globalThis (like the loaded dataset itself): a page asking for it gets the object the integration
 * checked, not a copy. A process that never ran the integration (the dev server's own graph, a test) builds it on
 * first use. The model holds no narrative text: each document's `body` is read again from its file when a page
 * asks for it (narrativeOf checks it is the text that was checked), so the parsed narratives, most of a national
 * site's input, can be released once the model exists.
 */
import { resolve } from 'node:path';
import { buildSiteData, type SiteData } from '../domain/commune-data.ts';
import { registry } from '../domain/registry.ts';
import type { Dataset, Model, Report } from '../domain/dataset.ts';
import { loadDataset, narrativeDigest, narrativeOf } from './build-inputs.ts';

interface SharedModels {
  sites: Map<string, SiteData>;
  reports: WeakMap<SiteData, ReadonlyMap<string, Report>>;
  models: WeakMap<SiteData, ReadonlyMap<string, Model>>;
  /** Each lazy document's narrative digest (the integration's module graph made them, the pages' graph reads them). */
  narratives: WeakMap<Report | Model, string>;
}
const shared = ((globalThis as { [k: symbol]: SharedModels })[Symbol.for('bdhvs.site-model')] ??= {
  sites: new Map(),
  reports: new WeakMap(),
  models: new WeakMap(),
  narratives: new WeakMap(),
});

/** The same key as the loaded dataset's: the project root and the content folder (BDHVS_CONTENT_DIR). */
const modelKey = (root: string, contentDir: string) => `${resolve(root)}|${resolve(root, contentDir)}`;
const defaultDir = () => process.env.BDHVS_CONTENT_DIR ?? 'content';

/**
 * A document whose narrative is read from its file on each access. Everything else is the checked object's own
 * fields; the getter closes over the path and digest only, never over the checked text.
 */
function lazyNarrative<T extends Report | Model>(doc: T, root: string, contentDir: string): T {
  const { body, ...rest } = doc;
  const file = doc.file;
  const digest = narrativeDigest(body);
  const lazy = Object.defineProperty(rest, 'body', {
    get: () => narrativeOf(file, digest, root, contentDir),
    enumerable: true,
  }) as T;
  shared.narratives.set(lazy, digest);
  return lazy;
}

/** The digest of a document's narrative, without reading it again (page-inputs.ts keys pages by it). */
export function narrativeDigestOf(doc: Report | Model): string {
  return shared.narratives.get(doc) ?? narrativeDigest(doc.body);
}

/** The dataset as the model holds it: the same reports and models, their narratives read on demand. */
export function withLazyNarratives(dataset: Dataset, root = process.cwd(), contentDir = defaultDir()): Dataset {
  return {
    reports: dataset.reports.map((r) => lazyNarrative(r, root, contentDir)),
    models: dataset.models.map((m) => lazyNarrative(m, root, contentDir)),
  };
}

/**
 * The site model of the content being built, built on first use and kept for the process. Throws SubmissionError
 * when a submission has an error (the integration reports it before anything else runs). Do not mutate it.
 */
export function siteModel(root: string = process.cwd(), contentDir = defaultDir()): SiteData {
  const key = modelKey(root, contentDir);
  let site = shared.sites.get(key);
  if (!site) {
    site = buildSiteData(withLazyNarratives(loadDataset(root, contentDir).dataset, root, contentDir), registry());
    shared.sites.set(key, site);
  }
  return site;
}

/** A report of the model by its id (the path below content/reports without extension). */
export function reportById(site: SiteData, id: string): Report | undefined {
  let byId = shared.reports.get(site);
  if (!byId) shared.reports.set(site, (byId = new Map(site.reports.map((r) => [r.id, r]))));
  return byId.get(id);
}

/** A model (mô hình) of the site model by its id. */
export function modelById(site: SiteData, id: string): Model | undefined {
  let byId = shared.models.get(site);
  if (!byId) shared.models.set(site, (byId = new Map(site.models.map((m) => [m.id, m]))));
  return byId.get(id);
}
