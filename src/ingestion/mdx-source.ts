/**
 * Submitted MDX is untrusted: MDX is JavaScript that runs at build time. This
 * module reads an MDX file's frontmatter and body and refuses anything beyond
 * Markdown and an allow-list of the site's own components: imports, exports,
 * JS expressions, unknown elements (<script>, <iframe>, …), event handler
 * attributes, expression attributes and javascript:/data: URLs. Every refusal
 * is located (line, column). The frontmatter is read by mdx-frontmatter.ts, the body checked by mdx-body.ts.
 */
import type { z } from 'astro/zod';
import { problem, type Problem } from '../domain/problems/index.ts';
import { checkMdxBody } from './mdx-body.ts';
import { readFrontmatter } from './mdx-frontmatter.ts';

export interface MdxSource<T> {
  data: T | undefined;
  body: string;
  problems: Problem[];
}

const frontmatterPattern = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parse and check an MDX submission against a frontmatter schema. */
export function readMdxSource<S extends z.ZodType>(file: string, text: string, schema: S): MdxSource<z.infer<S>> {
  const problems: Problem[] = [];
  const fm = frontmatterPattern.exec(text);
  if (!fm) {
    problems.push(problem('mdx.frontmatter-missing', { file, line: 1 }));
    return { data: undefined, body: text, problems };
  }
  const data = readFrontmatter(file, fm[1]!, schema, problems);
  problems.push(...checkMdxBody(file, text));
  return { data, body: text.slice(fm[0].length), problems };
}
