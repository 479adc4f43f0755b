/**
 * Data-quality checks on a single figure. They never change a value: each
 * returns warnings that are published beside the figure.
 */
import type { IndicatorDefinition } from './indicators.ts';
import type { ParsedValue } from './schemas.ts';
import { fold } from './text.ts';
import { formatDecimal } from './format.ts';
import type { FigureWarning } from './problems/index.ts';

export interface QualityWarning extends FigureWarning {
  // `extends FigureWarning`: a code that is not a quality code of the catalogue fails the typecheck.
  code:
    | 'quality.unit-mismatch'
    | 'quality.percent-range'
    | 'quality.numerator-above-denominator'
    | 'quality.rate-mismatch'
    | 'quality.non-integer-count';
}

function unitSaysPercent(unit: string): boolean {
  const u = fold(unit);
  return u.includes('%') || u.includes('ty le') || u.includes('phan tram');
}

/** The rate implied by a fraction, as a number (not for display: display uses the submitted digits). */
export function fractionRate(v: ParsedValue): number | undefined {
  if (v.form !== 'fraction' || v.denominator === undefined) return undefined;
  return decimalRatioPercent(v.value, v.denominator);
}

/** Two decimal texts (DecimalText) denote the same number: "19" = "19.0" = "019". */
export function decimalEquals(a: string, b: string): boolean {
  const norm = (d: string) => {
    const [int, frac = ''] = d.split('.');
    return `${int!.replace(/^0+(?=\d)/, '')}.${frac.replace(/0+$/, '')}`;
  };
  return norm(a) === norm(b);
}

/** A decimal text as an integer and the power of ten it is scaled by: "12.5" → 125n, 1. */
function scaledDecimal(d: string): { n: bigint; scale: number } {
  const [int, frac = ''] = d.split('.');
  return { n: BigInt(int! + frac), scale: frac.length };
}

/** numerator / denominator as a ratio of two integers (decimals cleared crosswise). */
function integerRatio(numerator: string, denominator: string): { top: bigint; bottom: bigint } {
  const [n, d] = [scaledDecimal(numerator), scaledDecimal(denominator)];
  return { top: n.n * 10n ** BigInt(d.scale), bottom: d.n * 10n ** BigInt(n.scale) };
}

/**
 * numerator / denominator × 100 for decimal texts, computed exactly in integers and only then made a float,
 * so numbers of hundreds of digits (which are Infinity as floats) still give their rate. Undefined when the
 * denominator is zero or the rate itself is beyond a float.
 */
export function decimalRatioPercent(numerator: string, denominator: string): number | undefined {
  const { top, bottom } = integerRatio(numerator, denominator);
  if (bottom === 0n) return undefined;
  const max = BigInt(Number.MAX_SAFE_INTEGER);
  // Ordinary figures: one division of two exact integers, so the nearest float to the true rate. (29/100)·100
  // rounded twice, to 28.999999999999996, and 29/100 ranked below 29%.
  if (top * 100n <= max && bottom <= max) return Number(top * 100n) / Number(bottom);
  // top/bottom × 100, with 17 extra digits kept before the float conversion.
  const digits = 17;
  const q = (top * 100n * 10n ** BigInt(digits)) / bottom;
  const r = Number(q) / 10 ** digits;
  return Number.isFinite(r) ? r : undefined;
}

/**
 * numerator / denominator × 100 as decimal text with `decimals` places, rounded half up exactly ("7.3" for
 * 29/400 = 7.25), not from a float, where halves fall either way. Undefined when the denominator is zero.
 */
export function decimalRatioPercentText(numerator: string, denominator: string, decimals: number): string | undefined {
  const { top, bottom } = integerRatio(numerator, denominator);
  if (bottom === 0n) return undefined;
  const q = (2n * top * 100n * 10n ** BigInt(decimals) + bottom) / (2n * bottom);
  if (decimals === 0) return q.toString();
  const s = q.toString().padStart(decimals + 1, '0');
  return `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}

export function checkFigure(def: IndicatorDefinition, v: ParsedValue, unit: string): QualityWarning[] {
  const out: QualityWarning[] = [];
  const percentUnit = unitSaysPercent(unit);
  if (def.unitKind === 'percent') {
    if (v.form === 'number' && !percentUnit) {
      out.push({
        code: 'quality.unit-mismatch',
        detail: `chỉ tiêu là tỷ lệ (%) nhưng giá trị "${v.raw}" không có dấu % và đơn vị là "${unit}"`,
      });
    } else if (v.form === 'number') {
      // "85" in a % row: read as a count, it would silently drop out of rankings, medians and rate charts.
      out.push({
        code: 'quality.unit-mismatch',
        detail: `chỉ tiêu là tỷ lệ (%) và đơn vị là "${unit}" nhưng giá trị "${v.raw}" không có dấu %; nên không được tính là tỷ lệ (xếp hạng, trung vị, biểu đồ tỷ lệ)`,
      });
    }
  } else {
    if (v.form === 'percent') {
      out.push({ code: 'quality.unit-mismatch', detail: `giá trị "${v.raw}" là tỷ lệ % nhưng chỉ tiêu đếm số lượng, đơn vị "${unit}"` });
    } else if (percentUnit) {
      out.push({ code: 'quality.unit-mismatch', detail: `chỉ tiêu đếm số lượng nhưng đơn vị ghi "${unit}"` });
    }
  }
  // Visits (lượt) and people (người) are different counts: 14.033 lượt may be far fewer people.
  if (def.unitKind !== 'percent' && def.counts !== undefined) {
    const u = fold(unit);
    const saysVisits = /\bluot\b/.test(u);
    if (def.counts === 'người' && saysVisits) {
      out.push({ code: 'quality.unit-mismatch', detail: `chỉ tiêu đếm số người (mỗi người một lần) nhưng đơn vị ghi "${unit}" (số lượt)` });
    } else if (def.counts === 'lượt' && !saysVisits && /\bnguoi\b/.test(u)) {
      out.push({ code: 'quality.unit-mismatch', detail: `chỉ tiêu đếm số lượt nhưng đơn vị ghi "${unit}" (số người)` });
    }
  }
  if (v.form === 'percent' && Number(v.value) > 100) out.push({ code: 'quality.percent-range', detail: v.raw });
  if (v.statedPercent !== undefined && Number(v.statedPercent) > 100) out.push({ code: 'quality.percent-range', detail: v.raw });
  if (v.form === 'fraction' && v.denominator !== undefined) {
    if (Number(v.value) > Number(v.denominator)) {
      out.push({ code: 'quality.numerator-above-denominator', detail: v.raw });
    }
    const rate = fractionRate(v);
    if (v.statedPercent !== undefined && rate !== undefined) {
      // "Beyond rounding": more than half a unit of the last digit the commune wrote.
      const tolerance = 0.5 * 10 ** -(v.statedPercentDecimals ?? 0) + 1e-9;
      if (Math.abs(rate - Number(v.statedPercent)) > tolerance) {
        out.push({
          code: 'quality.rate-mismatch',
          detail: `${formatDecimal(v.value, 0)}/${formatDecimal(v.denominator, 0)} = ${formatDecimal(rate.toFixed(2), 2)}%, ghi ${formatDecimal(v.statedPercent, v.statedPercentDecimals ?? 0)}%`,
        });
      }
    }
  }
  const countParts =
    def.unitKind === 'percent' ? [] : v.form === 'fraction' ? [v.value, v.denominator ?? ''] : v.form === 'number' ? [v.value] : [];
  if (countParts.some((p) => p.includes('.'))) out.push({ code: 'quality.non-integer-count', detail: v.raw });
  return out;
}
