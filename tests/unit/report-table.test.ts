import { describe, it, expect } from 'vitest';
import { parseReportTable } from '../../src/ingestion/report-table.ts';
import { problemCatalogue, type Problem } from '../../src/domain/problems/index.ts';
import { decodeBytes } from '../../src/ingestion/decode.ts';

const FILE = 'content/reports/24682-thuan-an/test.csv';
const H = ['STT', 'Mã chỉ tiêu', 'Nội dung', 'Đơn vị tính', 'Kết quả', 'Thuyết minh', 'Nguồn'];
const HT = [...H, 'Loại', 'Năm'];

const csv = (d: string, rows: string[][], nl = '\n') => rows.map((r) => r.join(d)).join(nl) + nl;
const errors = (ps: readonly Problem[]) => ps.filter((p) => p.severity === 'error');
const codes = (ps: readonly Problem[]) => ps.map((p) => p.code);

/** Every problem is well formed: catalogue code, matching severity, file, positive line and column. */
function expectWellFormed(ps: readonly Problem[]) {
  for (const p of ps) {
    expect(problemCatalogue[p.code]).toBeDefined();
    expect(p.severity).toBe(problemCatalogue[p.code].severity);
    expect(p.file).toBe(FILE);
    if (p.line !== undefined) expect(Number.isInteger(p.line) && p.line > 0).toBe(true);
    if (p.column !== undefined) expect(Number.isInteger(p.column) && p.column > 0).toBe(true);
    expect(p.vi.length).toBeGreaterThan(0);
    expect(p.en.length).toBeGreaterThan(0);
  }
}

function parse(text: string) {
  const r = parseReportTable(FILE, text);
  expectWellFormed(r.problems);
  return r;
}

describe('delimiters, BOM and line endings', () => {
  const rows = [
    H,
    ['1', 'hoat_dong.van_ban', 'Số văn bản chỉ đạo, hướng dẫn', 'Văn bản', '15', '', 'Phụ lục, dòng 1'],
    ['2', 'ty_le.dinh_danh_dien_tu', 'Người dân từ 14 tuổi', '%', '80,06%', 'đạt 80,06%', 'Đoạn 5'],
  ];
  const quoteIfNeeded = (d: string) => rows.map((r) => r.map((c) => (c.includes(d) || c.includes(',') ? `"${c}"` : c)));

  it.each([
    ['semicolon', ';'],
    ['comma', ','],
    ['tab', '\t'],
  ])('%s delimited', (_, d) => {
    const text = csv(d, d === ',' ? quoteIfNeeded(d) : rows);
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.figures.map((f) => [f.indicator, f.value.raw, f.line])).toEqual([
      ['hoat_dong.van_ban', '15', 2],
      ['ty_le.dinh_danh_dien_tu', '80,06%', 3],
    ]);
    // Commas inside a ';' or tab file are text, not delimiters.
    expect(r.figures[0]!.label).toBe('Số văn bản chỉ đạo, hướng dẫn');
    expect(r.figures[0]!.location).toBe('Phụ lục, dòng 1');
    expect(r.figures[1]!.value.value).toBe('80.06');
    expect(r.figures[1]!.value.decimals).toBe(2);
  });

  it('CRLF line endings', () => {
    const r = parse(csv(';', rows, '\r\n'));
    expect(r.problems).toEqual([]);
    expect(r.figures.map((f) => f.line)).toEqual([2, 3]);
    expect(r.figures[1]!.location).toBe('Đoạn 5');
  });

  it('old Mac CR-only line endings', () => {
    const r = parse(csv(';', rows, '\r'));
    expect(r.problems).toEqual([]);
    expect(r.figures.map((f) => f.line)).toEqual([2, 3]);
  });

  it('BOM as decoded from bytes (decodeBytes strips it): lines unchanged', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv(';', rows))]);
    const d = decodeBytes(bytes);
    expect(d.ok).toBe(true);
    const r = parse(d.ok ? d.text : '');
    expect(r.problems).toEqual([]);
    expect(r.figures.map((f) => f.line)).toEqual([2, 3]);
  });

  it('BOM left in the text: the header is still found', () => {
    const r = parse('\uFEFF' + csv(';', rows));
    expect(errors(r.problems)).toEqual([]);
    expect(r.figures.map((f) => f.indicator)).toEqual(['hoat_dong.van_ban', 'ty_le.dinh_danh_dien_tu']);
  });

  // Regression: papaparse drops a leading U+FEFF, which used to shift every line by one.
  it('BOM left in the text: figures keep their physical lines', () => {
    const r = parseReportTable(FILE, '\uFEFF' + csv(';', rows));
    expect(r.figures.map((f) => f.line)).toEqual([2, 3]);
  });

  it('blank lines between rows are skipped but counted', () => {
    const text = `${H.join(';')}\n\n1;hoat_dong.van_ban;a;Văn bản;15;;\n\n\n2;hoat_dong.ke_hoach;b;Kế hoạch;x;;\n`;
    const r = parse(text);
    expect(r.figures.map((f) => f.line)).toEqual([3]);
    expect(r.problems.map((p) => [p.code, p.line, p.column])).toEqual([['row.unreadable-value', 6, 5]]);
  });
});

