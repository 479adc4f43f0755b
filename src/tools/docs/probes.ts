/**
 * Examples produced by running the real code while the docs are generated: values through the table parser,
 * narratives through the MDX checker, byte samples through the decoder, every header spelling and qualifier
 * word tried; and the tables of limits and problem messages.
 */
import { formatDecimal } from '../../domain/format.ts';
import { limitLabels, limits, reportColumns, type ReportColumn } from '../../domain/schemas.ts';
import { decodeBytes } from '../../ingestion/decode.ts';
import { checkMdxBody } from '../../ingestion/mdx-body.ts';
import { problemCatalogue, type Problem, type ProblemCode } from '../../domain/problems/index.ts';
import { headerAliases, parseReportTable } from '../../ingestion/report-table.ts';
import { qualifierWords } from '../../ingestion/value.ts';
import { code, esc } from './markdown.ts';
import { columnKeys, headerAliasDisplay, problemGroupProse, qualifierProse, qualifierWordDisplay } from './prose.ts';

export function csvCell(s: string): string {
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: Partial<Record<ReportColumn, string>>): string {
  return columnKeys.map((k) => csvCell(cells[k] ?? '')).join(',');
}

export const canonicalHeader = columnKeys.map((k) => reportColumns[k].vi).join(',');

/** One value in a one-row table, through the real table parser. */
export function probeValue(raw: string, indicator: string, unit: string) {
  const csv = `${canonicalHeader}\n${csvLine({ stt: '1', code: indicator, label: 'Ví dụ', unit, result: raw })}\n`;
  const { figures, problems } = parseReportTable('vi-du.csv', csv);
  return { figure: figures[0], problems };
}

interface ValueExample {
  raw: string;
  indicator: string;
  unit: string;
  /** Also shown in the Vietnamese guide. */
  guide?: boolean;
}

export const valueExamples: ValueExample[] = [
  { raw: '14.033', indicator: 'hoat_dong.luot_huong_dan', unit: 'Lượt người', guide: true },
  { raw: '07', indicator: 'hoat_dong.lop_can_bo', unit: 'Lớp', guide: true },
  { raw: '80,06%', indicator: 'ty_le.dinh_danh_dien_tu', unit: '%', guide: true },
  { raw: '12564/16900', indicator: 'dinh_danh.muc_2', unit: 'Công dân', guide: true },
  { raw: '14.033/17.423 đạt 80,5%', indicator: 'dinh_danh.huong_dan_vneid', unit: 'Người', guide: true },
  { raw: '80,5% (14.033/17.423)', indicator: 'dinh_danh.huong_dan_vneid', unit: 'Người' },
  { raw: 'Khoảng 14.173', indicator: 'hoat_dong.huong_dan_dvc', unit: 'Người', guide: true },
  { raw: 'Ước tính 80%', indicator: 'ty_le.nguoi_truong_thanh', unit: '%', guide: true },
  { raw: 'hơn 9.000', indicator: 'hoat_dong.huong_dan_dvc', unit: 'Người', guide: true },
  { raw: 'trên 90%', indicator: 'ty_le.ho_gia_dinh', unit: '%', guide: true },
  { raw: '80.5%', indicator: 'ty_le.nguoi_truong_thanh', unit: '%', guide: true },
  { raw: '1.500%', indicator: 'ty_le.nguoi_truong_thanh', unit: '%', guide: true },
  { raw: '1,500', indicator: 'hoat_dong.luot_huong_dan', unit: 'Lượt người', guide: true },
  { raw: '80%', indicator: 'hoat_dong.lao_dong_dao_tao', unit: 'Người', guide: true },
  { raw: '14.033/17.423 đạt 85%', indicator: 'dinh_danh.huong_dan_vneid', unit: 'Người' },
  { raw: '-', indicator: 'hoat_dong.lop_nguoi_dan', unit: 'Lớp', guide: true },
  { raw: 'bốn lớp', indicator: 'hoat_dong.lop_nguoi_dan', unit: 'Lớp', guide: true },
  { raw: '14.03.3', indicator: 'hoat_dong.luot_huong_dan', unit: 'Lượt người' },
  { raw: '5/0', indicator: 'dinh_danh.khu_dan_cu', unit: 'Khu dân cư' },
];

/** What the site understood, in plain Vietnamese. */
export function understoodVi(raw: string, indicator: string, unit: string): string {
  const { figure, problems } = probeValue(raw, indicator, unit);
  if (!figure) {
    const p = problems[0];
    if (!p) throw new Error(`docs: value example "${raw}" gives neither a figure nor a problem.`);
    return p.severity === 'error' ? 'không đọc được (báo lỗi)' : 'bỏ qua dòng này (cảnh báo)';
  }
  const v = figure.value;
  const n = (x: string, d: number) => formatDecimal(x, d, 'vi');
  let what: string;
  if (v.form === 'number') what = `số ${n(v.value, v.decimals)}`;
  else if (v.form === 'percent') what = `tỷ lệ ${n(v.value, v.decimals)}%`;
  else {
    what = `${n(v.value, v.decimals)} trên tổng số ${n(v.denominator!, 0)}`;
    if (v.statedPercent !== undefined) what += `, tỷ lệ ghi kèm ${n(v.statedPercent, v.statedPercentDecimals ?? 0)}%`;
  }
  const q = v.qualifiers.map((x) => qualifierProse[x]!.viShort).join(', ');
  return q ? `${what} (${q})` : what;
}

