/** Frictionless Table Schemas and the Tabular Data Package that describes every CSV download. */
import { createHash } from 'node:crypto';
import type { SiteData } from '../../domain/commune-data.ts';
import type { ColumnType, OpenDataContext, TableInfo } from './columns.ts';
import { csvChunks } from './formats.ts';
import { downloadPath, downloadTables, figureSchemaPath, nationalTables } from './downloads.ts';

const tableSchemaTypes: Record<ColumnType, { type: string; format?: string; pattern?: string }> = {
  string: { type: 'string' },
  url: { type: 'string', format: 'uri' },
  // Table Schema patterns are XML Schema regular expressions, implicitly anchored.
  'partial-date': { type: 'string', pattern: '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?' },
  list: { type: 'string' },
  integer: { type: 'integer' },
  year: { type: 'year' },
  decimal: { type: 'number' },
};

/** Frictionless Table Schema: English descriptions, Vietnamese titles. */
export function tableSchema(info: TableInfo): Record<string, unknown> {
  return {
    fields: info.columns.map((c) => {
      const t = tableSchemaTypes[c.type];
      const constraints = {
        ...(c.required ? { required: true } : {}),
        ...(c.enum ? { enum: [...c.enum] } : {}),
        ...((c.pattern ?? t.pattern) ? { pattern: c.pattern ?? t.pattern } : {}),
      };
      return {
        name: c.name,
        type: t.type,
        ...(t.format ? { format: t.format } : {}),
        title: c.title,
        description: c.en,
        ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
      };
    }),
    primaryKey: [...info.primaryKey],
    missingValues: [''],
  };
}

/**
 * A Frictionless Tabular Data Package describing every CSV. The national tables carry their
 * schema inline; the communes' files share one schema file, so the descriptor stays small
 * however many communes report.
 */
export function dataPackage(site: SiteData, ctx: OpenDataContext): Record<string, unknown> {
  // Each CSV is hashed as it is written, a line at a time: a national site has thousands of files, and the
  // national tables alone are hundreds of MB as text.
  const resources = downloadTables(site).map((info) => {
    const path = downloadPath(info, 'csv');
    const hash = createHash('sha256');
    let bytes = 0;
    for (const line of csvChunks(info, info.rows(site, ctx))) {
      hash.update(line, 'utf8');
      bytes += Buffer.byteLength(line, 'utf8');
    }
    return {
      profile: 'tabular-data-resource',
      name: info.name,
      path,
      title: info.title.vi,
      description: info.description.en,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8-sig',
      bytes,
      hash: `sha256:${hash.digest('hex')}`,
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: nationalTables.some((t) => t.name === info.name) ? tableSchema(info) : figureSchemaPath,
    };
  });
  return {
    profile: 'tabular-data-package',
    name: 'binh-dan-hoc-vu-so-so-lieu-cong-khai',
    title: 'Bình dân học vụ số — Số liệu công khai',
    description:
      'Figures that Vietnamese communes, wards and special zones report on the “Bình dân học vụ số” digital-literacy movement, exactly as submitted, with qualifiers, data-quality warnings and source documents.' +
      (ctx.synthetic ? ' SYNTHETIC DATA: generated for testing, not real figures.' : ''),
    version: ctx.version,
    homepage: ctx.links.data,
    keywords: ['Bình dân học vụ số', 'kỹ năng số', 'digital literacy', 'Vietnam', 'communes'],
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0, for this site’s compilation; the figures belong to the reporting units',
      },
    ],
    sources: [{ title: 'Documents published by the reporting units (see van-ban.csv)', path: 'van-ban.csv' }],
    resources,
  };
}