describe('quoted newlines', () => {
  it('a figure after a multi-line Thuyết minh cell reports its physical line', () => {
    const text =
      `${H.join(',')}\r\n` +
      `1,hoat_dong.van_ban,"Số văn bản chỉ đạo, hướng dẫn",Văn bản,15,"· Công văn số 88/UBND-VHXH\r\n· Quyết định số 59/QĐ-UBND\r\n· Quyết định số 263/QĐ-UBND\r\n(trích)","Phụ lục, dòng 1"\r\n` +
      `2,hoat_dong.ke_hoach,Số kế hoạch triển khai,Kế hoạch, 10,"· Kế hoạch số 14/KH-UBND\n· Kế hoạch số 13/KH-UBND","Phụ lục, dòng 2"\r\n` +
      `3,hoat_dong.cuoc_hop,"Số cuộc họp",Cuộc,abc,,"Phụ lục, dòng 3"\r\n`;
    const r = parse(text);
    expect(r.figures.map((f) => [f.indicator, f.line])).toEqual([
      ['hoat_dong.van_ban', 2],
      ['hoat_dong.ke_hoach', 6],
    ]);
    expect(r.figures[0]!.note.split('\n')).toHaveLength(4);
    expect(r.problems.map((p) => [p.code, p.line, p.column, p.field, p.found])).toEqual([['row.unreadable-value', 8, 5, 'Kết quả', 'abc']]);
  });

  it('a value after a multi-line label is located on the line where the value cell starts', () => {
    const text = `${H.join(',')}\n1,hoat_dong.van_ban,"Số văn bản\nchỉ đạo\nhướng dẫn",Văn bản,x15,,\n`;
    const r = parse(text);
    expect(r.problems.map((p) => [p.code, p.line, p.column])).toEqual([['row.unreadable-value', 4, 5]]);
  });

  it('a multi-line value cell is read with its whitespace collapsed', () => {
    const text = `${H.join(',')}\n1,hoat_dong.huong_dan_dvc,a,Người,"Khoảng\n14.173",,\n`;
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.figures[0]!.value.raw).toBe('Khoảng 14.173');
    expect(r.figures[0]!.line).toBe(2);
  });
});

