/**
 * Property tests (fast-check) over the value grammar and the CSV reader: whatever they accept is published with
 * the same raw text and the same value, and the work they do grows linearly with the input.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseValue } from '../../src/ingestion/value.ts';
import { parseCsv } from '../../src/ingestion/csv.ts';
import { parseReportTable } from '../../src/ingestion/report-table.ts';
import { cleanText, findIllegalCharacters } from '../../src/domain/text.ts';
import { indicators } from '../../src/domain/indicators.ts';
import { limits, type Qualifier } from '../../src/domain/schemas.ts';

const RUNS = Number(process.env.FC_RUNS ?? 300);

/** Qualifier words as communes write them, with what they mean. */
const qualifierSamples: ReadonlyArray<readonly [string, Qualifier]> = [
  ['Khoảng', 'approximate'],
  ['khoảng', 'approximate'],
  ['Ước tính', 'estimate'],
  ['ước đạt', 'estimate'],
  ['Trên dưới', 'approximate'],
  ['xấp xỉ', 'approximate'],
  ['hơn', 'lower_bound'],
  ['Trên', 'lower_bound'],
  ['ít nhất', 'at_least'],
  ['tối thiểu', 'at_least'],
  ['không quá', 'at_most'],
  ['Tối đa', 'at_most'],
  ['chưa đến', 'upper_bound'],
  ['dưới', 'upper_bound'],
];

/** A number written the Vietnamese way, with the decimal text it must be read as. */
const vnNumber = fc
  .record({
    int: fc.integer({ min: 0, max: 999_999_999 }),
    frac: fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
    grouped: fc.boolean(),
  })
  .map(({ int, frac, grouped }) => {
    const digits = String(int);
    const intText = grouped ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : digits;
    return { text: frac === undefined ? intText : `${intText},${frac}`, value: frac === undefined ? digits : `${digits}.${frac}` };
  });

/** A value cell from the grammar, with the parse it must give. */
const valueCell = fc
  .record({
    qualifier: fc.option(fc.constantFrom(...qualifierSamples), { nil: undefined }),
    num: vnNumber,
    shape: fc.constantFrom('number', 'percent', 'fraction', 'fraction-stated'),
    den: fc.integer({ min: 1, max: 999_999 }),
    stated: vnNumber,
  })
  .map(({ qualifier, num, shape, den, stated }) => {
    const head = qualifier ? `${qualifier[0]} ` : '';
    const text =
      shape === 'number'
        ? `${head}${num.text}`
        : shape === 'percent'
          ? `${head}${num.text}%`
          : shape === 'fraction'
            ? `${head}${num.text}/${den}`
            : `${head}${num.text}/${den} đạt ${stated.text}%`;
    return {
      text,
      form: shape.startsWith('fraction') ? 'fraction' : shape,
      value: num.value,
      denominator: shape.startsWith('fraction') ? String(den) : undefined,
      statedPercent: shape === 'fraction-stated' ? stated.value : undefined,
      qualifiers: qualifier ? [qualifier[1]] : [],
    };
  });

describe('value grammar (property)', () => {
  it('every value written by the grammar is read with its exact raw text, value, form and qualifier', () => {
    fc.assert(
      fc.property(valueCell, fc.constantFrom('', ' ', '  '), (cell, pad) => {
        const r = parseValue(`${pad}${cell.text}${pad}`);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.raw).toBe(cell.text);
        expect(r.value.form).toBe(cell.form);
        expect(r.value.value).toBe(cell.value);
        expect(r.value.denominator).toBe(cell.denominator);
        expect(r.value.statedPercent).toBe(cell.statedPercent);
        expect(r.value.qualifiers).toEqual(cell.qualifiers);
      }),
      { numRuns: RUNS },
    );
  });

  it('any accepted input keeps its text as raw, and reading raw again gives the same value', () => {
    const alphabet = fc.constantFrom(...'0123456789.,%/ ()=-đạtKhoảngƯớc tínhhơn\u00a0\u200b'.split(''));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: alphabet, maxLength: 30 }),
          fc.string({ maxLength: 30 }),
          valueCell.map((c) => c.text),
        ),
        (input) => {
          const r = parseValue(input);
          if (!r.ok) return;
          expect(r.value.raw).toBe(cleanText(input).replace(/\s+/g, ' '));
          const again = parseValue(r.value.raw);
          expect(again).toEqual(r);
          // No digit is invented: the value's digits appear in the raw text, in order.
          const digitsOfRaw = r.value.raw.replace(/\D/g, '');
          let at = 0;
          for (const d of r.value.value.replace(/\D/g, '')) {
            at = digitsOfRaw.indexOf(d, at) + 1;
            expect(at).toBeGreaterThan(0);
          }
          expect(r.value.value.replace('.', '').length).toBeLessThanOrEqual(limits.numberDigits);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** RFC 4180 writing of one cell. */
const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const lineEnding = fc.constantFrom('\n', '\r\n', '\r');
/** Free text for the note column: quotes, commas, line breaks of every kind, Vietnamese, emoji. */
const freeText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'ab ,"Đạt ướcỗ;\t'.split(''), '\n', '\r\n', '\r', '😀', '\u00a0'),
    fc.string({ minLength: 1, maxLength: 1 }).filter((c) => findIllegalCharacters(c).length === 0),
  ),
  maxLength: 40,
});

