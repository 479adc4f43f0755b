/**
 * Excel workbooks: read with read-excel-file, turned into the CSV parser's records, so every table check applies
 * and problems are located by sheet and cell. Fixtures in tests/fixtures/xlsx (see make-fixtures.ts for how
 * each was made: by write-excel-file, and one saved again by LibreOffice Calc).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/ingestion/read-files.ts';
import { cellReference, formatProblem, formatReport } from '../../src/domain/problems/index.ts';
import { checkSubmissions, type SubmittedFile } from '../../src/ingestion/submissions.ts';
import { parseCsv } from '../../src/ingestion/csv.ts';
import { cellText, numberText, pickSheet, readWorkbook, type RawWorkbook } from '../../src/ingestion/xlsx.ts';
import { readWorkbooksSync } from '../../src/ingestion/xlsx-node.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/xlsx/${name}`));
const THUAN_AN = 'content/reports/24682-thuan-an/2026-05-bao-cao-tong-ket';
const work = mkdtempSync(join(tmpdir(), 'bdhvs-xlsx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the Thuận An report with its table as the given workbook instead of the CSV. */
function asWorkbook(name: string): SubmittedFile[] {
  const dir = join(work, name, 'reports', '24682-thuan-an');
  cpSync(`${THUAN_AN}.mdx`, join(dir, '2026-05-bao-cao-tong-ket.mdx'), { recursive: true });
  writeFileSync(join(dir, '2026-05-bao-cao-tong-ket.xlsx'), fixture(name));
  return collectFiles(join(work, name), ['.']).map((f) => ({ ...f, path: `content/${f.path}` }));
}

describe('cells to text', () => {
  it('writes numbers the Vietnamese way at Excel precision, without exponents or grouping', () => {
    expect(numberText('14033')).toBe('14033');
    expect(numberText('80.06')).toBe('80,06');
    expect(numberText('80.060000000000002')).toBe('80,06');
    expect(numberText('0.30000000000000004')).toBe('0,3');
    expect(numberText('1E-7')).toBe('0,0000001');
    expect(numberText('1.5E+21')).toBe('1500000000000000000000');
    expect(numberText('-2.5')).toBe('-2,5');
    expect(numberText('abc')).toBeUndefined();
  });
  it('keeps text cells as typed and writes dates as dd/mm/yyyy', () => {
    expect(cellText('Ước tính 80%')).toBe('Ước tính 80%');
    expect(cellText({ d: '2026-02-01T00:00:00.000Z' })).toBe('01/02/2026');
    expect(cellText({ b: true })).toBe('TRUE');
    expect(cellText(null)).toBe('');
  });
  it('picks the "Số liệu" sheet, else the first', () => {
    const s = (name: string) => ({ name, rows: [] });
    expect(pickSheet([s('Hướng dẫn'), s('SO LIEU')])?.name).toBe('SO LIEU');
    expect(pickSheet([s('Sheet1'), s('Sheet2')])?.name).toBe('Sheet1');
    expect(pickSheet([])).toBeUndefined();
  });
  it('writes Excel cell references, quoting sheet names that need it', () => {
    expect(cellReference({ sheet: 'Sheet1', line: 7, column: 5 })).toBe('Sheet1!E7');
    expect(cellReference({ sheet: 'Số liệu', line: 7, column: 5 })).toBe("'Số liệu'!E7");
    expect(cellReference({ sheet: "Dân's", line: 3 })).toBe("'Dân''s'!3:3");
    expect(cellReference({ line: 3, column: 2 })).toBe('');
  });
});

describe('reading workbooks', () => {
  it('reads the same cells in the browser path (async) and the Node path (child process)', async () => {
    for (const name of ['thuan-an.xlsx', 'thuan-an-libreoffice.xlsx', 'broken.xlsx']) {
      const [sync] = readWorkbooksSync([fixture(name)]);
      expect(sync).toEqual(await readWorkbook(fixture(name)));
      expect(sync!.ok).toBe(true);
    }
  });
  it('says why a file is not a workbook', async () => {
    const csvBytes = new Uint8Array(readFileSync(`${THUAN_AN}.csv`));
    const [bad] = readWorkbooksSync([csvBytes]);
    expect(bad).toEqual({ ok: false, reason: expect.any(String) });
    expect(await readWorkbook(csvBytes)).toEqual(bad);
    const r = checkSubmissions([{ path: 'x/bao-cao.xlsx', bytes: csvBytes, workbook: bad as RawWorkbook }], { requirePairs: false });
    expect(r.problems.map((p) => p.code)).toEqual(['xlsx.unreadable']);
    expect(formatProblem(r.problems[0]!)).toMatch(/^LỖI \/ ERROR x\/bao-cao\.xlsx: Không đọc được tệp Excel/);
  });
});