describe('headers', () => {
  it('headers without diacritics', () => {
    const text = 'STT,Ma chi tieu,Noi dung,Don vi tinh,Ket qua,Thuyet minh,Nguon\n1,hoat_dong.van_ban,a,Văn bản,15,ghi chú,Mục II\n';
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.figures).toHaveLength(1);
    expect(r.figures[0]!.note).toBe('ghi chú');
    expect(r.figures[0]!.location).toBe('Mục II');
  });

  it('upper-case headers and extra spaces', () => {
    const text = 'STT; MÃ CHỈ TIÊU ;NỘI DUNG;ĐƠN VỊ TÍNH;KẾT QUẢ;THUYẾT MINH;NGUỒN\n1;hoat_dong.van_ban;a;Văn bản;15;;\n';
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.figures[0]!.value.value).toBe('15');
  });

  it('title lines above the header are skipped and lines still count', () => {
    const text = 'PHỤ LỤC,,,,,,\nSố liệu thực hiện Phong trào,,,,,,\n,,,,,,\n' + H.join(',') + '\n1,hoat_dong.van_ban,a,Văn bản,15,,\n';
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.figures.map((f) => f.line)).toEqual([5]);
  });

  it('a title line mentioning "Kết quả", padded with delimiters as Excel writes it', () => {
    const text = 'BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO;;;;;;\n' + H.join(';') + '\n1;hoat_dong.van_ban;a, b;Văn bản;15;;\n';
    const r = parse(text);
    expect(r.problems).toEqual([]);
    expect(r.figures.map((f) => [f.line, f.label])).toEqual([[3, 'a, b']]);
  });

  // Regression: a title line naming "Kết quả" without delimiters was taken for the header line.
  it('a title line mentioning "Kết quả" above a ";" header, unpadded', () => {
    const text = 'BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO\n' + H.join(';') + '\n1;hoat_dong.van_ban;a;Văn bản;15;;\n';
    const r = parseReportTable(FILE, text);
    expect(r.problems).toEqual([]);
    expect(r.figures.map((f) => f.line)).toEqual([3]);
  });

  it('missing required column → csv.missing-column on the header line', () => {
    const r = parse('STT,Mã chỉ tiêu,Nội dung,Kết quả\n1,hoat_dong.van_ban,a,15\n');
    expect(r.figures).toEqual([]);
    expect(r.problems.map((p) => [p.code, p.severity, p.line, p.detail])).toEqual([['csv.missing-column', 'error', 1, 'Đơn vị tính']]);
  });

  it('two missing columns → two problems', () => {
    const r = parse('x\nSTT,Mã chỉ tiêu,Kết quả\n1,hoat_dong.van_ban,15\n');
    expect(r.problems.map((p) => [p.code, p.line, p.detail])).toEqual([
      ['csv.missing-column', 2, 'Nội dung'],
      ['csv.missing-column', 2, 'Đơn vị tính'],
    ]);
  });

  it('no header at all → csv.no-header', () => {
    const r = parse('a,b,c\n1,2,3\n');
    expect(codes(r.problems)).toEqual(['csv.no-header']);
    expect(r.problems[0]!.line).toBe(1);
  });

  it('empty file → csv.empty', () => {
    expect(codes(parse('').problems)).toEqual(['csv.empty']);
    expect(codes(parse('\n;;;\n').problems)).toEqual(['csv.empty']);
  });

  it('unknown and duplicate columns are located at their header cell', () => {
    const r = parse([...H, 'Ghi chép', 'Kết quả'].join(',') + '\n1,hoat_dong.van_ban,a,Văn bản,15,,,,\n');
    expect(r.problems.map((p) => [p.code, p.line, p.column, p.field])).toEqual([
      ['csv.unknown-column', 1, 8, 'Ghi chép'],
      ['csv.duplicate-column', 1, 9, 'Kết quả'],
    ]);
    // The first "Kết quả" column is the one read.
    expect(r.figures[0]!.value.raw).toBe('15');
  });
});

