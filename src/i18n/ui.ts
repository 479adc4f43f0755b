/**
 * UI strings. Vietnamese is the source; English must have every key (the type
 * enforces it, and a test checks both at run time). Names of communes,
 * documents and the communes' own words are never translated.
 */
import * as opendata from './parts/opendata.ts';
import * as citations from './parts/citations.ts';
import * as share from './parts/share.ts';
import * as feeds from './parts/feeds.ts';
import * as check from './parts/check.ts';
import * as targets from './parts/targets.ts';
import { locales, type Bilingual, type Locale } from './locale.ts';

export { locales, type Bilingual, type Locale };

const core = {
  'site.name': 'Bình dân học vụ số — Số liệu công khai',
  'site.tagline': 'Số liệu các xã, phường, đặc khu báo cáo về phong trào “Bình dân học vụ số”, kèm nguồn văn bản.',
  'nav.home': 'Toàn quốc',
  'nav.models': 'Mô hình',
  'nav.search': 'Tìm kiếm',
  'nav.about': 'Giới thiệu, phương pháp',
  'nav.skip': 'Bỏ qua, đến nội dung chính',
  'footer.dataVersion': 'Phiên bản dữ liệu',
  'footer.sourceNote': 'Mọi con số là đúng như đơn vị báo cáo, kèm mức độ (ước tính, khoảng, trên, dưới) và văn bản nguồn.',
  'commune.code': 'Mã đơn vị',
  'commune.province': 'Tỉnh, thành phố',
  'commune.latestReport': 'Văn bản mới nhất',
  'commune.noReport': 'Đơn vị này chưa gửi báo cáo nào về phong trào “Bình dân học vụ số”.',
  'commune.noReportHelp': 'Khi xã, phường, đặc khu gửi báo cáo, số liệu sẽ được đăng tại trang này.',
  'commune.headline': 'Các chỉ số chính',
  'commune.rates': 'Các tỷ lệ',
  'commune.teams': 'Tổ công nghệ số cộng đồng',
  'commune.activities': 'Hoạt động triển khai',
  'commune.localIndicators': 'Chỉ tiêu riêng của địa phương',
  'commune.localIndicatorsNote':
    'Những số liệu văn bản nêu mà danh mục chỉ tiêu chung chưa có. Tên và đơn vị tính ghi đúng theo lời của đơn vị; không dùng để xếp hạng hay so sánh với nơi khác.',
  'commune.allFigures': 'Tất cả số liệu',
  'commune.models': 'Mô hình, cách làm hay',
  'commune.reports': 'Văn bản nguồn',
  'commune.narrative': 'Nội dung báo cáo',
  'commune.comparison': 'So sánh với tỉnh và toàn quốc',
  'commune.targets': 'Chỉ tiêu',
  'figure.source': 'Nguồn',
  'figure.raw': 'Nguyên văn',
  'figure.where': 'Vị trí trong văn bản',
  'figure.note': 'Thuyết minh',
  'figure.warning': 'Lưu ý về dữ liệu',
  'figure.target': 'Chỉ tiêu',
  'figure.computed': 'tính từ tử số/mẫu số',
  'figure.notReported': 'Chưa báo cáo',
  'figure.commune': 'Chỉ tiêu của xã',
  'figure.year': 'năm',
  'chart.exact': 'Số liệu đo đếm',
  'chart.qualified': 'Ước tính, gần đúng hoặc giới hạn',
  'chart.target': 'Chỉ tiêu',
  'chart.reference': 'Trung vị (tính toán)',
  'chart.dataTable': 'Bảng số liệu của biểu đồ',
  'table.indicator': 'Chỉ số',
  'table.value': 'Giá trị',
  'table.unit': 'Đơn vị tính',
  'table.source': 'Nguồn',
  'table.commune': 'Đơn vị',
  'table.rank': 'Hạng',
  'table.year': 'Năm',
  'report.kind': 'Loại văn bản',
  'report.number': 'Số văn bản',
  'report.noNumber': 'không ghi số',
  'report.numbered': '{kind} số {number}',
  'report.date': 'Ngày',
  'report.period': 'Kỳ báo cáo',
  'report.issuer': 'Cơ quan ban hành',
  'report.signatory': 'Người ký',
  'report.author': 'Tác giả',
  'report.figures': 'Số liệu trong văn bản',
  'report.note': 'Ghi chú khi nhập liệu',
  'report.files': 'Tệp gốc',
  'province.coverage': 'Mức độ báo cáo',
  'province.reported': 'đơn vị đã báo cáo',
  'province.ranking': 'Xếp hạng tỷ lệ người trưởng thành có kỹ năng số',
  'province.units': 'Tất cả đơn vị',
  'province.notYet': 'Chưa báo cáo',
  'national.coverage': 'Báo cáo theo tỉnh, thành phố',
  'national.latest': 'Văn bản mới cập nhật',
  'national.headline': 'Tỷ lệ người trưởng thành có kỹ năng số ở các đơn vị đã báo cáo',
  'models.title': 'Mô hình, cách làm hay',
  'models.category': 'Lĩnh vực',
  'models.status': 'Tình trạng',
  'models.decision': 'Quyết định',
  'models.start': 'Bắt đầu',
  'models.describedIn': 'Mô tả trong',
  'search.title': 'Tìm xã, phường, tỉnh, mô hình',
  'search.label': 'Gõ tên, có dấu hoặc không dấu',
  'search.noscript': 'Tìm kiếm cần JavaScript. Bạn vẫn có thể chọn tỉnh, thành phố ở trang Toàn quốc.',
  'search.none': 'Không tìm thấy kết quả.',
  'nav.breadcrumb': 'Vị trí',
  'nav.language': 'English',
  'nav.languageLabel': 'Xem bằng tiếng Anh',
  'commune.description': '{name} ({province}): {indicator} {value} theo {source}. Số liệu kèm nguồn văn bản.',
  'commune.descriptionNoData': '{name} ({province}, mã {code}): số liệu phong trào “Bình dân học vụ số”.',
  'commune.ratesTitle': 'Các tỷ lệ của {name}',
  'commune.ratesCaption': 'Vạch đen: chỉ tiêu của xã cho cùng năm (nếu có). Thanh gạch chéo: số ước tính, gần đúng hoặc giới hạn.',
  'commune.comparisonTitle': 'Tỷ lệ người trưởng thành có kỹ năng số: {name} so với tỉnh và toàn quốc',
  'commune.comparisonText':
    'Hạng {rank}/{n} toàn quốc{provinceRank}, trong số các đơn vị đã báo cáo tỷ lệ này. Trung vị do trang tính từ số liệu các đơn vị gửi; số ước tính được tính như số báo cáo.',
  'commune.provinceRank': ', {rank}/{n} trong {province}',
  'commune.comparisonCaption': 'Thanh xám: trung vị (tính toán) các đơn vị đã báo cáo.',
  'commune.provinceMedian': 'Trung vị {province} ({n} đơn vị)',
  'commune.nationalMedian': 'Trung vị toàn quốc ({n} đơn vị)',
  'commune.overTime': 'Theo thời gian',
  'commune.overTimeTitle': '{indicator}: {name} qua các văn bản',
  'commune.overTimeCaption': '{indicator}, theo từng văn bản. Chấm rỗng: số ước tính, gần đúng hoặc giới hạn.',
  'commune.otherFigures': 'Các tỷ lệ, số liệu khác',
  'commune.coverageTitle': 'Thôn, bon, tổ dân phố có Tổ công nghệ số cộng đồng: {name}',
  'commune.coverageLabel': 'Thôn, bon, tổ dân phố có Tổ công nghệ số cộng đồng',
  'commune.coverageCaption': 'Tỷ lệ thôn, bon, tổ dân phố có tổ, đúng như văn bản ghi.',
  'commune.membersPerTeam': 'Bình quân {n} thành viên mỗi tổ (trang tính từ số thành viên và số tổ trong cùng văn bản).',
  'commune.unchangedSince': 'Không đổi so với',
  'commune.revisedSince': 'Đã điều chỉnh so với',
  'commune.narrativeFrom': 'Trích từ {source}.',
  'commune.allReportFigures': 'Xem toàn bộ số liệu của văn bản',
  'commune.figureCount': '{n} số liệu',
  'commune.rankNote': 'Hạng',
  'commune.dataPageLink': 'giải thích các cột dữ liệu',
  'chart.legendHollow': 'Chấm rỗng: số ước tính, gần đúng hoặc giới hạn',
  'chart.qualifiedCaption': 'Thanh gạch chéo: số ước tính, gần đúng hoặc giới hạn.',
  'chart.distributionCaption': 'Số đơn vị theo nhóm tỷ lệ; phần gạch chéo: số ước tính, gần đúng hoặc giới hạn.',
  'chart.distributionTitle': 'Phân bố tỷ lệ người trưởng thành có kỹ năng số, {place}',
  'chart.distributionDesc': '{n} đơn vị đã báo cáo tỷ lệ này, trung vị {median}.',
  'chart.binAxis': 'Tỷ lệ (%), nhóm 10 điểm',
  'chart.bin': 'Nhóm tỷ lệ',
  'chart.units': 'Số đơn vị',
  'chart.top': '{n} đơn vị đã báo cáo; các đơn vị cao nhất: {list}',
  'province.description': '{name}: {reported}/{total} xã, phường, đặc khu đã báo cáo số liệu phong trào “Bình dân học vụ số”.',
  'province.rankingTitle': 'Tỷ lệ người trưởng thành có kỹ năng số, các đơn vị đã báo cáo ở {name}',
  'province.median': 'Trung vị (tính toán): {median} trên {n} đơn vị đã báo cáo tỷ lệ này.',
  'national.description':
    '{reported}/{total} xã, phường, đặc khu đã có số liệu về phong trào “Bình dân học vụ số”, mỗi con số kèm văn bản nguồn.',
  'national.reportedSummary':
    '{reported}/{total} xã, phường, đặc khu ở {provinces}/{provinceTotal} tỉnh, thành phố đã có văn bản được đăng.',
  'national.median': 'Trung vị (tính toán): {median} trên {n} đơn vị đã báo cáo tỷ lệ này{top}.',
  'national.top20': '; biểu đồ hiện 20 đơn vị đứng đầu',
  'national.reportingUnits': 'Số đơn vị báo cáo',
  'national.medianColumn': 'Trung vị (tính toán)',
  'national.provinceMedianColumn': 'Trung vị tỷ lệ người trưởng thành có kỹ năng số',
  'national.everywhere': 'toàn quốc',
  'models.description': '{n} mô hình, cách làm hay về phổ cập kỹ năng số do các xã, phường báo cáo.',
  'models.byProvince': 'Theo tỉnh, thành phố',
  'models.byProvinceLink': 'Xem theo tỉnh, thành phố',
  'models.byStatus': 'Theo tình trạng',
  'models.pageDescription': 'Mô hình “{title}” của {commune}, {province}: {status}.',
  'report.description': '{title}. {issuer}, {date}. {n} số liệu kèm nguyên văn và vị trí trong văn bản.',
  'report.line': 'dòng {n}',
  'report.sameWarning': 'Cùng cảnh báo như ở dòng {n} (ghi đầy đủ ở đó).',
  'report.noNumberShort': 'không ghi số',
  'notFound.title': 'Không tìm thấy trang',
  'notFound.text': 'Trang này không có hoặc đã đổi địa chỉ.',
  'notFound.search': 'Tìm xã, phường, đặc khu theo tên',
  'search.description': 'Tìm trang của xã, phường, đặc khu, tỉnh, thành phố hoặc mô hình; gõ có dấu hay không dấu đều được.',
  'search.results': '{n} kết quả',
  'search.province': 'Tỉnh, thành phố',
  'search.notReported': 'chưa báo cáo',
  'search.model': 'Mô hình',
  'lang.vietnameseNote': 'Tên đơn vị, tên văn bản và lời văn của đơn vị được giữ nguyên tiếng Việt.',
} as const;

