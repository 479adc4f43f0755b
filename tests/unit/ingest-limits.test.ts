/**
 * Issue #14, ingestion half: inputs that used to lose or change a figure silently, pass `validate` and then crash
 * the build, or cost more than linear time. Each case goes through the same functions the build uses
 * (collectFiles → checkSubmissions, parseReportTable, parseValue).
 */
import { reportMdx } from '../helpers/submissions.ts';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectFiles } from '../../src/ingestion/read-files.ts';
import { checkSubmissions, todayInVietnam, type SubmittedFile } from '../../src/ingestion/submissions.ts';
import { parseReportTable } from '../../src/ingestion/report-table.ts';
import { parseValue } from '../../src/ingestion/value.ts';
import { decodeBytes, decodeTcvn3 } from '../../src/ingestion/decode.ts';
import { formatProblem, hasErrors, type Problem } from '../../src/domain/problems/index.ts';
import { readMdxSource } from '../../src/ingestion/mdx-source.ts';
import { limits, ReportFrontmatter } from '../../src/domain/schemas.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const codes = (ps: readonly Problem[]) => ps.map((p) => p.code);
const errors = (ps: readonly Problem[]) => ps.filter((p) => p.severity === 'error');
const TODAY = '2026-12-03';

const H = 'STT,Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả,Thuyết minh,Nguồn,Loại,Năm';
const mdx = reportMdx;
const report = (name: string, over: Record<string, string> = {}, body?: string): SubmittedFile => ({
  path: `content/reports/24682-thuan-an/${name}.mdx`,
  bytes: enc(mdx(over, body)),
});
const check = (files: SubmittedFile[]) => checkSubmissions(files, { requirePairs: true, today: TODAY });

describe('line endings (a lone CR used to glue a row into the one before)', () => {
  // Rows written with only the first five cells (no note, source, type, year): a glued row fits in the header's
  // nine columns, so no extra cell was reported and the second row vanished.
  const rows = [
    '1,to_cns.so_to,Số tổ,Tổ,35',
    '2,to_cns.thanh_vien,Số thành viên,Người,140',
    '3,hoat_dong.van_ban,Văn bản,Văn bản,15',
    '4,hoat_dong.cuoc_hop,Họp,Cuộc,7',
  ];
  const expected = [
    [2, 'to_cns.so_to', '35', '', '', '1'],
    [3, 'to_cns.thanh_vien', '140', '', '', '2'],
    [4, 'hoat_dong.van_ban', '15', '', '', '3'],
    [5, 'hoat_dong.cuoc_hop', '7', '', '', '4'],
  ];
  const cases = {
    'a lone CR in an LF file': `${H}\n${rows[0]}\r${rows[1]}\n${rows[2]}\n${rows[3]}\n`,
    'a lone CR in a CRLF file': `${H}\r\n${rows[0]}\r${rows[1]}\r\n${rows[2]}\r\n${rows[3]}\r\n`,
    'a CR-first file that goes on in CRLF': `${H}\r${rows.join('\r\n')}\r\n`,
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`${name}: every row is read, each on its own line`, () => {
      const t = parseReportTable('x.csv', text);
      expect(t.problems).toEqual([]);
      expect(t.figures.map((f) => [f.line, f.indicator, f.value.raw, f.note, f.location, f.stt])).toEqual(expected);
    });
  }

  it('a row that ran into a quoted cell is caught by the shape check (line break in the code cell)', () => {
    const text = `${H}\n1,"to_cns.so_to\n2",Số tổ,Tổ,35\n`;
    const t = parseReportTable('x.csv', text);
    expect(codes(t.problems)).toEqual(['csv.line-break-in-cell']);
    expect(t.problems[0]).toMatchObject({ line: 2, column: 2, severity: 'error' });
  });
});