export function problemCodesOf(problems: readonly Problem[]): string {
  return problems.length ? problems.map((p) => code(p.code)).join(', ') : '—';
}

/** Snippets of narrative through the real MDX checker. */
export const mdxExamples: Array<{ text: string; en: string; vi?: string }> = [
  {
    text: '## Kết quả nổi bật\n\n- Thành lập **35** Tổ công nghệ số cộng đồng.',
    en: 'Markdown: headings, lists, emphasis',
    vi: 'Tiêu đề, gạch đầu dòng, chữ đậm',
  },
  {
    text: 'Xem [Cổng thông tin xã](https://thuanan.lamdong.gov.vn/).',
    en: 'A link (http, https, mailto, relative)',
    vi: 'Liên kết tới trang web',
  },
  { text: '<Callout title="Lưu ý">Số liệu ước tính tới tháng 5/2026.</Callout>', en: 'The Callout component', vi: 'Khung ghi chú' },
  {
    text: '<abbr title="Ủy ban nhân dân">UBND</abbr>, m<sup>2</sup>',
    en: 'Harmless inline HTML elements',
    vi: 'Chữ viết tắt, chỉ số trên',
  },
  { text: 'Tỷ lệ \\{ước tính\\} \\<50%', en: 'Braces and < escaped with a backslash', vi: 'Ký tự { } < viết kèm dấu \\' },
  { text: "import Bang from './bang.js'", en: 'import/export', vi: 'Lệnh import, export' },
  { text: 'Tổng cộng {12 + 13} lớp', en: 'A JavaScript expression', vi: 'Dấu ngoặc nhọn { }' },
  { text: '<script>alert(1)</script>', en: 'Any element not on the allow-list', vi: 'Thẻ <script>' },
  { text: '<iframe src="https://example.com"></iframe>', en: 'Embedded frames', vi: 'Thẻ <iframe> (nhúng trang khác)' },
  { text: '<div>Nội dung</div>', en: 'Layout HTML (div, img, table …)', vi: 'Các thẻ HTML khác: <div>, <img>, <table>...' },
  { text: '<Callout onClick="x">Nội dung</Callout>', en: 'An attribute not on the allow-list', vi: 'Thuộc tính lạ trong khung ghi chú' },
  { text: '<Callout title={tieuDe}>Nội dung</Callout>', en: 'An expression as attribute value', vi: 'Giá trị thuộc tính trong { }' },
  { text: '[Bấm vào đây](javascript:alert(1))', en: 'javascript:, data: and other URL schemes', vi: 'Liên kết javascript:, data:' },
  { text: '![Lớp học](anh-lop-hoc.jpg)', en: 'Images, whatever their address', vi: 'Chèn ảnh (không nhận ảnh trong bài viết)' },
  { text: '<!-- ghi chú -->', en: 'HTML comments (not MDX)', vi: 'Chú thích kiểu <!-- -->' },
  { text: 'Tỷ lệ <50%', en: 'A bare < before a letter or digit', vi: 'Dấu < viết liền chữ số' },
];

export function mdxResult(text: string): Problem[] {
  return checkMdxBody('vi-du.mdx', text);
}

/** Byte samples through the real decoder. */
export function cp1258(text: string): Uint8Array {
  const dec = new TextDecoder('windows-1258');
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(new Uint8Array([b]));
    if (!map.has(ch)) map.set(ch, b);
  }
  const out: number[] = [];
  // Windows-1258 has the base letters and combining tone marks; decompose what it lacks.
  for (const ch of text.normalize('NFC')) {
    const direct = map.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // Keep the letter's own marks (circumflex, breve, horn) on the base; tone marks follow it.
    const letterMarks = ['\u0302', '\u0306', '\u031b'];
    const [base, ...marks] = [...ch.normalize('NFD')];
    const composedBase = map.get([base, ...marks.filter((m) => letterMarks.includes(m))].join('').normalize('NFC'));
    const tone = marks.filter((m) => !letterMarks.includes(m));
    if (composedBase === undefined) throw new Error(`docs: cannot write "${ch}" in Windows-1258`);
    out.push(composedBase, ...tone.map((m) => map.get(m)!));
  }
  return new Uint8Array(out);
}

function utf16le(s: string, bom: boolean): Uint8Array {
  const out: number[] = bom ? [0xff, 0xfe] : [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8);
  return new Uint8Array(out);
}