describe('rows', () => {
  it('unknown code with a suggestion for a near-typo', () => {
    const r = parse(`${H.join(',')}\n1,ty_le.nguoi_truong_thnh,a,%,80%,,\n`);
    expect(r.figures).toEqual([]);
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0]!;
    expect([p.code, p.severity, p.line, p.column, p.field, p.found]).toEqual([
      'row.unknown-code',
      'error',
      2,
      2,
      'Mã chỉ tiêu',
      'ty_le.nguoi_truong_thnh',
    ]);
    expect(p.detail).toBe('ty_le.nguoi_truong_thanh');
    expect(p.vi).toContain('"ty_le.nguoi_truong_thanh"');
    expect(p.en).toContain('"ty_le.nguoi_truong_thanh"');
  });

  it('unknown code far from every code → no suggestion', () => {
    const r = parse(`${H.join(',')}\n1,tong_so_dan,a,Người,100,,\n`);
    expect(r.problems.map((p) => p.code)).toEqual(['row.unknown-code']);
    expect(r.problems[0]!.detail).toBeUndefined();
    expect(r.problems[0]!.vi).not.toContain('Có phải ý bạn là');
  });

  it('missing code', () => {
    const r = parse(`${H.join(',')}\n1,,a,%,80%,,\n`);
    expect(r.problems.map((p) => [p.code, p.line, p.column])).toEqual([['row.missing-code', 2, 2]]);
  });

  it('a row with neither code nor value is a heading, silently skipped', () => {
    const r = parse(`${H.join(',')}\nI,,KẾT QUẢ THỰC HIỆN,,,,\n1,hoat_dong.van_ban,a,Văn bản,15,,\n`);
    expect(r.problems).toEqual([]);
    expect(r.figures.map((f) => f.line)).toEqual([3]);
  });

  it('unreadable value is an error located at the Kết quả cell', () => {
    const r = parse(`${H.join(',')}\n1,hoat_dong.van_ban,a,Văn bản,mười lăm,,\n`);
    expect(r.figures).toEqual([]);
    expect(r.problems.map((p) => [p.code, p.severity, p.line, p.column, p.field, p.found])).toEqual([
      ['row.unreadable-value', 'error', 2, 5, 'Kết quả', 'mười lăm'],
    ]);
  });

  it('empty value is a warning and the row is not published', () => {
    const r = parse(`${H.join(',')}\n1,hoat_dong.van_ban,a,Văn bản,,,\n2,hoat_dong.ke_hoach,a,Kế hoạch,-,,\n`);
    expect(r.figures).toEqual([]);
    expect(r.problems.map((p) => [p.code, p.severity, p.line, p.column])).toEqual([
      ['row.empty-value', 'warning', 2, 5],
      ['row.empty-value', 'warning', 3, 5],
    ]);
  });

  it('zero denominator is an error', () => {
    const r = parse(`${H.join(',')}\n1,dinh_danh.muc_2,a,Người,12/0,,\n`);
    expect(r.problems.map((p) => [p.code, p.severity, p.line, p.column])).toEqual([['row.zero-denominator', 'error', 2, 5]]);
  });

  it('target rows need a year; result rows may omit it', () => {
    const text =
      `${HT.join(',')}\n` +
      `1,ty_le.can_bo,a,%,100%,,,mục tiêu,\n` +
      `2,ty_le.can_bo,a,%,100%,,,mục tiêu,2026\n` +
      `3,ty_le.hoc_sinh,a,%,90%,,,kết quả,\n` +
      `4,ty_le.vneid,a,%,80%,,,Mục Tiêu,2025\n` +
      `5,ty_le.vneid,a,%,80%,,,mục tiêu,26\n` +
      `6,ty_le.vneid,a,%,80%,,,chỉ tiêu,2026\n` +
      `7,ty_le.lao_dong_doanh_nghiep,a,%,95%,,,,\n`;
    const r = parse(text);
    expect(r.figures.map((f) => [f.line, f.type, f.year])).toEqual([
      [3, 'mục tiêu', 2026],
      [4, 'kết quả', undefined],
      [5, 'mục tiêu', 2025],
      [8, 'kết quả', undefined],
    ]);
    expect(r.problems.map((p) => [p.code, p.line, p.column, p.field])).toEqual([
      ['row.bad-year', 2, 9, 'Năm'],
      ['row.bad-year', 6, 9, 'Năm'],
      ['row.bad-type', 7, 8, 'Loại'],
    ]);
  });

  it('a target row in a table without a Năm column is refused', () => {
    const r = parse(`${[...H, 'Loại'].join(',')}\n1,ty_le.can_bo,a,%,100%,,,mục tiêu\n`);
    expect(r.figures).toEqual([]);
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([['row.bad-year', 2]]);
  });

  it('a row shorter than the header is read with empty trailing cells', () => {
    const r = parse(`${H.join(',')}\n1,hoat_dong.van_ban,a,Văn bản,15\n`);
    expect(r.problems).toEqual([]);
    expect(r.figures[0]!.note).toBe('');
  });

  it('keeps the commune wording of each figure', () => {
    const r = parse(
      `${H.join(',')}\n12a,dinh_danh.huong_dan_vneid,"Người dân đủ điều kiện",Người,14.033/17.423 đạt 80.5%,"Theo báo cáo, công an","Phụ lục, dòng 12"\n`,
    );
    const f = r.figures[0]!;
    expect([f.stt, f.label, f.unit, f.note, f.location, f.type, f.line]).toEqual([
      '12a',
      'Người dân đủ điều kiện',
      'Người',
      'Theo báo cáo, công an',
      'Phụ lục, dòng 12',
      'kết quả',
      2,
    ]);
  });
});