/** Vietnamese strings: the core ones and each feature's part (src/i18n/parts/*.ts). */
export const vi = { ...core, ...opendata.vi, ...citations.vi, ...share.vi, ...feeds.vi, ...check.vi, ...targets.vi } as const;

export type UiKey = keyof typeof vi;

const coreEn: Record<keyof typeof core, string> = {
  'site.name': 'Bình dân học vụ số — Open figures',
  'site.tagline': 'What communes report on the “Bình dân học vụ số” digital-literacy movement, with source documents.',
  'nav.home': 'National',
  'nav.models': 'Models',
  'nav.search': 'Search',
  'nav.about': 'About and methodology',
  'nav.skip': 'Skip to main content',
  'footer.dataVersion': 'Data version',
  'footer.sourceNote': 'Every figure is exactly as reported, with its qualifier (estimate, approximate, bound) and source document.',
  'commune.code': 'Official code',
  'commune.province': 'Province',
  'commune.latestReport': 'Latest document',
  'commune.noReport': 'This unit has not submitted a report on the “Bình dân học vụ số” movement yet.',
  'commune.noReportHelp': 'Figures will appear here once it reports.',
  'commune.headline': 'Headline figures',
  'commune.rates': 'Rates',
  'commune.teams': 'Community digital technology teams',
  'commune.activities': 'Activities',
  'commune.localIndicators': 'Local indicators',
  'commune.localIndicatorsNote':
    'Figures the document states that the common indicator catalogue lacks. Name and unit are the unit’s own words (in Vietnamese); they are never ranked or compared with other places.',
  'commune.allFigures': 'All figures',
  'commune.models': 'Models and good practices',
  'commune.reports': 'Source documents',
  'commune.narrative': 'From the report',
  'commune.comparison': 'Compared with the province and the nation',
  'commune.targets': 'Targets',
  'figure.source': 'Source',
  'figure.raw': 'As written',
  'figure.where': 'Where in the document',
  'figure.note': 'Explanation',
  'figure.warning': 'Data note',
  'figure.target': 'Target',
  'figure.computed': 'computed from numerator/denominator',
  'figure.notReported': 'Not reported',
  'figure.commune': 'Commune target',
  'figure.year': 'year',
  'chart.exact': 'Counted figure',
  'chart.qualified': 'Estimate, approximate or bound',
  'chart.target': 'Target',
  'chart.reference': 'Median (computed)',
  'chart.dataTable': 'Chart data table',
  'table.indicator': 'Indicator',
  'table.value': 'Value',
  'table.unit': 'Unit',
  'table.source': 'Source',
  'table.commune': 'Unit',
  'table.rank': 'Rank',
  'table.year': 'Year',
  'report.kind': 'Document type',
  'report.number': 'Document number',
  'report.noNumber': 'no number given',
  'report.numbered': '{kind} No. {number}',
  'report.date': 'Date',
  'report.period': 'Period covered',
  'report.issuer': 'Issued by',
  'report.signatory': 'Signed by',
  'report.author': 'Author',
  'report.figures': 'Figures in this document',
  'report.note': 'Transcription note',
  'report.files': 'Original files',
  'province.coverage': 'Reporting coverage',
  'province.reported': 'units reported',
  'province.ranking': 'Ranking by adults with digital skills',
  'province.units': 'All units',
  'province.notYet': 'Not reported yet',
  'national.coverage': 'Reporting by province',
  'national.latest': 'Recently added documents',
  'national.headline': 'Adults with digital skills in reporting units',
  'models.title': 'Models and good practices',
  'models.category': 'Category',
  'models.status': 'Status',
  'models.decision': 'Decision',
  'models.start': 'Started',
  'models.describedIn': 'Described in',
  'search.title': 'Find a commune, province or model',
  'search.label': 'Type a name, with or without diacritics',
  'search.noscript': 'Search needs JavaScript. You can still pick a province on the National page.',
  'search.none': 'No results.',
  'nav.breadcrumb': 'Breadcrumb',
  'nav.language': 'Tiếng Việt',
  'nav.languageLabel': 'Xem bằng tiếng Việt',
  'commune.description': '{name} ({province}): {indicator} {value} according to {source}. Figures with their source documents.',
  'commune.descriptionNoData': '{name} ({province}, code {code}): figures of the “Bình dân học vụ số” movement.',
  'commune.ratesTitle': 'Rates of {name}',
  'commune.ratesCaption':
    'Black mark: the commune’s target for the same year (where set). Hatched bar: an estimate, approximate figure or bound.',
  'commune.comparisonTitle': 'Adults with digital skills: {name} compared with the province and the nation',
  'commune.comparisonText':
    'Rank {rank}/{n} nationally{provinceRank}, among units that reported this rate. Medians are computed by this site from the figures units submitted; estimates count as reported.',
  'commune.provinceRank': ', {rank}/{n} in {province}',
  'commune.comparisonCaption': 'Grey bars: medians (computed) of reporting units.',
  'commune.provinceMedian': 'Median, {province} ({n} {n|unit|units})',
  'commune.nationalMedian': 'National median ({n} {n|unit|units})',
  'commune.overTime': 'Over time',
  'commune.overTimeTitle': '{indicator}: {name} across documents',
  'commune.overTimeCaption': '{indicator}, by document. Hollow dot: an estimate, approximate figure or bound.',
  'commune.otherFigures': 'Other rates and figures',
  'commune.coverageTitle': 'Villages with a community technology team: {name}',
  'commune.coverageLabel': 'Villages (thôn, bon, tổ dân phố) with a team',
  'commune.coverageCaption': 'Share of villages with a team, as the document states it.',
  'commune.membersPerTeam': 'On average {n} members per team (computed by this site from members and teams in the same document).',
  'commune.unchangedSince': 'Unchanged since',
  'commune.revisedSince': 'Revised since',
  'commune.narrativeFrom': 'From {source} (in Vietnamese).',
  'commune.allReportFigures': 'See all figures of this document',
  'commune.figureCount': '{n} {n|figure|figures}',
  'commune.rankNote': 'Rank',
  'commune.dataPageLink': 'what each column means',
  'chart.legendHollow': 'Hollow dot: estimate, approximate or bound',
  'chart.qualifiedCaption': 'Hatched bar: an estimate, approximate figure or bound.',
  'chart.distributionCaption': 'Units by rate band; hatched part: estimates, approximate figures or bounds.',
  'chart.distributionTitle': 'Distribution of adults with digital skills, {place}',
  'chart.distributionDesc': '{n} {n|unit|units} reported this rate, median {median}.',
  'chart.binAxis': 'Rate (%), 10-point bands',
  'chart.bin': 'Rate band',
  'chart.units': 'Units',
  'chart.top': '{n} {n|unit|units} reported; highest: {list}',
  'province.description': '{name}: {reported}/{total} communes and wards have reported figures of the “Bình dân học vụ số” movement.',
  'province.rankingTitle': 'Adults with digital skills, reporting units in {name}',
  'province.median': 'Median (computed): {median} across {n} {n|unit|units} that reported this rate.',
  'national.description':
    '{reported}/{total} communes and wards have published figures on the “Bình dân học vụ số” movement, each with its source document.',
  'national.reportedSummary':
    '{reported}/{total} communes, wards and special zones in {provinces}/{provinceTotal} provinces have published documents.',
  'national.median': 'Median (computed): {median} across {n} {n|unit|units} that reported this rate{top}.',
  'national.top20': '; the chart shows the top 20',
  'national.reportingUnits': 'Reporting units',
  'national.medianColumn': 'Median (computed)',
  'national.provinceMedianColumn': 'Median share of adults with digital skills',
  'national.everywhere': 'nationwide',
  'models.description': '{n} {n|model or good practice|models and good practices} for digital skills reported by communes.',
  'models.byProvince': 'By province',
  'models.byProvinceLink': 'Browse by province',
  'models.byStatus': 'By status',
  'models.pageDescription': 'Model “{title}” of {commune}, {province}: {status}.',
  'report.description': '{title}. {issuer}, {date}. {n} {n|figure|figures} with their original wording and place in the document.',
  'report.line': 'line {n}',
  'report.sameWarning': 'Same warning as on line {n} (written out there).',
  'report.noNumberShort': 'no number',
  'notFound.title': 'Page not found',
  'notFound.text': 'This page does not exist or has moved.',
  'notFound.search': 'Find a commune or ward by name',
  'search.description': 'Find the page of a commune, ward, special zone, province or model; with or without diacritics.',
  'search.results': '{n} results',
  'search.province': 'Province',
  'search.notReported': 'not reported yet',
  'search.model': 'Model',
  'lang.vietnameseNote':
    'Names of communes, provinces and documents, and the communes’ own words (narratives, explanations, figures as written), are kept in Vietnamese.',
};

