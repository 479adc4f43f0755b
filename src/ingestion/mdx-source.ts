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
import { LineCounter, parseDocument, isAlias, isMap, isScalar, isSeq, visit, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import { problem, type Problem } from '../domain/problems/index.ts';
import { limits } from '../domain/schemas.ts';
import { allowedComponents } from '../domain/mdx-components.ts';
import { editDistance } from '../domain/text.ts';

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

/**
 * What each frontmatter field holds, in the words of the guide: error messages say what the field needs
 * ("Trường "title" đang để trống: cần ghi trích yếu…"). Keyed by dotted path, for report and model fields;
 * docs.ts checks the keys against the schemas.
 */
export const frontmatterFieldNames: Readonly<Record<string, { vi: string; en: string }>> = {
  commune: { vi: 'mã đơn vị hành chính 5 chữ số của xã, phường, đặc khu', en: 'the 5-digit code of the commune' },
  kind: { vi: 'loại văn bản', en: 'the kind of document' },
  title: { vi: 'trích yếu (tên) của văn bản, mô hình', en: 'the title' },
  number: { vi: 'số, ký hiệu văn bản', en: 'the document number' },
  date: { vi: 'ngày ban hành, dạng năm-tháng-ngày', en: 'the document date' },
  period: { vi: 'kỳ báo cáo', en: 'the reporting period' },
  'period.from': { vi: 'ngày bắt đầu kỳ báo cáo', en: 'the start of the period' },
  'period.to': { vi: 'ngày kết thúc kỳ báo cáo', en: 'the end of the period' },
  'period.label': { vi: 'kỳ báo cáo viết bằng lời', en: 'the period in words' },
  issuer: { vi: 'cơ quan ban hành văn bản', en: 'the issuing body' },
  signatory: { vi: 'người ký văn bản', en: 'the signatory' },
  'signatory.name': { vi: 'họ tên người ký', en: 'the name of the signatory' },
  'signatory.title': { vi: 'chức vụ người ký, như in trên văn bản', en: 'the position of the signatory' },
  publisher: { vi: 'tên báo, tạp chí đăng bài', en: 'the publisher' },
  author: { vi: 'tác giả bài báo', en: 'the author' },
  url: { vi: 'địa chỉ trang web, bắt đầu bằng http:// hoặc https://', en: 'the web address' },
  note: { vi: 'ghi chú cho người đọc', en: 'a note for readers' },
  category: { vi: 'lĩnh vực của mô hình', en: 'the category of the model' },
  status: { vi: 'mức độ triển khai của mô hình', en: 'the status of the model' },
  decision: { vi: 'quyết định thành lập mô hình', en: 'the decision establishing the model' },
  start: { vi: 'ngày bắt đầu mô hình', en: 'the start date of the model' },
  report: { vi: 'tên tệp báo cáo nói về mô hình', en: 'the report describing the model' },
  location: { vi: 'mục trong báo cáo nói về mô hình', en: 'where the report describes the model' },
};

/** `"title" (cần ghi: trích yếu…)` and its English gloss. */
function fieldWords(field: string): { vi: string; en: string } {
  const n = frontmatterFieldNames[field];
  return n ? { vi: `"${field}" (cần ghi: ${n.vi})`, en: `"${field}" (${n.en})` } : { vi: `"${field}"`, en: `"${field}"` };
}

/** The keys an object schema accepts at a path (through optional, preprocess and pipe wrappers). */
function schemaKeys(schema: z.ZodType, path: readonly string[]): string[] {
  let cur: unknown = schema;
  const step = (s: unknown): Record<string, unknown> | undefined => {
    for (let i = 0; i < 10 && s; i++) {
      const shape = (s as { shape?: Record<string, unknown> }).shape;
      if (shape && typeof shape === 'object') return shape;
      const def = (s as { _zod?: { def?: { innerType?: unknown; out?: unknown } } })._zod?.def;
      s = def?.innerType ?? def?.out;
    }
    return undefined;
  };
  for (const key of path) cur = step(cur)?.[key];
  return Object.keys(step(cur) ?? {});
}

/** The accepted key closest to a misspelt one ("tittle" → "title"), if any is close. */
export function closestKey(key: string, keys: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of keys) {
    const d = editDistance(key.toLowerCase(), k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** A value in double quotes, as the fix to suggest. */
function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** "key: value" of a frontmatter line, if it has that shape. */
function keyValue(line: string): { indent: string; key: string; value: string } | undefined {
  const m = /^(\s*)([^\s:#"'][^:#]*?):(?:\s+(.*?))?\s*$/.exec(line);
  return m ? { indent: m[1]!, key: m[2]!, value: m[3] ?? '' } : undefined;
}

/** The line to write instead: the same key with its value in quotes. */
function quotedLine(line: string): string | undefined {
  const kv = keyValue(line);
  return kv && kv.value !== '' ? `${kv.key}: ${quoted(kv.value)}` : undefined;
}

/** One YAML syntax error as a Vietnamese problem with the fix, keeping the library text as the English gloss. */
function yamlProblem(file: string, code: string, message: string, lines: readonly string[], line: number, column: number): Problem {
  const at = { file, line: line + 1, column };
  const text = lines[line - 1] ?? '';
  const kv = keyValue(text);
  const fallback = () => problem('mdx.frontmatter-yaml', at, message);
  const special = (l: string) => {
    const fix = quotedLine(l);
    return fix ? problem('mdx.yaml-special', { ...at, found: l.trim() }, fix) : fallback();
  };
  // Anchors (&), aliases (*) and tags (!) are YAML features no frontmatter needs.
  if (kv && /^[&*!]/.test(kv.value) && code !== 'TAB_AS_INDENT') return special(text);
  switch (code) {
    case 'TAB_AS_INDENT':
      return problem('mdx.yaml-tab', at);
    case 'DUPLICATE_KEY':
      return problem('mdx.yaml-duplicate', { ...at, ...(kv ? { field: kv.key } : {}) }, kv?.key ?? text.trim());
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (kv && /:(\s|$)/.test(kv.value)) {
        return problem('mdx.yaml-colon', { ...at, field: kv.key, found: text.trim() }, quotedLine(text)!);
      }
      return problem('mdx.yaml-indent', at);
    case 'MULTILINE_IMPLICIT_KEY':
      return kv ? problem('mdx.yaml-indent', at) : problem('mdx.yaml-not-key', { ...at, found: text.trim() });
    case 'BAD_INDENT':
      if (/^Flow/.test(message)) {
        // A value opened with [ or { on an earlier line and never closed.
        for (let l = line - 1; l >= 1; l--) {
          const v = keyValue(lines[l - 1] ?? '');
          if (v && /^[[{]/.test(v.value)) return special(lines[l - 1]!);
        }
        return fallback();
      }
      return problem('mdx.yaml-indent', at);
    case 'BAD_SCALAR_START':
      return special(text);
    case 'MISSING_CHAR':
      if (/quote/i.test(message)) return problem('mdx.yaml-quote', at);
      return kv ? fallback() : problem('mdx.yaml-not-key', { ...at, found: text.trim() });
    case 'BAD_DQ_ESCAPE':
      return problem('mdx.yaml-quote', at);
    case 'UNEXPECTED_TOKEN':
      if (kv && /^["']/.test(kv.value)) return problem('mdx.yaml-quote', at);
      if (kv && /^[-[{|>]/.test(kv.value)) return special(text);
      return fallback();
    default:
      return fallback();
  }
}

/** What a YAML node holds, in words, for "wrong kind of value" messages. */
function nodeKind(node: YamlNode | null | undefined): { vi: string; en: string } {
  if (isMap(node)) return { vi: 'một nhóm dòng con', en: 'a group of lines' };
  if (isSeq(node)) return { vi: 'một danh sách', en: 'a list' };
  if (isScalar(node)) {
    if (typeof node.value === 'number') return { vi: 'một con số', en: 'a number' };
    if (typeof node.value === 'boolean') return { vi: 'giá trị đúng/sai (true/false, yes/no)', en: 'a true/false value' };
    if (node.value instanceof Date) return { vi: 'một ngày tháng', en: 'a date' };
  }
  return { vi: 'một dòng chữ', en: 'text' };
}

const expectedKind: Record<string, { vi: string; en: string }> = {
  string: { vi: 'một dòng chữ', en: 'text' },
  object: { vi: 'các dòng con thụt vào 2 dấu cách bên dưới', en: 'indented lines below it' },
  number: { vi: 'một con số', en: 'a number' },
};

function readFrontmatter<S extends z.ZodType>(file: string, yamlText: string, schema: S, problems: Problem[]): z.infer<S> | undefined {
  const lineCounter = new LineCounter();
  // The YAML starts on line 2 of the file, after the opening "---".
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlLines = yamlText.split(/\r?\n/);
  if (doc.errors.length > 0) {
    // One problem per line: the YAML parser often reports one mistake twice, and an error pointing back
    // above an earlier one is a consequence of it (a tab-indented line makes its parent key look repeated).
    let last = 0;
    for (const e of doc.errors) {
      const pos = lineCounter.linePos(e.pos[0]);
      if (pos.line <= last) continue;
      last = pos.line;
      problems.push(yamlProblem(file, e.code, e.message.split('\n')[0]!, yamlLines, pos.line, pos.col));
    }
    return undefined;
  }
  // Anchors (&), aliases (*) and tags (!) are YAML features no frontmatter needs; each would silently change or
  // drop the value ("title: &Ban chỉ đạo" is an empty title), and aliases can expand a few lines into gigabytes
  // ("billion laughs"). Refused before anything is resolved, once per line.
  let special = false;
  const specialLines = new Set<number>();
  visit(doc, (_key, node) => {
    if (isAlias(node) || ((isScalar(node) || isMap(node) || isSeq(node)) && (node.anchor || node.tag))) {
      special = true;
      const pos = node.range ? lineCounter.linePos(node.range[0]) : { line: 0, col: 0 };
      if (specialLines.has(pos.line)) return;
      specialLines.add(pos.line);
      const text = yamlLines[pos.line - 1] ?? '';
      const fix = quotedLine(text);
      problems.push(
        fix
          ? problem('mdx.yaml-special', { file, line: pos.line + 1, column: pos.col, found: text.trim() }, fix)
          : problem('mdx.frontmatter-yaml', { file, line: pos.line + 1, column: pos.col }, 'anchor, alias or tag'),
      );
    }
  });
  if (special) return undefined;
  // Every field is text: a plain scalar YAML would read as a number (024682, 0x5FAA, 2.4682e4, +24682) is kept as
  // written, so a unit code or a year is judged by its source text and never silently coerced.
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'number' && node.type === 'PLAIN' && typeof node.source === 'string') node.value = node.source;
    },
  });
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    problems.push(problem('mdx.frontmatter-yaml', { file, line: 2 }, (e as Error).message.split('\n')[0]!));
    return undefined;
  }
  const result = schema.safeParse(value ?? {});
  if (result.success) {
    const data = result.data as Record<string, unknown>;
    // "Số:   /BC-UBND" copied from a blank form: a number with no digits is no number.
    if (typeof data.number === 'string' && !/\d/.test(data.number)) {
      const node = doc.get('number', true) as YamlNode | undefined;
      const pos = node?.range ? lineCounter.linePos(node.range[0]) : { line: 0, col: 0 };
      problems.push(
        problem(
          'mdx.number-no-digits',
          { file, line: pos.line + 1, column: pos.col || undefined, field: 'number', found: data.number },
          data.number,
        ),
      );
      return undefined;
    }
    return result.data;
  }
  // A misspelt key ("tittle") is both unknown and, for the key it should be, missing: say it once, as the typo.
  const suggested = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const accepted = schemaKeys(schema, issue.path.map(String));
    for (const key of issue.keys) {
      const near = closestKey(key, accepted);
      if (near) suggested.add([...issue.path.map(String), near].join('.'));
    }
  }
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const parent = issue.path.length ? doc.getIn(issue.path.map(String), true) : doc.contents;
      const accepted = schemaKeys(schema, issue.path.map(String));
      for (const key of issue.keys) {
        const pair = isMap(parent) ? parent.items.find((it) => isScalar(it.key) && it.key.value === key) : undefined;
        const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
        const pos = range ? lineCounter.linePos(range[0]) : { line: 0, col: 0 };
        const field = [...issue.path.map(String), key].join('.');
        const near = closestKey(key, accepted);
        const list = accepted.join(', ');
        problems.push(
          problem(
            'mdx.field-unknown',
            { file, line: pos.line + 1, column: pos.col || undefined, field, found: key },
            `"${field}"${near ? `. Có phải ý bạn là "${near}"?` : ''} Các tên trường dùng được ở đây: ${list}`,
            `"${field}"${near ? `. Did you mean "${near}"?` : ''} Accepted here: ${list}`,
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
    const exact = path.length === 0 ? undefined : (doc.getIn(path, true) as YamlNode | null | undefined);
    const range = node?.range;
    const pos = range ? lineCounter.linePos(range[0]) : { line: 0, col: 0 };
    const field = path.join('.') || undefined;
    const found = node && isScalar(node) ? String(node.value) : undefined;
    const where = {
      file,
      line: pos.line + 1,
      column: pos.col || undefined,
      ...(field ? { field } : {}),
      ...(found !== undefined ? { found } : {}),
    };
    if (!field && issue.code === 'invalid_type') {
      // The whole block is one line of text or a list, not "key: value" lines.
      problems.push(problem('mdx.yaml-not-key', { file, line: 2, ...(found !== undefined ? { found } : {}) }));
      continue;
    }
    if (field) {
      const words = fieldWords(field);
      const isEmpty = isScalar(exact) && (exact.value === null || (typeof exact.value === 'string' && exact.value.trim() === ''));
      if (issue.code === 'invalid_type' && exact === undefined) {
        if (suggested.has(field)) continue;
        // The key is absent: point at the line of its parent (or the first line of the frontmatter).
        problems.push(problem('mdx.field-missing', { file, line: where.line, field }, words.vi, words.en));
        continue;
      }
      if ((issue.code === 'invalid_type' || issue.code === 'too_small') && isEmpty) {
        problems.push(problem('mdx.field-empty', { ...where, found: found === 'null' ? '' : (found ?? '') }, words.vi, words.en));
        continue;
      }
      if (issue.code === 'invalid_type') {
        const want = expectedKind[issue.expected] ?? { vi: String(issue.expected), en: String(issue.expected) };
        const got = nodeKind(exact);
        const fix = isScalar(exact) && want === expectedKind.string ? quotedLine(yamlLines[pos.line - 1] ?? '') : undefined;
        problems.push(
          problem(
            'mdx.field-type',
            where,
            `${words.vi}: cần ${want.vi}, nhưng đang ghi ${got.vi}${fix ? `. Nếu đúng là như vậy, hãy đặt trong ngoặc kép: ${fix}` : ''}`,
            `${words.en}: expected ${want.en}, found ${got.en}${fix ? `. If that is right, quote it: ${fix}` : ''}`,
          ),
        );
        continue;
      }
      if (issue.code === 'invalid_value') {
        const allowed = issue.values.map((v) => `"${String(v)}"`).join(', ');
        problems.push(
          problem(
            'mdx.field-value',
            where,
            `${words.vi}: đang ghi "${found ?? ''}"; chỉ ghi một trong: ${allowed}`,
            `${words.en}: found "${found ?? ''}"; write one of: ${allowed}`,
          ),
        );
        continue;
      }
    }
    problems.push(problem('mdx.frontmatter-field', where, `${field ?? '(frontmatter)'}: ${issue.message}`));
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
