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
  'dich-vu-so': { vi: 'Dịch vụ công trực tuyến, thanh toán số', en: 'Online public services and digital payments' },
  'dia-ban': { vi: 'Địa bàn', en: 'The commune itself' },
  'mo-hinh': { vi: 'Mô hình, sáng kiến', en: 'Models and initiatives' },
  'dia-phuong': { vi: 'Chỉ tiêu riêng của địa phương', en: 'Local indicators' },
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
  /**
   * For counts: what is counted, so that visits (lượt) and people (người) are never mixed up.
   * "người" counts each person once; "lượt" counts each time someone was reached.
   */
  counts: z.enum(['người', 'lượt']).optional(),
  /**
   * A local indicator: a figure the catalogue lacks, submitted under `dia_phuong.<name>` with the commune's
   * own wording and unit. Published as such and never ranked or compared with other communes.
   */
  local: z.literal(true).optional(),
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
    counts: 'người',
    headline: 6,
    vi: 'Số công dân được cấp định danh điện tử mức độ 2 (trên tổng số)',
    en: 'Citizens with level-2 electronic ID (of total)',
  },
  {
    code: 'dinh_danh.huong_dan_vneid',
    group: 'dinh-danh',
    unitKind: 'count_of_total',
    counts: 'người',
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
    counts: 'người',
    vi: 'Số thành viên Tổ công nghệ số cộng đồng',
    en: 'Community technology team members',
  },
  // Learning on the national MOOC platform.
  {
    code: 'mooc.can_bo_hoc',
    group: 'mooc',
    unitKind: 'count',
    counts: 'người',
    vi: 'Số cán bộ, công chức, viên chức tham gia học tập trên nền tảng',
    en: 'Officials learning on the platform',
  },
  {
    code: 'mooc.nguoi_dan_hoc',
    group: 'mooc',
    unitKind: 'count',
    counts: 'người',
    vi: 'Số người dân tham gia học tập trên nền tảng',
    en: 'Residents learning on the platform',
  },
  {
    code: 'mooc.hoan_thanh',
    group: 'mooc',
    unitKind: 'count',
    counts: 'người',
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
    counts: 'người',
    vi: 'Số cán bộ, công chức, viên chức được đào tạo về chuyển đổi số, kỹ năng số',
    en: 'Officials trained in digital skills',
  },
  {
    code: 'hoat_dong.hoc_sinh_huong_dan',
    group: 'hoat-dong',
    unitKind: 'count',
    counts: 'người',
    vi: 'Số học sinh, sinh viên được hướng dẫn kỹ năng số',
    en: 'Students guided in digital skills',
  },
  {
    code: 'hoat_dong.lao_dong_dao_tao',
    group: 'hoat-dong',
    unitKind: 'count',
    counts: 'người',
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
    counts: 'lượt',
    vi: 'Số lượt người dân được hướng dẫn kỹ năng số',
    en: 'Times residents were guided in digital skills',
  },
  {
    code: 'hoat_dong.huong_dan_vneid',
    group: 'hoat-dong',
    unitKind: 'count',
    counts: 'người',
    vi: 'Số người được hướng dẫn sử dụng VNeID',
    en: 'People guided in using VNeID',
  },
  {
    code: 'hoat_dong.huong_dan_dvc',
    group: 'hoat-dong',
    unitKind: 'count',
    counts: 'người',
    vi: 'Số người được hướng dẫn sử dụng dịch vụ công trực tuyến',
    en: 'People guided in using online public services',
  },
  {
    code: 'hoat_dong.huong_dan_thanh_toan',
    group: 'hoat-dong',
    unitKind: 'count',
    counts: 'người',
    vi: 'Số người được hướng dẫn thanh toán số, QR',
    en: 'People guided in digital and QR payments',
  },
  // Added from the seed documents and the national plan's monitoring indicator set (Thạch Thất plan, III.7.1),
  // so that no figure a report states has to be filed under a code that means something else.
  {
    code: 'ty_le.su_dung_thiet_bi_thong_minh',
    group: 'ky-nang-so',
    unitKind: 'percent',
    vi: 'Tỷ lệ người dân trưởng thành biết sử dụng thiết bị thông minh',
    en: 'Adults who can use a smart device (%)',
  },
  {
    code: 'ty_le.lao_dong_dung_dien_thoai_thong_minh',
    group: 'ky-nang-so',
    unitKind: 'percent',
    vi: 'Tỷ lệ người lao động sử dụng điện thoại thông minh',
    en: 'Workers who use a smartphone (%)',
  },
  {
    code: 'ty_le.giao_vien_ung_dung_cntt',
    group: 'ky-nang-so',
    unitKind: 'percent',
    vi: 'Tỷ lệ giáo viên ứng dụng công nghệ thông tin trong giảng dạy',
    en: 'Teachers using information technology in teaching (%)',
  },
  {
    code: 'dinh_danh.vneid_xac_nhan_ky_nang',
    group: 'dinh-danh',
    unitKind: 'count',
    vi: 'Số tài khoản VNeID được kích hoạt và xác nhận trình độ kỹ năng số',
    en: 'VNeID accounts activated with a confirmed digital-skills level',
  },
  {
    code: 'to_cns.ty_le_hoan_thanh_chi_tieu',
    group: 'to-cns',
    unitKind: 'percent',
    vi: 'Tỷ lệ hoàn thành chỉ tiêu của Tổ công nghệ số cộng đồng',
    en: 'Community technology teams: share of their targets met (%)',
  },
  {
    code: 'hoat_dong.luot_tham_gia_lop',
    group: 'hoat-dong',
    unitKind: 'count',
    counts: 'lượt',
    vi: 'Số lượt người tham gia lớp “Bình dân học vụ số”',
    en: 'Attendances at “Bình dân học vụ số” classes (times, not people)',
  },
  {
    code: 'hoat_dong.thon_goc_hoc_tap_so',
    group: 'hoat-dong',
    unitKind: 'count_of_total',
    vi: 'Số thôn duy trì góc học tập số cộng đồng hoạt động định kỳ (trên tổng số)',
    en: 'Villages keeping a community digital learning corner running (of total)',
  },
  {
    code: 'ty_le.diem_hoc_tap_cong_dong',
    group: 'hoat-dong',
    unitKind: 'percent',
    vi: 'Tỷ lệ điểm bưu điện văn hóa xã, trung tâm học tập cộng đồng tổ chức hướng dẫn kỹ năng số định kỳ',
    en: 'Cultural post offices and community learning centres running regular digital-skills sessions (%)',
  },
  // Online public services and digital payments.
  {
    code: 'dvc.nguoi_su_dung',
    group: 'dich-vu-so',
    unitKind: 'count',
    counts: 'người',
    vi: 'Số người dân sử dụng dịch vụ công trực tuyến',
    en: 'Residents using online public services',
  },
  {
    code: 'dvc.luot_ho_tro',
    group: 'dich-vu-so',
    unitKind: 'count',
    counts: 'lượt',
    vi: 'Số lượt người dân được hỗ trợ thực hiện thủ tục hành chính, dịch vụ công trực tuyến',
    en: 'Times residents were helped with online administrative procedures (times, not people)',
  },
  {
    code: 'dvc.ho_so_tiep_nhan',
    group: 'dich-vu-so',
    unitKind: 'count',
    vi: 'Số hồ sơ thủ tục hành chính được tiếp nhận',
    en: 'Administrative dossiers received',
  },
  {
    code: 'dvc.to_ung_cuu_thanh_vien',
    group: 'dich-vu-so',
    unitKind: 'count',
    counts: 'người',
    vi: 'Số thành viên Tổ ứng cứu công nghệ, hỗ trợ giải quyết thủ tục hành chính',
    en: 'Members of the technology response team for administrative procedures',
  },
  {
    code: 'ty_le.thanh_toan_khong_tien_mat',
    group: 'dich-vu-so',
    unitKind: 'percent',
    vi: 'Tỷ lệ người dân biết thanh toán không dùng tiền mặt',
    en: 'Residents who can pay without cash (%)',
  },
  {
    code: 'ty_le.truong_thu_khong_tien_mat',
    group: 'dich-vu-so',
    unitKind: 'percent',
    vi: 'Tỷ lệ trường học thu học phí, các khoản thu không dùng tiền mặt',
    en: 'Schools collecting fees without cash (%)',
  },
  {
    code: 'ty_le.chi_tra_qua_tai_khoan',
    group: 'dich-vu-so',
    unitKind: 'percent',
    vi: 'Tỷ lệ người hưởng chế độ chính sách, an sinh xã hội được chi trả qua tài khoản',
    en: 'Social-benefit recipients paid into an account (%)',
  },
  // The commune itself: context for the other figures, never a result.
  {
    code: 'dia_ban.so_thon',
    group: 'dia-ban',
    unitKind: 'count',
    vi: 'Số thôn, bon, tổ dân phố trên địa bàn',
    en: 'Villages and residential groups in the commune',
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

const byCode = new Map(indicators.map((d) => [d.code, d]));
if (byCode.size !== indicators.length) throw new Error('Duplicate indicator code in the catalogue');

export function findIndicator(code: string): IndicatorDefinition | undefined {
  return byCode.get(code);
}

/** Prefix of a local indicator's code: `dia_phuong.<name>`, name in lower-case ASCII, digits and "_". */
export const LOCAL_INDICATOR_PREFIX = 'dia_phuong.';
const localCodePattern = /^dia_phuong\.[a-z0-9_]{1,60}$/;

export function isLocalIndicatorCode(code: string): boolean {
  return localCodePattern.test(code);
}

/**
 * The definition of a local indicator, from the commune's own row: its name is the row's wording and its kind
 * follows the unit the commune wrote (a percent unit makes a rate, anything else a count).
 */
export function localIndicator(code: string, label: string, unit: string): IndicatorDefinition {
  const percent = /%|tỷ lệ|tỉ lệ|phần trăm/i.test(unit);
  return { code, group: 'dia-phuong', unitKind: percent ? 'percent' : 'count', vi: label, en: label, local: true };
}

/** The catalogue entry for a code, or a local indicator's definition for `dia_phuong.*` codes. */
export function indicatorForRow(code: string, label: string, unit: string): IndicatorDefinition | undefined {
  return byCode.get(code) ?? (isLocalIndicatorCode(code) ? localIndicator(code, label, unit) : undefined);
}

/** The definition behind a published figure: its catalogue entry, or its local indicator's definition. */
export function indicatorOf(figure: { indicator: string; label: string; unit: string }): IndicatorDefinition {
  return (
    indicatorForRow(figure.indicator, figure.label, figure.unit) ??
    // Unreachable for checked data (ingestion refuses unknown codes); kept total so pages never crash.
    localIndicator(figure.indicator, figure.label, figure.unit)
  );
}

/**
 * The unit the catalogue fixes for an indicator ("%" for rates, "Người" or "Lượt" for counts of people or visits),
 * or '' where the commune writes the unit its document uses (tổ, lớp, cuộc…): the blank template fills it in.
 */
export function catalogueUnit(def: IndicatorDefinition): string {
  if (def.unitKind === 'percent') return '%';
  if (def.counts === 'người') return 'Người';
  if (def.counts === 'lượt') return 'Lượt';
  return '';
}

/** Headline indicators in display order (adult rate first). */
export const headlineIndicators: readonly IndicatorDefinition[] = indicators
  .filter((d) => d.headline !== undefined)
  .sort((a, b) => a.headline! - b.headline!);
