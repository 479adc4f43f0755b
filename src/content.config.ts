/**
 * Content collections. Reports and models are loaded by our own ingestion
 * (src/ingestion), which checks them against the data contract and refuses
 * unsafe MDX. Their narratives stay in their files (the collections carry a
 * digest) and are rendered to HTML by src/presentation/narrative.ts: nothing
 * submitted is compiled to code.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { Figure, ModelFrontmatter, ReportFrontmatter } from './domain/schemas.ts';
import { loadDataset, narrativeDigest } from './ingestion/load.ts';

const reports = defineCollection({
  loader: () =>
    loadDataset().dataset.reports.map((r) => ({
      id: r.id,
      file: r.file,
      ...(r.tableFile ? { tableFile: r.tableFile } : {}),
      meta: r.meta,
      figures: r.figures,
      bodyDigest: narrativeDigest(r.body),
    })),
  schema: z.object({
    file: z.string(),
    tableFile: z.string().optional(),
    meta: ReportFrontmatter,
    figures: z.array(Figure),
    /**
     * The narrative's digest, not its text: narratives are most of a national site's input, and the store is
     * bundled as one module. Pages read the text with narrativeOf (src/ingestion/load.ts).
     */
    bodyDigest: z.string(),
  }),
});

const models = defineCollection({
  loader: () => loadDataset().dataset.models.map((m) => ({ id: m.id, file: m.file, meta: m.meta, bodyDigest: narrativeDigest(m.body) })),
  schema: z.object({ file: z.string(), meta: ModelFrontmatter, bodyDigest: z.string() }),
});

export const collections = { reports, models };
