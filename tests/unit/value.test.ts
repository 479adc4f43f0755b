import { describe, it, expect } from 'vitest';
import { parseValue, type ValueParse } from '../../src/ingestion/value.ts';
import { formatDecimal, formatNumber } from '../../src/domain/format.ts';
import { ParsedValue } from '../../src/domain/schemas.ts';

type Ok = Extract<ValueParse, { ok: true }>;

function ok(input: string): Ok {
  const r = parseValue(input);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(input)} to parse, got ${r.reason}`);
  // Every accepted value must satisfy the published contract.
  expect(ParsedValue.safeParse(r.value).success).toBe(true);
  return r;
}

interface Case {
  input: string;
  raw: string;
  form: 'number' | 'percent' | 'fraction';
  value: string;
  decimals: number;
  qualifiers?: string[];
  words?: string[];
  denominator?: string;
  statedPercent?: string;
  statedPercentDecimals?: number;
  warnings?: string[];
}

// Every value form found in the seed documents (content/reports/*), with what it must mean.
const seedForms: Case[] = [
  { input: '15', raw: '15', form: 'number', value: '15', decimals: 0 },
  { input: ' 10', raw: '10', form: 'number', value: '10', decimals: 0 },
  { input: '01', raw: '01', form: 'number', value: '1', decimals: 0 },
  { input: '07', raw: '07', form: 'number', value: '7', decimals: 0 },
  { input: '14.033', raw: '14.033', form: 'number', value: '14033', decimals: 0 },
  { input: '4500', raw: '4500', form: 'number', value: '4500', decimals: 0 },
  { input: '80,06%', raw: '80,06%', form: 'percent', value: '80.06', decimals: 2 },
  { input: '80.5%', raw: '80.5%', form: 'percent', value: '80.5', decimals: 1, warnings: ['dot-decimal'] },
  { input: '100%', raw: '100%', form: 'percent', value: '100', decimals: 0 },
  { input: '12564/16900', raw: '12564/16900', form: 'fraction', value: '12564', decimals: 0, denominator: '16900' },
  { input: '35/35', raw: '35/35', form: 'fraction', value: '35', decimals: 0, denominator: '35' },
  {
    input: '14.033/17.423 đạt 80.5%',
    raw: '14.033/17.423 đạt 80.5%',
    form: 'fraction',
    value: '14033',
    decimals: 0,
    denominator: '17423',
    statedPercent: '80.5',
    statedPercentDecimals: 1,
    warnings: ['dot-decimal'],
  },
  {
    input: 'Khoảng 14.173',
    raw: 'Khoảng 14.173',
    form: 'number',
    value: '14173',
    decimals: 0,
    qualifiers: ['approximate'],
    words: ['Khoảng'],
  },
  {
    input: ' Khoảng 14.173',
    raw: 'Khoảng 14.173',
    form: 'number',
    value: '14173',
    decimals: 0,
    qualifiers: ['approximate'],
    words: ['Khoảng'],
  },
  { input: 'Ước tính 80%', raw: 'Ước tính 80%', form: 'percent', value: '80', decimals: 0, qualifiers: ['estimate'], words: ['Ước tính'] },
  // The seed has this typo ("Uớc" instead of "Ước"): still an estimate, and the words kept as written.
  { input: 'Uớc tính 80%', raw: 'Uớc tính 80%', form: 'percent', value: '80', decimals: 0, qualifiers: ['estimate'], words: ['Uớc tính'] },
  {
    input: 'Ước tính 100%',
    raw: 'Ước tính 100%',
    form: 'percent',
    value: '100',
    decimals: 0,
    qualifiers: ['estimate'],
    words: ['Ước tính'],
  },
  { input: 'hơn 20', raw: 'hơn 20', form: 'number', value: '20', decimals: 0, qualifiers: ['lower_bound'], words: ['hơn'] },
  { input: 'hơn 9.000', raw: 'hơn 9.000', form: 'number', value: '9000', decimals: 0, qualifiers: ['lower_bound'], words: ['hơn'] },
  { input: 'trên 90%', raw: 'trên 90%', form: 'percent', value: '90', decimals: 0, qualifiers: ['lower_bound'], words: ['trên'] },
  { input: 'dưới 5', raw: 'dưới 5', form: 'number', value: '5', decimals: 0, qualifiers: ['upper_bound'], words: ['dưới'] },
  // Inclusive bounds stay apart from strict ones: "không quá 5" is not "dưới 5".
  { input: 'không quá 5', raw: 'không quá 5', form: 'number', value: '5', decimals: 0, qualifiers: ['at_most'], words: ['không quá'] },
  { input: 'tối đa 5', raw: 'tối đa 5', form: 'number', value: '5', decimals: 0, qualifiers: ['at_most'], words: ['tối đa'] },
  {
    input: 'ít nhất 1.000.000',
    raw: 'ít nhất 1.000.000',
    form: 'number',
    value: '1000000',
    decimals: 0,
    qualifiers: ['at_least'],
    words: ['ít nhất'],
  },
  {
    input: 'tối thiểu 80%',
    raw: 'tối thiểu 80%',
    form: 'percent',
    value: '80',
    decimals: 0,
    qualifiers: ['at_least'],
    words: ['tối thiểu'],
  },
  { input: 'gần 1.000', raw: 'gần 1.000', form: 'number', value: '1000', decimals: 0, qualifiers: ['approximate'], words: ['gần'] },
  {
    input: 'Ước tính hơn 80%',
    raw: 'Ước tính hơn 80%',
    form: 'percent',
    value: '80',
    decimals: 0,
    qualifiers: ['estimate', 'lower_bound'],
    words: ['Ước tính', 'hơn'],
  },
  // "trên dưới" means "around": approximate, NOT the lower bound "trên".
  {
    input: 'trên dưới 100',
    raw: 'trên dưới 100',
    form: 'number',
    value: '100',
    decimals: 0,
    qualifiers: ['approximate'],
    words: ['trên dưới'],
  },
  // "đạt" ("reached") carries no qualifier and is not a qualifier word.
  { input: 'đạt 100%', raw: 'đạt 100%', form: 'percent', value: '100', decimals: 0 },
  {
    input: '80% (14.033/17.423)',
    raw: '80% (14.033/17.423)',
    form: 'fraction',
    value: '14033',
    decimals: 0,
    denominator: '17423',
    statedPercent: '80',
    statedPercentDecimals: 0,
  },
];

describe('parseValue: value forms from the seed documents', () => {
  it.each(seedForms.map((c) => [JSON.stringify(c.input), c] as const))('%s', (_, c) => {
    const r = ok(c.input);
    expect(r.value.raw).toBe(c.raw);
    expect(r.value.form).toBe(c.form);
    expect(r.value.value).toBe(c.value);
    expect(r.value.decimals).toBe(c.decimals);
    expect(r.value.qualifiers).toEqual(c.qualifiers ?? []);
    expect(r.value.qualifierWords).toEqual(c.words ?? []);
    expect(r.value.denominator).toBe(c.denominator);
    expect(r.value.statedPercent).toBe(c.statedPercent);
    expect(r.value.statedPercentDecimals).toBe(c.statedPercentDecimals);
    expect([...r.warnings].sort()).toEqual([...(c.warnings ?? [])].sort());
    // Nothing but the known keys: no stray fields leak into published data.
    const allowed = new Set([
      'raw',
      'qualifiers',
      'qualifierWords',
      'form',
      'value',
      'decimals',
      'denominator',
      'statedPercent',
      'statedPercentDecimals',
    ]);
    for (const k of Object.keys(r.value)) expect(allowed.has(k)).toBe(true);
  });

  it('is stable: parsing the kept raw text again gives the same value', () => {
    for (const c of seedForms) {
      const first = ok(c.input);
      const again = ok(first.value.raw);
      expect(again).toEqual(first);
    }
  });

  it('a stated percent is kept with the digits written (80,5% vs 80.5%)', () => {
    const comma = ok('14.033/17.423 (80,5%)');
    expect(comma.value.statedPercent).toBe('80.5');
    expect(comma.value.statedPercentDecimals).toBe(1);
    expect(comma.warnings).toEqual([]);
    const equals = ok('14.033/17.423 = 80,50%');
    expect(equals.value.statedPercent).toBe('80.50');
    expect(equals.value.statedPercentDecimals).toBe(2);
  });

  it('keeps raw exactly as written apart from trimming and whitespace collapsing', () => {
    expect(ok('\u00a0Khoảng\u00a0 14.173 ').value.raw).toBe('Khoảng 14.173');
    expect(ok('80 %').value.raw).toBe('80 %');
    expect(ok('80 %').value.form).toBe('percent');
    expect(ok('KHOẢNG 14.173').value.qualifierWords).toEqual(['KHOẢNG']);
  });
});

describe('parseValue: NFC', () => {
  it('NFD input gives NFC raw and NFC qualifier words', () => {
    const nfd = 'Khoảng 14.173'.normalize('NFD');
    expect(nfd).not.toBe('Khoảng 14.173'.normalize('NFC'));
    const r = ok(nfd);
    expect(r.value.raw).toBe('Khoảng 14.173'.normalize('NFC'));
    expect(r.value.raw.normalize('NFC')).toBe(r.value.raw);
    expect(r.value.qualifierWords).toEqual(['Khoảng'.normalize('NFC')]);
    expect(r.value.qualifiers).toEqual(['approximate']);
    expect(r.value.value).toBe('14173');
  });

  it('NFD estimate with two qualifiers', () => {
    const r = ok('Ước tính hơn 80%'.normalize('NFD'));
    expect(r.value.raw).toBe('Ước tính hơn 80%'.normalize('NFC'));
    expect(r.value.qualifiers).toEqual(['estimate', 'lower_bound']);
    expect(r.value.qualifierWords).toEqual(['Ước tính'.normalize('NFC'), 'hơn'.normalize('NFC')]);
  });
});

describe('parseValue: the ambiguity rule', () => {
  it('"1.500%" is flagged ambiguous (could be 1,5%)', () => {
    const r = ok('1.500%');
    expect(r.value.form).toBe('percent');
    expect(r.value.value).toBe('1500');
    expect(r.warnings).toContain('ambiguous-number');
  });

  it('"1,500" in a count is flagged ambiguous and read by the Vietnamese rule as 1.500 (one point five)', () => {
    const r = ok('1,500');
    expect(r.value.form).toBe('number');
    expect(r.value.value).toBe('1.500');
    expect(r.value.decimals).toBe(3);
    expect(r.warnings).toContain('ambiguous-number');
  });

  it('"1.500" in a count is fifteen hundred, without warning', () => {
    const r = ok('1.500');
    expect(r.value.value).toBe('1500');
    expect(r.value.decimals).toBe(0);
    expect(r.warnings).toEqual([]);
  });

  it('unambiguous neighbours are not flagged', () => {
    expect(ok('1,5%').warnings).toEqual([]);
    expect(ok('1,5%').value.value).toBe('1.5');
    expect(ok('12.345,67').warnings).toEqual([]);
    expect(ok('12.345,67').value.value).toBe('12345.67');
    expect(ok('12.345,67').value.decimals).toBe(2);
    expect(ok('1.234.567').value.value).toBe('1234567');
    expect(ok('1.234.567%').warnings).not.toContain('ambiguous-number');
    expect(ok('0,5').value.value).toBe('0.5');
  });

  it('a fraction judges ambiguity on its counts, not its stated percent', () => {
    expect(ok('1,500/2000').warnings).toContain('ambiguous-number');
    expect(ok('1.500/2.000').warnings).toEqual([]);
    expect(ok('1.500/2.000').value.value).toBe('1500');
    expect(ok('1.500/2.000').value.denominator).toBe('2000');
  });
});

describe('parseValue: rejections', () => {
  const cases: Array<[string, 'empty' | 'unreadable' | 'zero-denominator']> = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['-', 'empty'],
    ['–', 'empty'],
    ['abc', 'unreadable'],
    ['80% người', 'unreadable'],
    ['14.03.3', 'unreadable'],
    ['1.5000', 'unreadable'],
    ['12/', 'unreadable'],
    ['Khoảng', 'unreadable'],
    ['0/0', 'zero-denominator'],
    ['5/0', 'zero-denominator'],
    ['5/0.000', 'zero-denominator'],
  ];
  it.each(cases)('%j → %s', (input, reason) => {
    expect(parseValue(input)).toEqual({ ok: false, reason });
  });
});

describe('formatDecimal', () => {
  it('groups and marks by locale', () => {
    expect(formatDecimal('14033', 0, 'vi')).toBe('14.033');
    expect(formatDecimal('80.06', 2, 'vi')).toBe('80,06');
    expect(formatDecimal('80.5', 1, 'en')).toBe('80.5');
    expect(formatDecimal('14033', 0, 'en')).toBe('14,033');
    expect(formatDecimal('1234567.25', 2, 'vi')).toBe('1.234.567,25');
    expect(formatDecimal('1234567.25', 2, 'en')).toBe('1,234,567.25');
    expect(formatDecimal('999', 0, 'vi')).toBe('999');
  });

  it('defaults to Vietnamese', () => {
    expect(formatDecimal('14033', 0)).toBe('14.033');
  });

  it('never drops digits the commune wrote', () => {
    expect(formatDecimal('80.06', 0)).toBe('80,06');
    expect(formatDecimal('80.06', 1, 'en')).toBe('80.06');
  });

  it('pads to the requested decimals', () => {
    expect(formatDecimal('80', 2, 'vi')).toBe('80,00');
    expect(formatDecimal('80.5', 2, 'en')).toBe('80.50');
  });

  it('round-trips parsed values: formatting value/decimals in vi gives back the Vietnamese notation', () => {
    for (const s of ['14.033', '80,06', '1.234.567,5', '0,5', '999', '12.345,670']) {
      const r = ok(s);
      expect(formatDecimal(r.value.value, r.value.decimals, 'vi')).toBe(s);
    }
  });

  it('formatNumber formats computed numbers', () => {
    expect(formatNumber(80.5447, 2, 'vi')).toBe('80,54');
    expect(formatNumber(14033, 0, 'en')).toBe('14,033');
  });
});
