import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readMdxSource, checkMdxBody } from '../../src/ingestion/mdx-source.ts';
import { ModelFrontmatter, ReportFrontmatter } from '../../src/domain/schemas.ts';
import { problemCatalogue, type Problem } from '../../src/domain/problems/index.ts';

const FILE = 'content/reports/24682-thuan-an/test.mdx';

function expectWellFormed(ps: readonly Problem[]) {
  for (const p of ps) {
    expect(problemCatalogue[p.code]).toBeDefined();
    expect(p.severity).toBe(problemCatalogue[p.code].severity);
    expect(p.file).toBe(FILE);
    if (p.line !== undefined) expect(Number.isInteger(p.line) && p.line > 0).toBe(true);
    if (p.column !== undefined) expect(Number.isInteger(p.column) && p.column > 0).toBe(true);
    expect(p.vi).not.toBe('');
    expect(p.en).not.toBe('');
  }
}

const reportFm = [
  '---',
  'commune: "24682"',
  'kind: báo cáo',
  'title: Kết quả thực hiện Phong trào “Bình dân học vụ số”',
  'number: 141/BC-UBND',
  'date: 2026-06-02',
  'period:',
  '  from: 2025-08-07',
  '  to: 2026-05-31',
  '  label: từ ngày 07/8/2025 đến ngày 31/5/2026',
  'issuer: UBND xã Thuận An',
  'signatory:',
  '  name: Lường Xuân Thành',
  '  title: KT. Chủ tịch, Phó Chủ tịch',
  '---',
];
const goodBody = [
  '',
  '## Kết quả nổi bật',
  '',
  '- 100% cán bộ được tập huấn; xem [trang xã](https://thuanan.lamdong.gov.vn/) và [phụ lục](./phu-luc).',
  '',
  '<Callout tone="info" title="Lưu ý">Số liệu ước tính tới tháng 5/2026.</Callout>',
  '',
  'Viết tắt <abbr title="Ủy ban nhân dân">UBND</abbr>, x<sup>2</sup>, H<sub>2</sub>O, <mark>mới</mark>.<br />',
  '',
  'Liên hệ [email](mailto:ubnd@example.vn), [mục](#ket-qua), [trang](/du-lieu).',
  '',
];
const doc = (fm: string[], body: string[] = goodBody) => [...fm, ...body].join('\n');

/** 1-based line of the first line of `text` that starts with `prefix`. */
const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;

describe('valid documents', () => {
  it('a full report passes with its data', () => {
    const r = readMdxSource(FILE, doc(reportFm), ReportFrontmatter);
    expect(r.problems).toEqual([]);
    expect(r.data).toBeDefined();
    expect(r.data!.commune).toBe('24682');
    expect(r.data!.date).toBe('2026-06-02');
    expect(r.data!.period).toEqual({ from: '2025-08-07', to: '2026-05-31', label: 'từ ngày 07/8/2025 đến ngày 31/5/2026' });
    expect(r.data!.signatory?.name).toBe('Lường Xuân Thành');
    expect(r.body.startsWith('\n## Kết quả nổi bật')).toBe(true);
    expect(r.body).not.toContain('commune:');
  });

  it('the seed report and model files pass', () => {
    const report = readFileSync('content/reports/24682-thuan-an/2026-05-bao-cao-tong-ket.mdx', 'utf8');
    const r = readMdxSource(FILE, report, ReportFrontmatter);
    expect(r.problems).toEqual([]);
    expect(r.data?.kind).toBe('báo cáo');
    expect(r.data?.date).toBe('2026-05');
    const model = readFileSync('content/models/24682-thuan-an/to-ung-cuu-cong-nghe.mdx', 'utf8');
    const m = readMdxSource(FILE, model, ModelFrontmatter);
    expect(m.problems).toEqual([]);
    expect(m.data?.report).toBe('24682-thuan-an/2026-05-bao-cao-tong-ket');
    expect(m.data?.category).toBe('dịch vụ công');
  });

  it('an unquoted numeric commune code keeps its leading zero', () => {
    const fm = reportFm.map((l) => (l.startsWith('commune:') ? 'commune: 09466' : l));
    const r = readMdxSource(FILE, doc(fm), ReportFrontmatter);
    expect(r.problems).toEqual([]);
    expect(r.data!.commune).toBe('09466');
  });

  it('CRLF line endings', () => {
    const r = readMdxSource(FILE, doc(reportFm).replace(/\n/g, '\r\n'), ReportFrontmatter);
    expect(r.problems).toEqual([]);
    expect(r.data!.issuer).toBe('UBND xã Thuận An');
  });

  it('partial dates YYYY and YYYY-MM are accepted', () => {
    const fm = reportFm.map((l) => (l.startsWith('date:') ? 'date: 2026-05' : l.startsWith('  from:') ? '  from: "2025"' : l));
    const r = readMdxSource(FILE, doc(fm), ReportFrontmatter);
    expect(r.problems).toEqual([]);
    expect(r.data!.date).toBe('2026-05');
    expect(r.data!.period?.from).toBe('2025');
  });
});