describe('a percent row written without "%"', () => {
  for (const raw of ['85', '1.500', '40.837']) {
    it(`"${raw}" with unit "%" is warned`, () => {
      const t = parseReportTable('x.csv', `${H}\n1,ty_le.nguoi_truong_thanh,Tỷ lệ,%,${raw}\n`);
      expect(codes(t.problems)).toContain('quality.unit-mismatch');
      expect(t.figures[0]!.warnings.map((w) => w.code)).toContain('quality.unit-mismatch');
      expect(t.figures[0]!.value.raw).toBe(raw);
    });
  }
  it('"85%" with unit "%" is not', () => {
    const t = parseReportTable('x.csv', `${H}\n1,ty_le.nguoi_truong_thanh,Tỷ lệ,%,85%\n`);
    expect(t.problems).toEqual([]);
  });
});

describe('report ids', () => {
  it('content/x.mdx and content/reports/content/x.mdx would be one page: both refused', () => {
    const r = check([
      { path: 'content/x.mdx', bytes: enc(mdx()) },
      { path: 'content/reports/content/x.mdx', bytes: enc(mdx()) },
    ]);
    expect(errors(r.problems).map((p) => [p.code, p.file])).toEqual([
      ['file.duplicate-id', 'content/reports/content/x.mdx'],
      ['file.duplicate-id', 'content/x.mdx'],
    ]);
    expect(r.dataset.reports).toEqual([]);
  });

  it('names that differ only in NFC/NFD are refused, both of them', () => {
    const nfc = 'báo-cáo'.normalize('NFC');
    const nfd = 'báo-cáo'.normalize('NFD');
    const r = check([report(nfc), report(nfd)]);
    for (const f of [nfc, nfd]) {
      const mine = errors(r.problems).filter((p) => p.file === `content/reports/24682-thuan-an/${f}.mdx`);
      expect(codes(mine).sort()).toEqual(['file.duplicate-id', 'file.unsafe-name']);
    }
    expect(r.dataset.reports).toEqual([]);
  });

  it('names that differ only in case are refused', () => {
    const r = check([report('bao-cao'), report('Bao-Cao')]);
    expect(codes(errors(r.problems))).toEqual(['file.duplicate-id', 'file.duplicate-id']);
  });

  for (const name of ['%2e%2e', 'bao cao', 'a\u001b[2Kb', '..', 'bao-cáo', 'x'.repeat(limits.fileNameChars + 1)]) {
    it(`an unsafe file name is refused: ${JSON.stringify(name).slice(0, 30)}`, () => {
      const r = check([report(name)]);
      expect(codes(errors(r.problems))).toEqual(['file.unsafe-name']);
      expect(r.dataset.reports).toEqual([]);
    });
  }

  it('a file name with a terminal escape is printed escaped', () => {
    const r = check([report('a\u001b[2K\u009bb')]);
    const text = formatProblem(r.problems[0]!);
    expect(text.includes('\u001b') || text.includes('\u009b')).toBe(false);
    expect(text).toContain('\\u{1b}');
  });
});

describe('TCVN3 with ASCII headers', () => {
  // "Số tổ công nghệ số" and "Người" in TCVN3 (ABC): the bytes iconv-lite's "tcvn" table gives.
  const tcvn = (s: string) => {
    const table = new Map<string, number>();
    for (let b = 0x80; b < 0x100; b++) table.set(decodeTcvn3(new Uint8Array([b])), b);
    return new Uint8Array([...s].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : table.get(c)!)));
  };
  const csv =
    'STT,Ma chi tieu,Noi dung,Don vi tinh,Ket qua,Thuyet minh,Nguon\n1,to_cns.so_to,Số tổ công nghệ số,Tổ,35,Số tổ ở thôn,Mục 1\n';

  it('the TCVN3 table matches iconv-lite', async () => {
    const iconv = (await import('iconv-lite')).default;
    const all = new Uint8Array(128).map((_, i) => 0x80 + i);
    expect(decodeTcvn3(all)).toBe(iconv.decode(Buffer.from(all), 'tcvn').normalize('NFC'));
  });

  it('is refused, not published as "Sè tæ"', () => {
    const bytes = tcvn(csv);
    expect(new TextDecoder('windows-1258').decode(bytes)).toContain('Sè tæ');
    const d = decodeBytes(bytes);
    expect(d).toEqual({ ok: false, code: 'encoding.tcvn3' });
  });

  it('real Windows-1258 text is still read', () => {
    // "Người" in Windows-1258: N g ư (0xFD) ơ (0xF5) + combining grave (0xCC) i
    const bytes = new Uint8Array([...enc('STT,Ket qua\n1,'), 0x4e, 0x67, 0xfd, 0xf5, 0xcc, 0x69, 0x0a]);
    const d = decodeBytes(bytes);
    expect(d.ok && d.text).toBe('STT,Ket qua\n1,Người\n');
  });
});

