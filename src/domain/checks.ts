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

/**
 * numerator / denominator × 100 for decimal texts, computed exactly in integers and only then made a float,
 * so numbers of hundreds of digits (which are Infinity as floats) still give their rate. Undefined when the
 * denominator is zero or the rate itself is beyond a float.
 */
export function decimalRatioPercent(numerator: string, denominator: string): number | undefined {
  const parse = (d: string) => {
    const [int, frac = ''] = d.split('.');
    return { n: BigInt(int! + frac), scale: frac.length };
  };
  const [fn, fd] = [Number(numerator), Number(denominator)];
  if (fd === 0) return undefined;
  // Ordinary figures: the float division (exact enough, and what the site has always computed).
  if (fn <= Number.MAX_SAFE_INTEGER && fd <= Number.MAX_SAFE_INTEGER) return (fn / fd) * 100;
  const [n, d] = [parse(numerator), parse(denominator)];
  if (d.n === 0n) return undefined;
  // n/10^ns ÷ d/10^ds × 100, with 17 extra digits kept before the float conversion.
  const digits = 17;
  const top = n.n * 100n * 10n ** BigInt(d.scale + digits);
  const bottom = d.n * 10n ** BigInt(n.scale);
  const q = top / bottom;
  const r = Number(q) / 10 ** digits;
  return Number.isFinite(r) ? r : undefined;
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
