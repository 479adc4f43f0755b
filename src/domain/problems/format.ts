/** Problems as text: the lines `npm run validate` and a failed build print. */
import { escapeForTerminal } from '../text.ts';
import type { Problem } from './problem.ts';

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/** One problem as a line a commune officer can act on. */
export function formatProblem(p: Problem): string {
  // In a CSV the column is a spreadsheet column: show its letter as Excel does.
  const column = p.column === undefined ? '' : /\.(csv|xlsx)$/.test(p.file) ? `cột ${columnLetter(p.column)}` : `cột ${p.column}`;
  const line =
    p.line === undefined ? '' : p.row !== undefined && p.row !== p.line ? `dòng ${p.line} (hàng ${p.row} trong Excel)` : `dòng ${p.line}`;
  // File names, fields and quotes come from the submission: escape anything that could rewrite a terminal line.
  const where = escapeForTerminal([p.file, cellReference(p), line, column].filter(Boolean).join(', '));
  const field = p.field ? ` [${escapeForTerminal(p.field)}]` : '';
  const found = p.found !== undefined ? `\n    Tìm thấy / found: ${escapeForTerminal(JSON.stringify(p.found))}` : '';
  const label = p.severity === 'error' ? 'LỖI / ERROR' : 'CẢNH BÁO / WARNING';
  return `${label} ${where}${field}: ${escapeForTerminal(p.vi)}\n    (${escapeForTerminal(p.en)})${found}`;
}

/** The closing count: "2 lỗi, 1 cảnh báo", also when there is nothing to report ("0 lỗi, 0 cảnh báo"). */
export function summaryLine(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    `${errors} lỗi, ${warnings} cảnh báo / ${errors} error(s), ${warnings} warning(s).` +
    (errors
      ? ' Hãy sửa các lỗi rồi gửi lại. / Fix the errors and submit again.'
      : ' Các tệp đạt yêu cầu, có thể gửi. / The files pass the checks.')
  );
}

/** Where in a workbook, as Excel writes it: Sheet1!E7, 'Số liệu'!E7, or the whole row Sheet1!7:7. */
export function cellReference(p: Pick<Problem, 'sheet' | 'line' | 'column'>): string {
  if (p.sheet === undefined || p.line === undefined) return '';
  const sheet = /^[A-Za-z_][A-Za-z0-9_]*$/.test(p.sheet) ? p.sheet : `'${p.sheet.replace(/'/g, "''")}'`;
  return p.column === undefined ? `${sheet}!${p.line}:${p.line}` : `${sheet}!${columnLetter(p.column)}${p.line}`;
}

export function formatReport(problems: readonly Problem[]): string {
  return [...problems.map(formatProblem), summaryLine(problems)].join('\n');
}

/** What `npm run validate` prints: every problem, what was checked, and the count of errors and warnings last. */
export function formatValidation(
  problems: readonly Problem[],
  checked: { files: number; reports: number; figures: number; models: number },
): string {
  const { files, reports, figures, models } = checked;
  return [
    ...problems.map(formatProblem),
    `Đã kiểm tra ${files} tệp: ${reports} báo cáo, ${figures} số liệu, ${models} mô hình. / Checked ${files} files: ${reports} reports, ${figures} figures, ${models} models.`,
    summaryLine(problems),
  ].join('\n');
}
