/**
 * Render a submitted narrative (the body of a report's or model's MDX file)
 * to HTML. Submissions may only hold Markdown and the allow-listed elements
 * of src/ingestion/mdx-source.ts (the build refuses anything else before it
 * gets here), so nothing needs compiling to JavaScript: the Markdown tree is
 * turned into HTML directly.
 *
 * Why not @astrojs/mdx: it compiles every file into a module. For a national
 * site (5,535 reports over two periods) that was 11,883 chunks and 94 MB of
 * JavaScript, 20 s of bundling and over a gigabyte of build memory, for text.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes } from 'mdast';
import { defaultHandlers, toHast, type State } from 'mdast-util-to-hast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { allowedComponents } from '../ingestion/mdx-source.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  children: MdastNodes[];
}

/** Literal string attributes on the element's allow-list (the checker refused any other). */
function attributes(node: JsxNode): Record<string, string> {
  const allowed = allowedComponents[node.name ?? ''] ?? [];
  const out: Record<string, string> = {};
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name && allowed.includes(a.name) && typeof a.value === 'string') out[a.name] = a.value;
  }
  return out;
}

function jsxElement(state: State, node: JsxNode): Element | ElementContent[] {
  const children = state.all(node as unknown as MdastNodes) as ElementContent[];
  const attrs = attributes(node);
  if (node.name === 'Callout') {
    // A highlighted note; styled by the .note rules of the global stylesheet.
    const warning = attrs.tone === 'warning' || attrs.tone === 'lưu ý';
    const title: ElementContent[] = attrs.title
      ? [{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: `${attrs.title}. ` }] }]
      : [];
    return {
      type: 'element',
      tagName: 'aside',
      properties: { className: warning ? ['note', 'note-warning'] : ['note'] },
      children: [...title, ...children],
    };
  }
  if (node.name && node.name in allowedComponents && /^[a-z]+$/.test(node.name)) {
    return { type: 'element', tagName: node.name, properties: attrs as Properties, children };
  }
  // Not on the allow-list: the checker refuses it first; render only its text, never the element.
  return children;
}

/** HTML of an MDX narrative (with or without its frontmatter). Headings get ids as Astro's Markdown gives them. */
export function narrativeHtml(source: string): string {
  const tree = parser.runSync(parser.parse(source)) as MdastNodes;
  const hast = toHast(tree, {
    handlers: {
      mdxJsxFlowElement: (state, node) => jsxElement(state, node as JsxNode),
      mdxJsxTextElement: (state, node) => jsxElement(state, node as JsxNode),
      // A Callout written on one line is parsed as inline content of a paragraph; an <aside> may not sit in a <p>.
      paragraph: (state, node) => {
        const only = node.children.length === 1 ? (node.children[0] as unknown as JsxNode) : undefined;
        if (only?.type === 'mdxJsxTextElement' && only.name === 'Callout') return jsxElement(state, only);
        return defaultHandlers.paragraph(state, node);
      },
      yaml: () => undefined,
      mdxjsEsm: () => undefined,
      mdxFlowExpression: () => undefined,
      mdxTextExpression: () => undefined,
    },
  });
  const slugger = new GithubSlugger();
  const visit = (n: { type: string; tagName?: string; properties?: Properties; children?: unknown[] }) => {
    if (n.type === 'element' && /^h[1-6]$/.test(n.tagName!) && n.properties && n.properties.id === undefined) {
      n.properties.id = slugger.slug(textOf(n));
    }
    for (const c of (n.children ?? []) as Array<typeof n>) visit(c);
  };
  visit(hast as Parameters<typeof visit>[0]);
  return toHtml(hast);
}

function textOf(n: { type: string; value?: unknown; children?: unknown[] }): string {
  if (n.type === 'text') return String(n.value ?? '');
  return ((n.children ?? []) as Array<typeof n>).map(textOf).join('');
}
