/** Tables as files: CSV (and back, cell by cell), JSON, row objects. Pure; rows may be generated one at a time. */
import { type CsvCell, csvLines, unneutralise } from './csv-writer.ts';
import {
  type BuiltTable,
  type Cell,
  type ColumnInfo,
  type ColumnType,
  LIST_SEPARATOR,
  type OpenDataContext,
  type TableInfo,
} from './columns.ts';

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
