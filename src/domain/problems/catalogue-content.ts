/** Problem catalogue, second part: data-quality warnings, MDX and frontmatter, cross-file checks, workbooks. See catalogue.ts. */
import type { Message } from './message.ts';

export const contentProblems = {
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