describe('unit codes are five-digit text', () => {
  for (const bad of ['024682', '0x5FAA', '2.4682e4', '+24682', '24682.0', '2_4682', '0o57']) {
    it(`commune: ${bad} is refused, not coerced`, () => {
      const r = readMdxSource('x.mdx', mdx({ commune: bad }), ReportFrontmatter);
      expect(codes(r.problems)).toEqual(['mdx.frontmatter-field']);
      expect(r.problems[0]).toMatchObject({ field: 'commune', line: 2, found: bad });
      expect(r.data).toBeUndefined();
    });
  }
  it('commune: 24682 and 09466 unquoted (five digits as written) are accepted', () => {
    expect(readMdxSource('x.mdx', mdx({ commune: '24682' }), ReportFrontmatter).data?.commune).toBe('24682');
    expect(readMdxSource('x.mdx', mdx({ commune: '09466' }), ReportFrontmatter).data?.commune).toBe('09466');
  });
  it('a year written as a number is kept as written: date: 02026 is refused', () => {
    const r = readMdxSource('x.mdx', mdx({ date: '02026' }), ReportFrontmatter);
    expect(codes(r.problems)).toEqual(['mdx.frontmatter-field']);
  });
});

describe('dates', () => {
  it('a document dated after today is refused, located', () => {
    for (const date of ['9999-12-31', '2026-12-04', '2027']) {
      const r = check([report('bao-cao', { date })]);
      expect(codes(errors(r.problems))).toEqual(['mdx.future-date']);
      expect(r.problems[0]).toMatchObject({ line: 5, field: 'date', found: date });
    }
  });
  it('today and a month that has started are accepted', () => {
    for (const date of ['2026-12-03', '2026-12', '2026']) expect(errors(check([report('bao-cao', { date })]).problems)).toEqual([]);
  });
  it('year 0000 and other impossible years are refused', () => {
    for (const date of ['0000-01-01', '0000', '1200-05']) {
      const r = check([report('bao-cao', { date })]);
      expect(codes(errors(r.problems))).toEqual(['mdx.frontmatter-field']);
    }
  });
  it('"today" defaults to the date in Vietnam (UTC+7)', () => {
    expect(todayInVietnam(new Date('2026-12-03T17:30:00Z'))).toBe('2026-12-04');
    expect(todayInVietnam(new Date('2026-12-03T16:30:00Z'))).toBe('2026-12-03');
  });
});

