/**
 * Explanations the generated documents need beside the code: enum values, CSV columns, unit kinds, problem groups,
 * and how the parser's folded words are written. Field prose is not here: it is on the zod schemas (`.meta()` in
 * src/domain/schemas.ts). Each map is typed by the code's own keys and checked against them when loaded.
 */
import { unitKinds, type UnitKind } from '../../domain/indicators.ts';
import {
  modelCategories,
  modelStatuses,
  qualifierKinds,
  reportColumns,
  reportKinds,
  rowTypes,
  type Qualifier,
  type ReportColumn,
  type ReportKind,
  type RowType,
} from '../../domain/schemas.ts';
import { problemCatalogue } from '../../domain/problems/index.ts';
import { headerAliases } from '../../ingestion/report-table.ts';
import { fold } from '../../domain/text.ts';
import { qualifierWords } from '../../ingestion/value.ts';

type Prose = { en: string; vi: string };

/** Fails when the prose keys and the code's keys differ, naming both sides. */
export function assertSameKeys(what: string, prose: Record<string, unknown>, keys: readonly string[]): void {
  const missing = keys.filter((k) => !(k in prose));
  const stale = Object.keys(prose).filter((k) => !keys.includes(k));
  if (missing.length || stale.length) {
    throw new Error(
      `docs: the explanations of ${what} in src/tools/docs/ are out of date.` +
        (missing.length ? ` No explanation for: ${missing.join(', ')}.` : '') +
        (stale.length ? ` Explained but no longer in the code: ${stale.join(', ')}.` : ''),
    );
  }
}

export const reportKindProse: Record<ReportKind, Prose> = {
  'báo cáo': { en: 'A report of results. Rows are results unless marked as targets.', vi: 'Báo cáo kết quả thực hiện.' },
  'kế hoạch': {
    en: 'A plan. Its figures are normally targets (`Loại` = `mục tiêu`, with `Năm`).',
    vi: 'Kế hoạch triển khai; các con số thường là mục tiêu.',
  },
  'bài báo': {
    en: 'A press article about the commune. Its figures are what the article quotes.',
    vi: 'Bài báo viết về xã; số liệu là số bài báo dẫn lại.',
  },
};

export const rowTypeProse: Record<RowType, Prose> = {
  'kết quả': {
    en: 'A result achieved. The default when `Loại` is blank or the column is absent.',
    vi: 'Số đã đạt được. Để trống cột Loại cũng được hiểu là kết quả.',
  },
  'mục tiêu': { en: 'A target to reach. `Năm` (the target year, four digits) is required.', vi: 'Chỉ tiêu phấn đấu. Bắt buộc ghi Năm.' },
};

export const modelStatusProse: Record<(typeof modelStatuses)[number], Prose> = {
  'thí điểm': { en: 'Pilot.', vi: 'Đang làm thử ở một vài nơi.' },
  'đang triển khai': { en: 'Running.', vi: 'Đang thực hiện.' },
  'đề xuất nhân rộng': { en: 'Proposed for replication elsewhere.', vi: 'Đã được đề xuất nhân rộng.' },
  'đã nhân rộng': { en: 'Already replicated elsewhere.', vi: 'Đã được nhân rộng ra nơi khác.' },
};

export const modelCategoryProse: Record<(typeof modelCategories)[number], Prose> = {
  'tổ công nghệ số': { en: 'Community digital technology teams.', vi: 'Hoạt động của Tổ công nghệ số cộng đồng.' },
  'dịch vụ công': { en: 'Online public services.', vi: 'Hỗ trợ dịch vụ công trực tuyến, thủ tục hành chính.' },
  'thanh toán số': { en: 'Digital and cashless payments.', vi: 'Thanh toán không dùng tiền mặt, mã QR.' },
  'giáo dục': { en: 'Schools and learning.', vi: 'Trường học, học tập.' },
  'gia đình số': { en: 'Digital households.', vi: 'Gia đình số, hộ gia đình.' },
  khác: { en: 'Anything else.', vi: 'Lĩnh vực khác.' },
};