export const en: Record<UiKey, string> = {
  ...coreEn,
  ...opendata.en,
  ...citations.en,
  ...share.en,
  ...feeds.en,
  ...check.en,
  ...targets.en,
};

export const catalogues: Record<Locale, Record<UiKey, string>> = { vi, en };

/** t('key') or t('key', { name: 'Xã Thuận An' }) with {name} placeholders; {n|unit|units} is the word for the count n. */
// Messages split once at their {placeholders}: even pages, odd parameter names. t() runs hundreds of times per
// page, and a regular-expression replace per call was a measurable share of a national build.
const compiled = { vi: new Map<string, string[]>(), en: new Map<string, string[]>() };
function parts(locale: Locale, key: UiKey): string[] {
  let p = compiled[locale].get(key);
  if (!p) compiled[locale].set(key, (p = catalogues[locale][key].split(/\{(\w+(?:\|[^{}|]*\|[^{}|]*)?)\}/)));
  return p;
}

const pluralRules = { vi: new Intl.PluralRules('vi'), en: new Intl.PluralRules('en') };

/**
 * The word for a count: plural(1, { one: 'unit', other: 'units' }) is 'unit'. English has two forms (CLDR: "one"
 * for exactly 1); Vietnamese nouns do not change, so its strings need no forms. A count given as formatted text
 * ("3,321", "3.321") is read without its group separators.
 */
