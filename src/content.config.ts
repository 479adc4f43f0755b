/**
 * Content collections. Reports and models are loaded by our own ingestion
 * (src/ingestion), which checks them against the data contract and refuses
 * unsafe MDX. Their narratives travel as text and are rendered to HTML by
 * src/presentation/narrative.ts: nothing submitted is compiled to code.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { Figure, ModelFrontmatter, ReportFrontmatter } from './domain/schemas.ts';
import { loadDataset } from './ingestion/load.ts';

const reports = defineCollection({
  loader: () =>
    loadDataset().dataset.reports.map((r) => ({
      id: r.id,
      file: r.file,
      ...(r.tableFile ? { tableFile: r.tableFile } : {}),
      meta: r.meta,
      figures: r.figures,
      body: r.body,
    })),
  schema: z.object({
    file: z.string(),
    tableFile: z.string().optional(),
    meta: ReportFrontmatter,
    figures: z.array(Figure),
    /** The narrative: checked MDX, rendered by src/presentation/narrative.ts. */
    body: z.string(),
  }),
});

const models = defineCollection({
  loader: () => loadDataset().dataset.models.map((m) => ({ id: m.id, file: m.file, meta: m.meta, body: m.body })),
  schema: z.object({ file: z.string(), meta: ModelFrontmatter, body: z.string() }),
});

export const collections = { reports, models };
