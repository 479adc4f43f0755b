/**
 * The blank template of a commune: the contract's columns, every catalogue indicator, the commune's code and name,
 * and an instruction sheet. Both forms read back through the real ingestion code: blank, only "empty value" warnings;
 * filled in, exactly the figures typed.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../../src/domain/indicators.ts';
import { registry } from '../../src/domain/registry.ts';
import { checkSubmissions } from '../../src/ingestion/submissions.ts';
import { hasErrors } from '../../src/domain/problems/index.ts';
import { parseWorkbookTable, readWorkbook, type RawWorkbook } from '../../src/ingestion/xlsx.ts';
import { readWorkbooksSync } from '../../src/ingestion/xlsx-node.ts';
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

  it('reads back as CSV: no errors, one "empty value" warning per indicator', () => {
    const r = check('mau.csv', new TextEncoder().encode(templateCsv(commune)));
    expect(hasErrors(r.problems)).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(catalogue.map(() => 'row.empty-value'));
  });

  it('reads back as .xlsx (browser and Node readers), with an instruction sheet in Vietnamese', async () => {
    const bytes = new Uint8Array(await (await templateWorkbook(commune)).arrayBuffer());
    const wb = await readWorkbook(bytes);
    expect(readWorkbooksSync([bytes])[0]).toEqual(wb);
    if (!wb.ok) throw new Error(wb.reason);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Số liệu', 'Hướng dẫn']);
    expect(JSON.stringify(wb.sheets[1])).toContain('Trang kiểm tra chạy ngay trên máy');
    const r = check('mau.xlsx', bytes, wb);
    expect(hasErrors(r.problems)).toBe(false);
    expect(r.problems).toHaveLength(catalogue.length);
    expect(r.problems[0]).toMatchObject({ code: 'row.empty-value', sheet: 'Số liệu', line: 5, column: 5 });
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
    expect(t.problems.filter((p) => p.code !== 'row.empty-value')).toEqual([]);
    expect(t.figures.map((f) => [f.indicator, f.value.raw, f.value.qualifiers, f.line])).toEqual(
      [
        ['ty_le.can_bo', 'Ước tính 80%', ['estimate'], data.findIndex((row) => row[1]?.value === 'ty_le.can_bo') + 1],
        ['mooc.nguoi_dan_hoc', 'trên 2.000', ['lower_bound'], data.findIndex((row) => row[1]?.value === 'mooc.nguoi_dan_hoc') + 1],
        ['to_cns.to_thon', '13', [], data.findIndex((row) => row[1]?.value === 'to_cns.to_thon') + 1],
      ].sort((a, b) => (a[3] as number) - (b[3] as number)),
    );
  });
});
