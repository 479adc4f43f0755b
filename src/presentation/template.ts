/**
 * The blank table a commune fills in: the contract's columns, every catalogue
 * indicator on its own row (code, name, unit, an empty result cell), the
 * commune's code and name in the title, and for the workbook an instruction
 * sheet in Vietnamese. Pure: the check page builds it in the browser on request
 * (one file per commune in the build would add 6,642 files to the site).
 *
 * The unit is filled in where the catalogue fixes it ("%", "Người", "Lượt");
 * for other counts (tổ, lớp, cuộc…) the commune writes the unit its document uses,
 * since the catalogue does not say and a guessed unit would be a figure we invented.
 */
import { indicators, type IndicatorDefinition } from '../domain/indicators.ts';
import { reportColumns, type ReportColumn } from '../domain/schemas.ts';
import { quoteField, BOM } from './csv-writer.ts';
import { DATA_SHEET, INSTRUCTIONS_SHEET } from '../domain/workbook.ts';

export interface TemplateCommune {
  code: string;
  /** Official name with its kind: "Xã Thuận An". */
  name: string;
  provinceName: string;
}

export const templateColumns = Object.keys(reportColumns) as ReportColumn[];

/** The unit the catalogue fixes for an indicator, or '' where the commune must write its own. */
export function templateUnit(def: IndicatorDefinition): string {
  if (def.unitKind === 'percent') return '%';
  if (def.counts === 'người') return 'Người';
  if (def.counts === 'lượt') return 'Lượt';
  return '';
}

export interface TemplateTable {
  /** Lines above the header (the table parser skips them). */
  title: string[];
  header: string[];
  rows: string[][];
}

export function templateTable(commune: TemplateCommune, catalogue: readonly IndicatorDefinition[] = indicators): TemplateTable {
  const rows = catalogue
    .filter((d) => !d.local)
    .map((d, i) => {
      const cells: Record<ReportColumn, string> = {
        stt: String(i + 1),
        code: d.code,
        label: d.vi,
        unit: templateUnit(d),
        result: '',
        note: '',
        source: '',
        type: '',
        year: '',
      };
      return templateColumns.map((k) => cells[k]);
    });
  return {
    title: ['BẢNG SỐ LIỆU PHONG TRÀO “BÌNH DÂN HỌC VỤ SỐ”', `Đơn vị: ${commune.name}, ${commune.provinceName} — mã đơn vị ${commune.code}`],
    header: templateColumns.map((k) => reportColumns[k].vi),
    rows,
  };
}

/** The template as CSV: UTF-8 with BOM (Excel opens it with its Vietnamese letters), CRLF, title lines first. */
export function templateCsv(commune: TemplateCommune): string {
  const t = templateTable(commune);
  const line = (cells: readonly string[]) => `${cells.map(quoteField).join(',')}\r\n`;
  return BOM + t.title.map((s) => line([s])).join('') + line(t.header) + t.rows.map(line).join('');
}

/** The instruction sheet, one paragraph a row. */
export function templateInstructions(commune: TemplateCommune): string[] {
  return [
    `HƯỚNG DẪN ĐIỀN BẢNG SỐ LIỆU — ${commune.name}, ${commune.provinceName} (mã ${commune.code})`,
    '',
    `1. Điền ở trang tính “${DATA_SHEET}”. Mỗi dòng là một chỉ tiêu trong danh mục; không sửa cột Mã chỉ tiêu.`,
    '2. Ở cột Kết quả, gõ con số đúng như văn bản ghi, kể cả từ chỉ mức độ: 14.033 · 80,06% · 12564/16900 · Khoảng 14.173 · Ước tính 80% · trên 2.000.',
    '   Dấu chấm ngăn cách hàng nghìn, dấu phẩy là dấu thập phân. Cột Kết quả đã định dạng là Văn bản (Text): đừng đổi sang định dạng Số hay Phần trăm.',
    '3. Cột Đơn vị tính: giữ đơn vị đã ghi sẵn; nếu để trống, ghi đơn vị như văn bản (Tổ, Lớp, Cuộc, Hộ...).',
    '4. Cột Thuyết minh: câu trong văn bản có con số đó. Cột Nguồn: vị trí trong văn bản (ví dụ Mục I.2).',
    '5. Cột Loại để trống với số liệu đã đạt; ghi “mục tiêu” và điền cột Năm (ví dụ 2026) với chỉ tiêu phấn đấu.',
    '6. Chỉ tiêu văn bản không nêu: để trống ô Kết quả (dòng đó không được công bố) hoặc xóa cả dòng.',
    '   Số liệu văn bản nêu mà danh mục chưa có: thêm dòng với mã riêng dạng dia_phuong.ten_chi_tieu (chữ thường, không dấu), ghi rõ Nội dung và Đơn vị tính.',
    '7. Lưu tệp dạng Excel (.xlsx), đặt tên theo ngày văn bản và loại văn bản, ví dụ 2026-06-02-bao-cao.xlsx.',
    '8. Mở trang “Kiểm tra số liệu” của trang web, chọn tệp này cùng tệp thông tin văn bản (.mdx) hoặc điền mẫu thông tin trên trang.',
    '   Trang kiểm tra chạy ngay trên máy, không gửi tệp đi đâu. Sửa hết các lỗi rồi tải về bộ tệp đã đặt đúng tên để gửi.',
  ];
}

type Cell = { value: string; type: StringConstructor; format?: string; fontWeight?: 'bold'; wrap?: boolean } | null;

/** Sheets for write-excel-file: data first (read by the checker), instructions second. */
export function templateSheets(
  commune: TemplateCommune,
): { sheet: string; data: Cell[][]; columns: { width: number }[]; stickyRowsCount?: number }[] {
  const t = templateTable(commune);
  const text = (value: string, extra: Partial<NonNullable<Cell>> = {}): Cell => ({ value, type: String, format: '@', ...extra });
  // An empty text-formatted cell: what the officer types there stays text ("80%" is not turned into 0.8).
  const empty = (): Cell => ({ value: '', type: String, format: '@' });
  const widths: Record<ReportColumn, number> = {
    stt: 5,
    code: 30,
    label: 60,
    unit: 12,
    result: 18,
    note: 40,
    source: 16,
    type: 10,
    year: 8,
  };
  return [
    {
      sheet: DATA_SHEET,
      data: [
        ...t.title.map((s, i) => [text(s, i === 0 ? { fontWeight: 'bold' } : {})]),
        [null],
        t.header.map((h) => text(h, { fontWeight: 'bold' })),
        ...t.rows.map((row) => row.map((c) => (c === '' ? empty() : text(c)))),
      ],
      columns: templateColumns.map((k) => ({ width: widths[k] })),
      stickyRowsCount: t.title.length + 2,
    },
    {
      sheet: INSTRUCTIONS_SHEET,
      data: templateInstructions(commune).map((s) => [s === '' ? null : text(s)]),
      columns: [{ width: 140 }],
    },
  ];
}

/** The template as an .xlsx workbook (write-excel-file; works in the browser and in Node). */
export async function templateWorkbook(commune: TemplateCommune): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const write = writeXlsxFile as unknown as (sheets: unknown) => { toBlob: () => Promise<Blob> };
  return write(templateSheets(commune)).toBlob();
}

/** File names of the template: the commune's folder name, so the officer knows which commune it is for. */
export function templateFileName(commune: { code: string }, slug: string, ext: 'xlsx' | 'csv'): string {
  return `mau-so-lieu-${commune.code}-${slug}.${ext}`;
}
