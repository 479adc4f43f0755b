/**
 * Submitted MDX is untrusted: MDX is JavaScript that runs at build time. This
 * module reads an MDX file's frontmatter and body and refuses anything beyond
 * Markdown and an allow-list of the site's own components: imports, exports,
 * JS expressions, unknown elements (<script>, <iframe>, …), event handler
 * attributes, expression attributes and javascript:/data: URLs. Every refusal
 * is located (line, column).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { LineCounter, parseDocument, isMap, isScalar, visit as visitYaml, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import { problem, type Problem } from './problems.ts';
import { limits } from '../domain/schemas.ts';

/**
 * Components a submission may use, with the attributes each accepts (literal strings only).
 * Lower-case entries are plain HTML elements that carry no risk.
 */
export const allowedComponents: Readonly<Record<string, readonly string[]>> = {
  Callout: ['tone', 'title'],
  br: [],
  sup: [],
  sub: [],
  mark: [],
  abbr: ['title'],
};

const safeUrl = /^(https?:|mailto:|#|\/(?!\/)|\.\.?\/)/i;
/** URLs without a scheme ("trang.html") are relative and safe; anything with another scheme is not. */
function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme: "java\tscript:".
  // eslint-disable-next-line no-control-regex
  const squashed = url.replace(/[\u0000-\u0020]/g, '');
  if (safeUrl.test(squashed)) return true;
  return !/^[a-z][a-z0-9+.-]*:/i.test(squashed);
}

interface MdastNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown; position?: Position }>;
  children?: MdastNode[];
  position?: Position;
}
interface Position {
  start: { line: number; column: number };
}

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

function readFrontmatter<S extends z.ZodType>(file: string, yamlText: string, schema: S, problems: Problem[]): z.infer<S> | undefined {
  const lineCounter = new LineCounter();
  // The YAML starts on line 2 of the file, after the opening "---".
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = lineCounter.linePos(e.pos[0]);
      problems.push(problem('mdx.frontmatter-yaml', { file, line: pos.line + 1, column: pos.col }, e.message.split('\n')[0]!));
    }
    return undefined;
  }
  // Aliases can expand a few lines into gigabytes ("billion laughs"); submissions have no use for them.
  let aliases = 0;
  let firstAlias: number | undefined;
  visitYaml(doc, {
    Alias(_, node) {
      aliases++;
      firstAlias ??= node.range?.[0];
    },
    // Every field is text: a plain scalar YAML would read as a number (024682, 0x5FAA, 2.4682e4, +24682) is kept as
    // written, so a unit code or a year is judged by its source text and never silently coerced.
    Scalar(_, node) {
      if (typeof node.value === 'number' && node.type === 'PLAIN' && typeof node.source === 'string') node.value = node.source;
    },
  });
  if (aliases > limits.yamlAliases) {
    const pos = lineCounter.linePos(firstAlias ?? 0);
    problems.push(problem('mdx.frontmatter-aliases', { file, line: pos.line + 1, column: pos.col }, String(limits.yamlAliases)));
    return undefined;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    problems.push(problem('mdx.frontmatter-yaml', { file, line: 2 }, (e as Error).message.split('\n')[0]!));
    return undefined;
  }
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const parent = issue.path.length ? doc.getIn(issue.path.map(String), true) : doc.contents;
      for (const key of issue.keys) {
        const pair = isMap(parent) ? parent.items.find((it) => isScalar(it.key) && it.key.value === key) : undefined;
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
        const pos = range ? lineCounter.linePos(range[0]) : { line: 0, col: 0 };
        const field = [...issue.path.map(String), key].join('.');
        problems.push(
          problem(
            'mdx.frontmatter-field',
            { file, line: pos.line + 1, column: pos.col || undefined, field, found: key },
            `${field}: trường không có trong mẫu / unknown field`,
          ),
        );
      }
      continue;
    }
    const path = issue.path.map(String);
    // Point at the offending key, or at its nearest existing parent.
    let node: YamlNode | null | undefined;
    for (let n = path.length; n >= 0 && !node; n--) {
      const p = path.slice(0, n);
      node = p.length === 0 ? (doc.contents as YamlNode | null) : (doc.getIn(p, true) as YamlNode | undefined);
      if (node && !isScalar(node) && !isMap(node) && n === path.length) break;
    }
    const range = node?.range;
    const pos = range ? lineCounter.linePos(range[0]) : { line: 0, col: 0 };
    const field = path.join('.') || undefined;
    const found = node && isScalar(node) ? String(node.value) : undefined;
    problems.push(
      problem(
        'mdx.frontmatter-field',
        { file, line: pos.line + 1, column: pos.col || undefined, ...(field ? { field } : {}), ...(found !== undefined ? { found } : {}) },
        `${field ?? '(frontmatter)'}: ${issue.message}`,
      ),
    );
  }
  return undefined;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

