/**
 * The MDX reader, loaded when needed: in the check page's browser bundle, src/ingestion/submissions.ts imports this
 * module instead of src/ingestion/mdx-source.ts (src/check/client-bundle.ts), so the reader (remark-mdx, micromark,
 * acorn, yaml) is a separate chunk that loads only when an .mdx file is checked. `runCheck` awaits `loadMdxReader()`
 * before it checks a narrative; reading one before that is a bug, and says so.
 */
import type { z } from 'astro/zod';
import type * as Reader from '../ingestion/mdx-source.ts';

let reader: typeof Reader | undefined;

export async function loadMdxReader(): Promise<void> {
  reader ??= await import('../ingestion/mdx-source.ts');
}

export function readMdxSource<S extends z.ZodType>(file: string, text: string, schema: S): Reader.MdxSource<z.infer<S>> {
  if (!reader) throw new Error('The MDX reader is not loaded yet: await loadMdxReader() first (src/check/lazy-mdx.ts).');
  return reader.readMdxSource(file, text, schema);
}
