/**
 * CSV for people with Excel and for machines: UTF-8 with a byte-order mark (so
 * Excel reads Vietnamese correctly), RFC 4180 quoting with CRLF line ends, and
 * formula-injection neutralisation of text cells. Pure: rows in, text out.
 */

/** Byte-order mark: without it Excel opens UTF-8 as the local code page and garbles diacritics. */
export const BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

export interface CsvColumnSpec {
  name: string;
  /** Numeric columns are written as plain numbers, never neutralised (a negative number is a number). */
  numeric: boolean;
}

/** A number as text the way a machine reads it: optional minus, digits, optional decimal point. */
const plainNumber = /^-?\d+(\.\d+)?$/;

/**
 * Text a spreadsheet would run as a formula starts with one of these (OWASP's list). Cells that
 * already start with quote marks before such a character get one more, so the rule can be undone
 * exactly: strip one leading quote when the cell matches this pattern after the quote.
 */
const formulaStart = /^'*[=+\-@\t\r]/;

/** Prefix a text cell that a spreadsheet would read as a formula with a quote mark. */
export function neutralise(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** The inverse of neutralise(), for machines reading the CSV back. */
export function unneutralise(text: string): string {
  return text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}

/** RFC 4180: quote a field that contains the delimiter, a quote, CR or LF; double the quotes inside. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`CSV: ${value} is not a finite number`);
  const text = String(value);
  // String() switches to exponent notation for very large or small numbers; spreadsheets read those, but not exactly.
  if (!plainNumber.test(text)) throw new Error(`CSV: ${value} has no plain decimal form`);
  return text;
}

/** One cell as CSV field text. */
export function csvCell(value: CsvCell, numeric: boolean): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') return numberText(value);
  // Decimal text ("80.06", kept as text so no digit is lost) is a number too; anything else is text, even in a numeric column.
  if (numeric && plainNumber.test(value)) return value;
  return quoteField(neutralise(value));
}

/** The file line by line: BOM (unless asked not to) and header row first, every line CRLF-terminated. */
export function* csvLines(
  columns: readonly CsvColumnSpec[],
  rows: Iterable<readonly CsvCell[]>,
  options: { bom?: boolean } = {},
): Generator<string> {
  yield `${options.bom === false ? '' : BOM}${columns.map((c) => quoteField(neutralise(c.name))).join(',')}\r\n`;
  for (const row of rows) {
    if (row.length !== columns.length) throw new Error(`CSV: row has ${row.length} cells for ${columns.length} columns`);
    yield `${row.map((v, i) => csvCell(v, columns[i]!.numeric)).join(',')}\r\n`;
  }
}

/** The whole file: BOM (unless asked not to), header row, one CRLF-terminated line per row. */
export function writeCsv(columns: readonly CsvColumnSpec[], rows: Iterable<readonly CsvCell[]>, options: { bom?: boolean } = {}): string {
  return [...csvLines(columns, rows, options)].join('');
}
