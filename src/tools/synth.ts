/**
 * `npm run synth -- --out <dir> [--periods N] [--share 0.9] [--seed S] [--limit N]`
 *
 * Writes synthetic national submissions in the real contract
 * (docs/data-contract.md) for the real registry of 3,321 units: one report
 * (MDX + CSV) per period per reporting commune, models, targets, every
 * qualifier and value form and a small share of data-quality warnings. The
 * output is for measuring and testing the build; it is never committed.
 *
 * - Deterministic: every random choice comes from a PRNG seeded by the seed
 *   (and, per commune, its code), never Math.random or the clock, so the same
 *   arguments give byte-identical files.
 * - A `SYNTHETIC` marker file is written at the root of <dir>; the build then
 *   labels every page "Dữ liệu mô phỏng / synthetic data" (src/ingestion/load.ts).
 * - Build from it: BDHVS_CONTENT_DIR=<dir> BDHVS_CACHE_DIR=<cache> astro build --outDir <out>
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { indicators, type IndicatorDefinition } from '../domain/indicators.ts';
import { registry, type Commune } from '../domain/registry.ts';
import { modelCategories, modelStatuses } from '../domain/schemas.ts';
import { slugify } from '../domain/text.ts';
import { longNarrative } from './synth-narrative.ts';

// ---------------------------------------------------------------------------
// Seeded randomness (never Math.random or the clock)
// ---------------------------------------------------------------------------

/** cyrb128: a string to four 32-bit seeds. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32 PRNG with small helpers. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(...keys: Array<string | number>) {
    [this.a, this.b, this.c, this.d] = hash128(keys.join('\u0001'));
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** Real number in [lo, hi). */
  real(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  /** Log-uniform in [lo, hi): commune sizes spread over an order of magnitude. */
  logUniform(lo: number, hi: number): number {
    return Math.exp(this.real(Math.log(lo), Math.log(hi)));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

// ---------------------------------------------------------------------------
// Writing numbers the way communes do
// ---------------------------------------------------------------------------

/** 14033 → "14.033" (thousands dots); below 1000 plain digits. */
export function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 80.06 with 2 decimals → "80,06" (decimal comma). */
function decimalComma(x: number, decimals: number): string {
  return x.toFixed(decimals).replace('.', ',');
}

/** The qualifier words the generator uses, as communes write them (docs: Qualifiers). */
export const qualifierForms = ['Ước tính', 'Khoảng', 'hơn', 'trên', 'dưới', 'gần'] as const;
type QualifierForm = (typeof qualifierForms)[number];

// ---------------------------------------------------------------------------
// The synthetic world: commune profiles and their figures over time
// ---------------------------------------------------------------------------

interface Profile {
  adults: number;
  /** Villages (thôn, bon) or residential groups (tổ dân phố). */
  villages: number;
  officials: number;
  students: number;
  workers: number;
  /** Starting level and growth per period of each percent indicator. */
  rates: Map<string, { start: number; growth: number }>;
  /** Per-period activity of count indicators (cumulative figures grow by this). */
  pace: Map<string, number>;
}

const percentStarts: Record<string, [number, number]> = {
  'ty_le.can_bo': [65, 98],
  'ty_le.can_bo_vneid': [70, 100],
  'ty_le.dinh_danh_dien_tu': [55, 92],
  'to_cns.ty_le_thon_co_to': [70, 100],
  'to_cns.ty_le_kien_toan': [60, 100],
  'ty_le.hoc_sinh': [50, 98],
};

function makeProfile(c: Commune, rng: Rng): Profile {
  const adults =
    c.kind === 'phường'
      ? rng.logUniform(9_000, 55_000)
      : c.kind === 'đặc khu'
        ? rng.logUniform(1_200, 9_000)
        : rng.logUniform(3_500, 26_000);
  const villages = c.kind === 'đặc khu' ? rng.int(3, 9) : rng.int(6, 34);
  const rates = new Map<string, { start: number; growth: number }>();
  for (const d of indicators) {
    if (d.unitKind !== 'percent') continue;
    const [lo, hi] = percentStarts[d.code] ?? [30, 88];
    rates.set(d.code, { start: rng.real(lo, hi), growth: rng.real(0, 9) });
  }
  const pace = new Map<string, number>();
  for (const d of indicators) if (d.unitKind === 'count') pace.set(d.code, rng.real(0.6, 1.4));
  return {
    adults: Math.round(adults),
    villages,
    officials: rng.int(35, 190),
    students: Math.round(adults * rng.real(0.12, 0.25)),
    workers: Math.round(adults * rng.real(0.05, 0.3)),
    rates,
    pace,
  };
}

type Truth = { kind: 'rate'; pct: number } | { kind: 'count'; n: number } | { kind: 'of'; n: number; d: number };

/** The "true" figure of an indicator in period k (0-based); cumulative counts grow, rates rise towards 100%. */
function truthOf(def: IndicatorDefinition, p: Profile, k: number): Truth {
  const t = k + 1;
  const pace = p.pace.get(def.code) ?? 1;
  const rate = (code: string) => {
    const r = p.rates.get(code)!;
    return Math.min(100, Math.round((r.start + r.growth * k) * 100) / 100);
  };
  const frac = (d: number, pct: number): Truth => ({ kind: 'of', n: Math.min(d, Math.round((d * pct) / 100)), d });
  switch (def.code) {
    case 'dinh_danh.muc_2':
      return frac(Math.round(p.adults * 1.15), Math.min(98, 45 + 12 * t * pace));
    case 'dinh_danh.huong_dan_vneid':
      return frac(p.adults, rate('ty_le.dinh_danh_dien_tu'));
    case 'dinh_danh.khu_dan_cu':
      return frac(p.villages, Math.min(100, 60 + 25 * t * pace));
    case 'to_cns.thon_co_to':
      return frac(p.villages, rate('to_cns.ty_le_thon_co_to'));
    case 'to_cns.so_to':
      return { kind: 'count', n: p.villages + 1 };
    case 'to_cns.to_cap_xa':
      return { kind: 'count', n: 1 };
    case 'to_cns.to_thon':
      return { kind: 'count', n: p.villages };
    case 'to_cns.thanh_vien':
      return { kind: 'count', n: Math.round((p.villages + 1) * (4 + pace * 2)) };
    case 'mooc.can_bo_hoc':
      return { kind: 'count', n: Math.min(p.officials, Math.round(p.officials * 0.4 * t * pace)) };
    case 'mooc.nguoi_dan_hoc':
      return { kind: 'count', n: Math.round(p.adults * 0.08 * t * pace) };
    case 'mooc.hoan_thanh':
      return { kind: 'count', n: Math.round(p.adults * 0.05 * t * pace) };
    case 'hoat_dong.can_bo_dao_tao':
      return { kind: 'count', n: Math.min(p.officials, Math.round(p.officials * 0.5 * t * pace)) };
    case 'hoat_dong.hoc_sinh_huong_dan':
      return { kind: 'count', n: Math.min(p.students, Math.round(p.students * 0.35 * t * pace)) };
    case 'hoat_dong.lao_dong_dao_tao':
      return { kind: 'count', n: Math.min(p.workers, Math.round(p.workers * 0.3 * t * pace)) };
    case 'hoat_dong.luot_huong_dan':
    case 'hoat_dong.huong_dan_vneid':
    case 'hoat_dong.huong_dan_dvc':
    case 'hoat_dong.huong_dan_thanh_toan':
      return { kind: 'count', n: Math.round(p.adults * 0.22 * t * pace) };
    case 'mo_hinh.so_mo_hinh':
      return { kind: 'count', n: Math.max(1, Math.round(1.5 * t * pace)) };
    case 'mo_hinh.de_xuat_nhan_rong':
      return { kind: 'count', n: Math.round(0.6 * t * pace) };
  }
  if (def.unitKind === 'percent') return { kind: 'rate', pct: rate(def.code) };
  // Other activity counts (documents, plans, meetings, news items, sessions, classes): small, growing.
  return { kind: 'count', n: Math.max(1, Math.round((3 + p.villages / 4) * t * pace)) };
}

/** Units communes write in the "Đơn vị tính" column. */
const unitWords: Record<string, string> = {
  'dinh_danh.muc_2': 'Công dân',
  'dinh_danh.huong_dan_vneid': 'Người',
  'dinh_danh.khu_dan_cu': 'Khu dân cư',
  'to_cns.so_to': 'Tổ',
  'to_cns.to_cap_xa': 'Tổ',
  'to_cns.to_thon': 'Tổ',
  'to_cns.thon_co_to': 'Thôn',
  'hoat_dong.van_ban': 'Văn bản',
  'hoat_dong.ke_hoach': 'Kế hoạch',
  'hoat_dong.cuoc_hop': 'Cuộc',
  'hoat_dong.tin_bai': 'Tin/bài',
  'hoat_dong.buoi_tuyen_truyen': 'Buổi',
  'hoat_dong.lop_can_bo': 'Lớp',
  'hoat_dong.lop_nguoi_dan': 'Lớp',
  'hoat_dong.luot_huong_dan': 'Lượt người',
  'hoat_dong.luot_tham_gia_lop': 'Lượt người',
  'hoat_dong.thon_goc_hoc_tap_so': 'Thôn',
  'dinh_danh.vneid_xac_nhan_ky_nang': 'Tài khoản',
  'dvc.luot_ho_tro': 'Lượt',
  'dvc.ho_so_tiep_nhan': 'Hồ sơ',
  'dia_ban.so_thon': 'Thôn',
  'mo_hinh.so_mo_hinh': 'Mô hình',
  'mo_hinh.de_xuat_nhan_rong': 'Mô hình',
};
const unitOf = (def: IndicatorDefinition) => (def.unitKind === 'percent' ? '%' : (unitWords[def.code] ?? 'Người'));

// ---------------------------------------------------------------------------
// Rendering one figure
// ---------------------------------------------------------------------------

/** How a value is written. */
export const valueForms = ['thousands', 'comma-percent', 'fraction', 'fraction-stated', 'percent-bracket'] as const;
type ValueForm = (typeof valueForms)[number] | 'plain-number' | 'plain-percent';

/** Data-quality problems planted on purpose, in a small share of reports. */
export const plantedWarnings = ['unit-mismatch', 'rate-mismatch', 'conflicting-duplicate', 'dot-decimal'] as const;
type PlantedWarning = (typeof plantedWarnings)[number];

/** Write a count of `n` with the qualifier's usual rounding ("hơn 9.000", "gần 15.000"). */
function roundedForQualifier(n: number, q: QualifierForm): number {
  if (n < 50) return n;
  const step = n >= 10_000 ? 1000 : n >= 1000 ? 100 : 10;
  if (q === 'hơn' || q === 'trên') return Math.max(step, Math.floor(n / step) * step);
  if (q === 'dưới' || q === 'gần') return Math.ceil(n / step) * step;
  return Math.round(n / step) * step;
}

function renderCount(n: number, rng: Rng): string {
  // Most officers use thousands dots; some type the digits alone ("4500"), which reads the same.
  return n >= 1000 && rng.chance(0.1) ? String(n) : thousands(n);
}

function renderPercent(pct: number, rng: Rng): { text: string; form: ValueForm } {
  const r = rng.next();
  if (pct >= 100 || r < 0.45) return { text: `${Math.round(pct)}%`, form: 'plain-percent' };
  const decimals = r < 0.75 ? 1 : 2;
  return { text: `${decimalComma(pct, decimals)}%`, form: 'comma-percent' };
}

function renderFraction(n: number, d: number, rng: Rng, stated: boolean, bracket: boolean, misstate = false): string {
  const dotted = rng.chance(0.6);
  const num = dotted ? thousands(n) : String(n);
  const den = dotted ? thousands(d) : String(d);
  if (!stated) return `${num}/${den}`;
  const decimals = rng.pick([0, 1, 1, 2]);
  let pct = (n / d) * 100;
  if (misstate) pct = pct >= 90 ? pct - rng.int(4, 9) : pct + rng.int(4, 9);
  const p = decimals === 0 ? String(Math.round(pct)) : decimalComma(pct, decimals);
  return bracket ? `${p}% (${num}/${den})` : `${num}/${den} đạt ${p}%`;
}

interface Row {
  code: string;
  label: string;
  unit: string;
  value: string;
  note: string;
  source: string;
  type: 'kết quả' | 'mục tiêu';
  year?: number;
}

/** What a report plants on purpose; the rest is drawn at random. */
interface Plan {
  qualifier?: QualifierForm;
  form?: (typeof valueForms)[number];
  warning?: PlantedWarning;
  target?: boolean;
}

interface RenderResult {
  value: string;
  form: ValueForm;
  qualifier?: QualifierForm;
}

function renderTruth(def: IndicatorDefinition, truth: Truth, rng: Rng, want: Plan = {}): RenderResult {
  const qualify = (text: string, q: QualifierForm | undefined) => (q ? `${q} ${text}` : text);
  const pickQualifier = (allowBounds: boolean): QualifierForm | undefined => {
    if (want.qualifier) return want.qualifier;
    if (want.form || !rng.chance(0.12)) return undefined;
    const q = rng.pick(qualifierForms);
    return !allowBounds && (q === 'hơn' || q === 'trên' || q === 'gần') ? 'Ước tính' : q;
  };
  if (truth.kind === 'rate') {
    const q = pickQualifier(truth.pct < 99);
    if (q) {
      // Bounds are written as round figures: "trên 90%", "dưới 60%".
      const pct = q === 'hơn' || q === 'trên' ? Math.min(95, Math.floor(truth.pct / 5) * 5) : Math.min(100, Math.round(truth.pct));
      return { value: qualify(`${pct}%`, q), form: 'plain-percent', qualifier: q };
    }
    if (want.form === 'comma-percent') {
      const pct = Math.min(99.5, truth.pct);
      return { value: `${decimalComma(pct, pct % 1 === 0 ? 1 : 2)}%`, form: 'comma-percent' };
    }
    const r = renderPercent(truth.pct, rng);
    return { value: r.text, form: r.form };
  }
  if (truth.kind === 'of') {
    const form =
      want.form === 'fraction' || want.form === 'fraction-stated' || want.form === 'percent-bracket'
        ? want.form
        : rng.pick<ValueForm>(['fraction', 'fraction', 'fraction-stated', 'percent-bracket', 'plain-number']);
    if (form === 'plain-number') return { value: renderCount(truth.n, rng), form: truth.n >= 1000 ? 'thousands' : 'plain-number' };
    return { value: renderFraction(truth.n, truth.d, rng, form !== 'fraction', form === 'percent-bracket'), form };
  }
  if (want.form === 'thousands') {
    const n = Math.max(1000, truth.n);
    return { value: thousands(n), form: 'thousands' };
  }
  const q = pickQualifier(true);
  if (q) {
    const n = roundedForQualifier(truth.n, q);
    return { value: qualify(thousands(n), q), form: n >= 1000 ? 'thousands' : 'plain-number', qualifier: q };
  }
  const text = renderCount(truth.n, rng);
  return { value: text, form: text.includes('.') ? 'thousands' : 'plain-number' };
}

// ---------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------

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

interface Period {
  index: number;
  from: string;
  to: string;
  label: string;
  endYear: number;
}

/** Half-year periods ending 2025-12, 2026-06, 2026-12 … */
function periodsOf(n: number): Period[] {
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

type DocKind = 'báo cáo' | 'kế hoạch' | 'bài báo';

const difficulties = [
  'Một bộ phận người cao tuổi chưa quen sử dụng điện thoại thông minh.',
  'Hạ tầng Internet ở một số thôn xa còn chưa ổn định.',
  'Kinh phí cho Tổ công nghệ số cộng đồng chưa được bố trí riêng.',
  'Số liệu phổ cập kỹ năng số còn phân tán trên nhiều nền tảng.',
  'Thành viên Tổ công nghệ số cộng đồng kiêm nhiệm nhiều việc.',
];
const proposals = [
  'Đề nghị cấp trên tiếp tục mở các lớp tập huấn kỹ năng số cho cán bộ cơ sở.',
  'Đề nghị doanh nghiệp viễn thông có gói cước ưu đãi cho hộ nghèo.',
  'Đề nghị hoàn thiện nền tảng học tập để người dân dễ đăng ký, dễ học.',
];
const articleTitles = [
  'Lan tỏa phong trào học kỹ năng số ở cơ sở',
  'Khi người cao tuổi học dùng điện thoại thông minh',
  'Tổ công nghệ số cộng đồng về từng thôn',
  'Thu hẹp khoảng cách số từ những lớp học buổi tối',
];
const modelTitles: Record<(typeof modelCategories)[number], readonly string[]> = {
  'tổ công nghệ số': ['Tổ công nghệ số cộng đồng đến từng nhà', 'Tổ công nghệ số trực tối thứ Bảy'],
  'dịch vụ công': ['Hướng dẫn dịch vụ công trực tuyến tại nhà văn hóa thôn', 'Điểm hỗ trợ thủ tục hành chính trên điện thoại'],
  'thanh toán số': ['Chợ không dùng tiền mặt', 'Thanh toán học phí bằng mã QR'],
  'giáo dục': ['Góc học tập số tại trường học', 'Học sinh hướng dẫn ông bà dùng điện thoại'],
  'gia đình số': ['Mỗi gia đình một người thạo kỹ năng số', 'Gia đình số, thôn số'],
  khác: ['Ngày thứ Bảy số', 'Loa thôn phát bài học kỹ năng số'],
};

const yamlString = (s: string) => JSON.stringify(s);

function csvCell(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

interface CommuneWork {
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

interface GeneratedReport {
  id: string;
  period: Period;
  kind: DocKind;
}

export interface SynthStats {
  units: number;
  reportingUnits: number;
  reports: number;
  models: number;
  figures: number;
}

/** Every file of the synthetic tree, path (relative to the output dir) → content, in a stable order. */
export function generate(options: SynthOptions): { files: Map<string, string>; stats: SynthStats } {
  const { seed, share } = options;
  if (!Number.isInteger(options.periods) || options.periods < 1) throw new Error('--periods must be a whole number ≥ 1');
  if (!(share >= 0 && share <= 1)) throw new Error('--share must be between 0 and 1');
  const reg = registry();
  const periods = periodsOf(options.periods);

  // Units in a round-robin over provinces, so that --limit N still spans the country.
  const byProvince = [...reg.provinces]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((p) => [...reg.communesOf(p.code)].sort((a, b) => a.code.localeCompare(b.code)));
  const order: Commune[] = [];
  for (let i = 0; order.length < reg.communes.length; i++) for (const list of byProvince) if (list[i]) order.push(list[i]!);
  const units = options.limit === undefined ? order : order.slice(0, Math.max(0, options.limit));

  // Exactly round(N × share) units report; which ones is a seeded shuffle.
  const reportingCount = Math.round(units.length * share);
  const reportingCodes = new Set(new Rng(seed, 'share').shuffle(units.map((c) => c.code)).slice(0, reportingCount));
  const reporting = units.filter((c) => reportingCodes.has(c.code));

  // Features every output shows, planted in the latest report of the first reporting units.
  const features: Plan[] = [
    ...qualifierForms.map((qualifier) => ({ qualifier })),
    ...valueForms.map((form) => ({ form })),
    ...plantedWarnings.map((warning) => ({ warning })),
    { target: true },
  ];
  const work: CommuneWork[] = reporting.map((commune, i) => {
    const rng = new Rng(seed, 'commune', commune.code);
    return {
      commune,
      folder: `${commune.code}-${slugify(commune.shortName)}`,
      rng,
      profile: makeProfile(commune, rng),
      plans: [],
      // With several periods, the first two units open with a plan and a press article.
      ...(periods.length > 1 && i < 2 ? { firstKind: i === 0 ? ('kế hoạch' as const) : ('bài báo' as const) } : {}),
      forcedModels: i < 6 ? 1 : 0,
    };
  });
  if (work.length > 0) features.forEach((f, i) => work[i % work.length]!.plans.push(f));

  const files = new Map<string, string>();
  const stats: SynthStats = { units: units.length, reportingUnits: reporting.length, reports: 0, models: 0, figures: 0 };
  let modelIndex = 0;
  const modelRng = new Rng(seed, 'models');
  for (const w of work) {
    const { rng } = w;
    const reports: GeneratedReport[] = [];
    for (const period of periods) {
      const latest = period.index === periods.length - 1;
      const forcedFirst = period.index === 0 && w.firstKind !== undefined;
      // Every reporting unit reports in the latest period; most also in earlier ones (history).
      if (!latest && !forcedFirst && !rng.chance(0.85)) continue;
      const kind: DocKind = forcedFirst
        ? w.firstKind!
        : latest
          ? 'báo cáo'
          : rng.chance(0.92)
            ? 'báo cáo'
            : rng.chance(0.5)
              ? 'kế hoạch'
              : 'bài báo';
      const doc = makeReport(w, period, kind, latest ? w.plans : [], options);
      files.set(`reports/${w.folder}/${doc.name}.mdx`, doc.mdx);
      files.set(`reports/${w.folder}/${doc.name}.csv`, doc.csv);
      stats.reports++;
      stats.figures += doc.rows;
      reports.push({ id: `${w.folder}/${doc.name}`, period, kind });
    }
    // Models: a few units showcase one or two, each described in one of the unit's reports.
    const count = w.forcedModels > 0 ? w.forcedModels : rng.chance(0.1) ? (rng.chance(0.2) ? 2 : 1) : 0;
    const used = new Set<string>();
    for (let m = 0; m < count; m++) {
      // The first models cycle through every status and category; later ones are drawn at random.
      const status = modelIndex < 24 ? modelStatuses[modelIndex % modelStatuses.length]! : modelRng.pick(modelStatuses);
      const category = modelIndex < 24 ? modelCategories[modelIndex % modelCategories.length]! : modelRng.pick(modelCategories);
      modelIndex++;
      const report = reports[reports.length - 1]!;
      let title = rng.pick(modelTitles[category]);
      if (used.has(slugify(title))) title = `${title} (giai đoạn 2)`;
      used.add(slugify(title));
      files.set(`models/${w.folder}/${slugify(title)}.mdx`, makeModel(w, title, category, status, report, options));
      stats.models++;
    }
  }
  files.set('SYNTHETIC', markerText(options, stats));
  return { files: new Map([...files.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))), stats };
}

function markerText(o: SynthOptions, s: SynthStats): string {
  return [
    'Dữ liệu mô phỏng — không phải số liệu thật / Synthetic data — not real figures.',
    'Generated by src/tools/synth.ts; every page built from this folder says so.',
    `seed: ${o.seed}`,
    `periods: ${o.periods}`,
    `share: ${o.share}`,
    `limit: ${o.limit ?? 'all'}`,
    `narratives: ${o.narratives ?? 'short'}`,
    `units: ${s.units}`,
    `units with reports: ${s.reportingUnits}`,
    `reports: ${s.reports}`,
    `figures: ${s.figures}`,
    `models: ${s.models}`,
    '',
  ].join('\n');
}

function makeReport(
  w: CommuneWork,
  period: Period,
  kind: DocKind,
  plans: readonly Plan[],
  options: SynthOptions,
): { name: string; mdx: string; csv: string; rows: number } {
  const { rng, commune } = w;
  const day = String(rng.int(kind === 'kế hoạch' ? 1 : 15, 28)).padStart(2, '0');
  // A plan is dated at the start of its period; a report at its end; a press article a little after.
  const date =
    kind === 'kế hoạch'
      ? `${period.from}-${day}`
      : kind === 'bài báo'
        ? nextMonth(period.to) + `-${String(rng.int(1, 20)).padStart(2, '0')}`
        : `${period.to}-${day}`;
  const slug = kind === 'báo cáo' ? 'bao-cao' : kind === 'kế hoạch' ? 'ke-hoach' : 'bai-bao';
  const name = `${date}-${slug}`;
  const rows = kind === 'kế hoạch' ? planRows(w, period) : resultRows(w, period, kind, plans);

  // CSV: most files as Excel in Vietnamese locale saves them (comma, UTF-8); some with BOM, ";" and CRLF.
  const excelStyle = rng.chance(0.15);
  const delimiter = excelStyle ? ';' : ',';
  const newline = excelStyle ? '\r\n' : '\n';
  const withTypeColumns = rows.some((r) => r.type === 'mục tiêu') || !excelStyle;
  const header = [
    'STT',
    'Mã chỉ tiêu',
    'Nội dung',
    'Đơn vị tính',
    'Kết quả',
    'Thuyết minh',
    'Nguồn',
    ...(withTypeColumns ? ['Loại', 'Năm'] : []),
  ];
  const lines = [header.join(delimiter)];
  rows.forEach((r, i) => {
    const cells = [String(i + 1), r.code, r.label, r.unit, r.value, r.note, r.source];
    if (withTypeColumns) cells.push(r.type === 'mục tiêu' ? 'mục tiêu' : '', r.year !== undefined ? String(r.year) : '');
    lines.push(cells.map((c) => csvCell(c, delimiter)).join(delimiter));
  });
  const csv = (excelStyle ? '\uFEFF' : '') + lines.join(newline) + newline;

  const unitName = `${commune.kind} ${commune.shortName}`;
  const adult = rows.find((r) => r.code === 'ty_le.nguoi_truong_thanh');
  const teams = rows.find((r) => r.code === 'to_cns.so_to');
  const highlights = [
    adult ? `- Tỷ lệ người dân trưởng thành có kỹ năng số cơ bản: ${adult.value}${adult.type === 'mục tiêu' ? ' (mục tiêu)' : ''}.` : '',
    teams ? `- Số Tổ công nghệ số cộng đồng: ${teams.value}.` : '',
    `- Bảng số liệu kèm theo có ${rows.length} dòng.`,
  ].filter(Boolean);
  const title =
    kind === 'báo cáo'
      ? `Kết quả thực hiện Phong trào “Bình dân học vụ số” ${period.label} (mô phỏng)`
      : kind === 'kế hoạch'
        ? `Triển khai Phong trào “Bình dân học vụ số” trên địa bàn ${unitName} ${period.label} (mô phỏng)`
        : `${rng.pick(articleTitles)} (bài viết mô phỏng)`;
  const note = `Dữ liệu mô phỏng do src/tools/synth.ts tạo ra (hạt giống ${options.seed}); không phải văn bản thật của ${commune.name}.`;
  const fm = [
    '---',
    `commune: ${yamlString(commune.code)}`,
    `kind: ${kind}`,
    `title: ${yamlString(title)}`,
    ...(kind === 'bài báo' ? [] : [`number: ${yamlString(`${rng.int(5, 480)}/${kind === 'kế hoạch' ? 'KH' : 'BC'}-UBND`)}`]),
    `date: ${yamlString(date)}`,
    ...(kind === 'bài báo'
      ? []
      : ['period:', `  from: ${yamlString(period.from)}`, `  to: ${yamlString(period.to)}`, `  label: ${yamlString(period.label)}`]),
    `issuer: ${yamlString(kind === 'bài báo' ? `Báo chí (bài viết mô phỏng về ${unitName})` : `UBND ${unitName}`)}`,
    ...(kind === 'bài báo'
      ? [`publisher: ${yamlString('Báo mô phỏng')}`]
      : ['signatory:', `  title: ${yamlString('KT. Chủ tịch, Phó Chủ tịch')}`]),
    `note: ${yamlString(note)}`,
    '---',
  ];
  const body = [
    '',
    `Đây là dữ liệu mô phỏng, do máy tạo ra để thử nghiệm trang web; không phải ${kind} thật của ${commune.name}.`,
    '',
    kind === 'kế hoạch' ? '## Mục tiêu' : '## Kết quả nổi bật',
    '',
    ...highlights,
    '',
    ...(kind === 'bài báo'
      ? []
      : ['## Khó khăn, hạn chế', '', `- ${rng.pick(difficulties)}`, '', '## Đề xuất, kiến nghị', '', `- ${rng.pick(proposals)}`, '']),
  ];
  if (options.narratives === 'long') {
    // Its own random stream, so that the short output (and every figure) stays the same with or without it.
    const textRng = new Rng(options.seed, 'narrative', commune.code, name);
    body.push(longNarrative(textRng, { unitName, periodLabel: period.label, kind }));
  }
  return { name, mdx: `${fm.join('\n')}\n${body.join('\n')}`, csv, rows: rows.length };
}

function nextMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  return m === 12 ? `${y! + 1}-01` : `${y}-${String(m! + 1).padStart(2, '0')}`;
}

const percentDefs = indicators.filter((d) => d.unitKind === 'percent');
const headlineCodes = new Set(indicators.filter((d) => d.headline !== undefined).map((d) => d.code));

function planRows(w: CommuneWork, period: Period): Row[] {
  const { rng, profile } = w;
  const chosen = rng.shuffle(percentDefs).slice(0, rng.int(4, 8));
  return chosen.map((def, i) => {
    const r = profile.rates.get(def.code)!;
    const target = Math.min(100, Math.ceil((r.start + r.growth * (period.index + 2)) / 5) * 5);
    return {
      code: def.code,
      label: def.vi,
      unit: '%',
      value: target >= 100 || !rng.chance(0.2) ? `${target}%` : `trên ${target}%`,
      note: '',
      source: `Mục II.${i < 3 ? 1 : 2}`,
      type: 'mục tiêu',
      year: period.endYear,
    };
  });
}

function resultRows(w: CommuneWork, period: Period, kind: DocKind, plans: readonly Plan[]): Row[] {
  const { rng, profile } = w;
  const k = period.index;
  // Which indicators this document states: headline ones nearly always, others about half the time.
  const included = indicators.filter((d) =>
    kind === 'bài báo' ? rng.chance(headlineCodes.has(d.code) ? 0.5 : 0.12) : rng.chance(headlineCodes.has(d.code) ? 0.95 : 0.5),
  );
  const set = new Set(included.map((d) => d.code));
  const wants = new Map<string, Plan>();
  const extra: Row[] = [];
  // Natural warnings, each in about 1% of reports; planted ones on top.
  const warnings = new Set<PlantedWarning>(plans.flatMap((p) => (p.warning ? [p.warning] : [])));
  if (kind === 'báo cáo') for (const wname of plantedWarnings) if (rng.chance(0.01)) warnings.add(wname);

  /** Reserve an indicator of a kind for a planted feature; adds it to the document if absent. */
  const reserve = (candidates: readonly string[]): string | undefined => {
    const code = candidates.find((c) => !wants.has(c) && set.has(c)) ?? candidates.find((c) => !wants.has(c));
    if (code) set.add(code);
    return code;
  };
  const byKind = (kinds: readonly string[], exclude: readonly string[] = []) =>
    indicators.filter((d) => kinds.includes(d.unitKind) && !exclude.includes(d.code)).map((d) => d.code);
  const percentCodes = byKind(['percent']);
  const countCodes = byKind(['count'], ['to_cns.to_cap_xa', 'hoat_dong.lao_dong_dao_tao']);
  const ofCodes = byKind(['count_of_total']);
  for (const plan of plans) {
    if (plan.qualifier) {
      const code = reserve(rng.chance(0.5) ? percentCodes : countCodes);
      if (code) wants.set(code, plan);
    } else if (plan.form === 'thousands') {
      const code = reserve(['hoat_dong.luot_huong_dan', 'hoat_dong.huong_dan_vneid', 'hoat_dong.huong_dan_dvc', 'mooc.nguoi_dan_hoc']);
      if (code) wants.set(code, plan);
    } else if (plan.form === 'comma-percent') {
      const code = reserve(percentCodes);
      if (code) wants.set(code, plan);
    } else if (plan.form) {
      const code = reserve(ofCodes);
      if (code) wants.set(code, plan);
    }
  }
  if (warnings.has('unit-mismatch')) {
    // A count indicator written as a percent, as in the real Thuận An appendix ("80%" trained workers).
    set.add('hoat_dong.lao_dong_dao_tao');
    wants.set('hoat_dong.lao_dong_dao_tao', { warning: 'unit-mismatch' });
  }
  if (warnings.has('rate-mismatch')) {
    const code = reserve(ofCodes);
    if (code) wants.set(code, { warning: 'rate-mismatch' });
  }
  if (warnings.has('dot-decimal')) {
    const code = reserve(percentCodes);
    if (code) wants.set(code, { warning: 'dot-decimal' });
  }
  let duplicateOf: string | undefined;
  if (warnings.has('conflicting-duplicate')) {
    duplicateOf = reserve(['hoat_dong.van_ban', 'hoat_dong.tin_bai', 'hoat_dong.ke_hoach', 'hoat_dong.cuoc_hop']);
    if (duplicateOf) wants.set(duplicateOf, { warning: 'conflicting-duplicate' });
  }

  const rows: Row[] = [];
  for (const def of indicators) {
    if (!set.has(def.code)) continue;
    const truth = truthOf(def, profile, k);
    const want = wants.get(def.code) ?? {};
    let value: string;
    if (want.warning === 'unit-mismatch') {
      value = `${rng.int(6, 19) * 5}%`;
    } else if (want.warning === 'rate-mismatch') {
      const t = truth.kind === 'of' ? truth : { n: 80, d: 100 };
      value = renderFraction(t.n, t.d, rng, true, false, true);
    } else if (want.warning === 'dot-decimal') {
      const pct = truth.kind === 'rate' ? Math.min(99.5, truth.pct) : 80.5;
      value = `${(Math.floor(pct) + rng.int(1, 9) / 10).toFixed(1)}%`;
    } else {
      value = renderTruth(def, truth, rng, want).value;
    }
    const src = def.group === 'hoat-dong' || def.group === 'mo-hinh' ? `Phụ lục, dòng ${rows.length + 1}` : `Mục II.${rng.int(1, 4)}`;
    rows.push({
      code: def.code,
      label: def.vi,
      unit: unitOf(def),
      value,
      note: want.warning === 'rate-mismatch' ? 'Tỷ lệ ghi theo báo cáo của công an xã (mô phỏng).' : '',
      source: src,
      type: 'kết quả',
    });
    if (duplicateOf === def.code) {
      // The narrative states a different number from the appendix for the same indicator.
      const n = truth.kind === 'count' ? truth.n : 10;
      extra.push({
        code: def.code,
        label: `${def.vi} (theo phần lời văn)`,
        unit: unitOf(def),
        value: thousands(n + rng.int(3, 12)),
        note: 'Phần lời văn ghi khác với phụ lục (mô phỏng).',
        source: 'Mục II.1',
        type: 'kết quả',
      });
    }
  }
  rows.push(...extra);
  // Targets for the next year in some reports (and always where one is planted).
  const planted = plans.some((p) => p.target);
  if (kind === 'báo cáo' && (planted || rng.chance(0.2))) {
    const chosen = rng.shuffle(percentDefs).slice(0, rng.int(1, 3));
    for (const def of chosen) {
      const r = profile.rates.get(def.code)!;
      const target = Math.min(100, Math.ceil((r.start + r.growth * (k + 2)) / 5) * 5);
      rows.push({
        code: def.code,
        label: def.vi,
        unit: '%',
        value: target < 100 && rng.chance(0.3) ? `trên ${target}%` : `${target}%`,
        note: '',
        source: 'Mục IV',
        type: 'mục tiêu',
        year: period.endYear + 1,
      });
    }
  }
  return rows;
}

function makeModel(
  w: CommuneWork,
  title: string,
  category: (typeof modelCategories)[number],
  status: (typeof modelStatuses)[number],
  report: GeneratedReport,
  options: SynthOptions,
): string {
  const { rng, commune } = w;
  const decision = rng.chance(0.6);
  const startMonth = report.period.from;
  const fm = [
    '---',
    `commune: ${yamlString(commune.code)}`,
    `title: ${yamlString(`${title} (mô phỏng)`)}`,
    `category: ${category}`,
    `status: ${status}`,
    ...(decision ? [`decision: ${yamlString(`Quyết định số ${rng.int(10, 480)}/QĐ-UBND (mô phỏng)`)}`] : []),
    `start: ${yamlString(startMonth)}`,
    `report: ${yamlString(report.id)}`,
    `location: ${yamlString(`Mục II.${rng.int(3, 6)}`)}`,
    '---',
  ];
  const body = [
    '',
    `Mô hình mô phỏng của ${commune.name}, do src/tools/synth.ts tạo ra (hạt giống ${options.seed}) để thử nghiệm trang web; không phải mô hình thật.`,
    '',
    `Nội dung giả định: ${title.toLowerCase()}, trạng thái “${status}”.`,
    '',
  ];
  return `${fm.join('\n')}\n${body.join('\n')}`;
}

// ---------------------------------------------------------------------------
// Writing to disk and the command line
// ---------------------------------------------------------------------------

/** Write the synthetic tree to `dir` (which must be empty, absent, or an earlier synthetic output). */
export function writeSynthetic(dir: string, options: SynthOptions): SynthStats {
  const out = resolve(dir);
  const repoContent = resolve(dirname(fileURLToPath(import.meta.url)), '../../content');
  if (out === repoContent || !relative(repoContent, out).startsWith('..')) {
    throw new Error(`Refusing to write synthetic data under ${repoContent}: it must never be committed.`);
  }
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(join(out, 'SYNTHETIC'))) throw new Error(`${out} is not empty and has no SYNTHETIC marker; refusing to overwrite it.`);
    rmSync(out, { recursive: true, force: true });
  }
  const { files, stats } = generate(options);
  for (const [path, text] of files) {
    const file = join(out, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return stats;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      periods: { type: 'string', default: '2' },
      share: { type: 'string', default: '0.9' },
      seed: { type: 'string', default: '1' },
      limit: { type: 'string' },
      narratives: { type: 'string', default: 'short' },
    },
    strict: true,
  });
  if (values.narratives !== 'short' && values.narratives !== 'long') {
    console.error('--narratives must be "short" or "long"');
    process.exit(2);
  }
  if (!values.out) {
    console.error('Usage: npm run synth -- --out <dir> [--periods N] [--share 0.9] [--seed S] [--limit N] [--narratives short|long]');
    process.exit(2);
  }
  const options: SynthOptions = {
    seed: values.seed,
    periods: Number(values.periods),
    share: Number(values.share),
    ...(values.limit !== undefined ? { limit: Number(values.limit) } : {}),
    narratives: values.narratives,
  };
  const stats = writeSynthetic(values.out, options);
  console.log(
    `Synthetic data in ${resolve(values.out)}: ${stats.units} units (${stats.reportingUnits} with reports), ${stats.reports} reports, ${stats.figures} figures, ${stats.models} models.`,
  );
  console.log(`Build: BDHVS_CONTENT_DIR=${resolve(values.out)} BDHVS_CACHE_DIR=<cache> node_modules/.bin/astro build --outDir <out>`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
