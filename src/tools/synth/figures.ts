/**
 * The synthetic world's figures: a profile per commune (population, villages, starting rates and pace), the true
 * figure of each indicator in each period, and that figure written the ways communes write it (thousands dots,
 * decimal commas, fractions, qualifier words, planted data-quality warnings).
 */
import { indicators, type IndicatorDefinition } from '../../domain/indicators.ts';
import type { Commune } from '../../domain/registry.ts';
import type { Rng } from './rng.ts';

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

export interface Profile {
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

export function makeProfile(c: Commune, rng: Rng): Profile {
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
export function truthOf(def: IndicatorDefinition, p: Profile, k: number): Truth {
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
export const unitOf = (def: IndicatorDefinition) => (def.unitKind === 'percent' ? '%' : (unitWords[def.code] ?? 'Người'));

// ---------------------------------------------------------------------------
// Rendering one figure
// ---------------------------------------------------------------------------

/** How a value is written. */
export const valueForms = ['thousands', 'comma-percent', 'fraction', 'fraction-stated', 'percent-bracket'] as const;
type ValueForm = (typeof valueForms)[number] | 'plain-number' | 'plain-percent';

/** Data-quality problems planted on purpose, in a small share of reports. */
export const plantedWarnings = ['unit-mismatch', 'rate-mismatch', 'conflicting-duplicate', 'dot-decimal'] as const;
export type PlantedWarning = (typeof plantedWarnings)[number];

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

export function renderFraction(n: number, d: number, rng: Rng, stated: boolean, bracket: boolean, misstate = false): string {
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

export interface Row {
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
export interface Plan {
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

export function renderTruth(def: IndicatorDefinition, truth: Truth, rng: Rng, want: Plan = {}): RenderResult {
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