describe('CSV reader (property)', () => {
  it('cells written with RFC 4180 quoting and any mix of line endings come back as written (line breaks as LF)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(freeText, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.array(lineEnding, { minLength: 8, maxLength: 8 }),
        (rows, ends) => {
          const header = ['Kết quả', ...rows[0]!.slice(1).map((_, i) => `c${i}`)];
          const all = [
            header,
            ...rows.map((r) => r.slice(0, header.length).concat(Array(Math.max(0, header.length - r.length)).fill('x'))),
          ];
          const text = all.map((r, i) => r.map(quote).join(',') + ends[i % ends.length]!).join('');
          const parsed = parseCsv(text);
          expect(parsed.delimiter).toBe(',');
          // The line break after the last row may come back as one empty record.
          const last = parsed.records.at(-1)!;
          if (parsed.records.length === all.length + 1 && last.cells.length === 1 && last.cells[0] === '') parsed.records.pop();
          expect(parsed.records.map((r) => r.cells)).toEqual(all.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n'))));
          // Physical lines: each record starts after all the line breaks before it.
          let line = 1;
          parsed.records.forEach((rec, i) => {
            expect(rec.line).toBe(line);
            line += all[i]!.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g) ?? []).length, 0) + 1;
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('every figure of a table is published with its raw value, note and own line', () => {
    const H = 'STT,Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả,Thuyết minh,Nguồn';
    const row = fc.record({ code: fc.constantFrom(...indicators.map((d) => d.code)), cell: valueCell, note: freeText, label: freeText });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 15 }), fc.array(lineEnding, { minLength: 4, maxLength: 4 }), (rows, ends) => {
        let text = H + ends[0]!;
        rows.forEach((r, i) => {
          text +=
            [String(i + 1), r.code, quote(r.label), 'Người', quote(r.cell.text), quote(r.note), 'Mục 1'].join(',') + ends[(i + 1) % 4]!;
        });
        const t = parseReportTable('x.csv', text);
        expect(t.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(t.figures).toHaveLength(rows.length);
        t.figures.forEach((f, i) => {
          expect(f.indicator).toBe(rows[i]!.code);
          expect(f.value.raw).toBe(rows[i]!.cell.text);
          expect(f.value.value).toBe(rows[i]!.cell.value);
          expect(f.note).toBe(cleanText(rows[i]!.note.replace(/\r\n?/g, '\n')));
          expect(f.label).toBe(cleanText(rows[i]!.label.replace(/\r\n?/g, '\n')));
          expect(f.stt).toBe(String(i + 1));
        });
        const lines = t.figures.map((f) => f.line);
        expect([...lines].sort((a, b) => a - b)).toEqual(lines);
        expect(new Set(lines).size).toBe(lines.length);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Fastest of a few runs, in ms: less noisy than one run on a shared machine. */
function fastest(fn: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Time for 4× the input over time for 1×: linear work gives about 4; allow noise, refuse quadratic (16). */
function growth(make: (n: number) => () => unknown, n: number): number {
  make(n)(); // warm up the JIT
  const small = fastest(make(n));
  const large = fastest(make(4 * n));
  return large / Math.max(small, 0.5);
}

describe('cost grows linearly with the input', () => {
  it('a cell of thousands of qualifier words (16,000 took 62 s)', () => {
    const cell = (n: number) => () => parseValue(`${'khoảng '.repeat(n)}5`);
    expect(growth(cell, 4_000)).toBeLessThan(12);
    expect(parseValue(`${'khoảng '.repeat(16_000)}5`)).toMatchObject({ ok: true, value: { value: '5', qualifiers: ['approximate'] } });
  });

  it('a table of many rows, conflicting duplicates included', () => {
    const codes = indicators.filter((d) => d.unitKind === 'count').map((d) => d.code);
    const table = (n: number) => {
      const rows = Array.from(
        { length: n },
        (_, i) => `${i},${codes[i % codes.length]},Nội dung,Người,${i % 2 === 0 ? '15' : '16'},ghi chú,Mục 1`,
      );
      const text = `STT,Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả,Thuyết minh,Nguồn\n${rows.join('\n')}\n`;
      return () => parseReportTable('x.csv', text);
    };
    const n = Math.floor((codes.length * limits.rowsPerIndicator) / 4);
    expect(growth(table, n)).toBeLessThan(12);
    const t = table(4 * n)();
    expect(t.figures).toHaveLength(4 * n);
    // The conflict detail stays short however many rows the group has.
    for (const f of t.figures) for (const w of f.warnings) expect(w.detail.length).toBeLessThan(200);
  });

  it('the CSV reader on long quoted cells and mixed line endings', () => {
    const csv = (n: number) => {
      const text = Array.from({ length: n }, (_, i) => `${i},"a ""b""\r\nc",d${i % 3 === 0 ? '\r' : i % 3 === 1 ? '\n' : '\r\n'}`).join('');
      return () => parseCsv(text);
    };
    expect(growth(csv, 20_000)).toBeLessThan(12);
  });
});
