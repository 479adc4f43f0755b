/** The columns of every figures download (the national long table, the targets, each commune's figures). */
import type { SourcedFigure } from '../../domain/commune-data.ts';
import { qualifierLabels } from '../../domain/display.ts';
import { indicators, LOCAL_INDICATOR_PREFIX, type IndicatorDefinition } from '../../domain/indicators.ts';
import type { Commune, Province } from '../../domain/registry.ts';
import { qualifierKinds, rowTypes, type Figure } from '../../domain/schemas.ts';
import type { Report } from '../../domain/dataset.ts';
import {
  type Column,
  enumList,
  unitColumns,
  forms,
  formText,
  LIST_SEPARATOR,
  reportIdColumn,
  reportKindColumn,
  unitKindColumn,
  versionColumn,
} from './columns.ts';

/** One figure with everything needed to publish it. */
export interface FigureRecord {
  figure: Figure;
  report: Report;
  commune: Commune;
  province: Province;
  indicator: IndicatorDefinition | undefined;
  /** Whether a newer document states the figure again (figureStatus). */
  status: FigureStatus;
}

export const figureStatuses = ['latest', 'superseded', 'restated'] as const;
export interface FigureStatus {
  status: (typeof figureStatuses)[number];
  /** The newest figure, for superseded and restated figures. */
  by?: SourcedFigure;
}

