/**
 * Open data: every downloadable table, defined once. Each column has a name,
 * a type, a Vietnamese title, Vietnamese and English descriptions and a value
 * getter; the CSV and JSON files, the Frictionless Data Package (Table Schemas)
 * and the column documentation on the data page are all generated from these
 * definitions, so they cannot disagree. Pure: site data in, text out.
 */
import { createHash } from 'node:crypto';
import { sameValue, type CommuneData, type SiteData, type SourcedFigure } from '../domain/commune-data.ts';
import { qualifierLabels } from '../domain/display.ts';
import {
  LOCAL_INDICATOR_PREFIX,
  indicatorGroups,
  indicatorOf,
  indicators,
  unitKinds,
  type IndicatorDefinition,
  type UnitKind,
} from '../domain/indicators.ts';
import { communeKinds, type Commune, type Province } from '../domain/registry.ts';
import { ParsedValue, qualifierKinds, reportKinds, rowTypes, type Figure, type RowType } from '../domain/schemas.ts';
import type { Report } from '../domain/dataset.ts';
import { enumLabel, type Bilingual, type Locale } from '../i18n/ui.ts';
import { csvLines, unneutralise, type CsvCell } from './csv-writer.ts';

// ---------------------------------------------------------------------------
// Column and table definitions
// ---------------------------------------------------------------------------

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

interface Column<R> extends ColumnInfo {
  get: (row: R, ctx: OpenDataContext) => Cell | undefined;
}

