/**
 * The data contract. Every submission and every published record is checked
 * against these zod schemas; TypeScript types are inferred from them, and the
 * contract docs are generated from them and from the prose in their `.meta()` (src/tools/docs/).
 */
import { z } from 'astro/zod';
import { comparePartialDates } from './dates.ts';
import { stripInvisible } from './text.ts';

// Zod's own messages (wrong type, unknown option, …) in Vietnamese: commune officers read them.
z.config(z.locales.vi());

// ---------------------------------------------------------------------------
// Limits on what one submission may hold
// ---------------------------------------------------------------------------

/**
 * Every size limit the checks enforce, in one place: ingestion refuses input beyond these with a located error, and
 * the docs render them as a table (src/tools/docs/). Real submissions are far below them (the seed reports are
 * 2-9 KB of CSV and 1-3 KB of MDX; the longest seed cell is under 450 characters), and below them the work the build
 * does grows linearly with the input.
 */
export const limits = {
  /** Bytes in one .csv or .mdx file. */
  fileBytes: 1_000_000,
  /** Characters in one path segment (folder or file name) below content/. */
  fileNameChars: 120,
  /** Rows (records, header and title lines included) in one CSV table. */
  csvRows: 2_000,
  /** Characters in one CSV cell. */
  cellChars: 2_000,
  /** Rows for the same indicator (and type and year) in one table. */
  rowsPerIndicator: 20,
  /** Digits in one number of a value (15 digits are what a double holds exactly). */
  numberDigits: 15,
  /** Characters in one frontmatter text field (title, issuer, note, …). */
  fieldChars: 1_000,
  /** Characters in a document number ("141/BC-UBND"). */
  documentNumberChars: 100,
  /** Characters in the narrative (the MDX body). */
  narrativeChars: 300_000,
  /** Levels of the narrative's Markdown tree (quotes, lists, list items, emphasis, links …; a plain paragraph is 2). */
  narrativeDepth: 32,
} as const;
export type LimitName = keyof typeof limits;

/** What each limit counts, for the docs (English, Vietnamese). */
export const limitLabels: Record<LimitName, { en: string; vi: string }> = {
  fileBytes: { en: 'Size of one `.csv` or `.mdx` file (bytes)', vi: 'Dung lượng một tệp .csv hoặc .mdx (byte)' },
  fileNameChars: { en: 'Characters in a folder or file name', vi: 'Số ký tự của tên thư mục hoặc tên tệp' },
  csvRows: { en: 'Rows in one CSV table', vi: 'Số dòng của một bảng CSV' },
  cellChars: { en: 'Characters in one CSV cell', vi: 'Số ký tự trong một ô của bảng' },
  rowsPerIndicator: { en: 'Rows for the same indicator (type, year) in one table', vi: 'Số dòng cho cùng một chỉ tiêu trong một bảng' },
  numberDigits: { en: 'Digits in one number of a value', vi: 'Số chữ số của một số trong ô kết quả' },
  fieldChars: { en: 'Characters in a frontmatter text field', vi: 'Số ký tự của một trường thông tin văn bản' },
  documentNumberChars: { en: 'Characters in a document number', vi: 'Số ký tự của số hiệu văn bản' },
  narrativeChars: { en: 'Characters in the narrative', vi: 'Số ký tự của bài viết' },
  narrativeDepth: {
    en: 'Nesting levels in the narrative (Markdown tree: quotes, lists, emphasis …)',
    vi: 'Số tầng lồng nhau trong bài viết (trích dẫn, danh sách, chữ đậm …)',
  },
};

/** The earliest year a document or period may name. */
export const earliestYear = 1945;

// ---------------------------------------------------------------------------
// Values as communes write them
// ---------------------------------------------------------------------------

/**
 * How a figure is qualified in the commune's own words. Strict and inclusive bounds are kept apart:
 * "hơn 20" (lower_bound, the real figure is above 20) is not "ít nhất 20" (at_least, 20 or more).
 */
export const qualifierKinds = ['estimate', 'approximate', 'lower_bound', 'at_least', 'upper_bound', 'at_most'] as const;
export const Qualifier = z.enum(qualifierKinds);
export type Qualifier = z.infer<typeof Qualifier>;

/** A decimal number kept as text so no digit is ever lost (e.g. "80.06", "14033"). */
export const DecimalText = z.string().regex(/^\d+(\.\d+)?$/);

