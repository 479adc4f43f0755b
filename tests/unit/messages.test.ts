/**
 * Errors a commune officer understands: every YAML, frontmatter-field and MDX syntax problem is explained in
 * Vietnamese with the fix, located, and the library's English text appears at most in the English gloss.
 * Also: negative counts, the validator's closing count line, files in content/ that the build does not use,
 * and the checker's refusal of image references and protocol-relative links.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ModelFrontmatter, ReportFrontmatter } from '../../src/domain/schemas.ts';
import { checkMdxBody, mdxSyntaxProblem, readMdxSource } from '../../src/ingestion/mdx-source.ts';
import { formatValidation, problemCatalogue, type Problem } from '../../src/domain/problems/index.ts';
import { collectFiles } from '../../src/ingestion/read-files.ts';
import { parseReportTable } from '../../src/ingestion/report-table.ts';
import { checkSubmissions } from '../../src/ingestion/submissions.ts';
import { parseValue } from '../../src/ingestion/value.ts';

const FILE = 'content/reports/24682-thuan-an/thu.mdx';
const root = fileURLToPath(new URL('../../', import.meta.url));
const node = join(root, 'node_modules/.bin/node');

const base = [
  'commune: "24682"',
  'kind: báo cáo',
  'title: Kết quả thực hiện Phong trào “Bình dân học vụ số”',
  'date: 2026-06-02',
  'issuer: UBND xã Thuận An',
];
/** A report whose frontmatter is `base` with lines replaced (by key) or added. */
const report = (lines: string[], body = '\nNội dung.\n') => `---\n${lines.join('\n')}\n---\n${body}`;
const withLine = (key: string, line: string | null) => base.flatMap((l) => (l.startsWith(`${key}:`) ? (line === null ? [] : [line]) : [l]));
const read = (text: string) => readMdxSource(FILE, text, ReportFrontmatter);
const only = (ps: readonly Problem[]) => {
  expect(ps, JSON.stringify(ps, null, 1)).toHaveLength(1);
  return ps[0]!;
};

/** English library wording that must never reach the Vietnamese message. */
const libraryWords =
  /Nested mappings|compact mappings|Implicit keys|must be unique|Tabs are not allowed|Missing closing|Unexpected|reserved character|mapping items|mong đợi|nhận được|Khóa không được nhận dạng|Tùy chọn không hợp lệ|U\+00|acorn|closing tag for/;

function expectVietnameseFirst(p: Problem) {
  expect(problemCatalogue[p.code].severity).toBe(p.severity);
  expect(p.vi).not.toMatch(libraryWords);
  expect(p.vi.length).toBeGreaterThan(20);
  expect(p.en).not.toBe('');
}