export const qualifierProse: Record<Qualifier, Prose & { viShort: string }> = {
  estimate: { en: 'An estimate: the commune has not counted it yet.', vi: 'Số ước tính, chưa thống kê chính thức.', viShort: 'ước tính' },
  approximate: { en: 'Approximately this figure.', vi: 'Số gần đúng, khoảng chừng.', viShort: 'gần đúng' },
  lower_bound: {
    en: 'More than this figure (the true figure is higher).',
    vi: 'Số thật lớn hơn số này.',
    viShort: 'số thật lớn hơn',
  },
  at_least: {
    en: 'At least this figure (the true figure is this or higher).',
    vi: 'Ít nhất bằng số này; số thật bằng hoặc cao hơn.',
    viShort: 'ít nhất',
  },
  upper_bound: {
    en: 'Less than this figure (the true figure is lower).',
    vi: 'Số thật nhỏ hơn số này.',
    viShort: 'số thật nhỏ hơn',
  },
  at_most: {
    en: 'At most this figure (the true figure is this or lower).',
    vi: 'Nhiều nhất bằng số này; số thật bằng hoặc thấp hơn.',
    viShort: 'nhiều nhất',
  },
};

/** Qualifier words as written, keyed by the folded form the parser matches. */
export const qualifierWordDisplay: Record<string, string> = {
  'tren duoi': 'trên dưới',
  'uoc tinh': 'ước tính',
  'uoc dat': 'ước đạt',
  'xap xi': 'xấp xỉ',
  khoang: 'khoảng',
  gan: 'gần',
  'it nhat': 'ít nhất',
  'toi thieu': 'tối thiểu',
  hon: 'hơn',
  tren: 'trên',
  'khong qua': 'không quá',
  'toi da': 'tối đa',
  'chua den': 'chưa đến',
  duoi: 'dưới',
  uoc: 'ước',
  dat: 'đạt',
  la: 'là',
};

/** Header spellings as a person would type them, keyed by the folded form the parser matches. */
export const headerAliasDisplay: Record<string, string> = {
  stt: 'STT',
  'so tt': 'Số TT',
  'so thu tu': 'Số thứ tự',
  tt: 'TT',
  'ma chi tieu': 'Mã chỉ tiêu',
  ma: 'Mã',
  'ma so': 'Mã số',
  'ma chi so': 'Mã chỉ số',
  'noi dung': 'Nội dung',
  'chi tieu': 'Chỉ tiêu',
  'ten chi tieu': 'Tên chỉ tiêu',
  'don vi tinh': 'Đơn vị tính',
  dvt: 'ĐVT',
  'don vi': 'Đơn vị',
  'ket qua': 'Kết quả',
  'gia tri': 'Giá trị',
  'so lieu': 'Số liệu',
  'thuyet minh': 'Thuyết minh',
  'ghi chu': 'Ghi chú',
  nguon: 'Nguồn',
  'nguon so lieu': 'Nguồn số liệu',
  'vi tri trong van ban': 'Vị trí trong văn bản',
  loai: 'Loại',
  'loai so lieu': 'Loại số liệu',
  nam: 'Năm',
  'nam muc tieu': 'Năm mục tiêu',
};