export const ParsedValue = z.object({
  /** Exactly what the commune wrote (NFC, surrounding spaces trimmed). */
  raw: z.string(),
  /** Qualifiers in the order written; empty means a plain, exact figure. */
  qualifiers: z.array(Qualifier),
  /** The words used for the qualifiers, as written ("Khoảng", "Ước tính"). */
  qualifierWords: z.array(z.string()),
  /** number: 14.033 · percent: 80,5% · fraction: 12564/16900 (optionally with a stated percent). */
  form: z.enum(['number', 'percent', 'fraction']),
  /** The main number: the count, the percent, or the numerator of a fraction. */
  value: DecimalText,
  /** Number of decimal places written, so display never adds or drops digits. */
  decimals: z.number().int().min(0),
  denominator: DecimalText.optional(),
  /** A percent stated next to a fraction ("14.033/17.423 đạt 80.5%"). */
  statedPercent: DecimalText.optional(),
  statedPercentDecimals: z.number().int().min(0).optional(),
});
export type ParsedValue = z.infer<typeof ParsedValue>;

// ---------------------------------------------------------------------------
// Dates that may lack a day or a month ("ngày   tháng 5 năm 2026")
// ---------------------------------------------------------------------------

const partialDatePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** YYYY, YYYY-MM or YYYY-MM-DD. YAML may hand us a Date for full dates. */
export const PartialDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
  z
    .string()
    .regex(partialDatePattern, { error: 'YYYY, YYYY-MM hoặc YYYY-MM-DD (ví dụ 2026-06-02)', abort: true })
    .refine((d) => Number(d.slice(0, 4)) >= earliestYear, { error: `năm không thể trước ${earliestYear}`, abort: true })
    .refine(isRealDate, { error: 'ngày không có trong lịch (ví dụ 30/02)' }),
);

/** 2026-02-30 matches the pattern but is no day of the calendar. */
function isRealDate(d: string): boolean {
  const [y, m, day] = d.split('-').map(Number);
  if (day === undefined) return true;
  const date = new Date(Date.UTC(y!, m! - 1, day));
  return date.getUTCMonth() === m! - 1 && date.getUTCDate() === day;
}
export type PartialDate = z.infer<typeof PartialDate>;

// ---------------------------------------------------------------------------
// Reports: an MDX file (metadata + narrative) and a CSV table of figures
// ---------------------------------------------------------------------------

export const reportKinds = ['báo cáo', 'kế hoạch', 'bài báo'] as const;
export const ReportKind = z.enum(reportKinds);
export type ReportKind = z.infer<typeof ReportKind>;

/**
 * Unit codes are text of exactly five digits. The frontmatter reader hands a plain YAML number over as its source
 * text, so `commune: 09466` is "09466" while `024682`, `0x5FAA`, `2.4682e4` and `+24682` are refused, never coerced.
 */
const communeCode = z.string().regex(/^\d{5}$/, { error: 'mã đơn vị hành chính 5 chữ số, ví dụ "24682"' });
/** Text a reader sees: zero-width characters removed (a title of only U+200B is empty), trimmed, within a length limit. */
const textField = (max: number) =>
  z
    .string()
    .overwrite(stripInvisible)
    .trim()
    .min(1)
    .max(max, { error: `dài quá ${max} ký tự` });
const nonEmpty = textField(limits.fieldChars);

/**
 * Each field documents itself with `.meta()`: `description` (English, docs/data-contract.md), `vi` (the officers'
 * guide, docs/huong-dan-nop-so-lieu.md), `example` (its line in the docs' copy-paste template, as YAML text) and
 * `commented` (the template shows the line commented out under this heading). src/tools/docs/ renders them and
 * refuses a field without them. Metadata never changes what a schema accepts or the messages it gives.
 */