describe('frontmatter errors are located at the offending key', () => {
  const withLine = (prefix: string, replacement: string) => reportFm.map((l) => (l.startsWith(prefix) ? replacement : l));

  it.each([
    ['commune: "2468"', 'commune', '2468', 'mdx.frontmatter-field'],
    ['commune: "ABCDE"', 'commune', 'ABCDE', 'mdx.frontmatter-field'],
    ['date: 2026-13-01', 'date', '2026-13-01', 'mdx.frontmatter-field'],
    ['date: 02/6/2026', 'date', '02/6/2026', 'mdx.frontmatter-field'],
    ['kind: tờ trình', 'kind', 'tờ trình', 'mdx.field-value'],
    ['title: "  "', 'title', '  ', 'mdx.field-empty'],
  ])('%s', (replacement, field, found, code) => {
    const key = replacement.split(':')[0]!;
    const text = doc(withLine(`${key}:`, replacement));
    const r = readMdxSource(FILE, text, ReportFrontmatter);
    expectWellFormed(r.problems);
    expect(r.data).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0]!;
    expect(p.code).toBe(code);
    expect(p.severity).toBe('error');
    expect(p.field).toBe(field);
    expect(p.found).toBe(found);
    expect(p.line).toBe(lineOf(text, `${key}:`));
    // The column points at the value, after "key: ".
    expect(p.column).toBe(key.length + 3);
  });

  it('a nested bad date is located inside period', () => {
    const text = doc(withLine('  to:', '  to: 2026-5-31'));
    const r = readMdxSource(FILE, text, ReportFrontmatter);
    expect(r.problems.map((p) => [p.code, p.field, p.line, p.found])).toEqual([
      ['mdx.frontmatter-field', 'period.to', lineOf(text, '  to:'), '2026-5-31'],
    ]);
  });

  it('an unknown key', () => {
    const fm = [...reportFm.slice(0, 5), 'so_trang: 12', ...reportFm.slice(5)];
    const text = doc(fm);
    const r = readMdxSource(FILE, text, ReportFrontmatter);
    expect(r.problems.map((p) => [p.code, p.field, p.line, p.column, p.found])).toEqual([
      ['mdx.field-unknown', 'so_trang', 6, 1, 'so_trang'],
    ]);
  });

  it('an unknown nested key', () => {
    const fm = [...reportFm.slice(0, 14), '  phone: 0123', ...reportFm.slice(14)];
    const text = doc(fm);
    const r = readMdxSource(FILE, text, ReportFrontmatter);
    expect(r.problems.map((p) => [p.code, p.field, p.line, p.column])).toEqual([['mdx.field-unknown', 'signatory.phone', 15, 3]]);
  });

  it('YAML syntax error: unquoted "Số: /BC" value', () => {
    const text = doc(withLine('number:', 'number: Số: /BC-UBND'));
    const r = readMdxSource(FILE, text, ReportFrontmatter);
    expect(r.data).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0]!;
    expect(p.code).toBe('mdx.yaml-colon');
    expect(p.severity).toBe('error');
    expect(p.line).toBe(lineOf(text, 'number:'));
    expect(p.column).toBeGreaterThanOrEqual('number: '.length);
    expect(p.detail).toBeTruthy();
  });

  it('YAML syntax error: a repeated key', () => {
    const fm = [...reportFm.slice(0, 4), 'title: Lần hai', ...reportFm.slice(4)];
    const text = doc(fm);
    const r = readMdxSource(FILE, text, ReportFrontmatter);
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([['mdx.yaml-duplicate', 5]]);
  });

  it('several bad keys → one problem each, on their own lines', () => {
    const text = doc(
      withLine('date:', 'date: 2026-00').map((l) => (l.startsWith('commune:') ? 'commune: "1"' : l.startsWith('kind:') ? 'kind: thư' : l)),
    );
    const r = readMdxSource(FILE, text, ReportFrontmatter);
    expectWellFormed(r.problems);
    expect(r.problems.map((p) => [p.field, p.line]).sort()).toEqual(
      [
        ['commune', lineOf(text, 'commune:')],
        ['date', lineOf(text, 'date:')],
        ['kind', lineOf(text, 'kind:')],
      ].sort(),
    );
  });

  it('url must be http(s)', () => {
    const fm = [...reportFm.slice(0, 11), 'url: javascript:alert(1)', ...reportFm.slice(11)];
    const r = readMdxSource(FILE, doc(fm), ReportFrontmatter);
    expect(r.problems.map((p) => [p.code, p.field, p.line])).toEqual([['mdx.frontmatter-field', 'url', 12]]);
  });

  it('missing frontmatter', () => {
    const r = readMdxSource(FILE, goodBody.join('\n'), ReportFrontmatter);
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([['mdx.frontmatter-missing', 1]]);
  });

  it('a model with a bad category and a bad start date', () => {
    const text = [
      '---',
      'commune: "24682"',
      'title: Tổ ứng cứu công nghệ',
      'category: dịch vụ',
      'status: đang triển khai',
      'start: 2025-7-4',
      'report: 24682-thuan-an/2026-05-bao-cao-tong-ket',
      'location: Mục II.1',
      '---',
      '',
      'Nội dung.',
    ].join('\n');
    const r = readMdxSource(FILE, text, ModelFrontmatter);
    expect(r.problems.map((p) => [p.field, p.line])).toEqual([
      ['category', 4],
      ['start', 6],
    ]);
  });

  // Regression: the pattern alone accepts any day 01–31 in any month.
  it('an impossible calendar date (2026-02-30) is refused', () => {
    const r = readMdxSource(FILE, doc(withLine('date:', 'date: 2026-02-30')), ReportFrontmatter);
    expect(r.problems.map((p) => p.field)).toEqual(['date']);
  });
});

