/** Documents: the national list, and each commune's for its JSON download. */
import type { SiteData } from '../../domain/commune-data.ts';
import type { Commune, Province } from '../../domain/registry.ts';
import type { Report } from '../../domain/dataset.ts';
import { type Column, defineTable, reportIdColumn, reportKindColumn, unitColumns, type Table, versionColumn } from './columns.ts';
import { isTarget } from './figures.ts';

interface ReportRecord {
  report: Report;
  commune: Commune;
  province: Province;
}

const reportColumns: readonly Column<ReportRecord>[] = [
  reportIdColumn<ReportRecord>((r) => r.report.id),
  ...unitColumns<ReportRecord>((r) => r),
  reportKindColumn<ReportRecord>('kind', (r) => r.report.meta.kind, { required: true }),
  {
    name: 'title',
    type: 'string',
    title: 'Tên văn bản',
    vi: 'Tên (trích yếu) văn bản như đã ghi.',
    en: 'Title as printed (Vietnamese).',
    get: (r) => r.report.meta.title,
  },
  {
    name: 'number',
    type: 'string',
    title: 'Số văn bản',
    vi: 'Số, ký hiệu như đã ghi; trống nếu văn bản để trống.',
    en: 'Document number as written; empty when left blank.',
    get: (r) => r.report.meta.number,
  },
  {
    name: 'date',
    type: 'partial-date',
    title: 'Ngày văn bản',
    vi: 'YYYY-MM-DD, hoặc YYYY-MM, YYYY khi văn bản không ghi đủ ngày.',
    en: 'YYYY-MM-DD, or YYYY-MM or YYYY when the document does not give the full date.',
    get: (r) => r.report.meta.date,
  },
  {
    name: 'period_from',
    type: 'partial-date',
    title: 'Kỳ báo cáo từ',
    vi: 'Ngày (tháng, năm) bắt đầu kỳ báo cáo, nếu văn bản nêu.',
    en: 'Start of the period covered, where stated.',
    get: (r) => r.report.meta.period?.from,
  },
  {
    name: 'period_to',
    type: 'partial-date',
    title: 'Kỳ báo cáo đến',
    vi: 'Ngày (tháng, năm) kết thúc kỳ báo cáo, nếu văn bản nêu; các so sánh theo năm dùng năm này, nếu không có thì dùng năm của văn bản.',
    en: 'End of the period covered, where stated; comparisons by year use this year, else the document’s year.',
    get: (r) => r.report.meta.period?.to,
  },
  {
    name: 'period_label',
    type: 'string',
    title: 'Kỳ báo cáo',
    vi: 'Kỳ báo cáo theo lời văn bản (“năm 2025”).',
    en: 'The period in the document’s own words (“năm 2025” = year 2025).',
    get: (r) => r.report.meta.period?.label,
  },
  {
    name: 'issuer',
    type: 'string',
    title: 'Cơ quan ban hành',
    vi: 'Cơ quan ban hành; với bài báo, nguồn của bài.',
    en: 'Issuing body; for press articles, the source.',
    get: (r) => r.report.meta.issuer,
  },
  {
    name: 'signatory_title',
    type: 'string',
    title: 'Chức vụ người ký',
    vi: 'Chức vụ người ký như in trên văn bản.',
    en: 'Position of the signatory as printed.',
    get: (r) => r.report.meta.signatory?.title,
  },
  {
    name: 'signatory_name',
    type: 'string',
    title: 'Người ký',
    vi: 'Họ tên cán bộ ký văn bản như in trên văn bản (người ký văn bản công; không bao giờ là tên người dân).',
    en: 'Name of the official who signed, as printed (a public act; never the name of a resident).',
    get: (r) => r.report.meta.signatory?.name,
  },
  {
    name: 'publisher',
    type: 'string',
    title: 'Cơ quan báo chí',
    vi: 'Với bài báo: tờ báo, trang tin đã đăng.',
    en: 'Press articles: the outlet that published it.',
    get: (r) => r.report.meta.publisher,
  },
  {
    name: 'author',
    type: 'string',
    title: 'Tác giả',
    vi: 'Với bài báo: tác giả như đã ghi.',
    en: 'Press articles: the author as credited.',
    get: (r) => r.report.meta.author,
  },
  {
    name: 'source_url',
    type: 'url',
    title: 'Địa chỉ văn bản gốc',
    vi: 'Nơi đọc văn bản hoặc bài báo trên mạng, nếu có.',
    en: 'Where the document or article can be read online, if anywhere.',
    get: (r) => r.report.meta.url,
  },
  {
    name: 'note',
    type: 'string',
    title: 'Ghi chú khi nhập liệu',
    vi: 'Ghi chú của người nhập liệu về văn bản (phần để trống, số ước tính…).',
    en: 'The transcriber’s note about the document (what it leaves blank, what was estimated…), in Vietnamese.',
    get: (r) => r.report.meta.note,
  },
  {
    name: 'figures',
    type: 'integer',
    title: 'Số số liệu',
    vi: 'Số số liệu trong bảng của văn bản.',
    en: 'Figures in the document’s table.',
    required: true,
    get: (r) => r.report.figures.length,
  },
  {
    name: 'results',
    type: 'integer',
    title: 'Số kết quả',
    vi: 'Trong đó, số dòng kết quả.',
    en: 'Of which results.',
    required: true,
    get: (r) => r.report.figures.filter((f) => !isTarget(f.type)).length,
  },
  {
    name: 'targets',
    type: 'integer',
    title: 'Số mục tiêu',
    vi: 'Trong đó, số dòng mục tiêu.',
    en: 'Of which targets.',
    required: true,
    get: (r) => r.report.figures.filter((f) => isTarget(f.type)).length,
  },
  {
    name: 'mdx_file',
    type: 'string',
    title: 'Tệp văn bản',
    vi: 'Tệp .mdx đơn vị gửi lên (thông tin và nội dung văn bản).',
    en: 'The submitted .mdx file (metadata and narrative).',
    get: (r) => r.report.file,
  },
  {
    name: 'csv_file',
    type: 'string',
    title: 'Tệp số liệu',
    vi: 'Tệp .csv đơn vị gửi lên (bảng số liệu); trống nếu văn bản không có bảng.',
    en: 'The submitted .csv file (table of figures); empty when the document has none.',
    get: (r) => r.report.tableFile,
  },
  {
    name: 'page_url',
    type: 'url',
    title: 'Trang văn bản',
    vi: 'Địa chỉ trang của văn bản trên trang này.',
    en: 'Address of the document’s page on this site.',
    get: (r, ctx) => ctx.links.report(r.report.id),
  },
  versionColumn,
];