export interface TableInfo {
  /** Resource name, and the file path below du-lieu/ without extension ("so-lieu", "xa/24682"). */
  name: string;
  path: string;
  title: Bilingual;
  description: Bilingual;
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

function defineTable<R>(
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

const versionColumn: Column<unknown> = {
  name: 'data_version',
  type: 'string',
  title: 'Phiên bản dữ liệu',
  vi: 'Phiên bản dữ liệu: mã băm nội dung mọi tệp đơn vị gửi lên; đổi khi bất kỳ tệp nào thay đổi. Ghi kèm khi trích dẫn.',
  en: 'Data version: a hash of every submitted file; it changes whenever any file changes. Quote it when citing.',
  required: true,
  get: (_r, ctx) => ctx.version,
};

/** "xã (commune), phường (ward)…" from an enum and its labels. */
function enumList(values: readonly string[], locale: Locale): string {
  return values.map((v) => (locale === 'vi' || enumLabel(v, 'en') === v ? `“${v}”` : `“${v}” (${enumLabel(v, 'en')})`)).join(', ');
}

const unitKindText: Record<UnitKind, Bilingual> = {
  percent: { vi: 'tỷ lệ phần trăm', en: 'a percentage' },
  count: { vi: 'số đếm', en: 'a count' },
  count_of_total: { vi: 'số đếm trên tổng số, dạng phân số', en: 'a count out of a total, as a fraction' },
};
const unitKindList = (locale: Locale) => unitKinds.map((k) => `“${k}” (${unitKindText[k][locale]})`).join(', ');

const formText: Record<ParsedValue['form'], { vi: string; en: string }> = {
  number: { vi: 'một số', en: 'a number' },
  percent: { vi: 'tỷ lệ %', en: 'a percentage' },
  fraction: { vi: 'phân số tử số/mẫu số, có thể kèm tỷ lệ ghi sẵn', en: 'numerator/denominator, possibly with a stated percentage' },
};
const forms = ParsedValue.shape.form.options;

const provinceKinds = ['tỉnh', 'thành phố'] as const;
/** "Thành phố Hà Nội" is a city; every other province is a tỉnh (the registry keeps the prefix in the name). */
const provinceKind = (p: Province) => (p.name.startsWith('Thành phố ') ? 'thành phố' : 'tỉnh');

function unitColumns<R>(pick: (r: R) => { commune: Commune; province: Province }): Column<R>[] {
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

// ---------------------------------------------------------------------------
// Figures: the national long table, the targets, and each commune's figures
// ---------------------------------------------------------------------------

/** One figure with everything needed to publish it. */
export interface FigureRecord {
  figure: Figure;
  report: Report;
  commune: Commune;
  province: Province;
  indicator: IndicatorDefinition | undefined;
  /** Whether a newer document states the figure again (figureStatus). */
  status: FigureStatus;
}

export const figureStatuses = ['latest', 'superseded', 'restated'] as const;
export interface FigureStatus {
  status: (typeof figureStatuses)[number];
  /** The newest figure, for superseded and restated figures. */
  by?: SourcedFigure;
}

/**
 * For each figure of a commune, whether it is the latest: figures are grouped as the pages group them (results by
 * indicator; targets by indicator and year), documents ordered newest first (compareDocumentDates). A figure of the
 * newest document stating the group is `latest`; an older one is `restated` when the newest figure means the same
 * (sameValue), else `superseded`. The pages mark the same figures "đã điều chỉnh ở văn bản sau". Linear in figures.
 */
export function figureStatusMap(data: CommuneData | undefined): Map<Figure, FigureStatus> {
  const out = new Map<Figure, FigureStatus>();
  const mark = (list: readonly SourcedFigure[]) => {
    const newest = list[0];
    if (!newest) return;
    for (const s of list) {
      if (s.report.id === newest.report.id) out.set(s.figure, { status: 'latest' });
      else out.set(s.figure, { status: sameValue(s.figure, newest.figure) ? 'restated' : 'superseded', by: newest });
    }
  };
  for (const list of data?.results.values() ?? []) mark(list);
  for (const list of data?.targets.values() ?? []) {
    const byYear = new Map<number | undefined, SourcedFigure[]>();
    for (const s of list) {
      const y = byYear.get(s.figure.year);
      if (y) y.push(s);
      else byYear.set(s.figure.year, [s]);
    }
    for (const y of byYear.values()) mark(y);
  }
  return out;
}

/** A commune's figures: documents newest first, then table order. */
function communeFigureRecords(site: SiteData, commune: Commune): FigureRecord[] {
  const province = site.registry.province(commune.provinceCode)!;
  const data = site.communes.get(commune.code);
  const statuses = figureStatusMap(data);
  return (data?.reports ?? []).flatMap((report) =>
    report.figures.map((figure) => ({
      figure,
      report,
      commune,
      province,
      indicator: indicatorOf(figure),
      status: statuses.get(figure) ?? { status: 'latest' as const },
    })),
  );
}

/** Every figure, by province and commune (registry order), then document (newest first), then table order. */
export function figureRecords(site: SiteData): FigureRecord[] {
  const reg = site.registry;
  return reg.provinces.flatMap((p) => reg.communesOf(p.code).flatMap((c) => communeFigureRecords(site, c)));
}

const figureColumns: readonly Column<FigureRecord>[] = [
  ...unitColumns<FigureRecord>((r) => r),
  {
    name: 'indicator_code',
    type: 'string',
    title: 'Mã chỉ tiêu',
    vi: `Mã chỉ tiêu trong danh mục (xem tệp danh-muc-chi-tieu), hoặc mã chỉ tiêu riêng của địa phương “${LOCAL_INDICATOR_PREFIX}…”: số liệu danh mục chưa có, tên và đơn vị theo lời của đơn vị, không so sánh giữa các nơi.`,
    en: `Indicator code from the catalogue (see the danh-muc-chi-tieu file), or a local indicator “${LOCAL_INDICATOR_PREFIX}…”: a figure the catalogue lacks, named in the unit's own words, never compared between places.`,
    pattern: `^(?:${indicators.map((d) => d.code.replace(/\./g, '\\.')).join('|')}|${LOCAL_INDICATOR_PREFIX.replace('.', '\\.')}[a-z0-9_]{1,60})$`,
    required: true,
    get: (r) => r.figure.indicator,
  },
  {
    name: 'indicator_vi',
    type: 'string',
    title: 'Tên chỉ tiêu',
    vi: 'Tên chỉ tiêu trong danh mục, tiếng Việt (chỉ tiêu riêng: nội dung dòng theo lời của đơn vị).',
    en: 'Catalogue label of the indicator, in Vietnamese (local indicators: the row’s own wording).',
    get: (r) => r.indicator?.vi,
  },
  {
    name: 'indicator_en',
    type: 'string',
    title: 'Tên chỉ tiêu (tiếng Anh)',
    vi: 'Tên chỉ tiêu trong danh mục, tiếng Anh (chỉ tiêu riêng: nội dung dòng theo lời của đơn vị, tiếng Việt).',
    en: 'Catalogue label of the indicator, in English (local indicators: the row’s own wording, in Vietnamese).',
    get: (r) => r.indicator?.en,
  },
  {
    name: 'unit_kind',
    type: 'string',
    title: 'Loại chỉ tiêu',
    vi: `Chỉ tiêu đo bằng gì: ${unitKindList('vi')}.`,
    en: `What the indicator measures: ${unitKindList('en')}.`,
    enum: unitKinds,
    get: (r) => r.indicator?.unitKind,
  },
  {
    name: 'row_type',
    type: 'string',
    title: 'Loại số liệu',
    vi: `${enumList(rowTypes, 'vi')}: kết quả đã đạt được, hoặc mục tiêu phải đạt.`,
    en: `${enumList(rowTypes, 'en')}: a result achieved, or a target to reach.`,
    enum: rowTypes,
    required: true,
    get: (r) => r.figure.type,
  },
  {
    name: 'target_year',
    type: 'year',
    title: 'Năm',
    vi: 'Cột “Năm” của bảng: năm của mục tiêu. Bắt buộc ở dòng mục tiêu, thường để trống ở dòng kết quả.',
    en: 'The table’s “Năm” column: the year of the target. Required on target rows, usually empty on results.',
    get: (r) => r.figure.year,
  },
  {
    name: 'value_raw',
    type: 'string',
    title: 'Nguyên văn',
    vi: 'Giá trị đúng như đơn vị viết, kể cả từ chỉ mức độ (“Khoảng 14.173”, “80,06%”); chỉ chuẩn hóa Unicode (NFC) và bỏ khoảng trắng thừa.',
    en: 'The value exactly as the commune wrote it, qualifier words included (“Khoảng 14.173”, “80,06%”); only Unicode-normalised (NFC), extra spaces removed.',
    required: true,
    get: (r) => r.figure.value.raw,
  },
  {
    name: 'value',
    type: 'decimal',
    title: 'Giá trị',
    vi: 'Số chính đọc từ nguyên văn, dấu chấm là dấu thập phân, không làm tròn: số đếm, tỷ lệ %, hoặc tử số của phân số (“14.033” → 14033; “80,06%” → 80.06).',
    en: 'The main number read from the raw value, with a decimal point and never rounded: the count, the percentage, or the numerator of a fraction (“14.033” → 14033; “80,06%” → 80.06).',
    required: true,
    get: (r) => r.figure.value.value,
  },
  {
    name: 'decimals',
    type: 'integer',
    title: 'Số chữ số thập phân',
    vi: 'Số chữ số thập phân đơn vị đã viết, để hiển thị đúng như văn bản (“80,50%” có 2).',
    en: 'Decimal places as written, to show the value exactly as in the document (“80,50%” has 2).',
    required: true,
    get: (r) => r.figure.value.decimals,
  },
  {
    name: 'form',
    type: 'string',
    title: 'Dạng giá trị',
    vi: `Dạng: ${forms.map((f) => `“${f}” (${formText[f].vi})`).join(', ')}.`,
    en: `Form: ${forms.map((f) => `“${f}” (${formText[f].en})`).join(', ')}.`,
    enum: forms,
    required: true,
    get: (r) => r.figure.value.form,
  },
  {
    name: 'denominator',
    type: 'decimal',
    title: 'Mẫu số',
    vi: 'Mẫu số (tổng số) của phân số, ví dụ 16900 trong “12.564/16.900”; trống nếu không phải phân số.',
    en: 'Denominator (the total) of a fraction, e.g. 16900 in “12.564/16.900”; empty otherwise.',
    get: (r) => r.figure.value.denominator,
  },
  {
    name: 'stated_percent',
    type: 'decimal',
    title: 'Tỷ lệ ghi kèm',
    vi: 'Tỷ lệ % văn bản ghi kèm phân số (“14.033/17.423 đạt 80,5%” → 80.5). Trang không tự tính cột này.',
    en: 'The percentage the document states next to a fraction (“14.033/17.423 đạt 80,5%” → 80.5). Never computed by this site.',
    get: (r) => r.figure.value.statedPercent,
  },
  {
    name: 'stated_percent_decimals',
    type: 'integer',
    title: 'Số chữ số thập phân của tỷ lệ ghi kèm',
    vi: 'Số chữ số thập phân của tỷ lệ ghi kèm, như đã viết.',
    en: 'Decimal places of the stated percentage, as written.',
    get: (r) => r.figure.value.statedPercentDecimals,
  },
  {
    name: 'qualifiers',
    type: 'list',
    title: 'Mức độ',
    vi: `Mã mức độ theo thứ tự viết, ngăn bởi “${LIST_SEPARATOR}”: ${qualifierKinds.map((q) => `“${q}” (${qualifierLabels[q].vi})`).join(', ')}. Trống: số đo đếm, không kèm mức độ.`,
    en: `Qualifier codes in the order written, separated by “${LIST_SEPARATOR}”: ${qualifierKinds.map((q) => `“${q}” (${qualifierLabels[q].en})`).join(', ')}. Empty: a plain figure.`,
    get: (r) => r.figure.value.qualifiers,
  },
  {
    name: 'qualifier_words',
    type: 'list',
    title: 'Từ chỉ mức độ',
    vi: `Các từ chỉ mức độ đúng như văn bản viết (“Khoảng”, “Ước tính”), ngăn bởi “${LIST_SEPARATOR}”.`,
    en: `The qualifier words as written (“Khoảng”, “Ước tính”), separated by “${LIST_SEPARATOR}”.`,
    get: (r) => r.figure.value.qualifierWords,
  },
  {
    name: 'unit',
    type: 'string',
    title: 'Đơn vị tính',
    vi: 'Đơn vị tính như văn bản ghi (“%”, “Người”, “Lớp”).',
    en: 'The unit as written in the document (“%”, “Người” = people, “Lớp” = classes).',
    get: (r) => r.figure.unit,
  },
  {
    name: 'label',
    type: 'string',
    title: 'Nội dung',
    vi: 'Tên dòng số liệu theo cách viết của đơn vị.',
    en: 'The row as the commune worded it (Vietnamese).',
    get: (r) => r.figure.label,
  },
  {
    name: 'note',
    type: 'string',
    title: 'Thuyết minh',
    vi: 'Câu trong văn bản nêu số liệu, hoặc giải thích của người nhập liệu; có thể gồm nhiều dòng.',
    en: 'The sentence of the document that states the figure, or the transcriber’s explanation (Vietnamese); may span several lines.',
    get: (r) => r.figure.note,
  },
  {
    name: 'location',
    type: 'string',
    title: 'Vị trí trong văn bản',
    vi: 'Số liệu nằm ở đâu trong văn bản (“Mục II.2”, “Phụ lục, dòng 5”).',
    en: 'Where in the document the figure is stated (“Mục II.2” = section II.2, “Phụ lục” = appendix).',
    get: (r) => r.figure.location,
  },
  {
    name: 'stt',
    type: 'string',
    title: 'STT',
    vi: 'Số thứ tự của dòng trong bảng của đơn vị, như đã ghi (“1”, “12a”).',
    en: 'Row number in the commune’s table, as written (“1”, “12a”).',
    get: (r) => r.figure.stt,
  },
  {
    name: 'csv_line',
    type: 'integer',
    title: 'Dòng trong tệp CSV',
    vi: 'Số dòng của số liệu trong tệp CSV gốc. Cùng với report_id, xác định duy nhất một số liệu; trên trang văn bản, số liệu có neo #dong-N.',
    en: 'Line of the figure in the submitted CSV file. With report_id it identifies the figure; on the report page the figure has the anchor #dong-N.',
    required: true,
    get: (r) => r.figure.line,
  },
  {
    name: 'warnings',
    type: 'list',
    title: 'Lưu ý về dữ liệu',
    vi: `Mã các cảnh báo chất lượng dữ liệu công bố kèm số liệu, ngăn bởi “${LIST_SEPARATOR}”; ý nghĩa từng mã ở trang Giới thiệu, phương pháp.`,
    en: `Codes of the data-quality warnings published with the figure, separated by “${LIST_SEPARATOR}”; each code is explained on the methodology page.`,
    get: (r) => r.figure.warnings.map((w) => w.code),
  },
  {
    name: 'status',
    type: 'string',
    title: 'Tình trạng',
    vi: 'Số liệu mới nhất hay đã có văn bản sau: “latest” (văn bản mới nhất nêu chỉ tiêu này, với mục tiêu: chỉ tiêu và năm này), “superseded” (văn bản sau ghi khác: trang ghi “đã điều chỉnh ở văn bản sau”), “restated” (văn bản sau ghi lại cùng số liệu). Văn bản ngày chỉ ghi năm hoặc tháng được xếp như ngày đầu tiên của năm, tháng đó.',
    en: 'Whether the figure is the latest: “latest” (from the newest document stating this indicator; for targets, this indicator and year), “superseded” (a later document states something else: pages say “đã điều chỉnh ở văn bản sau”), “restated” (a later document states the same figure). A document dated only by year or month is ordered as the first day of that year or month.',
    enum: figureStatuses,
    required: true,
    get: (r) => r.status.status,
  },
  {
    name: 'superseded_by',
    type: 'string',
    title: 'Số liệu mới nhất',
    vi: 'Với số liệu “superseded” hoặc “restated”: số liệu mới nhất, dạng report_id#dong-N (N là csv_line của số liệu đó); trống với số liệu “latest”.',
    en: 'For “superseded” and “restated” figures: the newest figure, as report_id#dong-N (N = its csv_line); empty for “latest” figures.',
    get: (r) => (r.status.by ? `${r.status.by.report.id}#dong-${r.status.by.figure.line}` : undefined),
  },
  {
    name: 'report_id',
    type: 'string',
    title: 'Mã văn bản',
    vi: 'Mã của văn bản trên trang (đường dẫn tệp trong thư mục content/reports, không có đuôi); khớp cột report_id của tệp van-ban.',
    en: 'The document’s id on this site (its file path under content/reports, without extension); matches report_id in the van-ban file.',
    required: true,
    get: (r) => r.report.id,
  },
  {
    name: 'document_kind',
    type: 'string',
    title: 'Loại văn bản',
    vi: `Loại văn bản: ${enumList(reportKinds, 'vi')}.`,
    en: `Kind of document: ${enumList(reportKinds, 'en')}.`,
    enum: reportKinds,
    get: (r) => r.report.meta.kind,
  },
  {
    name: 'document_number',
    type: 'string',
    title: 'Số văn bản',
    vi: 'Số, ký hiệu văn bản như đã ghi (“141/BC-UBND”); trống nếu văn bản để trống.',
    en: 'Document number as written (“141/BC-UBND”); empty when the document leaves it blank.',
    get: (r) => r.report.meta.number,
  },
  {
    name: 'document_date',
    type: 'partial-date',
    title: 'Ngày văn bản',
    vi: 'Ngày văn bản: YYYY-MM-DD, hoặc YYYY-MM, YYYY khi văn bản không ghi đủ ngày.',
    en: 'Date of the document: YYYY-MM-DD, or YYYY-MM or YYYY when the document does not give the full date.',
    get: (r) => r.report.meta.date,
  },
  {
    name: 'document_issuer',
    type: 'string',
    title: 'Cơ quan ban hành',
    vi: 'Cơ quan ban hành văn bản (“UBND xã Thuận An”); với bài báo, nguồn của bài.',
    en: 'The body that issued the document (“UBND xã Thuận An” = the commune People’s Committee); for press articles, the source.',
    get: (r) => r.report.meta.issuer,
  },
  {
    name: 'document_title',
    type: 'string',
    title: 'Tên văn bản',
    vi: 'Tên (trích yếu) văn bản như đã ghi.',
    en: 'Title of the document as printed (Vietnamese).',
    get: (r) => r.report.meta.title,
  },
  {
    name: 'report_url',
    type: 'url',
    title: 'Trang văn bản',
    vi: 'Địa chỉ trang của văn bản trên trang này; thêm #dong-N (N là csv_line) để đến đúng số liệu.',
    en: 'Address of the document’s page on this site; add #dong-N (N = csv_line) to reach the figure.',
    get: (r, ctx) => ctx.links.report(r.report.id),
  },
  versionColumn,
];

export const figuresTable: Table = defineTable<FigureRecord>({
  name: 'so-lieu',
  path: 'so-lieu',
  title: { vi: 'Tất cả số liệu', en: 'All figures' },
  description: {
    vi: 'Bảng dài: mỗi dòng là một số liệu (kết quả hoặc mục tiêu) của một văn bản, đúng như đơn vị gửi lên, kèm giá trị đọc được, mức độ, cảnh báo chất lượng và văn bản nguồn.',
    en: 'Long table: one row per figure (result or target) of one document, exactly as submitted, with the parsed value, qualifiers, data-quality warnings and source document.',
  },
  columns: figureColumns,
  primaryKey: ['report_id', 'csv_line'],
  records: figureRecords,
});

const isTarget = (type: RowType) => type === 'mục tiêu';

export const targetsTable: Table = defineTable<FigureRecord>({
  name: 'chi-tieu',
  path: 'chi-tieu',
  title: { vi: 'Mục tiêu', en: 'Targets' },
  description: {
    vi: 'Các dòng “mục tiêu” của bảng số liệu: mục tiêu các đơn vị tự đặt, theo năm. Cùng các cột với tệp so-lieu.',
    en: 'The target (“mục tiêu”) rows of the figures table: targets units set for themselves, by year. Same columns as the so-lieu file.',
  },
  columns: figureColumns,
  primaryKey: ['report_id', 'csv_line'],
  records: (site) => figureRecords(site).filter((r) => isTarget(r.figure.type)),
});

/** The figures of one commune, from all its documents. */
export function communeTable(commune: Commune): Table {
  return defineTable<FigureRecord>({
    name: `xa-${commune.code}`,
    path: `xa/${commune.code}`,
    title: { vi: `Số liệu của ${commune.name} (${commune.code})`, en: `Figures of ${commune.name} (${commune.code})` },
    description: {
      vi: `Mọi số liệu trong các văn bản của ${commune.name}, mã ${commune.code}. Cùng các cột với tệp so-lieu.`,
      en: `Every figure in the documents of ${commune.name}, code ${commune.code}. Same columns as the so-lieu file.`,
    },
    columns: figureColumns,
    primaryKey: ['report_id', 'csv_line'],
    records: (site) => communeFigureRecords(site, commune),
  });
}

// ---------------------------------------------------------------------------
// The indicator catalogue
// ---------------------------------------------------------------------------

const groupCodes = Object.keys(indicatorGroups) as (keyof typeof indicatorGroups)[];

export const indicatorsTable: Table = defineTable<IndicatorDefinition>({
  name: 'danh-muc-chi-tieu',
  path: 'danh-muc-chi-tieu',
  title: { vi: 'Danh mục chỉ tiêu', en: 'Indicator catalogue' },
  description: {
    vi: 'Mọi chỉ tiêu đơn vị có thể báo cáo: mã, nhóm, loại chỉ tiêu, tên tiếng Việt và tiếng Anh.',
    en: 'Every indicator a unit can report: code, group, unit kind, Vietnamese and English labels.',
  },
  columns: [
    {
      name: 'code',
      type: 'string',
      title: 'Mã chỉ tiêu',
      vi: 'Mã chỉ tiêu, dùng trong cột “Mã chỉ tiêu” của bảng đơn vị gửi lên và cột indicator_code của tệp so-lieu.',
      en: 'Indicator code, as used in the “Mã chỉ tiêu” column of submitted tables and indicator_code in the so-lieu file.',
      required: true,
      get: (d) => d.code,
    },
    {
      name: 'group',
      type: 'string',
      title: 'Mã nhóm',
      vi: 'Mã nhóm chỉ tiêu.',
      en: 'Code of the indicator group.',
      enum: groupCodes,
      get: (d) => d.group,
    },
    {
      name: 'group_vi',
      type: 'string',
      title: 'Nhóm',
      vi: 'Tên nhóm chỉ tiêu, tiếng Việt.',
      en: 'Name of the group, in Vietnamese.',
      get: (d) => indicatorGroups[d.group].vi,
    },
    {
      name: 'group_en',
      type: 'string',
      title: 'Nhóm (tiếng Anh)',
      vi: 'Tên nhóm chỉ tiêu, tiếng Anh.',
      en: 'Name of the group, in English.',
      get: (d) => indicatorGroups[d.group].en,
    },
    {
      name: 'unit_kind',
      type: 'string',
      title: 'Loại chỉ tiêu',
      vi: `Chỉ tiêu đo bằng gì: ${unitKindList('vi')}.`,
      en: `What the indicator measures: ${unitKindList('en')}.`,
      enum: unitKinds,
      get: (d) => d.unitKind,
    },
    {
      name: 'label_vi',
      type: 'string',
      title: 'Tên chỉ tiêu',
      vi: 'Tên chỉ tiêu, tiếng Việt.',
      en: 'Label, in Vietnamese.',
      get: (d) => d.vi,
    },
    {
      name: 'label_en',
      type: 'string',
      title: 'Tên chỉ tiêu (tiếng Anh)',
      vi: 'Tên chỉ tiêu, tiếng Anh.',
      en: 'Label, in English.',
      get: (d) => d.en,
    },
    {
      name: 'headline',
      type: 'integer',
      title: 'Thứ tự chỉ số chính',
      vi: 'Thứ tự thẻ chỉ số chính trên trang của đơn vị; trống nếu không phải chỉ số chính.',
      en: 'Order of the headline card on unit pages; empty if the indicator is not a headline figure.',
      get: (d) => d.headline,
    },
    {
      name: 'counts',
      type: 'string',
      title: 'Đếm người hay đếm lượt',
      vi: 'Với chỉ tiêu đếm: “người” (mỗi người một lần) hoặc “lượt” (mỗi lần một người được hướng dẫn, hỗ trợ, tham gia); trống nếu không áp dụng.',
      en: 'For counts: “người” (people, each counted once) or “lượt” (visits, each time someone was reached); empty otherwise.',
      enum: ['người', 'lượt'],
      get: (d) => d.counts,
    },
    versionColumn,
  ],
  primaryKey: ['code'],
  records: () => indicators,
});

// ---------------------------------------------------------------------------
// The registry: 34 provinces and 3,321 units
// ---------------------------------------------------------------------------

interface UnitRecord {
  level: 'tỉnh' | 'xã';
  province: Province;
  commune?: Commune;
  reports: number;
  figures: number;
}

function unitRecords(site: SiteData): UnitRecord[] {
  const reg = site.registry;
  const count = (c: Commune) => {
    const reports = site.communes.get(c.code)?.reports ?? [];
    return { reports: reports.length, figures: reports.reduce((n, r) => n + r.figures.length, 0) };
  };
  return reg.provinces.flatMap((province) => {
    const communes = reg.communesOf(province.code).map((commune) => ({ level: 'xã' as const, province, commune, ...count(commune) }));
    const sum = (k: 'reports' | 'figures') => communes.reduce((n, c) => n + c[k], 0);
    return [{ level: 'tỉnh' as const, province, reports: sum('reports'), figures: sum('figures') }, ...communes];
  });
}

export const unitsTable: Table = defineTable<UnitRecord>({
  name: 'don-vi',
  path: 'don-vi',
  title: { vi: 'Danh mục đơn vị hành chính', en: 'Registry of administrative units' },
  description: {
    vi: '34 tỉnh, thành phố và 3.321 xã, phường, đặc khu (danh mục năm 2025), mỗi tỉnh đứng trước các đơn vị của tỉnh, kèm số văn bản và số liệu đã đăng.',
    en: 'The 34 provinces and 3,321 communes, wards and special zones (2025 registry), each province before its units, with the number of documents and figures published.',
  },
  columns: [
    {
      name: 'level',
      type: 'string',
      title: 'Cấp',
      vi: '“tỉnh”: tỉnh, thành phố; “xã”: xã, phường, đặc khu.',
      en: '“tỉnh”: a province or city; “xã”: a commune, ward or special zone.',
      enum: ['tỉnh', 'xã'],
      required: true,
      get: (u) => u.level,
    },
    {
      name: 'code',
      type: 'string',
      title: 'Mã',
      vi: 'Mã chính thức: 2 chữ số với tỉnh, 5 chữ số với xã (giữ các số 0 ở đầu).',
      en: 'Official code: 2 digits for a province, 5 digits for a unit (keep leading zeros).',
      required: true,
      get: (u) => u.commune?.code ?? u.province.code,
    },
    {
      name: 'name',
      type: 'string',
      title: 'Tên',
      vi: 'Tên chính thức (“Xã Thuận An”, “Thành phố Hà Nội”).',
      en: 'Official name (“Xã Thuận An”, “Thành phố Hà Nội”).',
      required: true,
      get: (u) => u.commune?.name ?? u.province.name,
    },
    {
      name: 'short_name',
      type: 'string',
      title: 'Tên rút gọn',
      vi: 'Tên không kèm loại đơn vị (“Thuận An”, “Hà Nội”).',
      en: 'Name without the kind (“Thuận An”, “Hà Nội”).',
      get: (u) => u.commune?.shortName ?? u.province.shortName,
    },
    {
      name: 'kind',
      type: 'string',
      title: 'Loại',
      vi: `Loại đơn vị: ${enumList(provinceKinds, 'vi')} (cấp tỉnh); ${enumList(communeKinds, 'vi')} (cấp xã).`,
      en: `Kind of unit: “tỉnh” (province), “thành phố” (city); ${enumList(communeKinds, 'en')}.`,
      enum: [...provinceKinds, ...communeKinds],
      get: (u) => u.commune?.kind ?? provinceKind(u.province),
    },
    {
      name: 'province_code',
      type: 'string',
      title: 'Mã tỉnh',
      vi: 'Mã tỉnh, thành phố của đơn vị (với dòng cấp tỉnh: chính mã đó).',
      en: 'Code of the unit’s province (on province rows, its own code).',
      required: true,
      get: (u) => u.province.code,
    },
    {
      name: 'province_name',
      type: 'string',
      title: 'Tỉnh, thành phố',
      vi: 'Tên tỉnh, thành phố của đơn vị.',
      en: 'Name of the unit’s province.',
      get: (u) => u.province.name,
    },
    {
      name: 'reports',
      type: 'integer',
      title: 'Số văn bản',
      vi: 'Số văn bản đã đăng (với tỉnh: tổng của các đơn vị trong tỉnh). 0: chưa báo cáo.',
      en: 'Documents published (for a province: the total of its units). 0: not reported yet.',
      required: true,
      get: (u) => u.reports,
    },
    {
      name: 'figures',
      type: 'integer',
      title: 'Số số liệu',
      vi: 'Số số liệu đã đăng (với tỉnh: tổng của các đơn vị trong tỉnh).',
      en: 'Figures published (for a province: the total of its units).',
      required: true,
      get: (u) => u.figures,
    },
    {
      name: 'page_url',
      type: 'url',
      title: 'Trang',
      vi: 'Địa chỉ trang của đơn vị trên trang này.',
      en: 'Address of the unit’s page on this site.',
      get: (u, ctx) => (u.commune ? ctx.links.commune(u.commune) : ctx.links.province(u.province)),
    },
    versionColumn,
  ],
  primaryKey: ['code'],
  records: unitRecords,
});

// ---------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------

interface ReportRecord {
  report: Report;
  commune: Commune;
  province: Province;
}

const reportColumns: readonly Column<ReportRecord>[] = [
  {
    name: 'report_id',
    type: 'string',
    title: 'Mã văn bản',
    vi: 'Mã của văn bản trên trang (đường dẫn tệp trong thư mục content/reports, không có đuôi).',
    en: 'The document’s id on this site (its file path under content/reports, without extension).',
    required: true,
    get: (r) => r.report.id,
  },
  ...unitColumns<ReportRecord>((r) => r),
  {
    name: 'kind',
    type: 'string',
    title: 'Loại văn bản',
    vi: `Loại văn bản: ${enumList(reportKinds, 'vi')}.`,
    en: `Kind of document: ${enumList(reportKinds, 'en')}.`,
    enum: reportKinds,
    required: true,
    get: (r) => r.report.meta.kind,
  },
  {
    name: 'title',
    type: 'string',
    title: 'Tên văn bản',
    vi: 'Tên (trích yếu) văn bản như đã ghi.',
    en: 'Title as printed (Vietnamese).',
    get: (r) => r.report.meta.title,
  },
  {
    name: 'number',
    type: 'string',
    title: 'Số văn bản',
    vi: 'Số, ký hiệu như đã ghi; trống nếu văn bản để trống.',
    en: 'Document number as written; empty when left blank.',
    get: (r) => r.report.meta.number,
  },
  {
    name: 'date',
    type: 'partial-date',
    title: 'Ngày văn bản',
    vi: 'YYYY-MM-DD, hoặc YYYY-MM, YYYY khi văn bản không ghi đủ ngày.',
    en: 'YYYY-MM-DD, or YYYY-MM or YYYY when the document does not give the full date.',
    get: (r) => r.report.meta.date,
  },
  {
    name: 'period_from',
    type: 'partial-date',
    title: 'Kỳ báo cáo từ',
    vi: 'Ngày (tháng, năm) bắt đầu kỳ báo cáo, nếu văn bản nêu.',
    en: 'Start of the period covered, where stated.',
    get: (r) => r.report.meta.period?.from,
  },
  {
    name: 'period_to',
    type: 'partial-date',
    title: 'Kỳ báo cáo đến',
    vi: 'Ngày (tháng, năm) kết thúc kỳ báo cáo, nếu văn bản nêu; các so sánh theo năm dùng năm này, nếu không có thì dùng năm của văn bản.',
    en: 'End of the period covered, where stated; comparisons by year use this year, else the document’s year.',
    get: (r) => r.report.meta.period?.to,
  },
  {
    name: 'period_label',
    type: 'string',
    title: 'Kỳ báo cáo',
    vi: 'Kỳ báo cáo theo lời văn bản (“năm 2025”).',
    en: 'The period in the document’s own words (“năm 2025” = year 2025).',
    get: (r) => r.report.meta.period?.label,
  },
  {
    name: 'issuer',
    type: 'string',
    title: 'Cơ quan ban hành',
    vi: 'Cơ quan ban hành; với bài báo, nguồn của bài.',
    en: 'Issuing body; for press articles, the source.',
    get: (r) => r.report.meta.issuer,
  },
  {
    name: 'signatory_title',
    type: 'string',
    title: 'Chức vụ người ký',
    vi: 'Chức vụ người ký như in trên văn bản.',
    en: 'Position of the signatory as printed.',
    get: (r) => r.report.meta.signatory?.title,
  },
  {
    name: 'signatory_name',
    type: 'string',
    title: 'Người ký',
    vi: 'Họ tên cán bộ ký văn bản như in trên văn bản (người ký văn bản công; không bao giờ là tên người dân).',
    en: 'Name of the official who signed, as printed (a public act; never the name of a resident).',
    get: (r) => r.report.meta.signatory?.name,
  },
  {
    name: 'publisher',
    type: 'string',
    title: 'Cơ quan báo chí',
    vi: 'Với bài báo: tờ báo, trang tin đã đăng.',
    en: 'Press articles: the outlet that published it.',
    get: (r) => r.report.meta.publisher,
  },
  {
    name: 'author',
    type: 'string',
    title: 'Tác giả',
    vi: 'Với bài báo: tác giả như đã ghi.',
    en: 'Press articles: the author as credited.',
    get: (r) => r.report.meta.author,
  },
  {
    name: 'source_url',
    type: 'url',
    title: 'Địa chỉ văn bản gốc',
    vi: 'Nơi đọc văn bản hoặc bài báo trên mạng, nếu có.',
    en: 'Where the document or article can be read online, if anywhere.',
    get: (r) => r.report.meta.url,
  },
  {
    name: 'note',
    type: 'string',
    title: 'Ghi chú khi nhập liệu',
    vi: 'Ghi chú của người nhập liệu về văn bản (phần để trống, số ước tính…).',
    en: 'The transcriber’s note about the document (what it leaves blank, what was estimated…), in Vietnamese.',
    get: (r) => r.report.meta.note,
  },
  {
    name: 'figures',
    type: 'integer',
    title: 'Số số liệu',
    vi: 'Số số liệu trong bảng của văn bản.',
    en: 'Figures in the document’s table.',
    required: true,
    get: (r) => r.report.figures.length,
  },
  {
    name: 'results',
    type: 'integer',
    title: 'Số kết quả',
    vi: 'Trong đó, số dòng kết quả.',
    en: 'Of which results.',
    required: true,
    get: (r) => r.report.figures.filter((f) => !isTarget(f.type)).length,
  },
  {
    name: 'targets',
    type: 'integer',
    title: 'Số mục tiêu',
    vi: 'Trong đó, số dòng mục tiêu.',
    en: 'Of which targets.',
    required: true,
    get: (r) => r.report.figures.filter((f) => isTarget(f.type)).length,
  },
  {
    name: 'mdx_file',
    type: 'string',
    title: 'Tệp văn bản',
    vi: 'Tệp .mdx đơn vị gửi lên (thông tin và nội dung văn bản).',
    en: 'The submitted .mdx file (metadata and narrative).',
    get: (r) => r.report.file,
  },
  {
    name: 'csv_file',
    type: 'string',
    title: 'Tệp số liệu',
    vi: 'Tệp .csv đơn vị gửi lên (bảng số liệu); trống nếu văn bản không có bảng.',
    en: 'The submitted .csv file (table of figures); empty when the document has none.',
    get: (r) => r.report.tableFile,
  },
  {
    name: 'page_url',
    type: 'url',
    title: 'Trang văn bản',
    vi: 'Địa chỉ trang của văn bản trên trang này.',
    en: 'Address of the document’s page on this site.',
    get: (r, ctx) => ctx.links.report(r.report.id),
  },
  versionColumn,
];

export const reportsTable: Table = defineTable<ReportRecord>({
  name: 'van-ban',
  path: 'van-ban',
  title: { vi: 'Danh sách văn bản', en: 'Documents' },
  description: {
    vi: 'Mọi văn bản đã đăng (báo cáo, kế hoạch, bài báo), mới nhất trước, kèm đơn vị, số, ngày, kỳ báo cáo và số số liệu.',
    en: 'Every published document (reports, plans, press articles), newest first, with its unit, number, date, period and figure counts.',
  },
  columns: reportColumns,
  primaryKey: ['report_id'],
  records: (site) => reportRecords(site, site.reports),
});

function reportRecords(site: SiteData, reports: readonly Report[]): ReportRecord[] {
  return reports.map((report) => {
    const commune = site.registry.commune(report.meta.commune)!;
    return { report, commune, province: site.registry.province(commune.provinceCode)! };
  });
}

/** The documents of one commune (newest first), for its JSON download. */
const communeReportsTable = (code: string): Table =>
  defineTable<ReportRecord>({
    name: `van-ban-${code}`,
    path: `van-ban/${code}`,
    title: reportsTable.title,
    description: reportsTable.description,
    primaryKey: reportsTable.primaryKey,
    columns: reportColumns,
    records: (site) => reportRecords(site, site.communes.get(code)?.reports ?? []),
  });

/** The national downloads, in the order the data page lists them. */
export const nationalTables: readonly Table[] = [figuresTable, targetsTable, reportsTable, indicatorsTable, unitsTable];

// ---------------------------------------------------------------------------
// Output: CSV, JSON, the inverse of a CSV cell, Table Schema, Data Package
// ---------------------------------------------------------------------------

const numericTypes: ReadonlySet<ColumnType> = new Set(['integer', 'year', 'decimal']);
export const isNumeric = (c: ColumnInfo) => numericTypes.has(c.type);

function csvValue(v: Cell): CsvCell {
  return Array.isArray(v) ? v.join(LIST_SEPARATOR) : (v as string | number | null);
}

/** The table as CSV: BOM, header of column names, RFC 4180, text cells neutralised. */
export function toCsv(t: BuiltTable): string {
  return [...csvChunks(t.info, t.rows)].join('');
}

/** toCsv line by line, from rows that may be generated one at a time. */
export function* csvChunks(info: TableInfo, rows: Iterable<Cell[]>): Generator<string> {
  const columns = info.columns.map((c) => ({ name: c.name, numeric: isNumeric(c) }));
  function* values() {
    for (const row of rows) yield row.map(csvValue);
  }
  yield* csvLines(columns, values());
}

/** A CSV cell back to its JSON value (undoes neutralisation; lists split; integers as numbers; decimals stay text). */
export function fromCsvCell(c: ColumnInfo, text: string): Cell {
  if (c.type === 'list') return text === '' ? [] : unneutralise(text).split(LIST_SEPARATOR);
  if (text === '') return null;
  if (c.type === 'integer' || c.type === 'year') return Number(text);
  if (c.type === 'decimal') return text;
  return unneutralise(text);
}

/** Rows as objects keyed by column name, in column order. */
export function rowObjects(t: BuiltTable): Record<string, Cell>[] {
  return t.rows.map((row) => rowObject(t.info, row));
}

function rowObject(info: TableInfo, row: readonly Cell[]): Record<string, Cell> {
  return Object.fromEntries(info.columns.map((c, i) => [c.name, row[i]!]));
}

/** The JSON download: the data version first, then what the table is, then its rows. */
export function toJson(t: BuiltTable, ctx: OpenDataContext, extra: Record<string, unknown> = {}): string {
  return [...jsonChunks(t.info, t.rows, ctx, extra)].join('');
}

/** toJson piece by piece (the same text), from rows that may be generated one at a time. */
export function* jsonChunks(
  info: TableInfo,
  rows: Iterable<Cell[]>,
  ctx: OpenDataContext,
  extra: Record<string, unknown> = {},
): Generator<string> {
  const head = JSON.stringify({ version: ctx.version, synthetic: ctx.synthetic, name: info.name, title: info.title, ...extra, rows: [] });
  yield head.slice(0, -2); // without the closing "]}"
  let first = true;
  for (const row of rows) {
    yield `${first ? '' : ','}${JSON.stringify(rowObject(info, row))}`;
    first = false;
  }
  yield ']}\n';
}

/** The JSON download of one commune: its identity, its documents, and all its figures. */
export function communeJson(site: SiteData, ctx: OpenDataContext, code: string): string {
  const commune = site.registry.commune(code)!;
  const province = site.registry.province(commune.provinceCode)!;
  const reports = rowObjects(communeReportsTable(code).build(site, ctx));
  return toJson(communeTable(commune).build(site, ctx), ctx, {
    commune: {
      code: commune.code,
      name: commune.name,
      kind: commune.kind,
      province_code: province.code,
      province_name: province.name,
      page_url: ctx.links.commune(commune),
    },
    reports,
  });
}

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

/** Path of a download below du-lieu/: "so-lieu.csv", "xa/24682.json". */
export const downloadPath = (info: Pick<TableInfo, 'path'>, ext: 'csv' | 'json') => `${info.path}.${ext}`;

/** Path below du-lieu/ of the Table Schema every commune's CSV shares. */
export const figureSchemaPath = 'so-lieu.schema.json';

/** Each commune that has published a document, in registry order. */
export function reportingCommunes(site: SiteData): Commune[] {
  return site.registry.communes.filter((c) => site.reporting.has(c.code)).sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** Every CSV download: path below du-lieu/ and text. */
export function csvDownloads(site: SiteData, ctx: OpenDataContext): { info: TableInfo; path: string; text: string }[] {
  return downloadTables(site).map((t) => ({ info: t, path: downloadPath(t, 'csv'), text: toCsv(t.build(site, ctx)) }));
}

/** Every table with a CSV download: the national ones, then one per reporting commune. */
function downloadTables(site: SiteData): Table[] {
  return [...nationalTables, ...reportingCommunes(site).map(communeTable)];
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
