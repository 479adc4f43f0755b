/** Problem catalogue, first part: files and encodings, CSV structure, rows. See catalogue.ts. */
import type { Message } from './message.ts';

export const fileProblems = {
  // Files and encodings
  'file.extension-case': {
    severity: 'error',
    vi: () => 'Đuôi tệp phải viết chữ thường: .csv hoặc .mdx.',
    en: () => 'File extensions must be lower case: .csv or .mdx.',
  },
  'file.symlink': {
    severity: 'error',
    vi: () => 'Đây là liên kết (symlink) tới tệp hoặc thư mục khác; không được chấp nhận. Hãy chép chính tệp đó vào content/.',
    en: () => 'This is a symbolic link; links are not followed. Copy the file itself into content/.',
  },
  'file.not-regular': {
    severity: 'error',
    vi: () => 'Đây không phải tệp thường hay thư mục (thiết bị, ống dẫn…); không được chấp nhận.',
    en: () => 'This is neither a regular file nor a folder (device, pipe, socket…); refused.',
  },
  'file.too-large': {
    severity: 'error',
    vi: (d) => `Tệp quá lớn (${d}). Một báo cáo thật chỉ vài chục KB; hãy kiểm tra lại tệp.`,
    en: (d) => `File too large (${d}). A real report is a few tens of KB; check the file.`,
  },
  'file.unsafe-name': {
    severity: 'error',
    vi: (d) =>
      `Tên tệp hoặc thư mục không hợp lệ (${d}). Chỉ dùng chữ không dấu a-z, chữ số 0-9, dấu gạch ngang (-) hoặc gạch dưới (_), ví dụ 2026-05-bao-cao.mdx.`,
    en: (d) => `Unsafe file or folder name (${d}). Use only a-z, 0-9, "-" and "_", e.g. 2026-05-bao-cao.mdx.`,
  },
  'file.duplicate-id': {
    severity: 'error',
    vi: (d) => `Tệp này và tệp "${d}" sẽ thành cùng một trang; một trong hai sẽ bị mất. Hãy đổi tên hoặc chuyển chỗ một tệp.`,
    en: (d) => `This file and "${d}" would become the same page, and one would be lost. Rename or move one of them.`,
  },
  'encoding.illegal-character': {
    severity: 'error',
    vi: (d) =>
      `Tệp chứa ký tự điều khiển không hiển thị (${d}), thường do sao chép từ phần mềm khác. Hãy xoá ký tự này (gõ lại đoạn chữ quanh vị trí báo).`,
    en: (d) => `The file holds an invisible control character (${d}), usually from copy and paste. Delete it (retype the text around it).`,
  },
  'file.orphan-csv': {
    severity: 'error',
    vi: () =>
      'Bảng số liệu (.csv hoặc .xlsx) không có tệp thông tin văn bản .mdx cùng tên đi kèm. Hãy đặt tệp .mdx của văn bản cạnh bảng, cùng tên (chỉ khác đuôi tệp).',
    en: () => 'Table (.csv or .xlsx) has no .mdx report file of the same name beside it.',
  },
  // A warning, not an error: one stray file (a PDF original, an Excel lock file) must not stop the national build.
  'file.unused': {
    severity: 'warning',
    vi: (d) => `Tệp này không được dùng để dựng trang web và không được công bố (chỉ đọc tệp .mdx và bảng .csv). ${d}`,
    en: (d) => `This file is not used to build the site and is not published (only .mdx files and .csv tables are read). ${d}`,
  },
  'file.txt-table': {
    severity: 'warning',
    vi: () =>
      'Bảng số liệu được lưu dạng .txt (Excel "Unicode Text", các cột cách nhau bằng dấu tab); đã đọc như bảng .csv cùng tên. Lần sau hãy lưu dạng "CSV UTF-8 (Comma delimited)" với đuôi .csv.',
    en: () =>
      'The table is a tab-separated .txt (Excel "Unicode Text"); read as the report\'s table. Next time save as "CSV UTF-8" with a .csv extension.',
  },
  'encoding.utf16': {
    severity: 'warning',
    vi: () => 'Tệp được lưu dạng "Unicode Text" (UTF-16); đã tự chuyển sang UTF-8. Lần sau hãy lưu dạng "CSV UTF-8".',
    en: () => 'File is UTF-16 ("Unicode Text"); converted to UTF-8. Next time save as "CSV UTF-8".',
  },
  'encoding.windows-1258': {
    severity: 'warning',
    vi: () =>
      'Tệp dùng bảng mã Windows-1258; đã tự chuyển sang Unicode. Lần sau hãy chọn "CSV UTF-8 (Comma delimited)" khi lưu trong Excel.',
    en: () => 'File is in Windows-1258; converted to Unicode. Next time save as "CSV UTF-8 (Comma delimited)" in Excel.',
  },
  'encoding.tcvn3': {
    severity: 'error',
    vi: () =>
      'Tệp dùng bảng mã cũ TCVN3 (ABC, phông .Vn...), không chuyển tự động được an toàn. Hãy mở bằng Excel, dùng Unikey (Công cụ chuyển mã: nguồn TCVN3, đích Unicode) rồi lưu lại dạng "CSV UTF-8 (Comma delimited)".',
    en: () => 'File uses the legacy TCVN3 (ABC) encoding. Convert it to Unicode (e.g. Unikey) and save as "CSV UTF-8".',
  },
  'encoding.unknown': {
    severity: 'error',
    vi: () => 'Tệp không phải văn bản UTF-8. Hãy lưu lại dạng "CSV UTF-8 (Comma delimited)" trong Excel, hoặc UTF-8 trong trình soạn thảo.',
    en: () => 'File is not UTF-8 text. Save it again as "CSV UTF-8 (Comma delimited)" in Excel, or as UTF-8.',
  },
  // CSV structure
  'csv.empty': { severity: 'error', vi: () => 'Tệp không có dữ liệu.', en: () => 'The file is empty.' },
  'csv.no-header': {
    severity: 'error',
    vi: (d) => `Không tìm thấy dòng tiêu đề của bảng. Cần các cột: ${d}.`,
    en: (d) => `No header row found. Required columns: ${d}.`,
  },
  'csv.missing-column': {
    severity: 'error',
    vi: (d) => `Thiếu cột bắt buộc "${d}".`,
    en: (d) => `Required column "${d}" is missing.`,
  },
  'csv.duplicate-column': { severity: 'error', vi: (d) => `Cột "${d}" xuất hiện hai lần.`, en: (d) => `Column "${d}" appears twice.` },
  'csv.unknown-column': {
    severity: 'warning',
    vi: (d) => `Cột "${d}" không thuộc mẫu bảng; nội dung cột này không được công bố.`,
    en: (d) => `Column "${d}" is not part of the table template; it is not published.`,
  },
  'csv.unclosed-quote': {
    severity: 'error',
    vi: () => 'Dấu ngoặc kép (") mở nhưng không đóng: ô này kéo dài đến hết tệp.',
    en: () => 'A quotation mark (") is opened but never closed.',
  },
  'csv.extra-cells': {
    severity: 'error',
    vi: (d) => `Dòng có nhiều ô hơn số cột tiêu đề (${d}). Có thể ô nào đó chứa dấu phân cách mà thiếu dấu ngoặc kép.`,
    en: (d) => `Row has more cells than header columns (${d}). A cell may contain the delimiter without quotes.`,
  },
  'csv.too-many-rows': {
    severity: 'error',
    vi: (d) => `Bảng có quá nhiều dòng (tối đa ${d} dòng).`,
    en: (d) => `The table has too many rows (at most ${d}).`,
  },
  'csv.cell-too-long': {
    severity: 'error',
    vi: (d) => `Ô quá dài (tối đa ${d} ký tự).`,
    en: (d) => `The cell is too long (at most ${d} characters).`,
  },
  'csv.line-break-in-cell': {
    severity: 'error',
    vi: () =>
      'Ô này chứa dấu xuống dòng, nên nội dung dòng dưới đã bị dồn vào ô này. STT, mã chỉ tiêu, loại và năm phải nằm trên một dòng; kiểm tra dấu ngoặc kép (") và dấu xuống dòng lẻ.',
    en: () =>
      'This cell holds a line break, so the next row ran into it. No., code, type and year must be on one line; check quotes (") and stray line breaks.',
  },
  // Rows
  'row.missing-code': {
    severity: 'error',
    vi: () => 'Thiếu mã chỉ tiêu. Mỗi dòng số liệu cần một mã trong danh mục chỉ tiêu (xem hướng dẫn).',
    en: () => 'Indicator code is missing. Each row needs a code from the indicator catalogue.',
  },
  'row.unknown-code': {
    severity: 'error',
    vi: (d) =>
      `Mã chỉ tiêu không có trong danh mục.${d ? ` Có phải ý bạn là "${d}"?` : ''} Nếu văn bản nêu một số liệu mà danh mục chưa có, hãy dùng mã chỉ tiêu riêng dạng "dia_phuong.ten_chi_tieu" (chữ thường, không dấu), đừng ghi vào một mã có nghĩa khác.`,
    en: (d) =>
      `Unknown indicator code.${d ? ` Did you mean "${d}"?` : ''} For a figure the catalogue lacks, use a local code "dia_phuong.<name>" rather than a code that means something else.`,
  },
  'row.local-indicator-incomplete': {
    severity: 'error',
    vi: () =>
      'Chỉ tiêu riêng của địa phương (mã "dia_phuong.…") phải ghi rõ cột Nội dung và cột Đơn vị tính: trang web dùng chính lời ghi đó làm tên chỉ tiêu.',
    en: () => 'A local indicator ("dia_phuong.…") needs its Description and Unit filled in: they are published as its name and unit.',
  },
  'row.empty-value': {
    severity: 'warning',
    vi: () => 'Ô kết quả để trống: dòng này không được công bố.',
    en: () => 'The value is empty: this row is not published.',
  },
  'row.unreadable-value': {
    severity: 'error',
    vi: () =>
      'Không đọc được giá trị. Viết số kiểu Việt Nam, có thể kèm từ chỉ mức độ, ví dụ: 14.033 · 80,06% · 12564/16900 · Khoảng 14.173 · Ước tính 80% · hơn 9.000.',
    en: () => 'Value not readable. Expected e.g. 14.033 · 80,06% · 12564/16900 · Khoảng 14.173 · Ước tính 80% · hơn 9.000.',
  },
  'row.negative-value': {
    severity: 'error',
    vi: () =>
      'Số liệu không thể là số âm (số người, số lớp, tỷ lệ... đều từ 0 trở lên). Kiểm tra lại văn bản; nếu văn bản ghi mức giảm thì ghi con số đã đạt, lời giải thích ghi ở cột Thuyết minh.',
    en: () =>
      'Figures cannot be negative (counts and rates are 0 or more). Check the document; explain a decrease in the Thuyết minh column.',
  },
  'row.too-many-digits': {
    severity: 'error',
    vi: (d) => `Số quá dài (tối đa ${d} chữ số trong một số).`,
    en: (d) => `Number too long (at most ${d} digits in one number).`,
  },
  'row.too-many-repeats': {
    severity: 'error',
    vi: (d) => `Cùng một chỉ tiêu được ghi quá nhiều lần trong bảng (tối đa ${d} dòng cho một chỉ tiêu).`,
    en: (d) => `The same indicator appears too many times in the table (at most ${d} rows per indicator).`,
  },
  'row.zero-denominator': {
    severity: 'error',
    vi: () => 'Mẫu số (số sau dấu /) bằng 0.',
    en: () => 'The denominator (after /) is zero.',
  },
  'row.bad-type': {
    severity: 'error',
    vi: () => 'Cột Loại chỉ nhận "kết quả" hoặc "mục tiêu".',
    en: () => 'Type must be "kết quả" (result) or "mục tiêu" (target).',
  },
  'row.bad-year': {
    severity: 'error',
    vi: () => 'Năm phải là số có 4 chữ số, ví dụ 2026. Dòng mục tiêu bắt buộc có năm.',
    en: () => 'Year must be four digits, e.g. 2026; target rows require it.',
  },
} as const satisfies Record<string, Message>;
