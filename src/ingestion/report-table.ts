/**
 * A report's CSV table → figures and located problems. The table is shaped
 * like the appendix communes already fill in (STT, Mã chỉ tiêu, Nội dung,
 * Đơn vị tính, Kết quả, Thuyết minh, Nguồn), with optional Loại and Năm for
 * targets. Headers are matched with or without diacritics; title lines above
 * the header row are skipped.
 */
import { limits, reportColumns, rowTypes, type Figure, type ReportColumn, type RowType } from '../domain/schemas.ts';
import { indicatorForRow, indicators, isLocalIndicatorCode } from '../domain/indicators.ts';
import { checkFigure } from '../domain/checks.ts';
import { parseCsv, type CsvParse } from './csv.ts';
import { problem, type FigureWarning, type Problem } from '../domain/problems/index.ts';
import { cleanText, editDistance, fold } from '../domain/text.ts';
import { parseValue } from './value.ts';

/** Header spellings accepted for each column, folded (no diacritics, lower case). */
const headerAliases: Record<ReportColumn, readonly string[]> = {
  stt: ['stt', 'so tt', 'so thu tu', 'tt'],
  code: ['ma chi tieu', 'ma', 'ma so', 'ma chi so'],
  label: ['noi dung', 'chi tieu', 'ten chi tieu'],
  unit: ['don vi tinh', 'dvt', 'don vi'],
  result: ['ket qua', 'gia tri', 'so lieu'],
  note: ['thuyet minh', 'ghi chu'],
  source: ['nguon', 'nguon so lieu', 'vi tri trong van ban'],
  type: ['loai', 'loai so lieu'],
  year: ['nam', 'nam muc tieu'],
};

function matchHeader(cell: string): ReportColumn | undefined {
  const f = fold(cleanText(cell))
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return (Object.keys(headerAliases) as ReportColumn[]).find((k) => headerAliases[k].includes(f));
}

export interface TableParse {
  figures: Figure[];
  problems: Problem[];
}

/** Closest catalogue code by edit distance, to suggest a fix for a typo. */
function suggestCode(code: string): string {
  // Edit distance is quadratic in the length: a long cell is no typo of a code.
  if (code.length > 64) return '';
  let best = '';
  let bestD = Infinity;
  for (const d of indicators) {
    const dist = editDistance(code.toLowerCase(), d.code);
    if (dist < bestD) {
      best = d.code;
      bestD = dist;
    }
  }
  return bestD <= Math.max(3, code.length / 3) ? best : '';
}

export function parseReportTable(file: string, text: string): TableParse {
  return parseReportRecords(file, parseCsv(text));
}