describe('body refusals, each located', () => {
  const head = reportFm.length; // body line 1 is file line head + 1
  const cases: Array<[string, string, string, number]> = [
    // [line of MDX, expected code, found (or part of it), column]
    ["import x from 'y'", 'mdx.forbidden-esm', "import x from 'y'", 1],
    ['export const a = 1', 'mdx.forbidden-esm', 'export const a = 1', 1],
    ['Tổng {1+1} người.', 'mdx.forbidden-expression', '{1+1}', 6],
    ['<script>alert(1)</script>', 'mdx.forbidden-element', '<script>', 1],
    ['<iframe src="https://evil.example/" />', 'mdx.forbidden-element', '<iframe>', 1],
    ['<Callout onClick="x">Bấm</Callout>', 'mdx.forbidden-attribute', 'onClick', 10],
    ['<Callout tone={x}>Bấm</Callout>', 'mdx.forbidden-expression', 'tone={…}', 10],
    ['<Callout {...props}>Bấm</Callout>', 'mdx.forbidden-expression', '{...}', 10],
    ['[a](javascript:alert(1))', 'mdx.forbidden-url', 'javascript:alert(1)', 1],
    ['[a](JAVASCRIPT:alert(1))', 'mdx.forbidden-url', 'JAVASCRIPT:alert(1)', 1],
    ['![img](data:text/html;base64,xx)', 'mdx.forbidden-element', '![](data:text/html;base64,xx)', 1],
    ['![ảnh](./anh.png)', 'mdx.forbidden-element', '![](./anh.png)', 1],
    ['Xem [đây](vbscript:msgbox) nhé', 'mdx.forbidden-url', 'vbscript:msgbox', 5],
    ['[ref]: javascript:alert(2)', 'mdx.forbidden-url', 'javascript:alert(2)', 1],
    ['[a](&#106;avascript:alert(3))', 'mdx.forbidden-url', 'javascript:alert(3)', 1],
    ['<a href="https://x.vn">x</a>', 'mdx.forbidden-element', '<a>', 1],
    ['<callout>chữ thường</callout>', 'mdx.forbidden-element', '<callout>', 1],
    ['<>mảnh</>', 'mdx.forbidden-element', '<>', 1],
    ['{/* ghi chú */}', 'mdx.forbidden-expression', '{/* ghi chú */}', 1],
  ];

  it.each(cases)('%s', (line, code, found, column) => {
    const text = doc(reportFm, ['', line, '']);
    const r = readMdxSource(FILE, text, ReportFrontmatter);
    expectWellFormed(r.problems);
    expect(r.data).toBeDefined(); // frontmatter is fine; only the body is refused
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0]!;
    expect(p.code).toBe(code);
    expect(p.severity).toBe('error');
    expect(p.line).toBe(head + 2);
    expect(p.column).toBe(column);
    expect(p.found).toBe(found);
  });

  it.each([
    ['<abbr title="Ủy ban nhân dân">UBND</abbr>'],
    ['[ok](https://example.com)'],
    ['[ok](http://example.com/a?b=c#d)'],
    ['[rel](./x)'],
    ['[up](../x)'],
    ['[root](/du-lieu)'],
    ['[plain](trang.html)'],
    ['[mail](mailto:a@b.vn)'],
    ['[anchor](#muc-1)'],
    ['<Callout tone="warning" title="Chú ý">Nội dung</Callout>'],
    ['Dấu ngoặc thoát: \\{1+1\\} và 3 \\< 4.'],
    ['<br />'],
  ])('allowed: %s', (line) => {
    const r = readMdxSource(FILE, doc(reportFm, ['', line, '']), ReportFrontmatter);
    expect(r.problems).toEqual([]);
  });

  it('N forbidden constructs on N lines → N problems, each on its line', () => {
    const body = ['', ...cases.map(([l]) => [l, '']).flat()];
    const text = doc(reportFm, body);
    const r = readMdxSource(FILE, text, ReportFrontmatter);
    expectWellFormed(r.problems);
    expect(r.problems).toHaveLength(cases.length);
    const lines = r.problems.map((p) => p.line!);
    expect(new Set(lines).size).toBe(cases.length);
    const fileLines = text.split('\n');
    const expected = cases.map(([l]) => fileLines.indexOf(l) + 1);
    expect(lines.sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    expect(r.problems.map((p) => p.code).sort()).toEqual(cases.map(([, c]) => c).sort());
  });

  it('several refusals on one line each get their own column', () => {
    const text = doc(reportFm, ['', '[a](javascript:a) và [b](data:x) và {y}', '']);
    const r = readMdxSource(FILE, text, ReportFrontmatter);
    expect(r.problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['mdx.forbidden-url', head + 2, 1],
      ['mdx.forbidden-url', head + 2, 22],
      ['mdx.forbidden-expression', head + 2, 37],
    ]);
  });

  it('an MDX syntax error is located', () => {
    const text = doc(reportFm, ['', 'Đoạn văn.', '', 'Mở ngoặc { không đóng', '']);
    const r = readMdxSource(FILE, text, ReportFrontmatter);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.code).toBe('mdx.syntax-brace');
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(head + 4);
  });

  it('frontmatter and body problems are reported together', () => {
    const fm = reportFm.map((l) => (l.startsWith('commune:') ? 'commune: "1"' : l));
    const text = doc(fm, ['', '<script>x</script>', '']);
    const r = readMdxSource(FILE, text, ReportFrontmatter);
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['mdx.frontmatter-field', 2],
      ['mdx.forbidden-element', head + 2],
    ]);
  });

  it('checkMdxBody on a body that uses only allowed things', () => {
    expect(checkMdxBody(FILE, doc(reportFm))).toEqual([]);
  });
});
