/**
 * The blank template of a commune: the contract's columns, every catalogue indicator, the commune's code and name,
 * and an instruction sheet. Both forms read back through the real ingestion code: blank, no problem at all (a row left
 * as the template has it is "not reported"); filled in, exactly the figures typed; a row begun but left without a
 * result, an "empty value" warning.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../../src/domain/indicators.ts';
import { registry } from '../../src/domain/registry.ts';
import { checkSubmissions } from '../../src/ingestion/submissions.ts';
import { hasErrors } from '../../src/domain/problems/index.ts';
import { parseWorkbookTable, readWorkbook, type RawWorkbook } from '../../src/ingestion/xlsx.ts';
import { readWorkbooksSync } from '../../src/ingestion/xlsx-node.ts';
import { quoteField } from '../../src/presentation/open-data/csv-writer.ts';
import { templateCsv, templateSheets, templateTable, templateWorkbook } from '../../src/presentation/template.ts';

const c = registry().commune('24682')!;
const commune = { code: c.code, name: c.name, provinceName: registry().province(c.provinceCode)!.name };
const catalogue = indicators.filter((d) => !d.local);

const check = (path: string, bytes: Uint8Array, workbook?: RawWorkbook) =>
  checkSubmissions([{ path, bytes, ...(workbook ? { workbook } : {}) }], { requirePairs: false });

describe('the template', () => {
  it('has the contract columns and one row per catalogue indicator, with the commune named', () => {
    const t = templateTable(commune);
    expect(t.header).toEqual(['STT', 'Mã chỉ tiêu', 'Nội dung', 'Đơn vị tính', 'Kết quả', 'Thuyết minh', 'Nguồn', 'Loại', 'Năm']);
    expect(t.rows.map((r) => r[1])).toEqual(catalogue.map((d) => d.code));
    expect(t.rows.every((r) => r[4] === '')).toBe(true);
    expect(t.title.join(' ')).toContain('Xã Thuận An, Lâm Đồng — mã đơn vị 24682');
    expect(t.rows.find((r) => r[1] === 'ty_le.can_bo')?.[3]).toBe('%');
  });

  it('reads back as CSV with no problem: rows left blank are not reported, silently', () => {
    const r = check('mau.csv', new TextEncoder().encode(templateCsv(commune)));
    expect(r.problems).toEqual([]);
  });

  it('warns about a row begun and left without a result, and only about that row', () => {
    const t = templateTable(commune);
    const edit = (code: string, f: (cells: string[]) => void) => {
      const i = t.rows.findIndex((r) => r[1] === code);
      f(t.rows[i]!);
      return t.title.length + 2 + i; // title lines, then the header, then the rows
    };
    const filled = edit('ty_le.can_bo', (r) => (r[4] = 'Ước tính 80%'));
    const noted = edit('to_cns.to_thon', (r) => (r[5] = 'Đến nay toàn xã có 13 tổ'));
    const dash = edit('mooc.nguoi_dan_hoc', (r) => (r[4] = '-'));
    const unit = edit('hoat_dong.van_ban', (r) => (r[3] = 'Văn bản'));
    const year = edit('ty_le.vneid', (r) => (r[8] = '2026'));
    const line = (cells: readonly string[]) => `${cells.map(quoteField).join(',')}\r\n`;
    const csv = [...t.title.map((x) => line([x])), line(t.header), ...t.rows.map(line)].join('');
    const r = check('mau.csv', new TextEncoder().encode(csv));
    expect(r.problems.map((p) => [p.code, p.line])).toEqual(
      [noted, dash, unit, year].sort((a, b) => a - b).map((line) => ['row.empty-value', line]),
    );
    expect(r.problems.map((p) => p.line)).not.toContain(filled);
  });

  it('reads back as .xlsx (browser and Node readers), with an instruction sheet in Vietnamese', async () => {
    const bytes = new Uint8Array(await (await templateWorkbook(commune)).arrayBuffer());
    const wb = await readWorkbook(bytes);
    expect(readWorkbooksSync([bytes])[0]).toEqual(wb);
    if (!wb.ok) throw new Error(wb.reason);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Số liệu', 'Hướng dẫn']);
    expect(JSON.stringify(wb.sheets[1])).toContain('Trang kiểm tra chạy ngay trên máy');
    expect(check('mau.xlsx', bytes, wb).problems).toEqual([]);
    // A row begun in the workbook: the warning is located by sheet and cell.
    const rows = wb.sheets[0]!.rows.map((row) => [...row]);
    rows[4]![5] = 'ghi chú';
    const begun = check('mau.xlsx', bytes, { ok: true, sheets: [{ ...wb.sheets[0]!, rows }, wb.sheets[1]!] });
    expect(hasErrors(begun.problems)).toBe(false);
    expect(begun.problems).toHaveLength(1);
    expect(begun.problems[0]).toMatchObject({ code: 'row.empty-value', sheet: 'Số liệu', line: 5, column: 5 });
  });

  it('filled in with text, gives exactly the figures typed, qualifiers included', () => {
    const sheets = templateSheets(commune);
    const data = sheets[0]!.data;
    const fill = (code: string, value: string) => {
      const row = data.find((r) => r[1]?.value === code)!;
      row[4] = { value, type: String, format: '@' };
    };
    fill('ty_le.can_bo', 'Ước tính 80%');
    fill('mooc.nguoi_dan_hoc', 'trên 2.000');
    fill('to_cns.to_thon', '13');
    // The same cells as the Node/browser reader would see them.
    const wb: RawWorkbook = {
      ok: true,
      sheets: sheets.map((s) => ({
        name: s.sheet,
        rows: s.data.map((r) => r.map((cell) => (cell && cell.value !== '' ? cell.value : null))),
      })),
    };
    const t = parseWorkbookTable('mau.xlsx', wb);
    expect(t.problems).toEqual([]);
    expect(t.figures.map((f) => [f.indicator, f.value.raw, f.value.qualifiers, f.line])).toEqual(
      [
        ['ty_le.can_bo', 'Ước tính 80%', ['estimate'], data.findIndex((row) => row[1]?.value === 'ty_le.can_bo') + 1],
        ['mooc.nguoi_dan_hoc', 'trên 2.000', ['lower_bound'], data.findIndex((row) => row[1]?.value === 'mooc.nguoi_dan_hoc') + 1],
        ['to_cns.to_thon', '13', [], data.findIndex((row) => row[1]?.value === 'to_cns.to_thon') + 1],
      ].sort((a, b) => (a[3] as number) - (b[3] as number)),
    );
  });
});