/** The table checks on parsed records: from a CSV, or from a workbook's sheet (xlsx.ts). */
export function parseReportRecords(file: string, { records, unclosedQuoteLine }: CsvParse): TableParse {
  const problems: Problem[] = [];
  const figures: Figure[] = [];
  if (unclosedQuoteLine !== undefined) {
    problems.push(problem('csv.unclosed-quote', { file, line: unclosedQuoteLine }));
  }
  if (records.length > limits.csvRows) {
    const line = records[limits.csvRows]!.line;
    return { figures, problems: [...problems, problem('csv.too-many-rows', { file, line }, String(limits.csvRows))] };
  }
  // Overlong cells are refused wherever they are (a 1 MB note would be copied into every download).
  let tooLong = 0;
  for (const r of records) {
    r.cells.forEach((c, i) => {
      if (c.length > limits.cellChars && tooLong++ < 5) {
        problems.push(problem('csv.cell-too-long', { file, line: r.cellLines[i]!, row: r.row, column: i + 1 }, String(limits.cellChars)));
      }
    });
  }
  if (tooLong > 0) return { figures, problems };
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0) return { figures, problems: [...problems, problem('csv.empty', { file })] };

  const required = (Object.keys(reportColumns) as ReportColumn[]).filter((k) => reportColumns[k].required);
  const headerIndex = records.findIndex((r) => {
    const cols = r.cells.map(matchHeader);
    return cols.includes('result') && (cols.includes('code') || cols.includes('label'));
  });
  if (headerIndex < 0) {
    const names = required.map((k) => reportColumns[k].vi).join(', ');
    return { figures, problems: [...problems, problem('csv.no-header', { file, line: nonEmpty[0]!.line }, names)] };
  }
  const header = records[headerIndex]!;
  const columnOf = new Map<ReportColumn, number>();
  header.cells.forEach((cell, i) => {
    if (cell.trim() === '') return;
    const col = matchHeader(cell);
    const where = { file, line: header.cellLines[i]!, column: i + 1, field: cleanText(cell) };
    if (!col) problems.push(problem('csv.unknown-column', where, cleanText(cell)));
    else if (columnOf.has(col)) problems.push(problem('csv.duplicate-column', where, cleanText(cell)));
    else columnOf.set(col, i);
  });
  for (const k of required) {
    if (!columnOf.has(k)) problems.push(problem('csv.missing-column', { file, line: header.line }, reportColumns[k].vi));
  }
  if (required.some((k) => !columnOf.has(k))) return { figures, problems };
  const headerName = (k: ReportColumn) => cleanText(header.cells[columnOf.get(k)!]!);

  const dataRecords = records.slice(headerIndex + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  // Excel writes every row with the same number of cells; a row longer than the rest has a stray delimiter.
  const counts = new Map<number, number>();
  for (const r of dataRecords) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  const typicalLength = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? header.cells.length;

  for (const rec of dataRecords) {
    const cell = (k: ReportColumn) => {
      const i = columnOf.get(k);
      return i === undefined ? '' : cleanText(rec.cells[i] ?? '');
    };
    const at = (k: ReportColumn) => {
      const i = columnOf.get(k)!;
      return { file, line: rec.cellLines[i] ?? rec.line, row: rec.row, column: i + 1, field: headerName(k) };
    };
    const extra = rec.cells.slice(header.cells.length).filter((c) => c.trim() !== '');
    if (rec.cells.length > header.cells.length && (extra.length > 0 || rec.cells.length > typicalLength)) {
      problems.push(
        problem(
          'csv.extra-cells',
          { file, line: rec.line, column: header.cells.length + 1 },
          `${rec.cells.length} ô / ${header.cells.length} cột`,
        ),
      );
      continue;
    }
    // These cells hold one word: a line break there means the next row ran into this one (a stray quote).
    const broken = (['stt', 'code', 'type', 'year'] as const).find((k) => {
      const i = columnOf.get(k);
      return i !== undefined && /\n/.test(rec.cells[i] ?? '');
    });
    if (broken) {
      problems.push(problem('csv.line-break-in-cell', { ...at(broken), found: cleanText(rec.cells[columnOf.get(broken)!]!) }));
      continue;
    }
    const code = cell('code');
    const raw = cell('result');
    // A row with neither a code nor a value is a heading or a spacer in the appendix.
    if (code === '' && raw === '') continue;
    if (code === '') {
      problems.push(problem('row.missing-code', { ...at('code'), found: '' }));
      continue;
    }
    if (isLocalIndicatorCode(code) && (cell('label') === '' || cell('unit') === '')) {
      problems.push(problem('row.local-indicator-incomplete', at(cell('label') === '' ? 'label' : 'unit')));
      continue;
    }
    const def = indicatorForRow(code, cell('label'), cell('unit'));
    if (!def) {
      problems.push(problem('row.unknown-code', { ...at('code'), found: code }, suggestCode(code)));
      continue;
    }

    let type: RowType = 'kết quả';
    if (columnOf.has('type') && cell('type') !== '') {
      const t = fold(cell('type'));
      const match = rowTypes.find((r) => fold(r) === t);
      if (!match) {
        problems.push(problem('row.bad-type', { ...at('type'), found: cell('type') }));
        continue;
      }
      type = match;
    }
    let year: number | undefined;
    const yearText = cell('year');
    if (yearText !== '' || type === 'mục tiêu') {
      if (!/^\d{4}$/.test(yearText)) {
        problems.push(
          problem('row.bad-year', { ...(columnOf.has('year') ? at('year') : { file, line: rec.line, row: rec.row }), found: yearText }),
        );
        continue;
      }
      year = Number(yearText);
    }

    const parsed = parseValue(raw);
    if (!parsed.ok) {
      if (parsed.reason === 'empty') problems.push(problem('row.empty-value', { ...at('result'), found: raw }));
      else if (parsed.reason === 'zero-denominator') problems.push(problem('row.zero-denominator', { ...at('result'), found: raw }));
      else if (parsed.reason === 'negative') problems.push(problem('row.negative-value', { ...at('result'), found: raw }));
      else if (parsed.reason === 'too-many-digits') {
        problems.push(problem('row.too-many-digits', { ...at('result'), found: raw }, String(limits.numberDigits)));
      } else problems.push(problem('row.unreadable-value', { ...at('result'), found: raw }));
      continue;
    }
    const unit = cell('unit');
    const warnings: FigureWarning[] = [];
    for (const w of parsed.warnings) {
      const detail = w === 'ambiguous-number' ? `"${parsed.value.raw}"` : '';
      warnings.push({ code: `quality.${w}`, detail });
    }
    for (const w of checkFigure(def, parsed.value, unit)) warnings.push(w);
    for (const w of warnings) {
      problems.push(problem(w.code, { ...at('result'), found: raw }, w.detail));
    }
    figures.push({
      indicator: def.code,
      type,
      ...(year !== undefined ? { year } : {}),
      value: parsed.value,
      label: cell('label'),
      unit,
      note: cell('note'),
      location: cell('source'),
      stt: cell('stt'),
      line: rec.cellLines[columnOf.get('result')!] ?? rec.line,
      warnings,
    });
  }
  return { figures: flagConflictingDuplicates(file, figures, problems), problems };
}

