/**
 * Problems found in submissions: errors stop the build, warnings are published
 * beside the figure they concern. Every problem says where (file, line, column),
 * what was expected and what was found, in Vietnamese first with an English gloss.
 */

import { escapeForTerminal } from './text.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  /** Path as the submitter knows it (relative to the project root). */
  file: string;
  /** 1-based physical line in the file. */
  line?: number;
  /** In a CSV: the row as a spreadsheet shows it, when it differs from the physical line. */
  row?: number;
  /** 1-based column: in a CSV the spreadsheet column number (1 = A), in MDX the character. */
  column?: number;
  /** In a workbook (.xlsx): the sheet the table was read from; line is then its row number. */
  sheet?: string;
  /** The field: a CSV header as written in the file, or a frontmatter key. */
  field?: string;
  /** What was found, quoted from the file. */
  found?: string;
  /** Extra detail for the message (e.g. the expected value, a suggestion). */
  detail?: string;
  vi: string;
  en: string;
}

interface Message {
  severity: Severity;
  vi: (d: string) => string;
  en: (d: string) => string;
}

/** The catalogue of problems. Codes are stable: warnings are published with them. */
export const problemCatalogue = {
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
  // Data-quality warnings, published beside the figure
  'quality.dot-decimal': {
    severity: 'warning',
    vi: () => 'Dấu chấm được dùng làm dấu thập phân (kiểu viết tiếng Anh); đã đọc là số thập phân.',
    en: () => 'A dot is used as the decimal mark (English style); read as a decimal.',
  },
  'quality.ambiguous-number': {
    severity: 'warning',
    vi: (d) => `Số có thể hiểu hai cách (${d}). Đã đọc theo quy tắc: dấu chấm ngăn cách hàng nghìn, dấu phẩy là thập phân.`,
    en: (d) => `Number is ambiguous (${d}). Read by the rule: dot separates thousands, comma is decimal.`,
  },
  'quality.unit-mismatch': {
    severity: 'warning',
    vi: (d) => `Giá trị không khớp đơn vị tính: ${d}.`,
    en: (d) => `Value does not fit the unit: ${d}.`,
  },
  'quality.percent-range': {
    severity: 'warning',
    vi: () => 'Tỷ lệ nằm ngoài khoảng 0–100%.',
    en: () => 'Percentage outside 0–100%.',
  },
  'quality.numerator-above-denominator': {
    severity: 'warning',
    vi: () => 'Tử số lớn hơn mẫu số.',
    en: () => 'Numerator is larger than the denominator.',
  },
  'quality.rate-mismatch': {
    severity: 'warning',
    vi: (d) => `Tỷ lệ ghi kèm không khớp với phép chia tử số/mẫu số (${d}).`,
    en: (d) => `The stated rate does not match numerator/denominator (${d}).`,
  },
  'quality.non-integer-count': {
    severity: 'warning',
    vi: () => 'Số đếm (người, lớp, văn bản...) không phải số nguyên.',
    en: () => 'A count is not a whole number.',
  },
  'quality.conflicting-duplicate': {
    severity: 'warning',
    vi: (d) => `Cùng chỉ tiêu được ghi hai lần với giá trị khác nhau trong báo cáo này (${d}).`,
    en: (d) => `The same indicator is stated twice with different values in this report (${d}).`,
  },
  'quality.date-outside-period': {
    severity: 'warning',
    vi: (d) => `Ngày văn bản nằm ngoài kỳ báo cáo (${d}).`,
    en: (d) => `Document date is outside its reporting period (${d}).`,
  },
  // MDX and frontmatter
  'mdx.frontmatter-missing': {
    severity: 'error',
    vi: () => 'Tệp .mdx phải bắt đầu bằng phần thông tin văn bản giữa hai dòng "---".',
    en: () => 'The .mdx file must start with a frontmatter block between "---" lines.',
  },
  'mdx.frontmatter-yaml': {
    severity: 'error',
    vi: () =>
      'Phần thông tin văn bản (giữa hai dòng ---) sai cú pháp ở chỗ này. Mỗi dòng phải có dạng "tên: nội dung" (tên trường, dấu hai chấm, một dấu cách, nội dung trên cùng một dòng); nội dung có dấu hai chấm, dấu # hoặc bắt đầu bằng ký tự đặc biệt thì đặt trong ngoặc kép; dòng con của period, signatory thụt vào 2 dấu cách.',
    en: (d) => `Frontmatter is not valid YAML: ${d}.`,
  },
  'mdx.yaml-colon': {
    severity: 'error',
    vi: (d) => `Nội dung có dấu hai chấm và dấu cách (": ") nên bị hiểu nhầm là một trường mới. Hãy đặt cả nội dung trong ngoặc kép: ${d}`,
    en: (d) => `The value contains ": ", which YAML reads as a new key. Put the whole value in double quotes: ${d}`,
  },
  'mdx.yaml-indent': {
    severity: 'error',
    vi: () =>
      'Dòng thụt lề sai. Các trường chính bắt đầu sát lề trái; chỉ các dòng con của period và signatory thụt vào đúng 2 dấu cách, thẳng hàng với nhau. Nội dung dài thì viết liền trên một dòng, không xuống dòng.',
    en: () =>
      'Wrong indentation. Top-level keys start at the left margin; only the lines under period and signatory are indented, by exactly 2 spaces. Keep a long value on one line.',
  },
  'mdx.yaml-tab': {
    severity: 'error',
    vi: () => 'Dòng được thụt lề bằng phím Tab. Hãy xóa Tab và gõ 2 dấu cách.',
    en: () => 'The line is indented with a tab. Replace it with 2 spaces.',
  },
  'mdx.yaml-duplicate': {
    severity: 'error',
    vi: (d) => `Trường "${d}" được ghi hai lần. Mỗi trường chỉ ghi một lần: xóa một trong hai dòng (cần ghi nhiều ý thì gộp vào một dòng).`,
    en: (d) => `Key "${d}" appears twice. Each key may appear once: remove one of the lines.`,
  },
  'mdx.yaml-quote': {
    severity: 'error',
    vi: () =>
      'Dấu ngoặc kép không khớp: mở mà không đóng, hoặc còn chữ sau dấu ngoặc kép đóng. Nội dung trong ngoặc kép phải mở và đóng trên cùng một dòng, ví dụ title: "Báo cáo số 5"; cần dấu ngoặc kép bên trong thì dùng ngoặc kép cong “ ”, cần dấu \\ thì dùng ngoặc đơn \' \'.',
    en: () =>
      'Unbalanced double quotes: a quote is not closed, or text follows the closing quote. Open and close the quotes on the same line; use “ ” inside.',
  },
  'mdx.yaml-special': {
    severity: 'error',
    vi: (d) =>
      `Nội dung bắt đầu bằng một ký tự có nghĩa riêng trong phần thông tin (như @ \` % & * ! | > - [ {). Hãy đặt cả nội dung trong ngoặc kép: ${d}`,
    en: (d) => `The value starts with a character that has a meaning in YAML. Put the whole value in double quotes: ${d}`,
  },
  'mdx.yaml-not-key': {
    severity: 'error',
    vi: () =>
      'Dòng này không có dạng "tên: nội dung". Mỗi dòng ghi tên trường (chữ thường, không dấu), dấu hai chấm, một dấu cách rồi nội dung; nội dung của dòng trên không được xuống dòng.',
    en: () => 'This line is not "key: value". Write the key, a colon, a space and the value on one line.',
  },
  'mdx.frontmatter-field': {
    severity: 'error',
    vi: (d) => `Thông tin văn bản không hợp lệ: ${d}.`,
    en: (d) => `Invalid frontmatter field: ${d}.`,
  },
  'mdx.field-missing': {
    severity: 'error',
    vi: (d) => `Thiếu trường bắt buộc ${d}. Thêm một dòng "tên: nội dung" cho trường này giữa hai dòng --- (xem mẫu trong hướng dẫn).`,
    en: (d) => `Required field ${d} is missing. Add a "key: value" line for it between the --- lines.`,
  },
  'mdx.field-empty': {
    severity: 'error',
    vi: (d) => `Trường ${d} đang để trống. Ghi nội dung sau dấu hai chấm; trường không bắt buộc mà văn bản không có thì xóa cả dòng.`,
    en: (d) => `Field ${d} is empty. Write the value after the colon, or remove the line if the field is optional.`,
  },
  'mdx.field-type': {
    severity: 'error',
    vi: (d) => `Giá trị sai dạng ở trường ${d}.`,
    en: (d) => `Wrong kind of value in field ${d}.`,
  },
  'mdx.field-unknown': {
    severity: 'error',
    vi: (d) => `Tên trường không có trong mẫu: ${d}.`,
    en: (d) => `Unknown field: ${d}.`,
  },
  'mdx.field-value': {
    severity: 'error',
    vi: (d) => `Giá trị không thuộc danh sách được nhận ở trường ${d}.`,
    en: (d) => `Value not among the allowed ones in field ${d}.`,
  },
  'mdx.number-no-digits': {
    severity: 'error',
    vi: (d) =>
      `Số văn bản "${d}" không có chữ số nào, có lẽ được chép từ mẫu còn để trống. Nếu văn bản để trống số thì xóa cả dòng number; nếu có số thì ghi đủ, ví dụ number: 141/BC-UBND.`,
    en: (d) => `Document number "${d}" has no digits (copied from a blank form?). Remove the number line if the document has none.`,
  },
  'mdx.future-date': {
    severity: 'error',
    vi: (d) => `Ngày văn bản ở tương lai (${d}). Kiểm tra lại năm, tháng, ngày.`,
    en: (d) => `The date is in the future (${d}). Check the year, month and day.`,
  },
  'mdx.too-long': {
    severity: 'error',
    vi: (d) => `Bài viết quá dài (tối đa ${d} ký tự).`,
    en: (d) => `The narrative is too long (at most ${d} characters).`,
  },
  'mdx.too-deep': {
    severity: 'error',
    vi: (d) => `Bài viết lồng nhau quá sâu (trích dẫn, danh sách, chữ đậm… lồng nhau quá ${d} tầng).`,
    en: (d) => `The narrative is nested too deeply (quotes, lists, emphasis… more than ${d} levels).`,
  },
  'mdx.syntax': {
    severity: 'error',
    vi: () => 'Phần bài viết sai cú pháp ở chỗ này. Nếu cần viết ký tự { } < >, hãy đặt dấu \\ phía trước (\\{ \\} \\< \\>).',
    en: (d) => `MDX syntax error: ${d}. Escape { } < > with a backslash.`,
  },
  'mdx.syntax-lt': {
    severity: 'error',
    vi: (d) => `Dấu < được hiểu là mở một thẻ, nhưng sau nó không phải tên thẻ. ${d}`,
    en: (d) => `"<" opens a tag, but no tag name follows. ${d}`,
  },
  'mdx.syntax-unclosed': {
    severity: 'error',
    vi: (d) => `Thẻ mở và thẻ đóng không khớp: ${d}.`,
    en: (d) => `Opening and closing tags do not match: ${d}.`,
  },
  'mdx.syntax-attribute': {
    severity: 'error',
    vi: () => 'Giá trị thuộc tính phải đặt trong ngoặc kép, mở và đóng đủ, ví dụ <Callout title="Lưu ý">.',
    en: () => 'An attribute value must be in double quotes, e.g. <Callout title="Lưu ý">.',
  },
  'mdx.syntax-brace': {
    severity: 'error',
    vi: () => 'Dấu ngoặc nhọn { } không dùng được trong bài viết. Nếu cần viết dấu ngoặc nhọn, hãy viết \\{ và \\}.',
    en: () => 'Braces { } cannot be used in the text. Write \\{ and \\} for literal braces.',
  },
  'mdx.syntax-lazy': {
    severity: 'error',
    vi: () =>
      'Dòng này thuộc một trích dẫn (dòng bắt đầu bằng >) hoặc một gạch đầu dòng nhưng thiếu dấu > hoặc thụt lề ở đầu dòng. Khi một thẻ (như <Callout>) kéo dài nhiều dòng ở đó, mỗi dòng phải bắt đầu giống dòng đầu; hoặc viết cả thẻ trên một dòng.',
    en: () =>
      'A lazy line: this line continues a block quote or list item without its ">" or indentation. Prefix every line of the tag like the first.',
  },
  'mdx.forbidden-esm': {
    severity: 'error',
    vi: () => 'Không được dùng "import" hoặc "export" trong bài viết.',
    en: () => 'import/export statements are not allowed.',
  },
  'mdx.forbidden-expression': {
    severity: 'error',
    vi: () => 'Không được dùng biểu thức JavaScript trong dấu { }. Nếu muốn viết dấu ngoặc nhọn, hãy viết \\{ và \\}.',
    en: () => 'JavaScript expressions in { } are not allowed. Escape braces as \\{ and \\}.',
  },
  'mdx.forbidden-element': {
    severity: 'error',
    vi: (d) => `Thẻ <${d}> không được phép. Chỉ dùng Markdown và các thành phần của trang.`,
    en: (d) => `Element <${d}> is not allowed. Use Markdown and the site's own components only.`,
  },
  'mdx.forbidden-attribute': {
    severity: 'error',
    vi: (d) => `Thuộc tính "${d}" không được phép.`,
    en: (d) => `Attribute "${d}" is not allowed.`,
  },
  'mdx.forbidden-image-reference': {
    severity: 'error',
    vi: () =>
      'Không chèn ảnh trong bài viết, kể cả ảnh viết dạng tham chiếu ![tên][ký hiệu]. Hãy xóa ảnh; muốn dẫn tới ảnh thì dùng liên kết [tên](https://…).',
    en: () => 'Images are not allowed, reference-style images (![alt][ref]) included. Use a link instead.',
  },
  'mdx.forbidden-url': {
    severity: 'error',
    vi: (d) =>
      `Đường dẫn không an toàn: ${d}. Chỉ dùng liên kết http, https hoặc mailto; liên kết tới trang khác viết đủ, bắt đầu bằng https://.`,
    en: (d) => `Unsafe URL: ${d}. Only http, https and mailto links are allowed; write links to other sites in full, with https://.`,
  },
  // Cross-file checks
  'ref.unknown-commune': {
    severity: 'error',
    vi: (d) => `Mã đơn vị "${d}" không có trong danh mục 3.321 xã, phường, đặc khu.`,
    en: (d) => `Commune code "${d}" is not in the registry of 3,321 units.`,
  },
  'ref.unknown-report': {
    severity: 'error',
    vi: (d) => `Không có báo cáo "${d}" trong content/reports.`,
    en: (d) => `No report "${d}" under content/reports.`,
  },
  'ref.report-commune-mismatch': {
    severity: 'error',
    vi: (d) => `Mô hình thuộc đơn vị khác với báo cáo nguồn (${d}).`,
    en: (d) => `Model and its source report are about different communes (${d}).`,
  },
  // Excel workbooks (.xlsx)
  'file.table-twice': {
    severity: 'error',
    vi: () => 'Báo cáo có cả bảng .csv và bảng .xlsx cùng tên. Chỉ giữ một trong hai tệp.',
    en: () => 'The report has both a .csv and an .xlsx table of the same name. Keep only one.',
  },
  'xlsx.unreadable': {
    severity: 'error',
    vi: (d) => `Không đọc được tệp Excel (${d}). Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng "Sổ làm việc Excel (*.xlsx)".`,
    en: (d) => `The Excel file cannot be read (${d}). Open it in Excel or LibreOffice and save it again as "Excel Workbook (*.xlsx)".`,
  },
  'xlsx.old-xls': {
    severity: 'error',
    vi: () => 'Tệp là dạng Excel cũ (.xls) dù mang đuôi .xlsx. Hãy lưu lại dạng "Sổ làm việc Excel (*.xlsx)".',
    en: () => 'The file is an old Excel .xls workbook with an .xlsx name. Save it again as "Excel Workbook (*.xlsx)".',
  },
  'xlsx.percent-number': {
    severity: 'error',
    vi: (d) =>
      `Ô kết quả là một con số (${d}) trong dòng có đơn vị "%": Excel lưu ô định dạng phần trăm 80% thành 0,8, nên không biết số này là ${d}% hay (${d} × 100)%. Hãy định dạng ô là Văn bản (Text) rồi gõ lại đúng như văn bản ghi, ví dụ 80%.`,
    en: (d) =>
      `The result is a number (${d}) in a "%" row: Excel stores 80% as 0.8, so it is unclear which percentage is meant. Format the cell as Text and type the value as written, e.g. 80%.`,
  },
} as const satisfies Record<string, Message>;

export type ProblemCode = keyof typeof problemCatalogue;

/**
 * A located problem. `detail` fills the message; when the detail itself is Vietnamese prose, `enDetail` is its
 * English gloss (otherwise both languages get `detail`).
 */
export function problem(
  code: ProblemCode,
  where: { file: string; line?: number; row?: number; column?: number; field?: string; found?: string },
  detail = '',
  enDetail?: string,
): Problem {
  const m: Message = problemCatalogue[code];
  const { row, ...place } = where;
  return {
    severity: m.severity,
    code,
    ...place,
    ...(row !== undefined && row !== where.line ? { row } : {}),
    ...(detail ? { detail } : {}),
    vi: m.vi(detail),
    en: m.en(enDetail ?? detail),
  };
}

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