describe('YAML errors in the frontmatter: Vietnamese, located, with the fix', () => {
  it('a colon in a value: put it in quotes, with the line to write', () => {
    const text = report([...base, 'note: Chỉ tiêu 1: tỷ lệ người dân có kỹ năng số']);
    const p = only(read(text).problems);
    expectVietnameseFirst(p);
    expect(p.code).toBe('mdx.yaml-colon');
    expect([p.line, p.column, p.field]).toEqual([7, 7, 'note']);
    expect(p.vi).toContain('note: "Chỉ tiêu 1: tỷ lệ người dân có kỹ năng số"');
    // The fix it suggests is accepted.
    expect(read(report([...base, 'note: "Chỉ tiêu 1: tỷ lệ người dân có kỹ năng số"'])).problems).toEqual([]);
    // The library text may follow in English only.
    expect(p.en).toContain('double quotes');
  });

  it('"Số: /BC-UBND" pasted as the number is the same mistake', () => {
    const p = only(read(report(withLine('number', null).concat('number: Số: /BC-UBND'))).problems);
    expect(p.code).toBe('mdx.yaml-colon');
    expect(p.vi).toContain('number: "Số: /BC-UBND"');
  });

  it('a repeated key names the key', () => {
    const p = only(read(report([...base, 'title: Lần hai'])).problems);
    expectVietnameseFirst(p);
    expect([p.code, p.line, p.field]).toEqual(['mdx.yaml-duplicate', 7, 'title']);
    expect(p.vi).toContain('"title" được ghi hai lần');
  });

  it('a tab as indentation', () => {
    const p = only(read(report([...base, 'signatory:', '\ttitle: Chủ tịch'])).problems);
    expectVietnameseFirst(p);
    expect([p.code, p.line]).toEqual(['mdx.yaml-tab', 8]);
    expect(p.vi).toContain('2 dấu cách');
  });

  it('lines under signatory that do not line up', () => {
    const p = only(read(report([...base, 'signatory:', '  name: Nguyễn Văn A', ' title: Chủ tịch'])).problems);
    expectVietnameseFirst(p);
    expect([p.code, p.line]).toEqual(['mdx.yaml-indent', 9]);
  });

  it('a value continued on the next line', () => {
    const p = only(read(report([...base, 'note: Số liệu lấy từ', '  phụ lục: kèm theo'])).problems);
    expectVietnameseFirst(p);
    expect(p.code).toBe('mdx.yaml-indent');
    expect(p.line).toBe(7);
  });

  it('an unclosed or misplaced double quote', () => {
    const unclosed = only(read(report([...base, 'note: "Số liệu ước tính', 'author: A'])).problems);
    expectVietnameseFirst(unclosed);
    expect(unclosed.code).toBe('mdx.yaml-quote');
    const trailing = only(read(report([...base, 'note: "Báo cáo" số 5'])).problems);
    expectVietnameseFirst(trailing);
    expect([trailing.code, trailing.line]).toEqual(['mdx.yaml-quote', 7]);
  });

  it.each([
    ['note: @UBND xã', 'note: "@UBND xã"'],
    ['note: `trích`', 'note: "`trích`"'],
    ['note: - theo phụ lục', 'note: "- theo phụ lục"'],
    ['note: [ước tính', 'note: "[ước tính"'],
  ])('a value starting with a special character: %s', (line, fix) => {
    const p = only(read(report([...base, line, 'author: A'])).problems);
    expectVietnameseFirst(p);
    expect(p.code).toBe('mdx.yaml-special');
    expect(p.vi).toContain(fix);
  });

  // Before: "title: *Ban" threw a ReferenceError out of the reader; "&Ban" silently became an empty value.
  it.each([['note: *Ban chỉ đạo'], ['note: &Ban chỉ đạo'], ['note: !quan trọng Ban chỉ đạo']])(
    'anchors, aliases and tags are refused, not crashed on or dropped: %s',
    (line) => {
      const r = read(report([...base, line]));
      const p = only(r.problems);
      expect(r.data).toBeUndefined();
      expectVietnameseFirst(p);
      expect([p.code, p.line]).toEqual(['mdx.yaml-special', 7]);
      expect(p.vi).toContain(`note: "${line.slice('note: '.length)}"`);
    },
  );

  it('a line that is not "key: value"', () => {
    const p = only(read(report([...base, 'Tiêu đề văn bản', 'author: A'])).problems);
    expectVietnameseFirst(p);
    expect([p.code, p.line]).toEqual(['mdx.yaml-not-key', 7]);
  });

  it('a frontmatter that is one line of text, not "key: value" lines', () => {
    const p = only(read('---\nBáo cáo tổng kết năm 2025\n---\n\nNội dung.\n').problems);
    expectVietnameseFirst(p);
    expect([p.code, p.line]).toEqual(['mdx.yaml-not-key', 2]);
  });

  it('anything else gets the Vietnamese fallback, with the library text as the English gloss only', () => {
    const p = only(read(report([...base, `${'a'.repeat(1100)}: x`])).problems);
    expectVietnameseFirst(p);
    expect(p.code).toBe('mdx.frontmatter-yaml');
    expect(p.vi).toContain('tên: nội dung');
    expect(p.en).toMatch(/1024/);
    expect(p.line).toBe(7);
  });
});

