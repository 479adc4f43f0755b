/**
 * CSV text → records with their physical lines. Uses papaparse for the
 * grammar (quotes, CRLF, quoted newlines) and keeps, for every cell, the
 * physical line it starts on, so errors can point at the line a text editor
 * shows.
 */
import Papa from 'papaparse';
import { fold } from '../domain/text.ts';

export interface CsvRecord {
  cells: string[];
  /** Physical line (1-based) where each cell starts. */
  cellLines: number[];
  line: number;
  /** Row number as a spreadsheet shows it (records counted from 1); differs from line when cells hold line breaks. */
  row: number;
}

export interface CsvParse {
  records: CsvRecord[];
  delimiter: string;
  /** Physical line of a quote that is never closed, if any. */
  unclosedQuoteLine?: number;
}

const candidates = [';', ',', '\t'] as const;

/**
 * Choose the delimiter from the header line: among the first lines, the one that names
 * "Kết quả" and uses a delimiter most; title lines above the table ("BÁO CÁO KẾT QUẢ…")
 * have none and are passed over.
 */
export function guessDelimiter(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).slice(0, 30);
  const counts = (line: string) => {
    const unquoted = line.replace(/"[^"]*"/g, '');
    return candidates.map((c) => [c, unquoted.split(c).length - 1] as const).sort((a, b) => b[1] - a[1])[0]!;
  };
  const scored = lines.map((l) => ({ l, best: counts(l), header: fold(l).includes('ket qua') }));
  const pick = scored.find((x) => x.header && x.best[1] > 0) ?? scored.find((x) => x.best[1] > 0);
  return pick ? pick.best[0] : ',';
}

export function parseCsv(input: string): CsvParse {
  // A BOM left in the text would be dropped by papaparse and shift every offset by one.
  const bomless = input.startsWith('\uFEFF') ? input.slice(1) : input;
  // papaparse picks one line ending for the whole file: in an LF file, the row after a lone CR would be glued into
  // the cell before it, and in a CR file mixed with CRLF two rows would share a line number. Every line break a text
  // editor shows (CRLF, LF, lone CR) becomes LF first, so each is one line, and line numbers match the editor's.
  const text = bomless.replace(/\r\n?/g, '\n');
  const delimiter = guessDelimiter(text.slice(0, 65_536));
  const newlineOffsets: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlineOffsets.push(i);
  const lineAt = (offset: number) => {
    // Number of line breaks before offset, by binary search.
    let lo = 0;
    let hi = newlineOffsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlineOffsets[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const records: CsvRecord[] = [];
  let unclosedQuoteLine: number | undefined;
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    step: (result) => {
      const line = lineAt(start);
      for (const e of result.errors) {
        if (e.code === 'MissingQuotes' && unclosedQuoteLine === undefined) unclosedQuoteLine = line;
      }
      const cells = result.data;
      const cellLines: number[] = [];
      let l = line;
      for (const cell of cells) {
        cellLines.push(l);
        for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) l++;
      }
      records.push({ cells, cellLines, line, row: records.length + 1 });
      start = result.meta.cursor;
    },
  });
  return { records, delimiter, ...(unclosedQuoteLine !== undefined ? { unclosedQuoteLine } : {}) };
}