describe('inputs that passed validate and crashed the build', () => {
  it('2,000 nested quotes are refused with a located error', () => {
    const body = `${'> '.repeat(2000)}sâu\n`;
    const r = check([report('bao-cao', {}, body)]);
    expect(codes(errors(r.problems))).toEqual(['mdx.too-deep']);
    expect(r.problems[0]!.line).toBe(9);
  });
  it('a normally nested narrative is accepted', () => {
    const body = '> Trích dẫn\n>\n> - mục **đậm _nghiêng [liên kết](https://a.vn)_**\n>   - mục con\n>     - mục cháu\n';
    expect(errors(check([report('bao-cao', {}, body)]).problems)).toEqual([]);
  });
  for (const [name, ch] of [
    ['NUL', '\u0000'],
    ['ESC', '\u001b'],
    ['DEL', '\u007f'],
    ['C1 CSI', '\u009b'],
    ['RTL override', '\u202e'],
    ['non-character', '\uffff'],
    ['lone surrogate', '\ud800'],
  ] as const) {
    it(`${name} in a text field is refused, located`, () => {
      // A lone surrogate cannot be written as UTF-8; it arrives as UTF-16.
      const text = mdx({ title: `Báo cáo${ch}thử` });
      const bytes =
        name === 'lone surrogate'
          ? new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])
          : enc(text);
      const r = check([{ path: 'content/reports/24682-thuan-an/bao-cao.mdx', bytes }]);
      if (name === 'lone surrogate') {
        // The strict UTF-16 decoder already refuses it.
        expect(hasErrors(r.problems)).toBe(true);
      } else {
        expect(codes(errors(r.problems))).toEqual(['encoding.illegal-character']);
        expect(r.problems.find((p) => p.severity === 'error')).toMatchObject({ line: 4, column: 15 });
      }
      expect(r.dataset.reports).toEqual([]);
    });
  }
  it('a title of only zero-width spaces is empty', () => {
    const r = check([report('bao-cao', { title: '"\u200b\u200b"' })]);
    expect(codes(errors(r.problems))).toEqual(['mdx.frontmatter-field']);
    expect(r.problems[0]!.field).toBe('title');
  });
  it('zero-width characters are removed from a title and from CSV cells', () => {
    const r = check([report('bao-cao', { title: 'Báo\u200b cáo' })]);
    expect(r.dataset.reports[0]!.meta.title).toBe('Báo cáo');
    const t = parseReportTable('x.csv', `${H}\n1,to_cns.so_to\u200b,Số\u200d tổ,Tổ,\u200b35\n`);
    expect(t.problems).toEqual([]);
    expect([t.figures[0]!.indicator, t.figures[0]!.label, t.figures[0]!.value.raw]).toEqual(['to_cns.so_to', 'Số tổ', '35']);
  });
  it('a 400-digit fraction is refused (too many digits), located', () => {
    const t = parseReportTable('x.csv', `${H}\n1,to_cns.thon_co_to,Thôn,Thôn,${'9'.repeat(400)}/${'9'.repeat(401)}\n`);
    expect(codes(t.problems)).toEqual(['row.too-many-digits']);
    expect(t.problems[0]).toMatchObject({ line: 2, column: 5, severity: 'error' });
    expect(parseValue('1'.repeat(limits.numberDigits))).toMatchObject({ ok: true });
    expect(parseValue('1'.repeat(limits.numberDigits + 1))).toEqual({ ok: false, reason: 'too-many-digits' });
    expect(parseValue(`1/${'2'.repeat(limits.numberDigits + 1)}`)).toEqual({ ok: false, reason: 'too-many-digits' });
  });
});