export const figureColumns: readonly Column<FigureRecord>[] = [
  ...unitColumns<FigureRecord>((r) => r),
  {
    name: 'indicator_code',
    type: 'string',
    title: 'Mã chỉ tiêu',
    vi: `Mã chỉ tiêu trong danh mục (xem tệp danh-muc-chi-tieu), hoặc mã chỉ tiêu riêng của địa phương “${LOCAL_INDICATOR_PREFIX}…”: số liệu danh mục chưa có, tên và đơn vị theo lời của đơn vị, không so sánh giữa các nơi.`,
    en: `Indicator code from the catalogue (see the danh-muc-chi-tieu file), or a local indicator “${LOCAL_INDICATOR_PREFIX}…”: a figure the catalogue lacks, named in the unit's own words, never compared between places.`,
    pattern: `^(?:${indicators.map((d) => d.code.replace(/\./g, '\\.')).join('|')}|${LOCAL_INDICATOR_PREFIX.replace('.', '\\.')}[a-z0-9_]{1,60})$`,
    required: true,
    get: (r) => r.figure.indicator,
  },
  {
    name: 'indicator_vi',
    type: 'string',
    title: 'Tên chỉ tiêu',
    vi: 'Tên chỉ tiêu trong danh mục, tiếng Việt (chỉ tiêu riêng: nội dung dòng theo lời của đơn vị).',
    en: 'Catalogue label of the indicator, in Vietnamese (local indicators: the row’s own wording).',
    get: (r) => r.indicator?.vi,
  },
  {
    name: 'indicator_en',
    type: 'string',
    title: 'Tên chỉ tiêu (tiếng Anh)',
    vi: 'Tên chỉ tiêu trong danh mục, tiếng Anh (chỉ tiêu riêng: nội dung dòng theo lời của đơn vị, tiếng Việt).',
    en: 'Catalogue label of the indicator, in English (local indicators: the row’s own wording, in Vietnamese).',
    get: (r) => r.indicator?.en,
  },
  unitKindColumn<FigureRecord>((r) => r.indicator?.unitKind),
  {
    name: 'row_type',
    type: 'string',
    title: 'Loại số liệu',
    vi: `${enumList(rowTypes, 'vi')}: kết quả đã đạt được, hoặc mục tiêu phải đạt.`,
    en: `${enumList(rowTypes, 'en')}: a result achieved, or a target to reach.`,
    enum: rowTypes,
    required: true,
    get: (r) => r.figure.type,
  },
  {
    name: 'target_year',
    type: 'year',
    title: 'Năm',
    vi: 'Cột “Năm” của bảng: năm của mục tiêu. Bắt buộc ở dòng mục tiêu, thường để trống ở dòng kết quả.',
    en: 'The table’s “Năm” column: the year of the target. Required on target rows, usually empty on results.',
    get: (r) => r.figure.year,
  },
  {
    name: 'value_raw',
    type: 'string',
    title: 'Nguyên văn',
    vi: 'Giá trị đúng như đơn vị viết, kể cả từ chỉ mức độ (“Khoảng 14.173”, “80,06%”); chỉ chuẩn hóa Unicode (NFC) và bỏ khoảng trắng thừa.',
    en: 'The value exactly as the commune wrote it, qualifier words included (“Khoảng 14.173”, “80,06%”); only Unicode-normalised (NFC), extra spaces removed.',
    required: true,
    get: (r) => r.figure.value.raw,
  },
  {
    name: 'value',
    type: 'decimal',
    title: 'Giá trị',
    vi: 'Số chính đọc từ nguyên văn, dấu chấm là dấu thập phân, không làm tròn: số đếm, tỷ lệ %, hoặc tử số của phân số (“14.033” → 14033; “80,06%” → 80.06).',
    en: 'The main number read from the raw value, with a decimal point and never rounded: the count, the percentage, or the numerator of a fraction (“14.033” → 14033; “80,06%” → 80.06).',
    required: true,
    get: (r) => r.figure.value.value,
  },
  {
    name: 'decimals',
    type: 'integer',
    title: 'Số chữ số thập phân',
    vi: 'Số chữ số thập phân đơn vị đã viết, để hiển thị đúng như văn bản (“80,50%” có 2).',
    en: 'Decimal places as written, to show the value exactly as in the document (“80,50%” has 2).',
    required: true,
    get: (r) => r.figure.value.decimals,
  },
  {
    name: 'form',
    type: 'string',
    title: 'Dạng giá trị',
    vi: `Dạng: ${forms.map((f) => `“${f}” (${formText[f].vi})`).join(', ')}.`,
    en: `Form: ${forms.map((f) => `“${f}” (${formText[f].en})`).join(', ')}.`,
    enum: forms,
    required: true,
    get: (r) => r.figure.value.form,
  },
  {
    name: 'denominator',
    type: 'decimal',
    title: 'Mẫu số',
    vi: 'Mẫu số (tổng số) của phân số, ví dụ 16900 trong “12.564/16.900”; trống nếu không phải phân số.',
    en: 'Denominator (the total) of a fraction, e.g. 16900 in “12.564/16.900”; empty otherwise.',
    get: (r) => r.figure.value.denominator,
  },
  {
    name: 'stated_percent',
    type: 'decimal',
    title: 'Tỷ lệ ghi kèm',
    vi: 'Tỷ lệ % văn bản ghi kèm phân số (“14.033/17.423 đạt 80,5%” → 80.5). Trang không tự tính cột này.',
    en: 'The percentage the document states next to a fraction (“14.033/17.423 đạt 80,5%” → 80.5). Never computed by this site.',
    get: (r) => r.figure.value.statedPercent,
  },
  {
    name: 'stated_percent_decimals',
    type: 'integer',
    title: 'Số chữ số thập phân của tỷ lệ ghi kèm',
    vi: 'Số chữ số thập phân của tỷ lệ ghi kèm, như đã viết.',
    en: 'Decimal places of the stated percentage, as written.',
    get: (r) => r.figure.value.statedPercentDecimals,
  },
  {
    name: 'qualifiers',
    type: 'list',
    title: 'Mức độ',
    vi: `Mã mức độ theo thứ tự viết, ngăn bởi “${LIST_SEPARATOR}”: ${qualifierKinds.map((q) => `“${q}” (${qualifierLabels[q].vi})`).join(', ')}. Trống: số đo đếm, không kèm mức độ.`,
    en: `Qualifier codes in the order written, separated by “${LIST_SEPARATOR}”: ${qualifierKinds.map((q) => `“${q}” (${qualifierLabels[q].en})`).join(', ')}. Empty: a plain figure.`,
    get: (r) => r.figure.value.qualifiers,
  },
  {
    name: 'qualifier_words',
    type: 'list',
    title: 'Từ chỉ mức độ',
    vi: `Các từ chỉ mức độ đúng như văn bản viết (“Khoảng”, “Ước tính”), ngăn bởi “${LIST_SEPARATOR}”.`,
    en: `The qualifier words as written (“Khoảng”, “Ước tính”), separated by “${LIST_SEPARATOR}”.`,
    get: (r) => r.figure.value.qualifierWords,
  },
  {
    name: 'unit',
    type: 'string',
    title: 'Đơn vị tính',
    vi: 'Đơn vị tính như văn bản ghi (“%”, “Người”, “Lớp”).',
    en: 'The unit as written in the document (“%”, “Người” = people, “Lớp” = classes).',
    get: (r) => r.figure.unit,
  },
  {
    name: 'label',
    type: 'string',
    title: 'Nội dung',
    vi: 'Tên dòng số liệu theo cách viết của đơn vị.',
    en: 'The row as the commune worded it (Vietnamese).',
    get: (r) => r.figure.label,
  },
  {
    name: 'note',
    type: 'string',
    title: 'Thuyết minh',
    vi: 'Câu trong văn bản nêu số liệu, hoặc giải thích của người nhập liệu; có thể gồm nhiều dòng.',
    en: 'The sentence of the document that states the figure, or the transcriber’s explanation (Vietnamese); may span several lines.',
    get: (r) => r.figure.note,
  },
  {
    name: 'location',
    type: 'string',
    title: 'Vị trí trong văn bản',
    vi: 'Số liệu nằm ở đâu trong văn bản (“Mục II.2”, “Phụ lục, dòng 5”).',
    en: 'Where in the document the figure is stated (“Mục II.2” = section II.2, “Phụ lục” = appendix).',
    get: (r) => r.figure.location,
  },
  {
    name: 'stt',
    type: 'string',
    title: 'STT',
    vi: 'Số thứ tự của dòng trong bảng của đơn vị, như đã ghi (“1”, “12a”).',
    en: 'Row number in the commune’s table, as written (“1”, “12a”).',
    get: (r) => r.figure.stt,
  },
  {
    name: 'csv_line',
    type: 'integer',
    title: 'Dòng trong tệp CSV',
    vi: 'Số dòng của số liệu trong tệp CSV gốc. Cùng với report_id, xác định duy nhất một số liệu; trên trang văn bản, số liệu có neo #dong-N.',
    en: 'Line of the figure in the submitted CSV file. With report_id it identifies the figure; on the report page the figure has the anchor #dong-N.',
    required: true,
    get: (r) => r.figure.line,
  },
  {
    name: 'warnings',
    type: 'list',
    title: 'Lưu ý về dữ liệu',
    vi: `Mã các cảnh báo chất lượng dữ liệu công bố kèm số liệu, ngăn bởi “${LIST_SEPARATOR}”; ý nghĩa từng mã ở trang Giới thiệu, phương pháp.`,
    en: `Codes of the data-quality warnings published with the figure, separated by “${LIST_SEPARATOR}”; each code is explained on the methodology page.`,
    get: (r) => r.figure.warnings.map((w) => w.code),
  },
  {
    name: 'status',
    type: 'string',
    title: 'Tình trạng',
    vi: 'Số liệu mới nhất hay đã có văn bản sau: “latest” (văn bản mới nhất nêu chỉ tiêu này, với mục tiêu: chỉ tiêu và năm này), “superseded” (văn bản sau ghi khác: trang ghi “đã điều chỉnh ở văn bản sau”), “restated” (văn bản sau ghi lại cùng số liệu). Văn bản ngày chỉ ghi năm hoặc tháng được xếp như ngày đầu tiên của năm, tháng đó.',
    en: 'Whether the figure is the latest: “latest” (from the newest document stating this indicator; for targets, this indicator and year), “superseded” (a later document states something else: pages say “đã điều chỉnh ở văn bản sau”), “restated” (a later document states the same figure). A document dated only by year or month is ordered as the first day of that year or month.',
    enum: figureStatuses,
    required: true,
    get: (r) => r.status.status,
  },
  {
    name: 'superseded_by',
    type: 'string',
    title: 'Số liệu mới nhất',
    vi: 'Với số liệu “superseded” hoặc “restated”: số liệu mới nhất, dạng report_id#dong-N (N là csv_line của số liệu đó); trống với số liệu “latest”.',
    en: 'For “superseded” and “restated” figures: the newest figure, as report_id#dong-N (N = its csv_line); empty for “latest” figures.',
    get: (r) => (r.status.by ? `${r.status.by.report.id}#dong-${r.status.by.figure.line}` : undefined),
  },
  reportIdColumn<FigureRecord>((r) => r.report.id, {
    vi: 'khớp cột report_id của tệp van-ban',
    en: 'matches report_id in the van-ban file',
  }),
  reportKindColumn<FigureRecord>('document_kind', (r) => r.report.meta.kind),
  {
    name: 'document_number',
    type: 'string',
    title: 'Số văn bản',
    vi: 'Số, ký hiệu văn bản như đã ghi (“141/BC-UBND”); trống nếu văn bản để trống.',
    en: 'Document number as written (“141/BC-UBND”); empty when the document leaves it blank.',
    get: (r) => r.report.meta.number,
  },
  {
    name: 'document_date',
    type: 'partial-date',
    title: 'Ngày văn bản',
    vi: 'Ngày văn bản: YYYY-MM-DD, hoặc YYYY-MM, YYYY khi văn bản không ghi đủ ngày.',
    en: 'Date of the document: YYYY-MM-DD, or YYYY-MM or YYYY when the document does not give the full date.',
    get: (r) => r.report.meta.date,
  },
  {
    name: 'document_issuer',
    type: 'string',
    title: 'Cơ quan ban hành',
    vi: 'Cơ quan ban hành văn bản (“UBND xã Thuận An”); với bài báo, nguồn của bài.',
    en: 'The body that issued the document (“UBND xã Thuận An” = the commune People’s Committee); for press articles, the source.',
    get: (r) => r.report.meta.issuer,
  },
  {
    name: 'document_title',
    type: 'string',
    title: 'Tên văn bản',
    vi: 'Tên (trích yếu) văn bản như đã ghi.',
    en: 'Title of the document as printed (Vietnamese).',
    get: (r) => r.report.meta.title,
  },
  {
    name: 'report_url',
    type: 'url',
    title: 'Trang văn bản',
    vi: 'Địa chỉ trang của văn bản trên trang này; thêm #dong-N (N là csv_line) để đến đúng số liệu.',
    en: 'Address of the document’s page on this site; add #dong-N (N = csv_line) to reach the figure.',
    get: (r, ctx) => ctx.links.report(r.report.id),
  },
  versionColumn,
];
