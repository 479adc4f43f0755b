/**
 * The indicator catalogue: every figure a commune can submit is one of these.
 * It is the single source of truth for codes, labels and unit kinds; the docs
 * (docs/data-contract.md, docs/huong-dan-nop-so-lieu.md) render it via `npm run docs`.
 */
import { z } from 'astro/zod';

export const unitKinds = ['percent', 'count', 'count_of_total'] as const;
export const UnitKind = z.enum(unitKinds);
export type UnitKind = z.infer<typeof UnitKind>;

export const indicatorGroups = {
  'ky-nang-so': { vi: 'Tỷ lệ có kỹ năng số', en: 'Digital skills rates' },
  'dinh-danh': { vi: 'Định danh điện tử và VNeID', en: 'Electronic ID and VNeID' },
  'to-cns': { vi: 'Tổ công nghệ số cộng đồng', en: 'Community digital technology teams' },
  mooc: { vi: 'Học tập trên nền tảng Bình dân học vụ số', en: 'Learning on the Bình dân học vụ số platform' },
  'hoat-dong': { vi: 'Hoạt động triển khai', en: 'Activities' },
  'mo-hinh': { vi: 'Mô hình, sáng kiến', en: 'Models and initiatives' },
} as const;
export const IndicatorGroup = z.enum(Object.keys(indicatorGroups) as [keyof typeof indicatorGroups]);
export type IndicatorGroup = z.infer<typeof IndicatorGroup>;

export const IndicatorDefinition = z.object({
  code: z.string().regex(/^[a-z0-9_]+\.[a-z0-9_]+$/),
  group: IndicatorGroup,
  unitKind: UnitKind,
  vi: z.string().min(1),
  en: z.string().min(1),
  /** A headline rate shown as a card on the commune page, in this order. */
  headline: z.number().int().positive().optional(),
});
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;