describe('frontmatter fields: what is wrong, in words', () => {
  it('an empty title says the field is empty and what it holds (not "mong đợi string, nhận được null")', () => {
    const p = only(read(report(withLine('title', 'title:'))).problems);
    expectVietnameseFirst(p);
    expect([p.code, p.field, p.line]).toEqual(['mdx.field-empty', 'title', 4]);
    expect(p.vi).toMatch(/^Trường "title" \(cần ghi: trích yếu \(tên\) của văn bản, mô hình\) đang để trống\./);
    const blank = only(read(report(withLine('title', 'title: "  "'))).problems);
    expect(blank.code).toBe('mdx.field-empty');
  });

  it('a missing required field', () => {
    const p = only(read(report(withLine('issuer', null))).problems);
    expectVietnameseFirst(p);
    expect([p.code, p.field]).toEqual(['mdx.field-missing', 'issuer']);
    expect(p.vi).toContain('Thiếu trường bắt buộc "issuer" (cần ghi: cơ quan ban hành văn bản)');
  });

  it('a missing signatory title inside signatory', () => {
    const p = only(read(report([...base, 'signatory:', '  name: Nguyễn Văn A'])).problems);
    expect([p.code, p.field]).toEqual(['mdx.field-missing', 'signatory.title']);
  });

  it('a wrong kind of value: yes/no where text is needed, with the quoted fix', () => {
    const p = only(read(report(withLine('title', 'title: true'))).problems);
    expectVietnameseFirst(p);
    expect([p.code, p.field, p.line]).toEqual(['mdx.field-type', 'title', 4]);
    expect(p.vi).toContain('cần một dòng chữ, nhưng đang ghi');
    expect(p.vi).toContain('title: "true"');
  });

  it('a number written where text is needed is kept as written, never coerced', () => {
    const r = read(report(withLine('title', 'title: 2025')));
    expect(r.problems).toEqual([]);
    expect(r.data?.title).toBe('2025');
  });

  it('a single line where a group of lines is needed', () => {
    const p = only(read(report([...base, 'signatory: Chủ tịch Nguyễn Văn A'])).problems);
    expectVietnameseFirst(p);
    expect([p.code, p.field]).toEqual(['mdx.field-type', 'signatory']);
    expect(p.vi).toContain('các dòng con thụt vào 2 dấu cách');
  });

  it('an unknown key suggests the closest one and lists the accepted keys', () => {
    // "tittle" instead of "title": one problem (the typo), not also "title is missing".
    const p = only(read(report([...withLine('title', null), 'tittle: Báo cáo'])).problems);
    expectVietnameseFirst(p);
    expect([p.code, p.field, p.line, p.column]).toEqual(['mdx.field-unknown', 'tittle', 6, 1]);
    expect(p.vi).toContain('Có phải ý bạn là "title"?');
    expect(p.vi).toContain('commune, kind, title, number, date, period, issuer, signatory');
    const nested = only(read(report([...base, 'signatory:', '  title: Chủ tịch', '  nam: Nguyễn Văn A'])).problems);
    expect(nested.field).toBe('signatory.nam');
    expect(nested.vi).toContain('Có phải ý bạn là "name"?');
    expect(nested.vi).toContain('name, title');
  });

  it('an unknown enum value lists the allowed ones', () => {
    const p = only(read(report(withLine('kind', 'kind: tờ trình'))).problems);
    expectVietnameseFirst(p);
    expect([p.code, p.field, p.found]).toEqual(['mdx.field-value', 'kind', 'tờ trình']);
    expect(p.vi).toContain('chỉ ghi một trong: "báo cáo", "kế hoạch", "bài báo"');
    const model = readMdxSource(
      FILE,
      '---\ncommune: "24682"\ntitle: T\ncategory: dịch vụ\nstatus: thí điểm\nreport: a/b\nlocation: Mục I\n---\n',
      ModelFrontmatter,
    );
    expect(only(model.problems).vi).toContain('"tổ công nghệ số", "dịch vụ công"');
  });

  it('a document number with no digits, copied from a blank form, is flagged', () => {
    const r = read(report([...base, 'number: /BC-UBND']));
    const p = only(r.problems);
    expectVietnameseFirst(p);
    expect([p.code, p.field, p.line, p.found]).toEqual(['mdx.number-no-digits', 'number', 7, '/BC-UBND']);
    expect(p.vi).toContain('xóa cả dòng number');
    expect(read(report([...base, 'number: 141/BC-UBND'])).problems).toEqual([]);
  });
});

