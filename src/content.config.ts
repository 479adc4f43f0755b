/**
 * Content collections. Reports and models are loaded by our own ingestion
 * (src/ingestion), which checks them against the data contract and refuses
 * unsafe MDX; the MDX narratives are then rendered by @astrojs/mdx through
 * the glob loader. Both read the same files under content/.
 */
import { isAbsolute } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { Figure, ModelFrontmatter, ReportFrontmatter } from './domain/schemas.ts';
import { loadDataset } from './ingestion/load.ts';

const contentDir = process.env.BDHVS_CONTENT_DIR ?? 'content';
const contentBase = isAbsolute(contentDir) ? contentDir : `./${contentDir}`;

const reports = defineCollection({
  loader: () =>
    loadDataset().dataset.reports.map((r) => ({
      id: r.id,
      file: r.file,
      ...(r.tableFile ? { tableFile: r.tableFile } : {}),
      meta: r.meta,
      figures: r.figures,
    })),
  schema: z.object({
    file: z.string(),
    tableFile: z.string().optional(),
    meta: ReportFrontmatter,
    figures: z.array(Figure),
  }),
});

const models = defineCollection({
  loader: () => loadDataset().dataset.models.map((m) => ({ id: m.id, file: m.file, meta: m.meta })),
  schema: z.object({ file: z.string(), meta: ModelFrontmatter }),
});

/** The narratives, rendered by @astrojs/mdx. Frontmatter was already checked above. */
const reportTexts = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentBase}/reports` }),
  schema: ReportFrontmatter,
});
const modelTexts = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${contentBase}/models` }),
  schema: ModelFrontmatter,
});

export const collections = { reports, models, reportTexts, modelTexts };
