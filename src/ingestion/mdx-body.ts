/**
 * The body of a submitted MDX file: parsed with remark-mdx and refused beyond Markdown and the allow-list of
 * components (domain/mdx-components.ts): imports, exports, JS expressions, unknown elements, event handler and
 * expression attributes, unsafe URLs, too deep a tree. Parse errors become located Vietnamese problems.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { problem, type Problem } from '../domain/problems/index.ts';
import { limits } from '../domain/schemas.ts';
import { allowedComponents } from '../domain/mdx-components.ts';

const safeUrl = /^(https?:|mailto:|#|\/(?!\/)|\.\.?\/)/i;
/** URLs without a scheme ("trang.html") are relative and safe; anything with another scheme is not. */
function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme: "java\tscript:".
  // eslint-disable-next-line no-control-regex
  const squashed = url.replace(/[\u0000-\u0020]/g, '');
  // "//evil.example/x" (and "/\\evil", which browsers read the same) is another site, not a path on this one.
  if (/^[\\/][\\/]/.test(squashed)) return false;
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

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

/** Check an MDX document (frontmatter included, so lines are the file's lines). */
export function checkMdxBody(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  let tree: MdastNode;
  try {
    tree = processor.parse(text) as unknown as MdastNode;
  } catch (e) {
    problems.push(mdxSyntaxProblem(file, e as MdxError));
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
      case 'imageReference':
        // ![i][r] with "[r]: http://…" is an image too, fetched from wherever the definition points.
        problems.push(problem('mdx.forbidden-image-reference', { ...where(node), found: firstLine(sourceOf(text, node)) || '![]' }));
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

interface MdxError {
  line?: number;
  column?: number;
  reason?: string;
  message?: string;
  ruleId?: string;
  source?: string;
}

/**
 * A micromark/MDX parse error as a Vietnamese problem: what is wrong, where, how to write it instead. The
 * parser's English text is kept as the gloss only for errors not recognised here.
 */
export function mdxSyntaxProblem(file: string, err: MdxError): Problem {
  const reason = err.reason ?? err.message ?? 'MDX';
  // End-tag errors name the opening tag's place: "(3:1-3:10)".
  const opened = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  const line = err.line ?? (opened ? Number(opened[1]) : undefined);
  const column = err.column ?? (opened ? Number(opened[2]) : undefined);
  const at = { file, ...(line ? { line } : {}), ...(column ? { column } : {}) };
  const rule = err.ruleId ?? '';
  const fromExpression = (err.source ?? '').includes('mdx-expression');
  if (rule === 'unexpected-lazy') return problem('mdx.syntax-lazy', at);
  if (fromExpression) return problem('mdx.syntax-brace', at);
  if (rule === 'unexpected-character' && /(before|in) (local )?name|after self-closing slash/.test(reason)) {
    if (/to create a comment/.test(reason)) {
      return problem(
        'mdx.syntax-lt',
        at,
        'Chú thích dạng <!-- … --> không dùng được trong bài viết: hãy xóa đi.',
        'HTML comments <!-- … --> are not allowed: remove them.',
      );
    }
    if (/to create a link/.test(reason)) {
      return problem(
        'mdx.syntax-lt',
        at,
        'Liên kết không viết trong dấu < >: hãy viết [tên trang](https://địa-chỉ), địa chỉ thư điện tử viết [tên](mailto:địa-chỉ).',
        'Links are not written in < >: write [text](https://…), or [text](mailto:…) for an e-mail address.',
      );
    }
    return problem(
      'mdx.syntax-lt',
      at,
      'Nếu muốn viết dấu nhỏ hơn, hãy viết \\< (ví dụ \\<50%) hoặc viết bằng chữ ("dưới 50%").',
      'For a literal less-than sign write \\< (e.g. \\<50%).',
    );
  }
  if (/attribute value|after attribute name|before attribute/.test(reason)) return problem('mdx.syntax-attribute', at);
  const tag = /`(<\/?[^`]*>)`/.exec(reason)?.[1];
  if (rule === 'end-tag-mismatch' && tag && /^Expected a closing tag/.test(reason)) {
    const name = tag.slice(1, -1);
    return problem(
      'mdx.syntax-unclosed',
      { ...at, found: tag },
      `${tag} chưa có thẻ đóng </${name}>. Thêm </${name}> ngay sau nội dung, trong cùng đoạn văn (thẻ không có nội dung như <br> thì viết <br />)`,
      `${tag} is never closed. Add </${name}> after its content, in the same paragraph (write empty tags as <br />)`,
    );
  }
  if (rule === 'end-tag-mismatch' && tag) {
    const open = /corresponding closing tag for `(<[^`]*>)`/.exec(reason)?.[1];
    return problem(
      'mdx.syntax-unclosed',
      { ...at, found: tag },
      `thẻ đóng ${tag} không khớp với thẻ mở ${open ?? ''} (tên thẻ phân biệt chữ hoa, chữ thường; thẻ mở trước phải đóng sau)`,
      `closing tag ${tag} does not match the opening tag ${open ?? ''} (names are case-sensitive; close the last opened tag first)`,
    );
  }
  if (rule === 'unexpected-closing-slash') {
    return problem(
      'mdx.syntax-unclosed',
      at,
      'thẻ đóng </…> ở đây không có thẻ mở tương ứng: xóa thẻ đóng hoặc thêm thẻ mở',
      'a closing tag </…> here has no opening tag: remove it or add the opening tag',
    );
  }
  return problem('mdx.syntax', at, reason);
}

/** The source text of a node, from its position. */
function sourceOf(text: string, node: MdastNode): string {
  const p = node.position as (Position & { end?: { offset?: number }; start: { offset?: number } }) | undefined;
  return p?.start.offset !== undefined && p.end?.offset !== undefined ? text.slice(p.start.offset, p.end.offset) : '';
}

function firstLine(s: string | undefined): string {
  return (s ?? '').split('\n')[0]!.slice(0, 80);
}