describe('MDX syntax errors: Vietnamese, located, with the fix', () => {
  const body = (lines: string[]) => report(base, `\n${lines.join('\n')}\n`);
  const head = base.length + 2; // body line 1 is file line head + 1
  const check = (lines: string[]) => only(checkMdxBody(FILE, body(lines)));

  it('a bare < before a digit: write \\<', () => {
    const p = check(['Tỷ lệ <50% hộ gia đình.']);
    expectVietnameseFirst(p);
    expect([p.code, p.line, p.column]).toEqual(['mdx.syntax-lt', head + 2, 8]);
    expect(p.vi).toContain('\\<50%');
  });

  it('an HTML comment and a <https://…> link get their own fix', () => {
    const c = check(['<!-- ghi chú -->']);
    expect(c.code).toBe('mdx.syntax-lt');
    expect(c.vi).toContain('<!-- … -->');
    const l = check(['Xem <https://thuanan.lamdong.gov.vn>']);
    expectVietnameseFirst(l);
    expect(l.vi).toContain('[tên trang](https://');
  });

  it('an unclosed tag is located at the tag', () => {
    const p = check(['Đoạn đầu.', '', '<Callout title="Lưu ý">Nội dung']);
    expectVietnameseFirst(p);
    expect([p.code, p.line, p.column, p.found]).toEqual(['mdx.syntax-unclosed', head + 4, 1, '<Callout>']);
    expect(p.vi).toContain('</Callout>');
  });

  it('a closing tag that does not match', () => {
    const p = check(['<Callout>Nội dung</callout>']);
    expectVietnameseFirst(p);
    expect(p.code).toBe('mdx.syntax-unclosed');
    expect(p.vi).toContain('</callout> không khớp với thẻ mở <Callout>');
  });

  it('an unquoted attribute value', () => {
    const p = check(['<Callout title=Lưu>Nội dung</Callout>']);
    expectVietnameseFirst(p);
    expect(p.code).toBe('mdx.syntax-attribute');
  });

  it('an unclosed brace', () => {
    const p = check(['Mở ngoặc { không đóng']);
    expectVietnameseFirst(p);
    expect([p.code, p.line]).toEqual(['mdx.syntax-brace', head + 2]);
    expect(p.vi).toContain('\\{');
  });

  it('a lazy line in a block quote', () => {
    const p = check(['> <Callout', 'title="Lưu ý">Nội dung</Callout>']);
    expectVietnameseFirst(p);
    expect([p.code, p.line]).toEqual(['mdx.syntax-lazy', head + 3]);
  });

  it('an unknown parser error: Vietnamese fallback, the parser text in English only', () => {
    const p = mdxSyntaxProblem(FILE, { line: 3, column: 2, reason: 'Something odd happened', ruleId: 'x', source: 'y' });
    expect([p.code, p.line, p.column]).toEqual(['mdx.syntax', 3, 2]);
    expect(p.vi).not.toContain('Something odd');
    expect(p.en).toContain('Something odd happened');
  });
});

describe('output safety in the checker', () => {
  const body = (lines: string[]) => report(base, `\n${lines.join('\n')}\n`);
  it('an image reference with a definition is refused like an image', () => {
    const ps = checkMdxBody(FILE, body(['Ảnh: ![lớp học][r]', '', '[r]: http://evil.example/a.png']));
    expect(ps.map((p) => [p.code, p.line, p.column, p.found])).toEqual([['mdx.forbidden-image-reference', 9, 6, '![lớp học][r]']]);
    expect(checkMdxBody(FILE, body(['![lớp học]', '', '[lớp học]: https://x.vn/a.png'])).map((p) => p.code)).toEqual([
      'mdx.forbidden-image-reference',
    ]);
    // A link reference to the same definition is still fine.
    expect(checkMdxBody(FILE, body(['Xem [trang xã][r].', '', '[r]: https://thuanan.lamdong.gov.vn/']))).toEqual([]);
  });

  it.each([['[a](//evil.example/x)'], ['[a](/\\evil.example/x)'], ['[r]: //evil.example/x']])(
    'a protocol-relative link is refused: %s',
    (line) => {
      const ps = checkMdxBody(FILE, body([line]));
      expect(ps.map((p) => p.code)).toEqual(['mdx.forbidden-url']);
    },
  );

  it('a root-relative link is still allowed', () => {
    expect(checkMdxBody(FILE, body(['[dữ liệu](/du-lieu/)']))).toEqual([]);
  });
});

