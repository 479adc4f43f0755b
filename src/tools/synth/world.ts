/**
 * What the generator is asked for (options) and what it works with: the reporting periods, the document kinds,
 * the phrase banks of the short narratives and each reporting commune's state while its documents are written.
 */
import type { Commune } from '../../domain/registry.ts';
import type { modelCategories } from '../../domain/schemas.ts';
import type { Plan, Profile } from './figures.ts';
import type { Rng } from './rng.ts';

export interface SynthOptions {
  seed: string;
  periods: number;
  /** Share of units WITH reports, 0–1. */
  share: number;
  /** Only the first N units (spread over all provinces); undefined = all 3,321. */
  limit?: number;
  /**
   * "short" (default): a narrative of about 1 KB. "long": as long as the seed reports (20-80 KB of text with
   * headings, lists and tables), for measuring the national site's real size.
   */
  narratives?: 'short' | 'long';
}

export interface Period {
  index: number;
  from: string;
  to: string;
  label: string;
  endYear: number;
}

/** Half-year periods ending 2025-12, 2026-06, 2026-12 … */
export function periodsOf(n: number): Period[] {
  const out: Period[] = [];
  for (let k = 0; k < n; k++) {
    // Months since year 0. The last period ends in June 2026 and earlier ones go back half a year each: documents
    // dated after the build are refused (mdx.future-date), and the output must not depend on the clock.
    const endMonthIndex = 2026 * 12 + 5 - 6 * (n - 1 - k);
    const year = Math.floor(endMonthIndex / 12);
    const month = (endMonthIndex % 12) + 1;
    const fromMonth = month - 5;
    const mm = (m: number) => String(m).padStart(2, '0');
    out.push({
      index: k,
      from: `${year}-${mm(fromMonth)}`,
      to: `${year}-${mm(month)}`,
      label: `6 tháng ${month === 12 ? 'cuối' : 'đầu'} năm ${year}`,
      endYear: year,
    });
  }
  return out;
}

export type DocKind = 'báo cáo' | 'kế hoạch' | 'bài báo';

export const difficulties = [
  'Một bộ phận người cao tuổi chưa quen sử dụng điện thoại thông minh.',
  'Hạ tầng Internet ở một số thôn xa còn chưa ổn định.',
  'Kinh phí cho Tổ công nghệ số cộng đồng chưa được bố trí riêng.',
  'Số liệu phổ cập kỹ năng số còn phân tán trên nhiều nền tảng.',
  'Thành viên Tổ công nghệ số cộng đồng kiêm nhiệm nhiều việc.',
];
export const proposals = [
  'Đề nghị cấp trên tiếp tục mở các lớp tập huấn kỹ năng số cho cán bộ cơ sở.',
  'Đề nghị doanh nghiệp viễn thông có gói cước ưu đãi cho hộ nghèo.',
  'Đề nghị hoàn thiện nền tảng học tập để người dân dễ đăng ký, dễ học.',
];
export const articleTitles = [
  'Lan tỏa phong trào học kỹ năng số ở cơ sở',
  'Khi người cao tuổi học dùng điện thoại thông minh',
  'Tổ công nghệ số cộng đồng về từng thôn',
  'Thu hẹp khoảng cách số từ những lớp học buổi tối',
];
export const modelTitles: Record<(typeof modelCategories)[number], readonly string[]> = {
  'tổ công nghệ số': ['Tổ công nghệ số cộng đồng đến từng nhà', 'Tổ công nghệ số trực tối thứ Bảy'],
  'dịch vụ công': ['Hướng dẫn dịch vụ công trực tuyến tại nhà văn hóa thôn', 'Điểm hỗ trợ thủ tục hành chính trên điện thoại'],
  'thanh toán số': ['Chợ không dùng tiền mặt', 'Thanh toán học phí bằng mã QR'],
  'giáo dục': ['Góc học tập số tại trường học', 'Học sinh hướng dẫn ông bà dùng điện thoại'],
  'gia đình số': ['Mỗi gia đình một người thạo kỹ năng số', 'Gia đình số, thôn số'],
  khác: ['Ngày thứ Bảy số', 'Loa thôn phát bài học kỹ năng số'],
};

export const yamlString = (s: string) => JSON.stringify(s);

export function csvCell(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CommuneWork {
  commune: Commune;
  folder: string;
  rng: Rng;
  profile: Profile;
  /** Planted features for the latest report. */
  plans: Plan[];
  /** Kind forced for the first period (to show every document kind even in a small sample). */
  firstKind?: DocKind;
  forcedModels: number;
}

export interface GeneratedReport {
  id: string;
  period: Period;
  kind: DocKind;
}