export const ReportFrontmatter = z.strictObject({
  commune: communeCode.meta({
    description:
      'Official 5-digit code of the commune-level unit (xã, phường, đặc khu) in the registry. A plain YAML number is read as written, so `09466` is `"09466"`, but one that is not five digits as written (`9466`, `024682`) is refused, never padded; quoting the code is safer.',
    vi: 'Mã đơn vị hành chính 5 chữ số của xã (phường, đặc khu). Đặt trong ngoặc kép để giữ số 0 ở đầu.',
    example: '"24682"',
  }),
  kind: ReportKind.meta({
    description: 'What the document is; decides how its figures are read (a plan states targets, a report states results).',
    vi: 'Loại văn bản: báo cáo, kế hoạch hay bài báo.',
    example: 'báo cáo',
  }),
  title: nonEmpty.meta({
    description: 'Title as printed on the document (the part after “Báo cáo”, “Kế hoạch” …).',
    vi: 'Trích yếu (tên) của văn bản, chép đúng như trên văn bản.',
    example: 'Kết quả thực hiện Phong trào “Bình dân học vụ số” năm 2025',
  }),
  number: textField(limits.documentNumberChars).optional().meta({
    description: 'Document number as written (`141/BC-UBND`). Omit the key when the document leaves the number blank (“Số:   /BC-UBND”).',
    vi: 'Số, ký hiệu văn bản. Nếu văn bản để trống số thì xóa cả dòng này.',
    example: '141/BC-UBND',
  }),
  date: PartialDate.meta({
    description:
      'Date of the document. Write only what the document states: `2026-06-02`, or `2026-05` when the day is blank, or `2026`. Ordering (`compareDocumentDates` in `src/domain/dates.ts`): a partial date counts as the first day it can mean, so `2026` sorts before `2026-12-15` (never after it: the order of such a pair is not stated, and the site does not guess the later one); the same first day puts the less precise date first. The Atom feed, which needs a full timestamp, writes that first day (`2026` → `2026-01-01T00:00:00Z`) and never a time after the build.',
    vi: 'Ngày ban hành, viết theo dạng năm-tháng-ngày: 2026-06-02. Văn bản để trống ngày thì chỉ ghi năm-tháng: 2026-05.',
    example: '2026-06-02',
  }),
  period: z
    .strictObject({
      from: PartialDate.optional().meta({
        description: 'First day (or month, or year) of the period.',
        vi: 'Từ ngày (hoặc tháng, năm).',
        example: '2025-08-07',
      }),
      to: PartialDate.optional().meta({
        description: 'Last day (or month, or year) of the period.',
        vi: 'Đến ngày (hoặc tháng, năm).',
        example: '2026-05-31',
      }),
      label: nonEmpty.optional().meta({
        description: 'The period in the document’s own words, shown to readers.',
        vi: 'Kỳ báo cáo viết bằng lời như trong văn bản.',
        example: 'từ ngày 07/8/2025 đến ngày 31/5/2026',
      }),
    })
    .refine((p) => !p.from || !p.to || comparePartialDates(p.from, p.to) <= 0, {
      error: 'kỳ báo cáo kết thúc trước khi bắt đầu (to < from)',
      path: ['to'],
    })
    .optional()
    .meta({
      description:
        'The period the document covers. All three parts are optional; a report dated before its period ends is flagged (`quality.date-outside-period`).',
      vi: 'Kỳ báo cáo (khoảng thời gian văn bản nói đến). Không bắt buộc.',
    }),
  issuer: nonEmpty.meta({
    description: 'The body that issued the document (`UBND xã Thuận An`), or for press articles a description of the source.',
    vi: 'Cơ quan ban hành văn bản.',
    example: 'UBND xã Thuận An',
  }),
  signatory: z
    .strictObject({
      name: nonEmpty.optional().meta({
        description: 'Name of the signing official as printed (a public act; never citizens’ names).',
        vi: 'Họ tên người ký, như in trên văn bản.',
        example: 'Nguyễn Văn A',
      }),
      title: nonEmpty.meta({
        description: 'Position of the signatory as printed (`KT. Chủ tịch, Phó Chủ tịch`).',
        vi: 'Chức vụ người ký, như in trên văn bản.',
        example: 'KT. Chủ tịch, Phó Chủ tịch',
      }),
    })
    .optional()
    .meta({
      description: 'Who signed, as printed under the signature. Optional; when present its `title` is required.',
      vi: 'Người ký văn bản (chức vụ bắt buộc nếu có mục này, họ tên không bắt buộc).',
    }),
  publisher: nonEmpty.optional().meta({
    description: 'Press articles: the outlet that published the article.',
    vi: 'Chỉ dùng cho bài báo: tên báo, tạp chí.',
    example: 'Báo Lâm Đồng',
    commented: 'Chỉ dùng cho bài báo (xóa dấu # ở đầu dòng để dùng):',
  }),
  author: nonEmpty.optional().meta({
    description: 'Press articles: the author as credited.',
    vi: 'Chỉ dùng cho bài báo: tác giả bài báo.',
    example: 'Nguyễn Văn B',
    commented: 'Chỉ dùng cho bài báo (xóa dấu # ở đầu dòng để dùng):',
  }),
  url: z
    .url({ protocol: /^https?$/ })
    .optional()
    .meta({
      description: 'Where the document or article can be read online.',
      vi: 'Địa chỉ trang web đăng văn bản hoặc bài báo (bắt đầu bằng http:// hoặc https://).',
      example: 'https://thuanan.lamdong.gov.vn/',
    }),
  note: nonEmpty.optional().meta({
    description: 'A note for readers about the transcription (what the document leaves blank, what was estimated …).',
    vi: 'Ghi chú cho người đọc về cách chép số liệu (văn bản để trống chỗ nào, số nào là ước tính...).',
    example: 'Số liệu lấy từ Phụ lục kèm theo báo cáo.',
  }),
});
export type ReportFrontmatter = z.infer<typeof ReportFrontmatter>;