describe('a negative count', () => {
  it('is its own reason, not "unreadable"', () => {
    expect(parseValue('-5')).toEqual({ ok: false, reason: 'negative' });
    expect(parseValue('− 3%')).toEqual({ ok: false, reason: 'negative' });
    expect(parseValue('Khoảng -120')).toEqual({ ok: false, reason: 'negative' });
    expect(parseValue('-')).toEqual({ ok: false, reason: 'empty' });
    // A hyphen glued to a word is not a minus sign.
    expect(parseValue('gần-03')).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('says counts cannot be negative, located in the Kết quả column', () => {
    const csv = 'STT,Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả\n1,hoat_dong.lop_nguoi_dan,Số lớp,Lớp,-5\n';
    const p = only(parseReportTable('x.csv', csv).problems);
    expect([p.code, p.line, p.column, p.found]).toEqual(['row.negative-value', 2, 5, '-5']);
    expect(p.vi).toContain('không thể là số âm');
  });
});

describe('the validator ends with the count of errors and warnings', () => {
  it('a clean run ends with "0 lỗi, 0 cảnh báo"', () => {
    const out = formatValidation([], { files: 2, reports: 1, figures: 3, models: 0 });
    expect(out.split('\n').at(-1)).toMatch(/^0 lỗi, 0 cảnh báo \//);
  });

  it('`npm run validate` on content/ prints "0 lỗi, N cảnh báo" as its last line', () => {
    const run = spawnSync(node, [join(root, 'src/tools/validate.ts')], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const last = run.stdout.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(/^0 lỗi, \d+ cảnh báo \/ 0 error\(s\), \d+ warning\(s\)\./);
  }, 30_000);

  it('a run with errors ends with "X lỗi, Y cảnh báo"', () => {
    // An orphan table with an unreadable value and a value with a dot decimal: 2 errors, 1 warning.
    const csv = 'Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả\nty_le.can_bo,a,%,80.5%\nhoat_dong.van_ban,b,Văn bản,mười\n';
    const r = checkSubmissions([{ path: 'content/reports/x/a.csv', bytes: new TextEncoder().encode(csv) }]);
    expect(r.problems.map((p) => p.code)).toEqual(['file.orphan-csv', 'quality.dot-decimal', 'row.unreadable-value']);
    const last = formatValidation(r.problems, { files: 1, reports: 0, figures: 0, models: 0 }).split('\n').at(-1)!;
    expect(last).toMatch(/^2 lỗi, 1 cảnh báo \/ 2 error\(s\), 1 warning\(s\)\. Hãy sửa/);
  });
});

describe('files in content/ that are not .csv, .xlsx or .mdx are read or named, never skipped silently', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const utf16 = (s: string) => new Uint8Array([0xff, 0xfe, ...[...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
  const mdx = report(base);
  const table = 'STT\tMã chỉ tiêu\tNội dung\tĐơn vị tính\tKết quả\r\n1\thoat_dong.lop_nguoi_dan\tSố lớp\tLớp\t12\r\n';
  const dir = 'content/reports/24682-thuan-an/';

  it('a UTF-16 tab-separated .txt beside its .mdx is read as the table, with a warning', () => {
    const r = checkSubmissions([
      { path: `${dir}thu.mdx`, bytes: enc(mdx) },
      { path: `${dir}thu.txt`, bytes: utf16(table) },
    ]);
    expect(r.problems.map((p) => [p.code, p.severity, p.file])).toEqual([
      ['file.txt-table', 'warning', `${dir}thu.txt`],
      ['encoding.utf16', 'warning', `${dir}thu.txt`],
    ]);
    expect(r.dataset.reports[0]!.tableFile).toBe(`${dir}thu.txt`);
    expect(r.dataset.reports[0]!.figures.map((f) => [f.indicator, f.value.raw, f.line])).toEqual([['hoat_dong.lop_nguoi_dan', '12', 2]]);
  });

  it('a .txt checked on its own is read as a table too', () => {
    const r = checkSubmissions([{ path: 'bang.txt', bytes: utf16(table.replace('12', 'mười hai')) }], { requirePairs: false });
    expect(r.problems.map((p) => p.code)).toEqual(['file.txt-table', 'encoding.utf16', 'row.unreadable-value']);
  });

  it.each([
    ['thu.mdx.txt', 'đổi tên thành "thu.mdx"'],
    ['bang.txt', 'đặt tên trùng với tệp .mdx'],
    ['thu.xls', 'Excel Workbook (.xlsx)'],
    ['thu.md', 'đổi tên thành "thu.mdx"'],
    ['van-ban-goc.pdf', 'không đặt tệp gốc'],
    ['anh.jpg', 'không đăng ảnh'],
    ['ghi-chu', 'chuyển tệp ra khỏi thư mục content'],
  ])('%s: a located warning saying it is not used and what to do', (name, advice) => {
    const r = checkSubmissions([
      { path: `${dir}thu.mdx`, bytes: enc(mdx) },
      { path: `${dir}${name}`, bytes: enc('x') },
    ]);
    const p = only(r.problems);
    expect([p.code, p.severity, p.file]).toEqual(['file.unused', 'warning', `${dir}${name}`]);
    expect(p.vi).toContain('không được dùng');
    expect(p.vi).toContain(advice);
  });

  it('a .txt beside a .csv of the same name is not used, and says so', () => {
    const csv = table.replace(/\t/g, ',');
    const r = checkSubmissions([
      { path: `${dir}thu.csv`, bytes: enc(csv) },
      { path: `${dir}thu.mdx`, bytes: enc(mdx) },
      { path: `${dir}thu.txt`, bytes: utf16(table) },
    ]);
    expect(r.problems.map((p) => [p.code, p.file])).toEqual([['file.unused', `${dir}thu.txt`]]);
    expect(r.dataset.reports[0]!.tableFile).toBe(`${dir}thu.csv`);
  });

  const tmp = mkdtempSync(join(tmpdir(), 'bdhvs-files-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  it('collectFiles returns every file (hidden ones aside), and the SYNTHETIC marker is not a problem', () => {
    mkdirSync(join(tmp, 'reports/x'), { recursive: true });
    for (const [name, text] of [
      ['reports/x/a.mdx', mdx],
      ['reports/x/a.txt', 'x'],
      ['reports/x/b.xlsx', 'x'],
      ['reports/x/.DS_Store', 'x'],
      ['SYNTHETIC', 'marker'],
    ] as const) {
      writeFileSync(join(tmp, name), text);
    }
    const files = collectFiles(tmp, ['.']).map((f) => f.path);
    expect(files).toEqual(['SYNTHETIC', 'reports/x/a.mdx', 'reports/x/a.txt', 'reports/x/b.xlsx']);
    const r = checkSubmissions(collectFiles(tmp, ['.']).map((f) => ({ ...f, path: `content/${f.path}` })));
    expect(r.problems.map((p) => [p.code, p.file])).toEqual([
      ['file.txt-table', 'content/reports/x/a.txt'],
      ['csv.no-header', 'content/reports/x/a.txt'],
      // A workbook is read (src/ingestion/xlsx.ts): without its .mdx it is an orphan table, and this one is no workbook.
      ['file.orphan-csv', 'content/reports/x/b.xlsx'],
      ['xlsx.unreadable', 'content/reports/x/b.xlsx'],
    ]);
  });
});