describe('data-quality warnings stay on the figure', () => {
  const text =
    `${H.join(',')}\n` +
    // Thuận An, Phụ lục row 9: a percent under a count indicator whose unit is "Người".
    `9,hoat_dong.lao_dong_dao_tao,"Số người lao động trong doanh nghiệp, HTX được đào tạo",Người, 80%," 80% người lao động","Phụ lục, dòng 9"\n` +
    `2,dinh_danh.muc_2,a,Công dân,16900/12564,,\n` +
    `3,dinh_danh.khu_dan_cu,a,Khu,100/200 đạt 60%,,\n` +
    `4,dinh_danh.huong_dan_vneid,a,Người,14.033/17.423 đạt 80.5%,,\n` +
    `5,ty_le.can_bo,a,%,120%,,\n` +
    `6,ty_le.hoc_sinh,a,Học sinh,50,,\n` +
    `7,mooc.hoan_thanh,a,Người,"12,5",,\n` +
    `8,to_cns.thon_co_to,a,Thôn,14.033/17.423 (80%),,\n`;
  const r = parseReportTable(FILE, text);
  const at = (line: number) => r.figures.find((f) => f.line === line)!;
  const warningCodes = (line: number) =>
    at(line)
      .warnings.map((w) => w.code)
      .sort();

  it('every row is still published', () => {
    expectWellFormed(r.problems);
    expect(r.figures.map((f) => f.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(errors(r.problems)).toEqual([]);
  });

  it('unit mismatch: "80%" on a count indicator with unit "Người"', () => {
    expect(warningCodes(2)).toEqual(['quality.unit-mismatch']);
    expect(at(2).value.form).toBe('percent');
    expect(at(2).value.value).toBe('80');
    expect(at(2).warnings[0]!.detail).toContain('80%');
    expect(at(2).warnings[0]!.detail).toContain('Người');
    const p = r.problems.find((x) => x.code === 'quality.unit-mismatch')!;
    expect([p.severity, p.line, p.column, p.field, p.found]).toEqual(['warning', 2, 5, 'Kết quả', '80%']);
  });

  it('numerator above denominator', () => {
    expect(warningCodes(3)).toEqual(['quality.numerator-above-denominator']);
  });

  it('stated rate that does not match the fraction', () => {
    expect(warningCodes(4)).toEqual(['quality.rate-mismatch']);
    expect(at(4).warnings[0]!.detail).toContain('50,00%');
    expect(at(4).warnings[0]!.detail).toContain('60%');
  });

  it('stated rate within rounding (14.033/17.423 = 80,54…% written 80.5%): no rate mismatch, only the dot-decimal warning', () => {
    expect(warningCodes(5)).toEqual(['quality.dot-decimal']);
  });

  it('a stated rate off by more than the rounding of its digits is flagged (80% vs 80,54%)', () => {
    expect(warningCodes(9)).toEqual(['quality.rate-mismatch']);
  });

  it('percent above 100', () => {
    expect(warningCodes(6)).toEqual(['quality.percent-range']);
  });

  it('a rate indicator without % and without a percent unit', () => {
    expect(warningCodes(7)).toEqual(['quality.unit-mismatch']);
  });

  it('a count that is not a whole number', () => {
    expect(warningCodes(8)).toEqual(['quality.non-integer-count']);
    expect(at(8).value.value).toBe('12.5');
  });

  it('each warning is also reported as a located problem', () => {
    const fromFigures = r.figures.flatMap((f) => f.warnings.map((w) => `${f.line}:${w.code}`)).sort();
    const fromProblems = r.problems.map((p) => `${p.line}:${p.code}`).sort();
    expect(fromProblems).toEqual(fromFigures);
  });
});

describe('conflicting duplicates', () => {
  it('the same indicator twice with different values warns on both rows', () => {
    const text = `${H.join(',')}\n1,hoat_dong.van_ban,a,Văn bản,15,,\n2,hoat_dong.tin_bai,a,Tin/bài,20,,\n3,hoat_dong.van_ban,a,Văn bản,25,,\n4,hoat_dong.tin_bai,a,Tin/bài,20,,\n`;
    const r = parse(text);
    expect(r.figures).toHaveLength(4);
    const conflict = r.problems.filter((p) => p.code === 'quality.conflicting-duplicate');
    expect(conflict.map((p) => p.line).sort()).toEqual([2, 4]);
    for (const p of conflict) {
      expect(p.detail).toContain('dòng 2: 15');
      expect(p.detail).toContain('dòng 4: 25');
    }
    expect(r.figures.filter((f) => f.warnings.some((w) => w.code === 'quality.conflicting-duplicate')).map((f) => f.line)).toEqual([2, 4]);
  });

  it('same value written differently ("7" and "07") is not a conflict', () => {
    const r = parse(`${H.join(',')}\n1,hoat_dong.lop_can_bo,a,Lớp,7,,\n2,hoat_dong.lop_can_bo,a,Lớp,07,,\n`);
    expect(r.problems).toEqual([]);
  });

  it('a result and a target for the same indicator do not conflict', () => {
    const r = parse(
      `${HT.join(',')}\n1,ty_le.can_bo,a,%,95%,,,,\n2,ty_le.can_bo,a,%,100%,,,mục tiêu,2026\n3,ty_le.can_bo,a,%,90%,,,mục tiêu,2025\n`,
    );
    expect(r.problems).toEqual([]);
  });
});

describe('CSV structure errors', () => {
  it('unclosed quote is reported on the line where it opens', () => {
    const text = `${H.join(',')}\n1,hoat_dong.van_ban,a,Văn bản,15,,\n2,hoat_dong.ke_hoach,"b,Kế hoạch,10,,\n3,hoat_dong.cuoc_hop,c,Cuộc,5,,\n`;
    const r = parse(text);
    const p = r.problems.find((x) => x.code === 'csv.unclosed-quote');
    expect(p).toBeDefined();
    expect(p!.severity).toBe('error');
    expect(p!.line).toBe(3);
    // The row before the broken quote is unaffected.
    expect(r.figures.map((f) => [f.line, f.value.raw])).toEqual([[2, '15']]);
  });

  it('a stray unquoted delimiter (row longer than the others) → csv.extra-cells, row not published', () => {
    const text =
      `${H.join(',')}\n` +
      `1,hoat_dong.van_ban,a,Văn bản,15,,\n` +
      `2,hoat_dong.ke_hoach,Số kế hoạch, triển khai,Kế hoạch,10,,\n` +
      `3,hoat_dong.cuoc_hop,c,Cuộc,5,,\n`;
    const r = parse(text);
    expect(r.figures.map((f) => f.line)).toEqual([2, 4]);
    expect(r.problems.map((p) => [p.code, p.severity, p.line, p.column])).toEqual([['csv.extra-cells', 'error', 3, 8]]);
  });

  it('trailing empty cells on every row (Excel padding) are not extra cells', () => {
    const text = `${H.join(';')};;\n1;hoat_dong.van_ban;a;Văn bản;15;;;;\n2;hoat_dong.ke_hoach;a;Kế hoạch;10;;;;\n`;
    const r = parse(text);
    expect(r.problems.filter((p) => p.code === 'csv.extra-cells')).toEqual([]);
    expect(r.figures).toHaveLength(2);
  });
});

describe('located errors: one CSV, N problems on N lines', () => {
  // Header written in capitals and without diacritics for some columns: `field` must echo it as written.
  const header = ['STT', 'MÃ CHỈ TIÊU', 'Noi dung', 'Đơn vị tính', 'KẾT QUẢ', 'Thuyết minh', 'Nguồn', 'Loại', 'Năm'];
  const lines = [
    'BẢNG SỐ LIỆU KÈM BÁO CÁO;;;;;;;;', // 1 (title)
    header.join(';'), // 2
    '1;hoat_dong.van_ban;Số văn bản;Văn bản;15;"dòng một', // 3 (multi-line note starts)
    'dòng hai', // 4
    'dòng ba";Phụ lục;;', // 5
    '2;hoat_dong.ke_hoch;Số kế hoạch;Kế hoạch;10;;;;', // 6  unknown code → col 2
    '3;;Số cuộc họp;Cuộc;5;;;;', // 7  missing code → col 2
    '4;hoat_dong.tin_bai;Số tin bài;Tin/bài;hai mươi;;;;', // 8  unreadable value → col 5
    '5;ty_le.can_bo;Tỷ lệ cán bộ;%;100%;;;mục tiêu;', // 9  target without year → col 9
    '6;ty_le.hoc_sinh;Tỷ lệ học sinh;%;100%;;;dự kiến;2026', // 10 bad type → col 8
    '7;dinh_danh.muc_2;Định danh mức 2;Công dân;12564/0;;;;', // 11 zero denominator → col 5
    '8;mooc.hoan_thanh;Hoàn thành;Người;4500;;;;', // 12 fine
  ];
  const text = lines.join('\r\n') + '\r\n';
  const expected: Array<[string, number, number, string]> = [
    ['row.unknown-code', 6, 2, 'MÃ CHỈ TIÊU'],
    ['row.missing-code', 7, 2, 'MÃ CHỈ TIÊU'],
    ['row.unreadable-value', 8, 5, 'KẾT QUẢ'],
    ['row.bad-year', 9, 9, 'Năm'],
    ['row.bad-type', 10, 8, 'Loại'],
    ['row.zero-denominator', 11, 5, 'KẾT QUẢ'],
  ];

  it(`reports exactly ${expected.length} errors, each at its line, column and field`, () => {
    const r = parse(text);
    const errs = errors(r.problems);
    expect(errs).toHaveLength(expected.length);
    expect(errs.map((p) => [p.code, p.line, p.column, p.field])).toEqual(expected);
    expect(new Set(errs.map((p) => p.line)).size).toBe(expected.length);
    // And nothing else: no warnings either.
    expect(r.problems).toHaveLength(expected.length);
    // The good rows are published on their own lines.
    expect(r.figures.map((f) => [f.indicator, f.line])).toEqual([
      ['hoat_dong.van_ban', 3],
      ['mooc.hoan_thanh', 12],
    ]);
  });

  it('each located line really holds the offending text', () => {
    const r = parse(text);
    for (const p of errors(r.problems)) {
      const physical = lines[p.line! - 1]!;
      const cells = physical.split(';');
      // Column numbers are spreadsheet columns (1 = A) on rows that start on their own line.
      expect(cells[p.column! - 1]).toBe(p.found);
    }
  });

  it('adding one more broken line adds exactly one more error', () => {
    const more = [...lines, '9;hoat_dong.buoi_tuyen_truyen;Số buổi;Buổi;25;;;;;x'];
    const r = parse(more.join('\n') + '\n');
    const errs = errors(r.problems);
    expect(errs).toHaveLength(expected.length + 1);
    expect(errs.at(-1)!.code).toBe('csv.extra-cells');
    expect(errs.at(-1)!.line).toBe(13);
  });
});