export function plural(n: number | string, forms: { one: string; other: string }, locale: Locale = 'en'): string {
  const count = typeof n === 'number' ? n : Number(n.replace(locale === 'vi' ? /\./g : /,/g, '').replace(',', '.'));
  return pluralRules[locale].select(count) === 'one' ? forms.one : forms.other;
}

const translators: Partial<Record<Locale, (key: UiKey, params?: Record<string, string | number>) => string>> = {};

export function useTranslations(locale: Locale) {
  return (translators[locale] ??= (key: UiKey, params?: Record<string, string | number>): string => {
    if (!params) return catalogues[locale][key];
    const p = parts(locale, key);
    let out = p[0]!;
    for (let i = 1; i < p.length; i += 2) {
      const token = p[i]!;
      const bar = token.indexOf('|');
      if (bar > 0) {
        // {n|unit|units}: the word for the count n (the number itself is written by its own {n}).
        const name = token.slice(0, bar);
        const [one, other] = token.slice(bar + 1).split('|') as [string, string];
        out += (name in params ? plural(params[name]!, { one, other }, locale) : `{${token}}`) + p[i + 1]!;
        continue;
      }
      out += (token in params ? String(params[token]) : `{${token}}`) + p[i + 1]!;
    }
    return out;
  });
}

/** A translator bound to one locale: what `Astro.locals.t` holds (src/i18n/middleware.ts). */
export type Translator = ReturnType<typeof useTranslations>;

