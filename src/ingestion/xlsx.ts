/**
 * Excel workbooks (.xlsx) → the same records the CSV table parser takes, so
 * every check of a CSV table applies unchanged to a workbook.
 *
 * Reading is done by `read-excel-file` (a maintained library; no hand-written
 * zip or XML code here). Reading is asynchronous: the browser page awaits
 * `readWorkbook`, the Node side (CLI, build) reads workbooks when it collects
 * files (see xlsx-node.ts) so that `checkSubmissions` stays synchronous and pure.
 *
 * Which sheet: the sheet named "Số liệu" (matched without diacritics or case) if
 * the workbook has one, otherwise the first sheet. The template has "Số liệu"
 * first and "Hướng dẫn" (instructions) second.
 *
 * Cells → text, never guessing a figure:
 *  - text cells are taken as they are (the template formats every cell as text, so
 *    "14.033", "Ước tính 80%" and "trên 2.000" stay exactly as typed);
 *  - number cells are written the Vietnamese way with a decimal comma and no grouping
 *    (14033 → "14033", 80.06 → "80,06"), at Excel's own precision of 15 significant
 *    digits (Excel may store 80.06 as 80.060000000000002);
 *  - a number cell in a "%" row between 0 and 1 is refused: a cell formatted as a
 *    percentage stores 80% as 0.8, and the reader cannot see the format, so 0,8 and
 *    80% cannot be told apart; the officer is asked to type the value as text;
 *  - date cells (Excel turns "1/2" into 1 February) become dd/mm/yyyy text, which the
 *    value grammar refuses in the result column;
 *  - formulas give the value Excel or LibreOffice computed when the file was saved.
 */
import type { CsvParse, CsvRecord } from './csv.ts';
import { problem, type Problem } from '../domain/problems/index.ts';
import { parseReportRecords, type TableParse } from './report-table.ts';
import { fold } from '../domain/text.ts';
import { DATA_SHEET } from '../domain/workbook.ts';

/** One cell as read from the workbook, in a form that survives JSON (child process, worker). */
export type RawCell = null | string | { n: string } | { b: boolean } | { d: string };

export interface RawSheet {
  name: string;
  rows: RawCell[][];
}

/** A workbook read from bytes, or the reason it could not be read. */
export type RawWorkbook = { ok: true; sheets: RawSheet[] } | { ok: false; reason: string };

interface LibraryModule {
  default: (input: Blob | ArrayBuffer, options?: object) => Promise<{ sheet: string; data: unknown[][] }[]>;
}

/** Library output → RawWorkbook. Numbers come as the raw XML text (parseNumber), dates as Date. */
export function encodeLibrarySheets(sheets: readonly { sheet: string; data: readonly (readonly unknown[])[] }[]): RawSheet[] {
  return sheets.map((s) => ({
    name: s.sheet,
    rows: s.data.map((row) =>
      row.map((c): RawCell => {
        if (c === null || c === undefined) return null;
        if (c instanceof Date) return { d: c.toISOString() };
        if (typeof c === 'boolean') return { b: c };
        if (typeof c === 'object' && 'n' in c) return { n: String((c as { n: unknown }).n) };
        return String(c);
      }),
    ),
  }));
}

/** Options given to read-excel-file (kept here so the Node child process uses the same ones). */
export const libraryOptions = { trim: false } as const;

/** Read a workbook with read-excel-file (browser and Node). */
export async function readWorkbook(bytes: Uint8Array, lib?: LibraryModule): Promise<RawWorkbook> {
  const mod: LibraryModule = lib ?? ((await import('read-excel-file/universal')) as unknown as LibraryModule);
  try {
    const buffer = bytes.slice().buffer;
    const sheets = await mod.default(buffer, { ...libraryOptions, parseNumber: (n: string) => ({ n }) });
    return { ok: true, sheets: encodeLibrarySheets(sheets) };
  } catch (e) {
    return { ok: false, reason: failureReason(e) };
  }
}

/** A short stable reason from the library's error (InvalidInputError has a code). */
export function failureReason(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'string') return code;
  const name = (e as { name?: unknown })?.name;
  return typeof name === 'string' ? name : 'ERROR';
}

