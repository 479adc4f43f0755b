import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/domain/display.ts';
import { parseValue } from '../../src/ingestion/value.ts';

function shown(raw: string, locale: 'vi' | 'en'): string {
  const r = parseValue(raw);
  if (!r.ok) throw new Error(`unreadable: ${raw}`);
  return formatValue(r.value, locale);
}

describe('bounds keep their meaning in both languages', () => {
  it.each([
    ['không quá 5', 'Không quá 5', 'At most 5'],
    ['tối đa 5', 'Tối đa 5', 'At most 5'],
    ['ít nhất 1.000.000', 'Ít nhất 1.000.000', 'At least 1,000,000'],
    ['tối thiểu 80%', 'Tối thiểu 80%', 'At least 80%'],
    ['hơn 9.000', 'Hơn 9.000', 'More than 9,000'],
    ['trên 2.000', 'Trên 2.000', 'More than 2,000'],
    ['dưới 5', 'Dưới 5', 'Less than 5'],
    ['chưa đến 5', 'Chưa đến 5', 'Less than 5'],
  ])('%s', (raw, vi, en) => {
    expect(shown(raw, 'vi')).toBe(vi);
    expect(shown(raw, 'en')).toBe(en);
  });
});
