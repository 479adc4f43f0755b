/** UI strings for the open-data page (/du-lieu/) and the methodology page (/gioi-thieu/) (merged into src/i18n/ui.ts). */
export const vi = {
  // Data page
  'opendata.nav': 'Dữ liệu mở',
  'opendata.title': 'Dữ liệu mở',
  'opendata.description':
    'Tải mọi số liệu các xã, phường, đặc khu đã báo cáo về phong trào “Bình dân học vụ số”, dạng CSV (mở được bằng Excel) và JSON, kèm mô tả từng cột.',
  'opendata.intro':
    'Mọi số liệu trên trang đều tải về được, đúng như đơn vị gửi lên: nguyên văn, giá trị đọc được, mức độ, cảnh báo chất lượng và văn bản nguồn. Tệp được tạo lại mỗi khi dữ liệu thay đổi; phiên bản dữ liệu hiện tại là {version}.',
  'opendata.methodNote': 'Trang đọc và tính số liệu thế nào, các mức độ và cảnh báo nghĩa là gì:',
  'opendata.files': 'Các tệp',
  'opendata.file': 'Tệp',
  'opendata.download': 'Tải về',
  'opendata.rows': '{n} dòng',
  'opendata.size': '{n} KB',
  'opendata.columnsLink': 'Xem các cột',
  'opendata.communeFiles': 'Số liệu của từng đơn vị',
  'opendata.communeFilesText':
    'Mỗi đơn vị đã có văn bản được đăng có một tệp riêng gồm mọi số liệu trong các văn bản của đơn vị, cùng các cột với tệp “{figures}”. Tệp JSON kèm thông tin đơn vị và danh sách văn bản. Hiện có {n} đơn vị.',
  'opendata.datapackage': 'Mô tả gói dữ liệu (Frictionless Data Package)',
  'opendata.datapackageText':
    'Tệp datapackage.json mô tả mọi tệp CSV theo chuẩn Frictionless Data (Tabular Data Package): tên, kiểu và mô tả từng cột (tên cột bằng tiếng Việt, mô tả bằng tiếng Anh), khóa chính, kích thước và mã băm SHA-256 của từng tệp. Các công cụ Frictionless (Python, R, JavaScript) dùng tệp này để kiểm tra và nạp dữ liệu.',
  'opendata.format': 'Định dạng',
  'opendata.formatCsv':
    'CSV: mã UTF-8 có BOM (Excel hiển thị đúng tiếng Việt), phân cách bằng dấu phẩy, xuống dòng kiểu CRLF; ô chứa dấu phẩy, dấu ngoặc kép hoặc xuống dòng được đặt trong ngoặc kép (chuẩn RFC 4180). Dòng đầu là tên cột; mọi tệp có cột data_version.',
  'opendata.formatNumbers':
    'Cột số viết theo kiểu máy đọc: dấu chấm thập phân, không phân cách hàng nghìn (14033; 80.06). Cách viết của đơn vị (“14.033”, “80,06%”) nằm nguyên ở cột value_raw.',
  'opendata.formatFormula':
    "Để Excel không chạy nội dung như công thức, ô văn bản bắt đầu bằng =, +, -, @, tab hoặc CR (kể cả khi đứng sau dấu nháy đơn) được thêm một dấu nháy đơn (') ở đầu. Khi xử lý bằng máy, bỏ một dấu nháy đơn ở đầu những ô ấy. Cột số không bao giờ bị thêm dấu; tệp JSON không thêm dấu này.",
  'opendata.formatZeros':
    'Mã đơn vị có số 0 ở đầu (09466). Excel có thể bỏ số 0 khi mở thẳng tệp; nếu cần giữ, hãy nhập tệp qua Data › From Text/CSV (Dữ liệu › Từ văn bản/CSV) và đặt các cột mã là Text (Văn bản).',
  'opendata.formatJson':
    'JSON: một đối tượng gồm version (phiên bản dữ liệu), synthetic (dữ liệu mô phỏng hay không), name, title và rows: mỗi dòng là một đối tượng, khóa là tên cột. Số thập phân là chuỗi (“80.06”) để không mất chữ số; danh sách là mảng; ô trống là null.',
  'opendata.columns': 'Các cột',
  'opendata.columnsOf': 'Các cột của tệp “{file}”',
  'opendata.sameColumns': 'Tệp “{file}” và tệp của từng đơn vị có cùng các cột với tệp “{figures}”.',
  'opendata.col.name': 'Cột',
  'opendata.col.title': 'Tên cột',
  'opendata.col.type': 'Kiểu',
  'opendata.col.here': 'Mô tả',
  'opendata.col.other': 'Mô tả tiếng Anh',
  'opendata.required': 'luôn có giá trị',
  'opendata.values': 'Giá trị: {values}.',
  'opendata.type.string': 'văn bản',
  'opendata.type.url': 'địa chỉ web',
  'opendata.type.partial-date': 'ngày (YYYY, YYYY-MM hoặc YYYY-MM-DD)',
  'opendata.type.list': 'danh sách, ngăn bởi |',
  'opendata.type.integer': 'số nguyên',
  'opendata.type.year': 'năm',
  'opendata.type.decimal': 'số thập phân',
  'opendata.cite': 'Cách trích dẫn',
  'opendata.citeText':
    'Số liệu là của đơn vị báo cáo: khi dùng, hãy ghi nguồn là văn bản của đơn vị (tên đơn vị, loại, số và ngày văn bản, có ở các cột document_* và trên trang văn bản), kèm trang này và phiên bản dữ liệu. Ví dụ, cho một số liệu:',
  'opendata.citeFigure': '{commune}, {province}: {document}, {where}. Theo {site}, phiên bản dữ liệu {version}, {url} (truy cập ngày …).',
  'opendata.citeAll': 'Cho cả bộ dữ liệu:',
  'opendata.citeDataset': '{site}, phiên bản dữ liệu {version}, {url} (truy cập ngày …).',
  'opendata.license': 'Giấy phép',
  'opendata.licenseText':
    'Giấy phép: CC BY 4.0 cho phần biên soạn của trang (cách sắp xếp, mô tả các cột, mã hóa mức độ và cảnh báo); số liệu thuộc về đơn vị báo cáo. Đây là thông tin công khai do các xã, phường, đặc khu công bố trong văn bản của mình.',
  'opendata.licenseLink': 'Nội dung giấy phép CC BY 4.0',

  // Methodology page
  'method.description':
    'Số liệu từ đâu; trang đọc, hiển thị và tính toán thế nào; ý nghĩa các mức độ và cảnh báo chất lượng; quyền riêng tư và cách báo lỗi.',
  'method.written': 'Văn bản viết',
  'method.readAs': 'Giá trị trong tệp dữ liệu',
  'method.shownVi': 'Hiển thị (tiếng Việt)',
  'method.shownEn': 'Hiển thị (tiếng Anh)',
  'method.warning': 'Cảnh báo',
  'method.qualifier': 'Mức độ',
  'method.meaning': 'Ý nghĩa',
  'method.example': 'Ví dụ',
  'method.wordsUsed': 'Từ các đơn vị đã dùng',
  'method.none': 'chưa có',
  'method.code': 'Mã',
  'method.unitKind': 'Kiểu số liệu',
  'method.templateUnit': 'Đơn vị tính trong mẫu bảng',
  'method.headline': 'Thẻ chính',
  'method.exampleTable': 'Bảng {file}',
  'method.exampleOutput': 'Kết quả kiểm tra',
  'method.count': 'Số lần gặp trong dữ liệu hiện tại',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'opendata.nav': 'Open data',
  'opendata.title': 'Open data',
  'opendata.description':
    'Download every figure communes have reported on the “Bình dân học vụ số” movement, as CSV (opens in Excel) and JSON, with every column described.',
  'opendata.intro':
    'Every figure on this site can be downloaded exactly as the unit submitted it: raw text, parsed value, qualifiers, data-quality warnings and source document. The files are rebuilt whenever the data changes; the current data version is {version}.',
  'opendata.methodNote': 'How the site reads and computes figures, and what the qualifiers and warnings mean:',
  'opendata.files': 'Files',
  'opendata.file': 'File',
  'opendata.download': 'Download',
  'opendata.rows': '{n} {n|row|rows}',
  'opendata.size': '{n} KB',
  'opendata.columnsLink': 'Columns',
  'opendata.communeFiles': 'Each unit’s figures',
  'opendata.communeFilesText':
    'Each unit with a published document has its own file with every figure from its documents, with the same columns as the “{figures}” file. The JSON file adds the unit and its list of documents. There are {n} such units.',
  'opendata.datapackage': 'Data package description (Frictionless Data Package)',
  'opendata.datapackageText':
    'datapackage.json describes every CSV file following the Frictionless Data standard (Tabular Data Package): name, type and description of each column (Vietnamese titles, English descriptions), primary keys, and the size and SHA-256 hash of each file. Frictionless tools (Python, R, JavaScript) use it to validate and load the data.',
  'opendata.format': 'Format',
  'opendata.formatCsv':
    'CSV: UTF-8 with a byte-order mark (so Excel shows Vietnamese correctly), comma-separated, CRLF line ends; cells containing a comma, a double quote or a line break are quoted (RFC 4180). The first row holds the column names; every file has a data_version column.',
  'opendata.formatNumbers':
    'Numeric columns are machine-readable: a decimal point and no thousands separator (14033; 80.06). The unit’s own writing (“14.033”, “80,06%”) is kept in the value_raw column.',
  'opendata.formatFormula':
    "So that Excel never runs a cell as a formula, text cells starting with =, +, -, @, a tab or CR (also after single quotes) get one leading single quote ('). When processing by machine, remove one leading single quote from such cells. Numeric columns never get one, and the JSON files have none.",
  'opendata.formatZeros':
    'Unit codes have leading zeros (09466). Excel may drop them when it opens the file directly; to keep them, import the file with Data › From Text/CSV and set the code columns to Text.',
  'opendata.formatJson':
    'JSON: one object with version (the data version), synthetic (whether the data is simulated), name, title and rows: one object per row, keyed by column name. Decimal numbers are strings (“80.06”) so no digit is lost; lists are arrays; empty cells are null.',
  'opendata.columns': 'Columns',
  'opendata.columnsOf': 'Columns of “{file}”',
  'opendata.sameColumns': '“{file}” and each unit’s file have the same columns as “{figures}”.',
  'opendata.col.name': 'Column',
  'opendata.col.title': 'Vietnamese title',
  'opendata.col.type': 'Type',
  'opendata.col.here': 'Description',
  'opendata.col.other': 'Description in Vietnamese',
  'opendata.required': 'always filled',
  'opendata.values': 'Values: {values}.',
  'opendata.type.string': 'text',
  'opendata.type.url': 'URL',
  'opendata.type.partial-date': 'date (YYYY, YYYY-MM or YYYY-MM-DD)',
  'opendata.type.list': 'list, separated by |',
  'opendata.type.integer': 'integer',
  'opendata.type.year': 'year',
  'opendata.type.decimal': 'decimal number',
  'opendata.cite': 'How to cite',
  'opendata.citeText':
    'The figures belong to the reporting units: when you use them, cite the unit’s document (unit, kind, number and date of the document, in the document_* columns and on the document’s page), together with this site and the data version. For one figure, for example:',
  'opendata.citeFigure': '{commune}, {province}: {document}, {where}. Via {site}, data version {version}, {url} (accessed …).',
  'opendata.citeAll': 'For the whole dataset:',
  'opendata.citeDataset': '{site}, data version {version}, {url} (accessed …).',
  'opendata.license': 'License',
  'opendata.licenseText':
    'License: CC BY 4.0 for this site’s compilation (the arrangement, the column descriptions, the coding of qualifiers and warnings); the figures belong to the reporting units. They are public information that communes, wards and special zones published in their own documents.',
  'opendata.licenseLink': 'The CC BY 4.0 license',

  'method.description':
    'Where the figures come from; how the site reads, shows and computes them; what qualifiers and data-quality warnings mean; privacy, and how to report an error.',
  'method.written': 'As written',
  'method.readAs': 'Value in the data files',
  'method.shownVi': 'Shown (Vietnamese)',
  'method.shownEn': 'Shown (English)',
  'method.warning': 'Warning',
  'method.qualifier': 'Qualifier',
  'method.meaning': 'Meaning',
  'method.example': 'Example',
  'method.wordsUsed': 'Words units have used',
  'method.none': 'none yet',
  'method.code': 'Code',
  'method.unitKind': 'Unit kind',
  'method.templateUnit': 'Unit in the template',
  'method.headline': 'Headline',
  'method.exampleTable': 'Table {file}',
  'method.exampleOutput': 'What the checker prints',
  'method.count': 'Occurrences in the current data',
};
