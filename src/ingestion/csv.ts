/**
 * CSV text → records with their physical lines. Uses papaparse for the
 * grammar (quotes, CRLF, quoted newlines) and keeps, for every cell, the
 * physical line it starts on, so errors can point at the line a text editor
 * shows.
 */
import Papa from 'papaparse';
import { fold } from './text.ts';

export interface CsvRecord {
  cells: string[];
  /** Physical line (1-based) where each cell starts. */
  cellLines: number[];
  line: number;
}

export interface CsvParse {
  records: CsvRecord[];
  delimiter: string;
  /** Physical line of a quote that is never closed, if any. */
  unclosedQuoteLine?: number;
}

const candidates = [';', ',', '\t'] as const;

/** Choose the delimiter from the header line: the one it uses most, outside quotes. */
export function guessDelimiter(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).slice(0, 30);
  const header = lines.find((l) => fold(l).includes('ket qua')) ?? lines.find((l) => l.trim() !== '') ?? '';
  const unquoted = header.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const c of candidates) {
    const count = unquoted.split(c).length - 1;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}

export function parseCsv(text: string): CsvParse {
  const delimiter = guessDelimiter(text);
  const newlineOffsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) newlineOffsets.push(i);
  }
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
        l += (cell.match(/\r\n|\r|\n/g) ?? []).length;
      }
      records.push({ cells, cellLines, line });
      start = result.meta.cursor;
    },
  });
  return { records, delimiter, ...(unclosedQuoteLine !== undefined ? { unclosedQuoteLine } : {}) };
}