describe('limits', () => {
  it('a 1 MB title or document number is refused', () => {
    const long = 'a'.repeat(limits.fieldChars + 1);
    expect(codes(errors(check([report('bao-cao', { title: long })]).problems))).toEqual(['mdx.frontmatter-field']);
    const num = `${'1'.repeat(limits.documentNumberChars)}/BC`;
    const r = check([report('bao-cao', { number: num })]);
    expect(errors(r.problems)[0]).toMatchObject({ code: 'mdx.frontmatter-field', field: 'number' });
  });
  it('too many rows, an overlong cell, too many rows for one indicator', () => {
    const many = Array.from({ length: limits.csvRows }, (_, i) => `${i},hoat_dong.van_ban,a,Văn bản,${i}`);
    expect(codes(parseReportTable('x.csv', `${H}\n${many.join('\n')}\n`).problems)).toEqual(['csv.too-many-rows']);
    const cell = parseReportTable('x.csv', `${H}\n1,hoat_dong.van_ban,a,Văn bản,1,${'x'.repeat(limits.cellChars + 1)}\n`);
    expect(cell.problems.map((p) => [p.code, p.line, p.column])).toEqual([['csv.cell-too-long', 2, 6]]);
    const same = Array.from({ length: limits.rowsPerIndicator + 1 }, (_, i) => `${i},hoat_dong.van_ban,a,Văn bản,15`);
    const rep = parseReportTable('x.csv', `${H}\n${same.join('\n')}\n`);
    expect(rep.problems.map((p) => [p.code, p.line])).toEqual([['row.too-many-repeats', limits.rowsPerIndicator + 2]]);
    expect(rep.figures).toEqual([]);
  });
  it('the narrative length is limited', () => {
    const r = check([report('bao-cao', {}, `${'Chữ. '.repeat(limits.narrativeChars / 5 + 1)}\n`)]);
    expect(codes(errors(r.problems))).toEqual(['mdx.too-long']);
  });
  it('the YAML billion laughs are refused with a located error, not a crash', () => {
    const lol = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...Array.from({ length: 8 }, (_, i) => {
        const p = String.fromCharCode(97 + i);
        return `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${p}`).join(',')}]`;
      }),
    ].join('\n');
    const text = `---\ncommune: "24682"\n${lol}\n---\n\nx\n`;
    const r = check([{ path: 'content/reports/24682-thuan-an/bao-cao.mdx', bytes: enc(text) }]);
    // Anchors and aliases are refused outright, once per line, before any alias is expanded.
    expect(new Set(codes(errors(r.problems)))).toEqual(new Set(['mdx.yaml-special']));
    expect(r.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

describe('conflicting duplicates cost linear time and space', () => {
  const table = (n: number) => {
    const rows = Array.from({ length: n }, (_, i) => `${i},hoat_dong.van_ban,a,Văn bản,${i % 2 === 0 ? 15 : 16}`);
    return `${H}\n${rows.join('\n')}\n`;
  };
  it('the detail lists a few rows and counts the rest', () => {
    const t = parseReportTable('x.csv', table(limits.rowsPerIndicator));
    const details = t.figures.map((f) => f.warnings.find((w) => w.code === 'quality.conflicting-duplicate')!.detail);
    expect(new Set(details).size).toBe(1);
    expect(details[0]).toBe(`dòng 2: 15; dòng 3: 16; dòng 4: 15; dòng 5: 16; … và ${limits.rowsPerIndicator - 4} dòng khác`);
  });
  it('two rows keep the full detail (as the seed publishes it)', () => {
    const t = parseReportTable('x.csv', table(2));
    expect(t.figures[0]!.warnings[0]!.detail).toBe('dòng 2: 15; dòng 3: 16');
  });
});

describe('the file system', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bdhvs-fs-'));
    const reports = join(dir, 'content', 'reports', '24682-thuan-an');
    mkdirSync(reports, { recursive: true });
    writeFileSync(join(reports, 'bao-cao.mdx'), mdx());
    symlinkSync('/dev/zero', join(reports, 'zero.csv'));
    symlinkSync('/etc/passwd', join(reports, 'passwd.mdx'));
    const outside = join(dir, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'bao-cao-khac.mdx'), mdx());
    symlinkSync(outside, join(dir, 'content', 'reports', 'linked'));
    writeFileSync(join(reports, 'lon.csv'), Buffer.alloc(limits.fileBytes + 1, 0x41));
    writeFileSync(join(reports, 'lon.mdx'), mdx());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('links are reported and never followed; a file above the size limit is not read', () => {
    const files = collectFiles(dir, ['content']);
    expect(files.map((f) => [f.path, f.refused ?? 'ok', f.bytes.length])).toEqual([
      ['content/reports/24682-thuan-an/bao-cao.mdx', 'ok', enc(mdx()).length],
      ['content/reports/24682-thuan-an/lon.csv', 'file.too-large', 0],
      ['content/reports/24682-thuan-an/lon.mdx', 'ok', enc(mdx()).length],
      ['content/reports/24682-thuan-an/passwd.mdx', 'file.symlink', 0],
      ['content/reports/24682-thuan-an/zero.csv', 'file.symlink', 0],
      ['content/reports/linked', 'file.symlink', 0],
    ]);
    const r = checkSubmissions(files, { today: TODAY });
    expect(
      errors(r.problems)
        .map((p) => `${p.code} ${p.file}`)
        .sort(),
    ).toEqual([
      'file.symlink content/reports/24682-thuan-an/passwd.mdx',
      'file.symlink content/reports/24682-thuan-an/zero.csv',
      'file.symlink content/reports/linked',
      'file.too-large content/reports/24682-thuan-an/lon.csv',
    ]);
    // The refused table is reported once (not parsed again as an empty table beside its .mdx).
    expect(r.problems.filter((p) => p.file.endsWith('lon.csv')).map((p) => p.code)).toEqual(['file.too-large']);
    expect(r.dataset.reports.map((x) => x.id)).toEqual(['24682-thuan-an/bao-cao', '24682-thuan-an/lon']);
  });
});
