/**
 * Data-quality checks on a single figure. They never change a value: each
 * returns warnings that are published beside the figure.
 */
import type { IndicatorDefinition } from './indicators.ts';
import type { ParsedValue } from './schemas.ts';
import { fold } from '../ingestion/text.ts';
import { formatDecimal } from './format.ts';

export interface QualityWarning {
  code:
    | 'quality.unit-mismatch'
    | 'quality.percent-range'
    | 'quality.numerator-above-denominator'
    | 'quality.rate-mismatch'
    | 'quality.non-integer-count';
  detail: string;
}

function unitSaysPercent(unit: string): boolean {
  const u = fold(unit);
  return u.includes('%') || u.includes('ty le') || u.includes('phan tram');
}

/** The rate implied by a fraction, as a number (not for display: display uses the submitted digits). */
export function fractionRate(v: ParsedValue): number | undefined {
  if (v.form !== 'fraction' || v.denominator === undefined) return undefined;
  return (Number(v.value) / Number(v.denominator)) * 100;
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
