/**
 * Open data: every downloadable table is defined once, as columns with a name, a type, a Vietnamese title,
 * Vietnamese and English descriptions and a value getter; the CSV and JSON files, the Frictionless Data Package
 * (Table Schemas) and the column documentation on the data page are all generated from these definitions, so
 * they cannot disagree. This file: the column and table types, and the columns and wording tables share.
 */
import type { SiteData } from '../../domain/commune-data.ts';
import { type UnitKind, unitKinds } from '../../domain/indicators.ts';
import { type Commune, communeKinds, type Province } from '../../domain/registry.ts';
import { ParsedValue, reportKinds, type ReportKind } from '../../domain/schemas.ts';
import { enumLabel } from '../../i18n/ui.ts';

/**
 * Column types. `decimal` is decimal text ("80.06", "1.500"): a number in the CSV, a string in JSON so no
 * digit is lost. `list` is a "|"-separated list in the CSV and an array in JSON. `partial-date` is
 * YYYY, YYYY-MM or YYYY-MM-DD (documents often leave the day blank).
 */
export const columnTypes = ['string', 'url', 'partial-date', 'list', 'integer', 'year', 'decimal'] as const;
export type ColumnType = (typeof columnTypes)[number];

/** A cell as published in JSON; null when empty. */
export type Cell = string | number | readonly string[] | null;

export interface ColumnInfo {
  /** Header in the CSV and key in JSON: ASCII snake_case, stable. */
  name: string;
  type: ColumnType;
  /** Short Vietnamese title (the Table Schema title). */
  title: string;
  /** What the column holds, in Vietnamese and in English (the Table Schema description). */
  vi: string;
  en: string;
  /** The values a column may take (checked by Table Schema validators). */
  enum?: readonly string[];
  /** A regular expression the values match (Table Schema `pattern`), when an enum cannot list them all. */
  pattern?: string;
  required?: boolean;
}

export interface OpenDataContext {
  /** Data version (content hash of the submissions). */
  version: string;
  synthetic: boolean;
  /** Absolute URLs of pages (Astro `site` + base). */
  links: {
    report: (id: string) => string;
    commune: (c: Commune) => string;
    province: (p: Province) => string;
    /** The data page, the Data Package's homepage. */
    data: string;
  };
}

export interface Column<R> extends ColumnInfo {
  get: (row: R, ctx: OpenDataContext) => Cell | undefined;
}

export interface TableInfo {
  /** Resource name, and the file path below du-lieu/ without extension ("so-lieu", "xa/24682"). */
  name: string;
  path: string;
  title: { vi: string; en: string };
  description: { vi: string; en: string };
  columns: readonly ColumnInfo[];
  primaryKey: readonly string[];
}

/** A table computed from the site data: rows in column order. */
export interface BuiltTable {
  info: TableInfo;
  rows: Cell[][];
}

export interface Table extends TableInfo {
  build: (site: SiteData, ctx: OpenDataContext) => BuiltTable;
  /** The same rows one at a time, for files too large to hold in memory whole (the national tables). */
  rows: (site: SiteData, ctx: OpenDataContext) => Iterable<Cell[]>;
}

export function defineTable<R>(
  info: Omit<TableInfo, 'columns'> & { columns: readonly Column<R>[]; records: (site: SiteData) => readonly R[] },
): Table {
  const { records, columns, ...rest } = info;
  const plain: ColumnInfo[] = columns.map(({ get: _get, ...c }) => c);
  const table: TableInfo = { ...rest, columns: plain };
  function* rows(site: SiteData, ctx: OpenDataContext): Generator<Cell[]> {
    for (const r of records(site)) yield columns.map((c) => normalise(c, c.get(r, ctx)));
  }
  return { ...table, rows, build: (site, ctx) => ({ info: table, rows: [...rows(site, ctx)] }) };
}

/** Empty text and missing values are null; lists are arrays of non-empty items without the separator. */
function normalise(c: ColumnInfo, v: Cell | undefined): Cell {
  if (c.type === 'list') {
    const list = (v ?? []) as readonly string[];
    for (const item of list) {
      if (item === '' || item.includes(LIST_SEPARATOR)) throw new Error(`open data: list item ${JSON.stringify(item)} in ${c.name}`);
    }
    return [...list];
  }
  return v === undefined || v === '' ? null : v;
}

/** Separates the items of a `list` column in the CSV. No code or qualifier word contains it. */
export const LIST_SEPARATOR = '|';

// ---------------------------------------------------------------------------
// Shared columns and wording
// ---------------------------------------------------------------------------

export const versionColumn: Column<unknown> = {
  name: 'data_version',
  type: 'string',
  title: 'Phiên bản dữ liệu',
  vi: 'Phiên bản dữ liệu: mã băm nội dung mọi tệp đơn vị gửi lên; đổi khi bất kỳ tệp nào thay đổi. Ghi kèm khi trích dẫn.',
  en: 'Data version: a hash of every submitted file; it changes whenever any file changes. Quote it when citing.',
  required: true,
  get: (_r, ctx) => ctx.version,
};