const catalogue = [
  // Rates of digital skills; the adult rate is the movement's headline figure.
  {
    code: 'ty_le.nguoi_truong_thanh',
    group: 'ky-nang-so',
    unitKind: 'percent',
    headline: 1,
    vi: 'Tỷ lệ người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản',
    en: 'Adults with basic digital skills (%)',
  },
  {
    code: 'ty_le.can_bo',
    group: 'ky-nang-so',
    unitKind: 'percent',
    headline: 2,
    vi: 'Tỷ lệ cán bộ, công chức, viên chức, người lao động khu vực công có kỹ năng số',
    en: 'Public officials and staff with digital skills (%)',
  },
  {
    code: 'ty_le.hoc_sinh',
    group: 'ky-nang-so',
    unitKind: 'percent',
    headline: 3,
    vi: 'Tỷ lệ học sinh, sinh viên được trang bị kiến thức, kỹ năng số',
    en: 'Students equipped with digital skills (%)',
  },
  {
    code: 'ty_le.lao_dong_doanh_nghiep',
    group: 'ky-nang-so',
    unitKind: 'percent',
    headline: 4,
    vi: 'Tỷ lệ người lao động trong doanh nghiệp, hợp tác xã có kiến thức, kỹ năng số',
    en: 'Workers in enterprises and cooperatives with digital skills (%)',
  },
  {
    code: 'ty_le.lao_dong_tap_huan',
    group: 'ky-nang-so',
    unitKind: 'percent',
    vi: 'Tỷ lệ người dân trong độ tuổi lao động được tập huấn, hướng dẫn kỹ năng số cơ bản',
    en: 'Working-age residents trained in basic digital skills (%)',
  },
  {
    code: 'ty_le.nhom_yeu_the',
    group: 'ky-nang-so',
    unitKind: 'percent',
    vi: 'Tỷ lệ người cao tuổi, người nghèo, đồng bào dân tộc thiểu số, người dân vùng sâu vùng xa được hỗ trợ tiếp cận kỹ năng số',
    en: 'Elderly, poor, ethnic-minority and remote residents supported with digital skills (%)',
  },
  {
    code: 'ty_le.ho_gia_dinh',
    group: 'ky-nang-so',
    unitKind: 'percent',
    vi: 'Tỷ lệ hộ gia đình có ít nhất một thành viên có kỹ năng số cơ bản',
    en: 'Households with at least one digitally skilled member (%)',
  },
  // Electronic identity and VNeID.
  {
    code: 'ty_le.vneid',
    group: 'dinh-danh',
    unitKind: 'percent',
    headline: 5,
    vi: 'Tỷ lệ người dân trưởng thành đạt phổ cập kỹ năng số trên nền tảng VNeID',
    en: 'Adults certified in digital skills on VNeID (%)',
  },
  {
    code: 'ty_le.dinh_danh_dien_tu',
    group: 'dinh-danh',
    unitKind: 'percent',
    vi: 'Tỷ lệ người dân từ 14 tuổi trở lên có danh tính điện tử sử dụng được',
    en: 'Residents aged 14+ with a usable electronic identity (%)',
  },
  {
    code: 'ty_le.can_bo_vneid',
    group: 'dinh-danh',
    unitKind: 'percent',
    vi: 'Tỷ lệ cán bộ, công chức, người lao động đã cài đặt, kích hoạt và sử dụng VNeID',
    en: 'Officials and staff who installed and use VNeID (%)',
  },
  {
    code: 'dinh_danh.muc_2',
    group: 'dinh-danh',
    unitKind: 'count_of_total',
    headline: 6,
    vi: 'Số công dân được cấp định danh điện tử mức độ 2 (trên tổng số)',
    en: 'Citizens with level-2 electronic ID (of total)',
  },
  {
    code: 'dinh_danh.huong_dan_vneid',
    group: 'dinh-danh',
    unitKind: 'count_of_total',
    vi: 'Số người dân đủ điều kiện được định danh điện tử, cài đặt và hướng dẫn sử dụng VNeID (trên tổng số)',
    en: 'Eligible residents identified, set up and guided on VNeID (of total)',
  },
  {
    code: 'dinh_danh.khu_dan_cu',
    group: 'dinh-danh',
    unitKind: 'count_of_total',
    vi: 'Số khu dân cư đã thực hiện cài đặt định danh điện tử (trên tổng số)',
    en: 'Residential areas that completed electronic ID set-up (of total)',
  },
  // Community digital technology teams.
  {
    code: 'to_cns.so_to',
    group: 'to-cns',
    unitKind: 'count',
    vi: 'Số Tổ công nghệ số cộng đồng',
    en: 'Community digital technology teams',
  },
  {
    code: 'to_cns.to_cap_xa',
    group: 'to-cns',
    unitKind: 'count',
    vi: 'Số Tổ công nghệ số cộng đồng cấp xã',
    en: 'Commune-level community technology teams',
  },
  {
    code: 'to_cns.to_thon',
    group: 'to-cns',
    unitKind: 'count',
    vi: 'Số Tổ công nghệ số cộng đồng tại thôn, bon, tổ dân phố',
    en: 'Village-level community technology teams',
  },
  {
    code: 'to_cns.thon_co_to',
    group: 'to-cns',
    unitKind: 'count_of_total',
    vi: 'Số thôn, bon, tổ dân phố có Tổ công nghệ số cộng đồng (trên tổng số)',
    en: 'Villages with a community technology team (of total)',
  },
  {
    code: 'to_cns.ty_le_thon_co_to',
    group: 'to-cns',
    unitKind: 'percent',
    vi: 'Tỷ lệ thôn, bon, tổ dân phố có Tổ công nghệ số cộng đồng',
    en: 'Villages with a community technology team (%)',
  },
  {
    code: 'to_cns.ty_le_kien_toan',
    group: 'to-cns',
    unitKind: 'percent',
    vi: 'Tỷ lệ Tổ công nghệ số cộng đồng được kiện toàn, hoạt động hiệu quả',
    en: 'Community technology teams consolidated and active (%)',
  },
  {
    code: 'to_cns.thanh_vien',
    group: 'to-cns',
    unitKind: 'count',
    vi: 'Số thành viên Tổ công nghệ số cộng đồng',
    en: 'Community technology team members',
  },
  // Learning on the national MOOC platform.
  {
    code: 'mooc.can_bo_hoc',
    group: 'mooc',
    unitKind: 'count',
    vi: 'Số cán bộ, công chức, viên chức tham gia học tập trên nền tảng',
    en: 'Officials learning on the platform',
  },
  {
    code: 'mooc.nguoi_dan_hoc',
    group: 'mooc',
    unitKind: 'count',
    vi: 'Số người dân tham gia học tập trên nền tảng',
    en: 'Residents learning on the platform',
  },
  {
    code: 'mooc.hoan_thanh',
    group: 'mooc',
    unitKind: 'count',
    vi: 'Số người hoàn thành chương trình học',
    en: 'People who completed the programme',
  },
  // Activities, as in the appendix table communes already fill in.
  {
    code: 'hoat_dong.van_ban',
    group: 'hoat-dong',
    unitKind: 'count',
    vi: 'Số văn bản chỉ đạo, hướng dẫn đã ban hành',
    en: 'Directives and guidance documents issued',
  },
  { code: 'hoat_dong.ke_hoach', group: 'hoat-dong', unitKind: 'count', vi: 'Số kế hoạch triển khai', en: 'Implementation plans' },
  {
    code: 'hoat_dong.cuoc_hop',
    group: 'hoat-dong',
    unitKind: 'count',
    vi: 'Số cuộc họp, hội nghị quán triệt',
    en: 'Briefing meetings and conferences',
  },
  {
    code: 'hoat_dong.tin_bai',
    group: 'hoat-dong',
    unitKind: 'count',
    vi: 'Số tin, bài, phóng sự, chuyên mục tuyên truyền',
    en: 'News items, articles and features',
  },
  {
    code: 'hoat_dong.buoi_tuyen_truyen',
    group: 'hoat-dong',
    unitKind: 'count',
    vi: 'Số buổi tuyên truyền, tọa đàm, sinh hoạt chuyên đề',
    en: 'Outreach sessions and talks',
  },
  {
    code: 'hoat_dong.lop_can_bo',
    group: 'hoat-dong',
    unitKind: 'count',
    vi: 'Số lớp tập huấn cho cán bộ, công chức, viên chức',
    en: 'Training classes for officials',
  },
  {
    code: 'hoat_dong.can_bo_dao_tao',
    group: 'hoat-dong',
    unitKind: 'count',
    vi: 'Số cán bộ, công chức, viên chức được đào tạo về chuyển đổi số, kỹ năng số',
    en: 'Officials trained in digital skills',
  },
  {
    code: 'hoat_dong.hoc_sinh_huong_dan',
    group: 'hoat-dong',
    unitKind: 'count',
    vi: 'Số học sinh, sinh viên được hướng dẫn kỹ năng số',
    en: 'Students guided in digital skills',
  },
  {
    code: 'hoat_dong.lao_dong_dao_tao',
    group: 'hoat-dong',
    unitKind: 'count',
    vi: 'Số người lao động trong doanh nghiệp, hợp tác xã được đào tạo',
    en: 'Enterprise and cooperative workers trained',
  },
  {
    code: 'hoat_dong.lop_nguoi_dan',
    group: 'hoat-dong',
    unitKind: 'count',
    vi: 'Số lớp “Bình dân học vụ số” cho người dân',
    en: '“Bình dân học vụ số” classes for residents',
  },
  {
    code: 'hoat_dong.luot_huong_dan',
    group: 'hoat-dong',
    unitKind: 'count',
    vi: 'Số lượt người dân được hướng dẫn kỹ năng số',
    en: 'Times residents were guided in digital skills',
  },
  {
    code: 'hoat_dong.huong_dan_vneid',
    group: 'hoat-dong',
    unitKind: 'count',
    vi: 'Số người được hướng dẫn sử dụng VNeID',
    en: 'People guided in using VNeID',
  },
  {
    code: 'hoat_dong.huong_dan_dvc',
    group: 'hoat-dong',
    unitKind: 'count',
    vi: 'Số người được hướng dẫn sử dụng dịch vụ công trực tuyến',
    en: 'People guided in using online public services',
  },
  {
    code: 'hoat_dong.huong_dan_thanh_toan',
    group: 'hoat-dong',
    unitKind: 'count',
    vi: 'Số người được hướng dẫn thanh toán số, QR',
    en: 'People guided in digital and QR payments',
  },
  // Models.
  {
    code: 'mo_hinh.so_mo_hinh',
    group: 'mo-hinh',
    unitKind: 'count',
    vi: 'Số mô hình, sáng kiến, cách làm hay',
    en: 'Models, initiatives and good practices',
  },
  {
    code: 'mo_hinh.de_xuat_nhan_rong',
    group: 'mo-hinh',
    unitKind: 'count',
    vi: 'Số mô hình được đề xuất nhân rộng',
    en: 'Models proposed for replication',
  },
] as const satisfies readonly IndicatorDefinition[];

export const indicators: readonly IndicatorDefinition[] = z.array(IndicatorDefinition).parse(catalogue);
export type IndicatorCode = (typeof catalogue)[number]['code'];

const byCode = new Map(indicators.map((d) => [d.code, d]));
if (byCode.size !== indicators.length) throw new Error('Duplicate indicator code in the catalogue');

export function findIndicator(code: string): IndicatorDefinition | undefined {
  return byCode.get(code);
}

export function getIndicator(code: IndicatorCode): IndicatorDefinition {
  return byCode.get(code)!;
}

/** Headline indicators in display order (adult rate first). */
export const headlineIndicators: readonly IndicatorDefinition[] = indicators
  .filter((d) => d.headline !== undefined)
  .sort((a, b) => a.headline! - b.headline!);
