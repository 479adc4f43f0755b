/**
 * Render a submitted narrative (the body of a report's or model's MDX file)
 * to HTML. Submissions may only hold Markdown and the allow-listed elements
 * of src/ingestion/mdx-source.ts (the build refuses anything else before it
 * gets here), so nothing needs compiling to JavaScript: the Markdown tree is
 * turned into HTML directly.
 *
 * The renderer does not rely on the checker having run: the HTML tree is
 * sanitised on its own (hast-util-sanitize with an allow-list of elements,
 * attributes and URL schemes), and protocol-relative links ("//host",
 * "/\\host") and images are dropped, so no narrative can point a reader or a
 * request at another host without saying its scheme.
 *
 * Why not @astrojs/mdx: it compiles every file into a module. For a national
 * site (5,535 reports over two periods) that was 11,883 chunks and 94 MB of
 * JavaScript, 20 s of bundling and over a gigabyte of build memory, for text.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Properties } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes } from 'mdast';
import { defaultHandlers, toHast, type State } from 'mdast-util-to-hast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { allowedComponents } from '../domain/mdx-components.ts';

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

/** What a narrative may contain after rendering: GitHub's Markdown allow-list, our components, http(s)/mailto URLs. */
const schema: Schema = {
  ...defaultSchema,
  // Heading ids are given after sanitising, exactly as Astro's Markdown gives them: nothing to prefix.
  clobberPrefix: '',
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside', 'mark', 'abbr'],
  attributes: {
    ...defaultSchema.attributes,
    aside: [['className', 'note', 'note-warning']],
    abbr: ['title'],
  },
  protocols: { href: ['http', 'https', 'mailto'], cite: ['http', 'https'], src: ['http', 'https'], longDesc: ['http', 'https'] },
};

/** "//host/x" and "/\\host/x" (browsers read a backslash as a slash), ignoring the controls and spaces browsers skip. */
function protocolRelative(url: unknown): boolean {
  // eslint-disable-next-line no-control-regex
  return typeof url === 'string' && /^[/\\]{2}/.test(url.replace(/[\u0000-\u0020]/g, ''));
}

/** Links to another host without a scheme lose their href (their text stays); such images are dropped. */
function dropProtocolRelative(n: { type: string; tagName?: string; properties?: Properties; children?: unknown[] }): void {
  if (!n.children) return;
  n.children = (n.children as Array<typeof n>).filter(
    (c) => !(c.type === 'element' && c.tagName === 'img' && protocolRelative(c.properties?.src)),
  );
  for (const c of n.children as Array<typeof n>) {
    if (c.type === 'element' && c.properties) {
      for (const key of ['href', 'src', 'cite', 'longDesc'] as const) if (protocolRelative(c.properties[key])) delete c.properties[key];
    }
    dropProtocolRelative(c);
  }
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
  const clean = sanitize(hast, schema) as typeof hast;
  dropProtocolRelative(clean as Parameters<typeof dropProtocolRelative>[0]);
  const slugger = new GithubSlugger();
  const visit = (n: { type: string; tagName?: string; properties?: Properties; children?: unknown[] }) => {
    if (n.type === 'element' && /^h[1-6]$/.test(n.tagName!) && n.properties && n.properties.id === undefined) {
      n.properties.id = slugger.slug(textOf(n));
    }
    for (const c of (n.children ?? []) as Array<typeof n>) visit(c);
  };
  visit(clean as Parameters<typeof visit>[0]);
  return toHtml(clean);
}

function textOf(n: { type: string; value?: unknown; children?: unknown[] }): string {
  if (n.type === 'text') return String(n.value ?? '');
  return ((n.children ?? []) as Array<typeof n>).map(textOf).join('');
}