/** Whether a row states a result achieved or a target to reach. */
export const rowTypes = ['kết quả', 'mục tiêu'] as const;
export const RowType = z.enum(rowTypes);
export type RowType = z.infer<typeof RowType>;

/** Canonical CSV columns, in the order of the appendix table communes fill in. */
export const reportColumns = {
  stt: { vi: 'STT', en: 'No.', required: false },
  code: { vi: 'Mã chỉ tiêu', en: 'Indicator code', required: true },
  label: { vi: 'Nội dung', en: 'Description', required: true },
  unit: { vi: 'Đơn vị tính', en: 'Unit', required: true },
  result: { vi: 'Kết quả', en: 'Value', required: true },
  note: { vi: 'Thuyết minh', en: 'Explanation', required: false },
  source: { vi: 'Nguồn', en: 'Where in the document', required: false },
  type: { vi: 'Loại', en: 'Type (kết quả / mục tiêu)', required: false },
  year: { vi: 'Năm', en: 'Target year', required: false },
} as const;
export type ReportColumn = keyof typeof reportColumns;

/** One figure as published: what the commune wrote plus what we parsed from it. */
export const Figure = z.object({
  indicator: z.string(),
  type: RowType,
  /** Target year, for targets. */
  year: z.number().int().optional(),
  value: ParsedValue,
  /** The commune's own wording of the row, the unit and the explanation. */
  label: z.string(),
  unit: z.string(),
  note: z.string(),
  /** Where in the source document the figure is stated. */
  location: z.string(),
  stt: z.string(),
  /** Physical line of the row in its CSV file. */
  line: z.number().int().positive(),
  /** Data-quality warnings published beside the figure (codes from the problem catalogue). */
  warnings: z.array(z.object({ code: z.string(), detail: z.string() })),
});
export type Figure = z.infer<typeof Figure>;

// ---------------------------------------------------------------------------
// Models (mô hình): one MDX file each
// ---------------------------------------------------------------------------

export const modelStatuses = ['thí điểm', 'đang triển khai', 'đề xuất nhân rộng', 'đã nhân rộng'] as const;
export const ModelStatus = z.enum(modelStatuses);
export const modelCategories = ['tổ công nghệ số', 'dịch vụ công', 'thanh toán số', 'giáo dục', 'gia đình số', 'khác'] as const;
export const ModelCategory = z.enum(modelCategories);

export const ModelFrontmatter = z.strictObject({
  commune: communeCode.meta({
    description: 'Official 5-digit commune code, as in reports.',
    vi: 'Mã đơn vị hành chính 5 chữ số của xã.',
    example: '"24682"',
  }),
  title: nonEmpty.meta({
    description: 'Name of the model or initiative as the document gives it.',
    vi: 'Tên mô hình, như văn bản ghi.',
    example: 'Tổ công nghệ số cộng đồng hướng dẫn kỹ năng số định kỳ',
  }),
  category: ModelCategory.meta({
    description: 'What the model is about (see the list below).',
    vi: 'Lĩnh vực của mô hình (xem danh sách bên dưới).',
    example: 'tổ công nghệ số',
  }),
  status: ModelStatus.meta({
    description: 'How far the model has gone (see the list below).',
    vi: 'Mức độ triển khai (xem danh sách bên dưới).',
    example: 'đề xuất nhân rộng',
  }),
  decision: nonEmpty.optional().meta({
    description: 'The decision establishing the model, as written.',
    vi: 'Quyết định thành lập, phê duyệt mô hình (nếu có), chép nguyên văn.',
    example: 'Quyết định số 393/QĐ-UBND ngày 18/5/2026',
  }),
  start: PartialDate.optional().meta({
    description: 'When the model started.',
    vi: 'Thời điểm bắt đầu (năm-tháng-ngày, hoặc năm-tháng, hoặc năm).',
    example: '2026-05',
  }),
  report: nonEmpty.meta({
    description:
      'The report that describes the model: its id, i.e. its path under `content/reports/` without `.mdx`. Must exist (`ref.unknown-report`) and be about the same commune (`ref.report-commune-mismatch`).',
    vi: 'Báo cáo có nói về mô hình: thư mục và tên tệp báo cáo, không có đuôi .mdx.',
    example: '24682-thuan-an/2026-05-bao-cao-tong-ket',
  }),
  location: nonEmpty.meta({
    description: 'Where in that report the model is described.',
    vi: 'Vị trí trong báo cáo nói về mô hình (mục, trang, dòng phụ lục).',
    example: 'Mục II.1 và Phụ lục, dòng 15',
  }),
});
export type ModelFrontmatter = z.infer<typeof ModelFrontmatter>;