/** Check an MDX document (frontmatter included, so lines are the file's lines). */
export function checkMdxBody(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  let tree: MdastNode;
  try {
    tree = processor.parse(text) as unknown as MdastNode;
  } catch (e) {
    const err = e as { line?: number; column?: number; reason?: string; message?: string };
    problems.push(
      problem(
        'mdx.syntax',
        { file, ...(err.line ? { line: err.line } : {}), ...(err.column ? { column: err.column } : {}) },
        err.reason ?? err.message ?? 'MDX',
      ),
    );
    return problems;
  }
  const where = (n: { position?: Position }) => ({
    file,
    ...(n.position ? { line: n.position.start.line, column: n.position.start.column } : {}),
  });
  let tooDeep = false;
  const visit = (node: MdastNode, depth = 0) => {
    // Each level of the Markdown tree (quote, list, item, emphasis, element …) is a level the renderer recurses
    // into: refuse before that can overflow its stack, and stop descending (this walk is recursive too).
    if (depth > limits.narrativeDepth) {
      if (!tooDeep) problems.push(problem('mdx.too-deep', where(node), String(limits.narrativeDepth)));
      tooDeep = true;
      return;
    }
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push(problem('mdx.forbidden-esm', { ...where(node), found: firstLine(node.value) }));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push(problem('mdx.forbidden-expression', { ...where(node), found: `{${firstLine(node.value)}}` }));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const allowed = allowedComponents[name];
        if (!allowed) {
          problems.push(problem('mdx.forbidden-element', { ...where(node), found: `<${name}>` }, name || 'fragment'));
          return;
        }
        for (const attr of node.attributes ?? []) {
          const at = { ...where(attr.position ? attr : node) };
          if (attr.type === 'mdxJsxExpressionAttribute') {
            problems.push(problem('mdx.forbidden-expression', { ...at, found: '{...}' }));
            continue;
          }
          const attrName = attr.name ?? '';
          if (typeof attr.value === 'object' && attr.value !== null) {
            problems.push(problem('mdx.forbidden-expression', { ...at, field: attrName, found: `${attrName}={…}` }));
          } else if (!allowed.includes(attrName)) {
            problems.push(problem('mdx.forbidden-attribute', { ...at, field: attrName, found: attrName }, attrName));
          } else if (typeof attr.value === 'string' && !isSafeUrl(attr.value) && /^(href|src)$/i.test(attrName)) {
            problems.push(problem('mdx.forbidden-url', { ...at, field: attrName, found: attr.value }, attr.value));
          }
        }
        break;
      }
      case 'image':
        // Pictures would be fetched from elsewhere or resolved as build assets; neither is safe or light.
        problems.push(problem('mdx.forbidden-element', { ...where(node), found: `![](${node.url ?? ''})` }, 'ảnh / image'));
        return;
      case 'link':
      case 'definition':
        if (node.url !== undefined && !isSafeUrl(node.url)) {
          problems.push(problem('mdx.forbidden-url', { ...where(node), found: node.url }, node.url));
        }
        break;
      case 'html':
        // remark-mdx turns HTML into JSX; raw HTML nodes should not appear, but refuse them if they do.
        problems.push(problem('mdx.forbidden-element', { ...where(node), found: firstLine(node.value) }, 'html'));
        return;
    }
    for (const child of node.children ?? []) visit(child, depth + 1);
  };
  visit(tree);
  return problems;
}

function firstLine(s: string | undefined): string {
  return (s ?? '').split('\n')[0]!.slice(0, 80);
}