const sampleText = 'Mã chỉ tiêu,Kết quả\nty_le.can_bo,100%\n';
export const encodingExamples: Array<{ en: string; bytes: Uint8Array }> = [
  {
    en: 'UTF-8 (Excel “CSV UTF-8 (Comma delimited)”, with BOM)',
    bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sampleText)]),
  },
  { en: 'UTF-8 without BOM (text editors)', bytes: new TextEncoder().encode(sampleText) },
  { en: 'UTF-16 LE with BOM (Excel “Unicode Text”)', bytes: utf16le(sampleText, true) },
  { en: 'UTF-16 LE without BOM', bytes: utf16le(sampleText, false) },
  { en: 'Windows-1258 (Excel “CSV (Comma delimited)” on a Vietnamese Windows)', bytes: cp1258(sampleText) },
  {
    en: 'TCVN3 / ABC (legacy .Vn fonts): most high bytes in 0xA1–0xBF',
    bytes: new Uint8Array([
      ...new TextEncoder().encode('Ma chi tieu,K'),
      0xaa,
      0xb8,
      0x74,
      0x20,
      0x71,
      0x75,
      0xa8,
      0xa9,
      0xab,
      0xac,
      0xad,
      0xae,
    ]),
  },
  {
    en: 'Not text (e.g. an .xlsx renamed to .csv)',
    bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x08, 0x00]),
  },
];

export function encodingOutcome(bytes: Uint8Array): { en: string; code?: ProblemCode; ok: boolean } {
  const d = decodeBytes(bytes);
  if (!d.ok) return { en: `refused (${problemCatalogue[d.code].severity})`, code: d.code, ok: false };
  if (d.ok && d.text !== sampleText) throw new Error(`docs: the decoder does not round-trip the ${d.encoding} sample`);
  return { en: `read as ${d.encoding}`, ...(d.notice ? { code: d.notice } : {}), ok: true };
}

/** Accepted CSV delimiters, by trying them. */
export function acceptedDelimiters(): string[] {
  return [',', ';', '\t', '|'].filter((d) => {
    const csv = [
      columnKeys.map((k) => reportColumns[k].vi).join(d),
      columnKeys.map((k) => (k === 'code' ? 'ty_le.can_bo' : k === 'result' ? '100%' : k === 'unit' ? '%' : '')).join(d),
    ].join('\n');
    const r = parseReportTable('x.csv', csv);
    return r.figures.length === 1 && r.problems.length === 0;
  });
}

/** Every alias, tried in a header of its own: the docs list only spellings the parser accepts. */
for (const k of columnKeys) {
  for (const alias of headerAliases[k]) {
    const header = columnKeys.map((c) => (c === k ? headerAliasDisplay[alias]! : reportColumns[c].vi)).join(',');
    const row = csvLine({ code: 'ty_le.can_bo', unit: '%', result: '100%' });
    const r = parseReportTable('x.csv', `${header}\n${row}\n`);
    if (r.figures.length !== 1 || r.problems.length > 0)
      throw new Error(`docs: header spelling "${headerAliasDisplay[alias]}" is not accepted for column ${k}.`);
  }
}
/** Every qualifier word, tried in front of a value. */
for (const [word, q] of qualifierWords) {
  const shown = qualifierWordDisplay[word]!;
  const r = probeValue(`${shown[0]!.toUpperCase()}${shown.slice(1)} 80%`, 'ty_le.can_bo', '%');
  const got = r.figure?.value.qualifiers ?? ['(unreadable)'];
  if (JSON.stringify(got) !== JSON.stringify(q === null ? [] : [q]))
    throw new Error(`docs: "${shown} 80%" is read as ${JSON.stringify(got)}, not ${q}.`);
}

/** The limits table: each limit, its value formatted the Vietnamese way, and the problem codes that enforce it. */
export function limitRows(): { key: string; en: string; vi: string; valueEn: string; value: string; codes: string[] }[] {
  const enforcedBy: Record<keyof typeof limits, ProblemCode[]> = {
    fileBytes: ['file.too-large'],
    fileNameChars: ['file.unsafe-name'],
    csvRows: ['csv.too-many-rows'],
    cellChars: ['csv.cell-too-long'],
    rowsPerIndicator: ['row.too-many-repeats'],
    numberDigits: ['row.too-many-digits'],
    fieldChars: ['mdx.frontmatter-field'],
    documentNumberChars: ['mdx.frontmatter-field'],
    narrativeChars: ['mdx.too-long'],
    narrativeDepth: ['mdx.too-deep'],
  };
  return (Object.keys(limits) as (keyof typeof limits)[]).map((key) => ({
    key,
    en: limitLabels[key].en,
    vi: limitLabels[key].vi,
    valueEn: formatDecimal(String(limits[key]), 0, 'en'),
    value: formatDecimal(String(limits[key]), 0),
    codes: enforcedBy[key],
  }));
}

export function messageVi(c: ProblemCode): string {
  return esc((problemCatalogue[c] as { vi: (d: string) => string }).vi('…'));
}
export function messageEn(c: ProblemCode): string {
  return esc((problemCatalogue[c] as { en: (d: string) => string }).en('…'));
}

export const problemCodes = Object.keys(problemCatalogue) as ProblemCode[];
export const problemGroups = Object.keys(problemGroupProse);
