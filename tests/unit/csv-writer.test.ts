/** The CSV writer: BOM, RFC 4180 quoting, formula neutralisation of text cells only, and an exact round trip through papaparse. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, neutralise, quoteField, unneutralise, writeCsv } from '../../src/presentation/open-data/csv-writer.ts';

/** Parse CSV text the way a consumer would: strip the BOM, CRLF rows, no type guessing. */
function parse(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const r = Papa.parse<string[]>(text.slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r.data;
}

describe('quoting (RFC 4180)', () => {
  it('leaves plain fields alone and quotes fields with a comma, quote, CR or LF', () => {
    expect(quoteField('Xã Thuận An')).toBe('Xã Thuận An');
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('nói "khoảng"')).toBe('"nói ""khoảng"""');
    expect(quoteField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(quoteField('a\rb')).toBe('"a\rb"');
    expect(quoteField('a\r\nb')).toBe('"a\r\nb"');
    expect(quoteField('')).toBe('');
    // Semicolons and tabs are not the delimiter: no quotes needed.
    expect(quoteField('a;b')).toBe('a;b');
  });

  it('writes a BOM, a header, CRLF line ends and a final CRLF', () => {
    const text = writeCsv(
      [
        { name: 'ten', numeric: false },
        { name: 'so', numeric: true },
      ],
      [
        ['Thuận An', 14033],
        ['a,b', '80.06'],
      ],
    );
    expect(text).toBe(`${BOM}ten,so\r\nThuận An,14033\r\n"a,b",80.06\r\n`);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('can leave the BOM out', () => {
    expect(writeCsv([{ name: 'a', numeric: false }], [['x']], { bom: false })).toBe('a\r\nx\r\n');
  });

  it('writes empty cells for null, undefined and empty text', () => {
    const cols = [
      { name: 'a', numeric: false },
      { name: 'b', numeric: true },
      { name: 'c', numeric: false },
    ];
    expect(writeCsv(cols, [[null, undefined, '']], { bom: false })).toBe('a,b,c\r\n,,\r\n');
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(() => writeCsv([{ name: 'a', numeric: false }], [['x', 'y']])).toThrow(/2 cells for 1 columns/);
  });
});

describe('formula-injection neutralisation', () => {
  it.each(['=1+1', '+84 912', '-', '- gạch đầu dòng', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")'])('neutralises text %j', (s) => {
    expect(neutralise(s)).toBe(`'${s}`);
    expect(csvCell(s, false).startsWith(/[\r"]/.test(s) ? `"'` : `'`)).toBe(true);
  });

  it('leaves other text alone, including text that merely contains the characters', () => {
    for (const s of ['Khoảng 14.173', '80,06%', 'a=b', 'x-y', 'mail@x.vn', "'quote", "'", '']) expect(neutralise(s)).toBe(s);
  });

  it('keeps numbers in numeric columns plain, negative numbers included', () => {
    expect(csvCell(-5, true)).toBe('-5');
    expect(csvCell('-5', true)).toBe('-5');
    expect(csvCell('-0.25', true)).toBe('-0.25');
    expect(csvCell(80.06, true)).toBe('80.06');
    expect(csvCell('1.500', true)).toBe('1.500');
    expect(csvCell(0, true)).toBe('0');
  });

  it('neutralises the same text in a text column', () => {
    expect(csvCell('-5', false)).toBe("'-5");
    expect(csvCell('+5', false)).toBe("'+5");
    expect(csvCell('-', false)).toBe("'-");
  });

  it('treats non-numbers in a numeric column as text', () => {
    expect(csvCell('=1+1', true)).toBe("'=1+1");
    expect(csvCell('-5 người', true)).toBe("'-5 người");
    expect(csvCell('1e5', true)).toBe('1e5');
  });

  it('refuses numbers it cannot write exactly', () => {
    expect(() => csvCell(Number.NaN, true)).toThrow();
    expect(() => csvCell(Number.POSITIVE_INFINITY, true)).toThrow();
    expect(() => csvCell(1e21, true)).toThrow();
  });

  it('is undone exactly by unneutralise, even for text that starts with quote marks', () => {
    for (const s of ['=x', "'=x", "''=x", "'abc", "''", "'", '-', "'-", '@', 'plain', '', "'\t"]) {
      expect(unneutralise(neutralise(s)), JSON.stringify(s)).toBe(s);
    }
  });
});

describe('round trip through papaparse', () => {
  // A small deterministic generator: strings built from the characters that matter.
  const alphabet = ['a', 'ă', 'ệ', 'Đ', ' ', ',', '"', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', "'", '%', '.', '0', '9', ';', '|'];
  let seed = 20260602;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) as number;
  const randomText = () =>
    Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]!)
      .join('')
      .normalize('NFC');

  it('returns every text cell byte for byte (after undoing neutralisation)', () => {
    const cols = [
      { name: 'a', numeric: false },
      { name: 'b', numeric: false },
      { name: 'n', numeric: true },
    ];
    const rows = Array.from({ length: 3000 }, (_, i) => [randomText(), randomText(), i % 3 === 0 ? -i : `${i}.${i % 10}`]);
    const parsed = parse(writeCsv(cols, rows));
    expect(parsed[0]).toEqual(['a', 'b', 'n']);
    expect(parsed).toHaveLength(rows.length + 1);
    parsed.slice(1).forEach((cells, i) => {
      const [a, b, n] = rows[i]!;
      expect(unneutralise(cells[0]!)).toBe(a);
      expect(unneutralise(cells[1]!)).toBe(b);
      expect(cells[2]).toBe(String(n));
    });
  });

  it('keeps a cell that is only a line break as one cell (neutralised: it starts with CR)', () => {
    const parsed = parse(writeCsv([{ name: 'a', numeric: false }], [['\r\n'], ['\n'], ['x']]));
    expect(parsed.slice(1)).toEqual([["'\r\n"], ['\n'], ['x']]);
    expect(parsed.slice(1).map(([c]) => unneutralise(c!))).toEqual(['\r\n', '\n', 'x']);
  });
});