/** "xã (commune), phường (ward)…" from an enum and its labels. */
export function enumList(values: readonly string[], locale: 'vi' | 'en'): string {
  return values.map((v) => (locale === 'vi' || enumLabel(v, 'en') === v ? `“${v}”` : `“${v}” (${enumLabel(v, 'en')})`)).join(', ');
}

const unitKindText: Record<UnitKind, { vi: string; en: string }> = {
  percent: { vi: 'tỷ lệ phần trăm', en: 'a percentage' },
  count: { vi: 'số đếm', en: 'a count' },
  count_of_total: { vi: 'số đếm trên tổng số, dạng phân số', en: 'a count out of a total, as a fraction' },
};
export const unitKindList = (locale: 'vi' | 'en') => unitKinds.map((k) => `“${k}” (${unitKindText[k][locale]})`).join(', ');

/** The indicator's kind (percent, count, count_of_total), in the catalogue and beside each figure. */
export const unitKindColumn = <R>(get: (r: R) => UnitKind | undefined): Column<R> => ({
  name: 'unit_kind',
  type: 'string',
  title: 'Loại chỉ tiêu',
  vi: `Chỉ tiêu đo bằng gì: ${unitKindList('vi')}.`,
  en: `What the indicator measures: ${unitKindList('en')}.`,
  enum: unitKinds,
  get,
});

/** The document's id on the site; `joins` says which column of another file it matches. */
export const reportIdColumn = <R>(get: (r: R) => string, joins?: { vi: string; en: string }): Column<R> => ({
  name: 'report_id',
  type: 'string',
  title: 'Mã văn bản',
  vi: `Mã của văn bản trên trang (đường dẫn tệp trong thư mục content/reports, không có đuôi)${joins ? `; ${joins.vi}` : ''}.`,
  en: `The document’s id on this site (its file path under content/reports, without extension)${joins ? `; ${joins.en}` : ''}.`,
  required: true,
  get,
});

/** The document's kind (báo cáo, kế hoạch, …). */
export const reportKindColumn = <R>(name: string, get: (r: R) => ReportKind, opts: { required?: boolean } = {}): Column<R> => ({
  name,
  type: 'string',
  title: 'Loại văn bản',
  vi: `Loại văn bản: ${enumList(reportKinds, 'vi')}.`,
  en: `Kind of document: ${enumList(reportKinds, 'en')}.`,
  enum: reportKinds,
  ...opts,
  get,
});

export const formText: Record<ParsedValue['form'], { vi: string; en: string }> = {
  number: { vi: 'một số', en: 'a number' },
  percent: { vi: 'tỷ lệ %', en: 'a percentage' },
  fraction: { vi: 'phân số tử số/mẫu số, có thể kèm tỷ lệ ghi sẵn', en: 'numerator/denominator, possibly with a stated percentage' },
};
export const forms = ParsedValue.shape.form.options;

export const provinceKinds = ['tỉnh', 'thành phố'] as const;
/** "Thành phố Hà Nội" is a city; every other province is a tỉnh (the registry keeps the prefix in the name). */
export const provinceKind = (p: Province) => (p.name.startsWith('Thành phố ') ? 'thành phố' : 'tỉnh');

export function unitColumns<R>(pick: (r: R) => { commune: Commune; province: Province }): Column<R>[] {
  return [
    {
      name: 'commune_code',
      type: 'string',
      title: 'Mã đơn vị',
      vi: 'Mã 5 chữ số của xã, phường, đặc khu trong danh mục đơn vị hành chính năm 2025 (giữ các số 0 ở đầu).',
      en: 'Official 5-digit code of the commune, ward or special zone in the 2025 registry (keep leading zeros).',
      required: true,
      get: (r) => pick(r).commune.code,
    },
    {
      name: 'commune_name',
      type: 'string',
      title: 'Tên đơn vị',
      vi: 'Tên chính thức của đơn vị, kèm loại đơn vị (“Xã Thuận An”).',
      en: 'Official name of the unit, with its kind (“Xã Thuận An”).',
      get: (r) => pick(r).commune.name,
    },
    {
      name: 'commune_kind',
      type: 'string',
      title: 'Loại đơn vị',
      vi: `Loại đơn vị: ${enumList(communeKinds, 'vi')}.`,
      en: `Kind of unit: ${enumList(communeKinds, 'en')}.`,
      enum: communeKinds,
      get: (r) => pick(r).commune.kind,
    },
    {
      name: 'province_code',
      type: 'string',
      title: 'Mã tỉnh',
      vi: 'Mã 2 chữ số của tỉnh, thành phố (giữ số 0 ở đầu).',
      en: 'Official 2-digit code of the province or city (keep the leading zero).',
      get: (r) => pick(r).province.code,
    },
    {
      name: 'province_name',
      type: 'string',
      title: 'Tỉnh, thành phố',
      vi: 'Tên chính thức của tỉnh, thành phố.',
      en: 'Official name of the province or city.',
      get: (r) => pick(r).province.name,
    },
  ];
}
