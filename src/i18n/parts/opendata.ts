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
  'method.sources': 'Số liệu từ đâu',
  'method.sourcesText':
    'Trang đăng các số liệu về phong trào “Bình dân học vụ số” mà xã, phường, đặc khu nêu trong văn bản của mình: {kinds}. Mỗi văn bản được nhập thành hai tệp: thông tin và nội dung văn bản (.mdx), và bảng số liệu (.csv) theo mẫu phụ lục các đơn vị vẫn điền. Mỗi số liệu ghi rõ vị trí trong văn bản gốc (mục, đoạn, dòng của phụ lục).',
  'method.sourcesCount': 'Hiện có {reports} văn bản với {figures} số liệu của {communes} trong tổng số {total} đơn vị.',
  'method.rowTypes':
    'Mỗi dòng là một kết quả đã đạt được hoặc một mục tiêu đơn vị tự đặt cho một năm. Mục tiêu được hiển thị riêng và không bao giờ được tính như kết quả.',
  'method.registry':
    'Danh mục đơn vị gồm {provinces} tỉnh, thành phố và {communes} xã, phường, đặc khu theo sắp xếp năm 2025. Mỗi đơn vị được nhận diện bằng mã 5 chữ số, vì nhiều đơn vị trùng tên.',
  'method.exact': 'Không làm tròn, không sửa số',
  'method.exactText':
    'Mỗi số liệu được giữ nguyên văn như đơn vị viết (chỉ chuẩn hóa Unicode và bỏ khoảng trắng thừa), rồi được đọc thành số ở dạng chữ số thập phân, không qua phép tính gần đúng, nên không chữ số nào bị thêm hay bớt. Trang hiển thị đúng số chữ số thập phân đơn vị đã viết, và trang văn bản luôn ghi nguyên văn bên cạnh.',
  'method.noFixText':
    'Trang không sửa số, không ước lượng thay và không bù số thiếu. Khi văn bản tự mâu thuẫn (một chỉ tiêu có hai giá trị khác nhau), cả hai đều được giữ và gắn cảnh báo. Số ước tính, số khoảng, số “trên”, “dưới” được giữ cùng mức độ của nó.',
  'method.numbers': 'Cách viết số',
  'method.numbersText':
    'Theo cách viết của Việt Nam, dấu chấm ngăn cách hàng nghìn, dấu phẩy là dấu thập phân: 14.033 là mười bốn nghìn không trăm ba mươi ba, còn 80,06% là tám mươi phẩy không sáu phần trăm. Trang tiếng Anh hiển thị các số này theo kiểu tiếng Anh (14,033 và 80.06%). Số viết lẫn kiểu không được đoán thầm: trang đọc theo quy tắc trên và gắn cảnh báo. Bảng sau do chính bộ đọc số của trang tạo ra:',
  'method.written': 'Văn bản viết',
  'method.readAs': 'Giá trị trong tệp dữ liệu',
  'method.shownVi': 'Hiển thị (tiếng Việt)',
  'method.shownEn': 'Hiển thị (tiếng Anh)',
  'method.warning': 'Cảnh báo',
  'method.qualifiers': 'Mức độ: ước tính, khoảng, trên, dưới',
  'method.qualifiersText':
    'Từ đứng trước con số cho biết mức độ chắc chắn của nó. Trang giữ nguyên từ đơn vị viết, hiển thị mức độ cạnh con số, và vẽ các số này bằng thanh gạch chéo hoặc chấm rỗng trên biểu đồ. Chữ hoa, chữ thường và dấu không quan trọng (“Uớc tính” cũng là ước tính).',
  'method.qualifier': 'Mức độ',
  'method.meaning': 'Ý nghĩa',
  'method.example': 'Ví dụ',
  'method.wordsUsed': 'Từ các đơn vị đã dùng',
  'method.none': 'chưa có',
  'method.computed': 'Trang tính những gì',
  'method.computedText': 'Trang chỉ tính vài con số để so sánh, và luôn ghi rõ đó là số tính toán:',
  'method.rate':
    'Tỷ lệ từ phân số: khi đơn vị chỉ ghi tử số/mẫu số (ví dụ {fraction}), trang tính tỷ lệ = tử số ÷ mẫu số × 100, làm tròn đến 1 chữ số thập phân ({rate}), và ghi “tính từ tử số/mẫu số”. Tỷ lệ đơn vị ghi kèm phân số luôn được dùng đúng như văn bản.',
  'method.comparable':
    'Giá trị dùng để so sánh: với chỉ tiêu tỷ lệ, là tỷ lệ % đơn vị ghi; nếu đơn vị ghi phân số thì dùng tỷ lệ ghi kèm, không có thì dùng tỷ lệ tính từ phân số. Với chỉ tiêu số đếm, là con số (hoặc tử số). Tỷ lệ % ghi cho một chỉ tiêu số đếm không được đưa vào so sánh.',
  'method.latest':
    'Mỗi đơn vị góp một giá trị cho mỗi chỉ tiêu: kết quả trong văn bản mới nhất (theo ngày văn bản), ở dòng đầu tiên nêu chỉ tiêu đó. Mục tiêu không được dùng để so sánh. Văn bản chỉ ghi năm (hoặc tháng) được xếp như ngày đầu tiên của năm (tháng) đó: văn bản ghi “năm 2026” không bao giờ được coi là mới hơn văn bản ghi ngày 15/12/2026, vì ngày của nó có thể sớm hơn. Trang không bao giờ tự thêm ngày, tháng mà văn bản không ghi; nguồn tin (feed) bắt buộc ghi ngày đầy đủ nên ghi ngày đầu tiên đó, và không bao giờ ghi ngày sau ngày tạo trang. Một số liệu chỉ được ghi “đã điều chỉnh” khi văn bản sau ghi khác về nội dung (cùng con số, cùng mức độ thì không phải điều chỉnh, ví dụ “19” rồi “19/19”).',
  'method.median':
    'Trung vị: xếp giá trị của các đơn vị đã báo cáo chỉ tiêu từ thấp đến cao; trung vị là giá trị ở giữa, hoặc trung bình cộng của hai giá trị ở giữa khi số đơn vị là số chẵn (ví dụ, trung vị của {values} là {median}). Số ước tính, số khoảng và số “trên”, “dưới” được tính như con số đơn vị báo cáo (“trên 90%” tính là 90%).',
  'method.rank':
    'Xếp hạng: từ cao xuống thấp theo giá trị so sánh. Các đơn vị bằng nhau cùng hạng và hạng kế tiếp bỏ qua số tương ứng (1, 2, 2, 4); đơn vị cùng hạng xếp theo tên.',
  'method.year':
    'Năm của một kết quả là năm kết thúc kỳ báo cáo; nếu văn bản không nêu kỳ, là năm của văn bản. Năm này dùng để đặt kết quả cạnh mục tiêu cùng năm.',
  'method.coverage':
    'Trung vị và hạng chỉ tính trên các đơn vị đã báo cáo chỉ tiêu đó, nên không nói gì về các đơn vị chưa báo cáo; trang luôn ghi số đơn vị đã được tính.',
  'method.warnings': 'Cảnh báo về chất lượng dữ liệu',
  'method.warningsText':
    'Khi kiểm tra, trang gắn cảnh báo cạnh số liệu (hoặc văn bản) có điểm cần lưu ý; số liệu vẫn được đăng đúng như văn bản. Mã cảnh báo có ở cột warnings của tệp dữ liệu.',
  'method.code': 'Mã',
  'method.count': 'Số lần gặp trong dữ liệu hiện tại',
  'method.privacy': 'Quyền riêng tư',
  'method.privacyText':
    'Trang chỉ đăng số đếm và tỷ lệ của từng đơn vị, không đăng tên hay thông tin riêng của người dân. Tên người có trên trang chỉ là tên cán bộ ký văn bản và tác giả bài báo, như in trên văn bản công khai. Trang không dùng cookie hay mã theo dõi người xem.',
  'method.errors': 'Báo lỗi',
  'method.errorsText':
    'Nếu thấy số liệu khác với văn bản gốc, hãy ghi lại địa chỉ trang văn bản và dòng số liệu (mỗi số liệu có địa chỉ riêng, dạng …/bao-cao/…/#dong-N), rồi báo cho đơn vị đã ban hành văn bản hoặc đơn vị quản lý trang này.',
  'method.errorsFix':
    'Nếu là lỗi nhập liệu, tệp được sửa và số liệu được đăng lại. Nếu chính văn bản gốc sai, đơn vị gửi văn bản mới và trang ghi rõ số liệu nào đã được điều chỉnh. Mỗi khi dữ liệu thay đổi, phiên bản dữ liệu ở chân trang đổi theo.',
  'method.dataLink': 'Tải toàn bộ số liệu và xem mô tả các cột:',
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
  'opendata.rows': '{n} rows',
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
  'method.sources': 'Where the figures come from',
  'method.sourcesText':
    'This site publishes the figures on the “Bình dân học vụ số” movement that communes, wards and special zones state in their own documents: {kinds}. Each document is transcribed into two files: its metadata and text (.mdx), and its table of figures (.csv) in the appendix format units already fill in. Every figure records where it is stated in the original document (section, paragraph, appendix row).',
  'method.sourcesCount': 'There are now {reports} documents with {figures} figures from {communes} of {total} units.',
  'method.rowTypes':
    'Each row is either a result achieved or a target the unit set itself for a year. Targets are shown separately and never counted as results.',
  'method.registry':
    'The registry has {provinces} provinces and cities and {communes} communes, wards and special zones, as reorganised in 2025. Each unit is identified by its 5-digit code, because many units share a name.',
  'method.exact': 'Nothing rounded, nothing corrected',
  'method.exactText':
    'Every figure is kept exactly as the unit wrote it (only Unicode-normalised, extra spaces removed), then read as decimal digits, never through floating-point arithmetic, so no digit is added or lost. The site shows exactly the decimal places the unit wrote, and the document’s page always shows the original text beside it.',
  'method.noFixText':
    'The site does not correct figures, estimate in their place or fill gaps. When a document contradicts itself (one indicator with two different values), both are kept and flagged. Estimates, approximate figures and bounds (“trên” = more than, “dưới” = less than) keep their qualifier.',
  'method.numbers': 'How numbers are written',
  'method.numbersText':
    'In Vietnamese, a dot separates thousands and a comma is the decimal mark: 14.033 is fourteen thousand and thirty-three, and 80,06% is eighty point zero six per cent. The English edition shows the same numbers the English way (14,033 and 80.06%). Mixed-up writing is never silently guessed: the site reads it by the rule above and flags it. The site’s own number reader produced this table:',
  'method.written': 'As written',
  'method.readAs': 'Value in the data files',
  'method.shownVi': 'Shown (Vietnamese)',
  'method.shownEn': 'Shown (English)',
  'method.warning': 'Warning',
  'method.qualifiers': 'Qualifiers: estimates, approximations and bounds',
  'method.qualifiersText':
    'Words before a number say how certain it is. The site keeps the unit’s own words, shows the qualifier beside the number, and draws such figures as hatched bars or hollow dots in charts. Case and diacritics do not matter (“Uớc tính” is still an estimate).',
  'method.qualifier': 'Qualifier',
  'method.meaning': 'Meaning',
  'method.example': 'Example',
  'method.wordsUsed': 'Words units have used',
  'method.none': 'none yet',
  'method.computed': 'What the site computes',
  'method.computedText': 'The site computes only a few numbers, for comparison, and always labels them as computed:',
  'method.rate':
    'Rates from fractions: when a unit states only numerator/denominator (e.g. {fraction}), the site computes the rate = numerator ÷ denominator × 100, rounded to 1 decimal place ({rate}), and labels it “computed from numerator/denominator”. A rate the unit states beside its fraction is always used exactly as written.',
  'method.comparable':
    'The value compared: for a rate indicator, the percentage the unit stated; for a fraction, its stated rate, else the rate computed from it. For a count indicator, the number (or the numerator). A percentage stated for a count indicator is left out of comparisons.',
  'method.latest':
    'Each unit contributes one value per indicator: the result in its newest document (by document date), from the first row that states the indicator. Targets are never compared. A document dated only by year (or month) is ordered as the first day of that year (or month): one dated “2026” is never taken as newer than one dated 15/12/2026, since it may be older. The site never adds a day or month a document does not state; the feed, which needs a full date, writes that first day, and never a day after the site was built. A figure is marked revised only when a later document states something else (the same number with the same qualifiers is no revision, e.g. “19” then “19/19”).',
  'method.median':
    'Median: sort the values of the units that reported the indicator; the median is the middle value, or the mean of the two middle values when the number of units is even (e.g. the median of {values} is {median}). Estimates, approximate figures and bounds count as the number the unit reported (“trên 90%”, more than 90%, counts as 90%).',
  'method.rank':
    'Rank: highest first by the compared value. Equal values share a rank and the next rank skips accordingly (1, 2, 2, 4); units with the same rank are listed by name.',
  'method.year':
    'The year of a result is the year its reporting period ends, or, if the document states no period, the year of the document. It is used to set a result beside the target for the same year.',
  'method.coverage':
    'Medians and ranks cover only the units that reported that indicator, so they say nothing about units that have not; the site always states how many units were counted.',
  'method.warnings': 'Data-quality warnings',
  'method.warningsText':
    'When checking submissions the site attaches a warning to a figure (or a document) that needs care; the figure is still published exactly as written. Warning codes are in the warnings column of the data files.',
  'method.code': 'Code',
  'method.count': 'Occurrences in the current data',
  'method.privacy': 'Privacy',
  'method.privacyText':
    'The site publishes only counts and rates for each unit, never the names or personal details of residents. The only names of people on the site are those of officials who signed documents and authors of press articles, as printed in public documents. The site uses no cookies and no visitor tracking.',
  'method.errors': 'Reporting an error',
  'method.errorsText':
    'If a figure differs from the original document, note the document’s page address and the figure’s row (each figure has its own address, …/bao-cao/…/#dong-N), and tell the unit that issued the document or the body that runs this site.',
  'method.errorsFix':
    'A transcription error is fixed in the files and the figure republished. If the original document itself is wrong, the unit submits a new document and the site marks which figures were revised. Whenever the data changes, the data version in the footer changes too.',
  'method.dataLink': 'Download all figures and read what each column means:',
};