/** How many rows of a group the conflict detail lists; the rest are counted. Keeps the detail short. */
const conflictListed = 4;

/**
 * Same indicator (and type and year) stated twice with different values: warn on each. The detail is built once
 * per group and lists at most a few rows ("… và 1.996 dòng khác"), so its size does not grow with the group.
 * More rows for one indicator than limits.rowsPerIndicator is an error: no document states a figure that often.
 */
function flagConflictingDuplicates(file: string, figures: Figure[], problems: Problem[]): Figure[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = `${f.indicator}|${f.type}|${f.year ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  let refused: Set<Figure> | undefined;
  for (const group of groups.values()) {
    if (group.length > limits.rowsPerIndicator) {
      const f = group[limits.rowsPerIndicator]!;
      problems.push(problem('row.too-many-repeats', { file, line: f.line, found: f.indicator }, String(limits.rowsPerIndicator)));
      refused ??= new Set();
      for (const g of group) refused.add(g);
      continue;
    }
    const distinct = new Set(
      group.map((f) => JSON.stringify([f.value.form, f.value.value, f.value.denominator, f.value.statedPercent, f.value.qualifiers])),
    );
    if (distinct.size < 2) continue;
    const listed = group.slice(0, conflictListed).map((f) => `dòng ${f.line}: ${f.value.raw}`);
    const more = group.length - listed.length;
    const detail = listed.join('; ') + (more > 0 ? `; … và ${more.toLocaleString('vi-VN')} dòng khác` : '');
    for (const f of group) {
      f.warnings.push({ code: 'quality.conflicting-duplicate', detail });
      problems.push(problem('quality.conflicting-duplicate', { file, line: f.line, found: f.value.raw }, detail));
    }
  }
  return refused ? figures.filter((f) => !refused.has(f)) : figures;
}