export const reportsTable: Table = defineTable<ReportRecord>({
  name: 'van-ban',
  path: 'van-ban',
  title: { vi: 'Danh sách văn bản', en: 'Documents' },
  description: {
    vi: 'Mọi văn bản đã đăng (báo cáo, kế hoạch, bài báo), mới nhất trước, kèm đơn vị, số, ngày, kỳ báo cáo và số số liệu.',
    en: 'Every published document (reports, plans, press articles), newest first, with its unit, number, date, period and figure counts.',
  },
  columns: reportColumns,
  primaryKey: ['report_id'],
  records: (site) => reportRecords(site, site.reports),
});

function reportRecords(site: SiteData, reports: readonly Report[]): ReportRecord[] {
  return reports.map((report) => {
    const commune = site.registry.commune(report.meta.commune)!;
    return { report, commune, province: site.registry.province(commune.provinceCode)! };
  });
}

/** The documents of one commune (newest first), for its JSON download. */
export const communeReportsTable = (code: string): Table =>
  defineTable<ReportRecord>({
    name: `van-ban-${code}`,
    path: `van-ban/${code}`,
    title: reportsTable.title,
    description: reportsTable.description,
    primaryKey: reportsTable.primaryKey,
    columns: reportColumns,
    records: (site) => reportRecords(site, site.communes.get(code)?.reports ?? []),
  });