describe('an .xlsx report checks like its CSV', () => {
  const csvResult = checkSubmissions(collectFiles(process.cwd(), ['content/reports/24682-thuan-an']), { requirePairs: true });
  const csvReport = csvResult.dataset.reports[0]!;
  for (const name of ['thuan-an.xlsx', 'thuan-an-libreoffice.xlsx']) {
    it(`${name}: same figures, same warnings on the same rows, located by sheet and cell`, () => {
      const r = checkSubmissions(asWorkbook(name));
      expect(r.dataset.reports).toHaveLength(1);
      const report = r.dataset.reports[0]!;
      expect(report.tableFile).toBe(`${THUAN_AN}.xlsx`);
      // In a workbook a figure's line is its sheet row: the row Excel shows for the same CSV record.
      const rowOfLine = new Map(
        parseCsv(readFileSync(`${THUAN_AN}.csv`, 'utf8')).records.flatMap((rec) => rec.cellLines.map((l) => [l, rec.row])),
      );
      const asRows = (detail: string) => detail.replace(/dòng (\d+)/g, (_, l: string) => `dòng ${rowOfLine.get(Number(l))}`);
      const expected = csvReport.figures.map((f) => ({
        ...f,
        line: rowOfLine.get(f.line),
        warnings: f.warnings.map((w) => ({ ...w, detail: asRows(w.detail) })),
      }));
      expect(report.figures).toEqual(expected);
      expect(report.figures.length).toBeGreaterThan(20);
      const shape = (ps: typeof r.problems, csv: boolean) =>
        ps.map((p) => [
          p.code,
          csv && p.line !== undefined ? rowOfLine.get(p.line) : p.line,
          p.column,
          p.field,
          p.found,
          csv ? asRows(p.vi) : p.vi,
        ]);
      expect(shape(r.problems, false)).toEqual(shape(csvResult.problems, true));
      for (const p of r.problems) expect(p.sheet).toBe('Số liệu');
      const text = formatReport(r.problems);
      expect(text).toContain(
        `CẢNH BÁO / WARNING ${THUAN_AN}.xlsx, 'Số liệu'!E10, dòng 10, cột E [Kết quả]: Giá trị không khớp đơn vị tính`,
      );
    });
  }
  it('refuses a report with both a .csv and an .xlsx table', () => {
    const files = asWorkbook('thuan-an.xlsx');
    files.push({ path: `${THUAN_AN}.csv`, bytes: readFileSync(`${THUAN_AN}.csv`) });
    const r = checkSubmissions(files);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.file])).toEqual([
      ['file.table-twice', `${THUAN_AN}.xlsx`],
    ]);
  });
  it('reports a workbook without its .mdx', () => {
    const files = asWorkbook('thuan-an.xlsx').filter((f) => f.path.endsWith('.xlsx'));
    expect(
      checkSubmissions(files)
        .problems.filter((p) => p.severity === 'error')
        .map((p) => p.code),
    ).toEqual(['file.orphan-csv']);
  });
});

describe('a broken workbook', () => {
  const files = collectFiles(process.cwd(), ['tests/fixtures/xlsx/broken.xlsx']);
  const { problems } = checkSubmissions(files, { requirePairs: false });
  it('locates every problem by Sheet1!<cell>', () => {
    const at = problems.map((p) => `${p.code}@${cellReference(p)}`);
    expect(at).toEqual([
      'xlsx.percent-number@Sheet1!E5',
      'row.unknown-code@Sheet1!B6',
      'row.unreadable-value@Sheet1!E7',
      'quality.non-integer-count@Sheet1!E8',
      'row.unreadable-value@Sheet1!E9',
    ]);
  });
  it('prints them as the CLI does, with file, cell, row, column letter and field, Vietnamese first', () => {
    const lines = formatReport(problems).split('\n');
    expect(lines[0]).toBe(
      'LỖI / ERROR tests/fixtures/xlsx/broken.xlsx, Sheet1!E5, dòng 5, cột E [Kết quả]: ' +
        'Ô kết quả là một con số (0,8) trong dòng có đơn vị "%": Excel lưu ô định dạng phần trăm 80% thành 0,8, nên không biết số này là 0,8% hay (0,8 × 100)%. Hãy định dạng ô là Văn bản (Text) rồi gõ lại đúng như văn bản ghi, ví dụ 80%.',
    );
    expect(lines).toContain('    Tìm thấy / found: "01/02/2026"');
    expect(lines.at(-1)).toMatch(/^4 lỗi, 1 cảnh báo/);
  });
  it('reads number cells as numbers: 4500 people, 80,06 members (then warned as not whole)', () => {
    const r = checkSubmissions(files, { requirePairs: false });
    expect(r.problems.some((p) => p.found === '4500')).toBe(false);
    expect(r.problems.find((p) => p.code === 'quality.non-integer-count')?.found).toBe('80,06');
  });
});
