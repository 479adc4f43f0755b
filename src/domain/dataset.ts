/**
 * The nouns of the site: a report (a document with its figures), a model (a local initiative described by a
 * report) and the dataset of both. Ingestion builds them from checked submissions; everything else reads them.
 */
import type { Figure, ModelFrontmatter, ReportFrontmatter } from './schemas.ts';

export interface Report {
  /** Path below content/reports without extension: "24682-thuan-an/2026-05-bao-cao". */
  id: string;
  file: string;
  tableFile?: string;
  meta: ReportFrontmatter;
  figures: Figure[];
  /** The MDX narrative (frontmatter removed). */
  body: string;
}

export interface Model {
  id: string;
  file: string;
  meta: ModelFrontmatter;
  body: string;
}

export interface Dataset {
  reports: Report[];
  models: Model[];
}