/** Labels for values of the contract's Vietnamese enums. */
export const enumLabels: Record<string, Bilingual> = {
  'báo cáo': { vi: 'báo cáo', en: 'report' },
  'kế hoạch': { vi: 'kế hoạch', en: 'plan' },
  'bài báo': { vi: 'bài báo', en: 'press article' },
  'thí điểm': { vi: 'thí điểm', en: 'pilot' },
  'đang triển khai': { vi: 'đang triển khai', en: 'active' },
  'đề xuất nhân rộng': { vi: 'đề xuất nhân rộng', en: 'proposed for replication' },
  'đã nhân rộng': { vi: 'đã nhân rộng', en: 'replicated' },
  'tổ công nghệ số': { vi: 'tổ công nghệ số', en: 'community technology teams' },
  'dịch vụ công': { vi: 'dịch vụ công', en: 'public services' },
  'thanh toán số': { vi: 'thanh toán số', en: 'digital payments' },
  'giáo dục': { vi: 'giáo dục', en: 'education' },
  'gia đình số': { vi: 'gia đình số', en: 'digital households' },
  khác: { vi: 'khác', en: 'other' },
  'kết quả': { vi: 'kết quả', en: 'result' },
  'mục tiêu': { vi: 'mục tiêu', en: 'target' },
  xã: { vi: 'xã', en: 'commune' },
  phường: { vi: 'phường', en: 'ward' },
  'đặc khu': { vi: 'đặc khu', en: 'special zone' },
};

export function enumLabel(value: string, locale: Locale): string {
  return enumLabels[value]?.[locale] ?? value;
}