/** Excel shows at most 15 significant digits; the file may store 17. Never exponent notation. */
export function numberText(raw: string): string | undefined {
  const n = Number(raw.trim());
  if (!Number.isFinite(n)) return undefined;
  const shortest = String(Number(n.toPrecision(15)));
  const [mantissa, exp] = shortest.split('e');
  let text = mantissa!;
  if (exp !== undefined) {
    // Shift the decimal point by hand: toFixed would round, and String gives exponents past 1e21.
    const neg = text.startsWith('-');
    const digitsPart = neg ? text.slice(1) : text;
    const [int, frac = ''] = digitsPart.split('.');
    const digits = int! + frac;
    const point = int!.length + Number(exp);
    const body =
      point <= 0
        ? `0.${'0'.repeat(-point)}${digits}`
        : point >= digits.length
          ? digits + '0'.repeat(point - digits.length)
          : `${digits.slice(0, point)}.${digits.slice(point)}`;
    text = (neg ? '-' : '') + body;
  }
  return text.replace('.', ',');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A cell as the text a CSV export of it would hold (see the module comment). */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if ('n' in cell) return numberText(cell.n) ?? cell.n;
  if ('b' in cell) return cell.b ? 'TRUE' : 'FALSE';
  const d = new Date(cell.d);
  return Number.isNaN(d.getTime()) ? cell.d : `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** The sheet holding the table: "Số liệu" if present, else the first. */
export function pickSheet(sheets: readonly RawSheet[]): RawSheet | undefined {
  const wanted = fold(DATA_SHEET);
  return sheets.find((s) => fold(s.name.trim()) === wanted) ?? sheets[0];
}

/** Rows of a sheet → CSV records: line and row are the sheet's row number, so problems point at cells. */
export function sheetRecords(sheet: RawSheet): CsvParse {
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const records: CsvRecord[] = sheet.rows.map((row, i) => {
    const cells = Array.from({ length: width }, (_, c) => cellText(row[c] ?? null));
    return { cells, cellLines: cells.map(() => i + 1), line: i + 1, row: i + 1 };
  });
  return { records, delimiter: '' };
}

/**
 * Number cells in the result column of a "%" row with a value in (0, 1]: Excel stores 80% as 0.8.
 * Located like any other problem; the row is then left out of the table so no figure is guessed.
 */
export function percentTraps(file: string, sheet: RawSheet, parsed: CsvParse): { problems: Problem[]; skipRows: Set<number> } {
  const problems: Problem[] = [];
  const skipRows = new Set<number>();
  const norm = (s: string) =>
    fold(s)
      .replace(/[^a-z0-9% ]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const headerAt = parsed.records.findIndex((r) => r.cells.some((c) => norm(c) === 'ket qua'));
  if (headerAt < 0) return { problems, skipRows };
  const header = parsed.records[headerAt]!.cells.map(norm);
  const result = header.indexOf('ket qua');
  const unit = header.findIndex((h) => h === 'don vi tinh' || h === 'dvt' || h === 'don vi');
  if (unit < 0) return { problems, skipRows };
  for (let i = headerAt + 1; i < sheet.rows.length; i++) {
    const cell = sheet.rows[i]?.[result];
    if (!cell || typeof cell !== 'object' || !('n' in cell)) continue;
    const value = Number(cell.n);
    const unitText = parsed.records[i]!.cells[unit]!;
    if (!unitText.includes('%') || !(value > 0 && value <= 1)) continue;
    skipRows.add(i + 1);
    problems.push(
      problem(
        'xlsx.percent-number',
        { file, line: i + 1, column: result + 1, field: parsed.records[headerAt]!.cells[result]!.trim(), found: cellText(cell) },
        cellText(cell),
      ),
    );
  }
  return { problems, skipRows };
}

/** Records of a workbook's data sheet, with the problems found in reading it; located by sheet. */
export function workbookTable(
  file: string,
  workbook: RawWorkbook | undefined,
): { parsed?: CsvParse; sheet?: string; problems: Problem[]; skipRows: Set<number> } {
  if (!workbook) return { problems: [problem('xlsx.unreadable', { file }, 'NOT_READ')], skipRows: new Set() };
  if (!workbook.ok) {
    const code = workbook.reason === 'XLS_FILE_NOT_SUPPORTED' ? 'xlsx.old-xls' : 'xlsx.unreadable';
    return { problems: [problem(code, { file }, workbook.reason)], skipRows: new Set() };
  }
  const sheet = pickSheet(workbook.sheets);
  if (!sheet) return { problems: [problem('csv.empty', { file })], skipRows: new Set() };
  const parsed = sheetRecords(sheet);
  const traps = percentTraps(file, sheet, parsed);
  for (const i of traps.skipRows) {
    const rec = parsed.records[i - 1]!;
    // Keep the code, drop the unreadable result: the row then reports nothing further.
    rec.cells = rec.cells.map(() => '');
  }
  return { parsed, sheet: sheet.name, problems: traps.problems.map((p) => withSheet(p, sheet.name)), skipRows: traps.skipRows };
}

/** Add the sheet to a problem that points at a row of it. */
export function withSheet(p: Problem, sheet: string): Problem {
  return p.line === undefined ? p : { ...p, sheet };
}

/** A report's workbook → figures and located problems, exactly as for its CSV equivalent. */
export function parseWorkbookTable(file: string, workbook: RawWorkbook | undefined): TableParse {
  const read = workbookTable(file, workbook);
  if (!read.parsed || read.sheet === undefined) return { figures: [], problems: read.problems };
  const sheet = read.sheet;
  const table = parseReportRecords(file, read.parsed);
  return { figures: table.figures, problems: [...read.problems, ...table.problems.map((p) => withSheet(p, sheet))] };
}
