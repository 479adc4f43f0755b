/**
 * The frontmatter schemas, walked: every field (nested ones as `parent.child`) with its required flag, its JSON
 * Schema, and its documentation read from the schema's own `.meta()` (src/domain/schemas.ts); the type of each
 * field in words, and the copy-paste template built from the fields' examples.
 */
import { z } from 'astro/zod';
import { ModelFrontmatter, PartialDate, ReportFrontmatter } from '../../domain/schemas.ts';
import { frontmatterFieldNames } from '../../ingestion/mdx-frontmatter.ts';
import { code, table } from './markdown.ts';
import { assertSameKeys } from './prose.ts';

interface JsonSchema {
  type?: string;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
}

/** What a field says about itself in `.meta()` (src/domain/schemas.ts). */
const FieldDoc = z.object({
  /** English, for docs/data-contract.md. */
  description: z.string().min(1),
  /** Vietnamese, for the officers' guide. */
  vi: z.string().min(1),
  /** The field's value in the copy-paste template, as YAML text; objects take their children's. */
  example: z.string().optional(),
  /** Shown in the template as a commented-out line under this heading (fields only some documents have). */
  commented: z.string().optional(),
});
type FieldDoc = z.infer<typeof FieldDoc>;

interface FieldRow {
  path: string;
  depth: number;
  required: boolean;
  schema: JsonSchema;
  zod: z.ZodType;
  doc: FieldDoc;
}

/** The zod schema under optional/pipe wrappers (where formats keep their options, e.g. URL protocols). */
function unwrapZod(s: z.ZodType): z.ZodType {
  const def = (s as unknown as { def: { type: string; innerType?: z.ZodType; out?: z.ZodType } }).def;
  if (def.type === 'optional' && def.innerType) return unwrapZod(def.innerType);
  if (def.type === 'pipe' && def.out) return unwrapZod(def.out);
  return s;
}

/** A field's documentation from its `.meta()`; throws, naming the field, when it is missing or incomplete. */
function fieldDoc(zodChild: z.ZodType, what: string, path: string): FieldDoc {
  const parsed = FieldDoc.safeParse(z.globalRegistry.get(zodChild) ?? {});
  if (!parsed.success) {
    const missing = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new Error(`docs: the ${what} field "${path}" has no ${missing} in its .meta() (src/domain/schemas.ts).`);
  }
  return parsed.data;
}

/** The fields of a frontmatter schema (nested ones as `parent.child`), each with its documentation. */
export function fieldRows(schema: z.ZodObject, what: string): FieldRow[] {
  const json = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
  const rows: FieldRow[] = [];
  const walk = (node: JsonSchema, zodNode: z.ZodObject, prefix: string, depth: number) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      const zodChild = zodNode.shape[key] as z.ZodType;
      const required = (node.required ?? []).includes(key);
      rows.push({ path, depth, required, schema: child, zod: zodChild, doc: fieldDoc(zodChild, what, path) });
      if (child.type === 'object') walk(child, unwrapZod(zodChild) as z.ZodObject, path, depth + 1);
    }
  };
  walk(json, schema, '', 0);
  return rows;
}

const partialDatePattern = (z.toJSONSchema(PartialDate, { io: 'input' }) as JsonSchema).pattern;

function typeEn(row: FieldRow): string {
  const s = row.schema;
  if (s.enum) return `one of ${s.enum.map((v) => code(String(v))).join(', ')}`;
  if (s.type === 'object') return `object${s.additionalProperties === false ? ' (no other keys)' : ''}`;
  if (s.type === 'string') {
    if (s.pattern && s.pattern === partialDatePattern) return `partial date: ${code('YYYY')}, ${code('YYYY-MM')} or ${code('YYYY-MM-DD')}`;
    if (s.format === 'uri') {
      const protocol = (unwrapZod(row.zod) as unknown as { def: { protocol?: RegExp } }).def.protocol;
      return protocol ? `URL, protocol matching ${code(String(protocol))}` : 'URL';
    }
    if (s.pattern) return `text matching ${code(s.pattern)}`;
    if (s.minLength !== undefined) return 'non-empty text';
    return 'text';
  }
  return code(JSON.stringify(s));
}

export function typeVi(row: FieldRow): string {
  const s = row.schema;
  if (s.enum) return `một trong: ${s.enum.map((v) => `“${String(v)}”`).join(', ')}`;
  if (s.type === 'object') return 'nhóm các dòng thụt vào bên dưới';
  if (s.pattern && s.pattern === partialDatePattern) return 'ngày: năm-tháng-ngày, năm-tháng hoặc năm';
  if (s.format === 'uri') return 'địa chỉ web';
  if (s.pattern === '^\\d{5}$') return '5 chữ số';
  return 'chữ';
}

/** The frontmatter template, built from the schema's fields in order and their examples. */
function frontmatterTemplate(rows: readonly FieldRow[]): string {
  const lines = ['---'];
  let heading: string | undefined;
  for (const row of rows) {
    const p = row.doc;
    const key = row.path.split('.').pop()!;
    const indent = '  '.repeat(row.depth);
    const mark = row.required ? 'bắt buộc' : 'nếu có';
    if (row.schema.type === 'object') {
      lines.push(`${indent}${key}: # ${mark}`);
      continue;
    }
    if (p.example === undefined) throw new Error(`docs: no template example for frontmatter field "${row.path}".`);
    const line = `${indent}${key}: ${p.example}`;
    if (p.commented && p.commented !== heading) lines.push(`# ${p.commented}`);
    heading = p.commented;
    lines.push(p.commented ? `# ${line}` : line);
  }
  lines.push('---');
  return lines.join('\n');
}

export const reportRows = fieldRows(ReportFrontmatter, 'report frontmatter');
export const modelRows = fieldRows(ModelFrontmatter, 'model frontmatter');
export const reportTemplate = frontmatterTemplate(reportRows);
export const modelTemplate = frontmatterTemplate(modelRows);
// Error messages say what each field holds (mdx-frontmatter.ts): one phrase per field of either schema.
assertSameKeys('frontmatter field names used in messages (frontmatterFieldNames in mdx-frontmatter.ts)', frontmatterFieldNames, [
  ...new Set([...reportRows, ...modelRows].map((r) => r.path)),
]);

/** A report frontmatter field's documentation. */
export function reportField(path: string): FieldDoc {
  const row = reportRows.find((r) => r.path === path);
  if (!row) throw new Error(`docs: the report frontmatter has no field "${path}".`);
  return row.doc;
}

/** The English table of a schema's fields: path, required, type, meaning. */
export function fieldTable(rows: readonly FieldRow[]): string {
  return table(
    ['Field', 'Required', 'Type', 'Meaning'],
    rows.map((r) => [
      code(r.path),
      r.required ? (r.depth > 0 ? `yes (within ${code(r.path.split('.')[0]!)})` : 'yes') : 'no',
      typeEn(r),
      r.doc.description,
    ]),
  );
}