export const columnProse: Record<ReportColumn, Prose & { example: string }> = {
  stt: {
    en: 'Row number as in the appendix (`1`, `12a`). Kept for reference only.',
    vi: 'Số thứ tự như trong phụ lục (1, 2, 12a...). Có thể để trống.',
    example: '1',
  },
  code: {
    en: 'An indicator code from the catalogue. It decides what the figure is; a typo gets a suggestion (`row.unknown-code`).',
    vi: 'Mã chỉ tiêu trong danh mục (mục 8). Mã cho biết con số thuộc chỉ tiêu nào.',
    example: 'ty_le.nguoi_truong_thanh',
  },
  label: {
    en: 'The row as worded in the commune’s document; published beside the catalogue label.',
    vi: 'Tên chỉ tiêu đúng như văn bản của xã ghi (không cần giống tên trong danh mục).',
    example: 'Người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản',
  },
  unit: {
    en: 'The unit as written (`%`, `Người`, `Lớp`). Checked against the indicator’s unit kind.',
    vi: 'Đơn vị tính như văn bản ghi: %, Người, Lớp, Tổ...',
    example: '%',
  },
  result: {
    en: 'The figure exactly as written in the document (see *Values*). On a target row, the target.',
    vi: 'Con số, chép đúng như trong văn bản (xem mục 5). Ở dòng mục tiêu thì ghi con số mục tiêu.',
    example: '80,5%',
  },
  note: {
    en: 'The sentence of the document that states the figure, or a transcriber’s explanation.',
    vi: 'Câu văn trong văn bản có con số đó, hoặc lời giải thích thêm.',
    example: 'Ước tính 80,5% người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản.',
  },
  source: {
    en: 'Where in the document the figure is (`Mục II.2`, `Phụ lục, dòng 5`).',
    vi: 'Con số nằm ở đâu trong văn bản: Mục II.2, Phụ lục dòng 5...',
    example: 'Mục II.2',
  },
  type: {
    en: '`kết quả` (result, the default when blank) or `mục tiêu` (target).',
    vi: 'Để trống (hoặc ghi “kết quả”) nếu là số đã đạt; ghi “mục tiêu” nếu là chỉ tiêu phấn đấu.',
    example: '',
  },
  year: {
    en: 'Target year, four digits; required on target rows, optional otherwise.',
    vi: 'Năm của mục tiêu, 4 chữ số (ví dụ 2026). Bắt buộc ở dòng mục tiêu.',
    example: '',
  },
};

export const unitKindProse: Record<UnitKind, Prose & { write: string }> = {
  percent: {
    en: 'A rate in percent: `80,06%`, or a fraction `12564/16900` from which the rate follows.',
    vi: 'tỷ lệ %',
    write: 'Viết kèm dấu %: 80%, 80,5%.',
  },
  count: { en: 'A whole count (people, classes, documents …): `14.033`.', vi: 'số lượng', write: 'Số nguyên: 35, 14.033.' },
  count_of_total: {
    en: 'A count out of a total: `35/35`, `12564/16900`; a bare count is also accepted.',
    vi: 'số trên tổng số',
    write: 'Viết dạng số/tổng số: 35/35, 12.564/16.900.',
  },
};

export const problemGroupProse: Record<string, Prose> = {
  file: { en: 'Files', vi: 'Tệp' },
  encoding: { en: 'Encodings', vi: 'Bảng mã' },
  csv: { en: 'CSV structure', vi: 'Cấu trúc bảng số liệu' },
  row: { en: 'Rows of the table', vi: 'Từng dòng số liệu' },
  quality: { en: 'Data quality (published beside the figure)', vi: 'Chất lượng số liệu (công bố kèm con số)' },
  mdx: { en: 'MDX and frontmatter', vi: 'Phần thông tin văn bản và bài viết' },
  ref: { en: 'References between files', vi: 'Liên kết giữa các tệp' },
  xlsx: { en: 'Excel workbooks (.xlsx)', vi: 'Tệp Excel (.xlsx)' },
};

export const columnKeys = Object.keys(reportColumns) as ReportColumn[];
assertSameKeys('CSV columns (columnProse)', columnProse, columnKeys);
assertSameKeys('CSV header aliases (headerAliases in report-table.ts)', headerAliases, columnKeys);
assertSameKeys('report kinds', reportKindProse, reportKinds);
assertSameKeys('row types', rowTypeProse, rowTypes);
assertSameKeys('model statuses', modelStatusProse, modelStatuses);
assertSameKeys('model categories', modelCategoryProse, modelCategories);
assertSameKeys('qualifiers', qualifierProse, qualifierKinds);
assertSameKeys('unit kinds', unitKindProse, unitKinds);
assertSameKeys(
  'qualifier words (qualifierWords in value.ts)',
  qualifierWordDisplay,
  qualifierWords.map(([w]) => w),
);
assertSameKeys('CSV header spellings', headerAliasDisplay, Object.values(headerAliases).flat());
assertSameKeys('problem groups', problemGroupProse, [...new Set(Object.keys(problemCatalogue).map((c) => c.split('.')[0]!))]);
for (const [folded, shown] of Object.entries({ ...qualifierWordDisplay, ...headerAliasDisplay })) {
  const f = fold(shown)
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (f !== folded) throw new Error(`docs: "${shown}" does not fold to "${folded}".`);
}
