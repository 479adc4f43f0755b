import { reportMdx } from '../helpers/submissions.ts';
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { collectFiles } from '../../src/ingestion/read-files.ts';
import { checkSubmissions, type SubmittedFile } from '../../src/ingestion/submissions.ts';
import { hasErrors, problemCatalogue, type Problem } from '../../src/domain/problems/index.ts';
import { Figure, ModelFrontmatter, ReportFrontmatter } from '../../src/domain/schemas.ts';

const files = collectFiles(process.cwd(), ['content']);
const result = checkSubmissions(files);
const { reports, models } = result.dataset;
const reportById = (id: string) => reports.find((r) => r.id === id)!;

const THUAN_AN = '24682-thuan-an/2026-05-bao-cao-tong-ket';
const CAO_DUC = '09466-cao-duc/2026-06-02-bao-cao-141';
const AN_NGHIA = '05395-an-nghia/2026-01-16-bai-bao';
const THACH_THAT = '09955-thach-that/2025-07-11-ke-hoach';

const enc = (s: string) => new TextEncoder().encode(s);
const errorsOf = (ps: readonly Problem[]) => ps.filter((p) => p.severity === 'error');

/** Physical lines of a seed CSV, read here independently of the parser. */
const csvLines = (id: string) =>
  readFileSync(`content/reports/${id}.csv`, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/);

describe('the seed content/', () => {
  it('collects 13 files with forward-slash paths relative to the project root', () => {
    expect(files).toHaveLength(13);
    for (const f of files) expect(f.path).toMatch(/^content\/(reports|models)\/[^\\]+\.(csv|mdx)$/);
    expect(files.filter((f) => f.path.endsWith('.csv'))).toHaveLength(4);
  });

  it('has no errors', () => {
    expect(errorsOf(result.problems)).toEqual([]);
    expect(hasErrors(result.problems)).toBe(false);
  });

  it('has exactly the six expected warnings, all in the Thuận An table', () => {
    const summary = result.problems.map((p) => `${p.code}@${p.line}`).sort();
    expect(summary).toEqual(
      [
        'quality.unit-mismatch@19',
        'quality.dot-decimal@23',
        'quality.conflicting-duplicate@2',
        'quality.conflicting-duplicate@29',
        'quality.conflicting-duplicate@14',
        'quality.conflicting-duplicate@30',
      ].sort(),
    );
    for (const p of result.problems) expect(p.file).toBe(`content/reports/${THUAN_AN}.csv`);
  });

  it('has 4 reports and 5 models, all valid against the schemas', () => {
    expect(reports.map((r) => r.id).sort()).toEqual([AN_NGHIA, CAO_DUC, THACH_THAT, THUAN_AN].sort());
    expect(models).toHaveLength(5);
    for (const r of reports) {
      expect(ReportFrontmatter.safeParse(r.meta).success).toBe(true);
      expect(r.tableFile).toBe(`content/reports/${r.id}.csv`);
      expect(r.file).toBe(`content/reports/${r.id}.mdx`);
    }
    for (const m of models) {
      expect(ModelFrontmatter.safeParse(m.meta).success).toBe(true);
      expect(reportById(m.meta.report)).toBeDefined();
      expect(reportById(m.meta.report).meta.commune).toBe(m.meta.commune);
    }
  });

  it('has 60 figures: 10 An Nghĩa, 12 Cao Đức, 10 Thạch Thất, 28 Thuận An', () => {
    expect(reportById(AN_NGHIA).figures).toHaveLength(10);
    expect(reportById(CAO_DUC).figures).toHaveLength(12);
    expect(reportById(THACH_THAT).figures).toHaveLength(10);
    expect(reportById(THUAN_AN).figures).toHaveLength(28);
    expect(reports.reduce((n, r) => n + r.figures.length, 0)).toBe(60);
    for (const r of reports) for (const f of r.figures) expect(Figure.safeParse(f).success).toBe(true);
  });

  it('every figure row of the CSVs is published, on the physical line where its row starts', () => {
    for (const r of reports) {
      const lines = csvLines(r.id);
      const delimiter = lines[0]!.includes(';') ? ';' : ',';
      for (const f of r.figures) {
        const line = lines[f.line - 1]!;
        expect(line.startsWith(`${f.stt}${delimiter}${f.indicator}${delimiter}`)).toBe(true);
      }
      // And every line that starts a row with a catalogue code is one figure.
      const rowStarts = lines.filter((l) => /^[^,;"]*[,;][a-z_]+\.[a-z_0-9]+[,;]/.test(l)).length;
      expect(r.figures).toHaveLength(rowStarts);
    }
  });

  it('every figure raw value occurs in its CSV row text', () => {
    for (const r of reports) {
      const text = readFileSync(`content/reports/${r.id}.csv`, 'utf8').normalize('NFC');
      for (const f of r.figures) expect(text).toContain(f.value.raw);
    }
  });

  describe('Thuận An (24682)', () => {
    const t = () => reportById(THUAN_AN);
    const at = (line: number) => t().figures.find((f) => f.line === line)!;

    it('"Khoảng 14.173" is approximate 14173 (rows 13 and 14 of the appendix)', () => {
      const approx = t().figures.filter((f) => f.value.raw === 'Khoảng 14.173');
      expect(approx.map((f) => f.indicator)).toEqual(['hoat_dong.huong_dan_dvc', 'hoat_dong.huong_dan_thanh_toan']);
      for (const f of approx) {
        expect(f.value.value).toBe('14173');
        expect(f.value.qualifiers).toEqual(['approximate']);
        expect(f.value.qualifierWords).toEqual(['Khoảng']);
        expect(f.value.form).toBe('number');
      }
    });

    it('row 9: "80%" under unit "Người" is published with the unit-mismatch warning', () => {
      const f = at(19);
      expect(f.stt).toBe('9');
      expect(f.indicator).toBe('hoat_dong.lao_dong_dao_tao');
      expect(f.unit).toBe('Người');
      expect(f.value.form).toBe('percent');
      expect(f.value.value).toBe('80');
      expect(f.warnings.map((w) => w.code)).toEqual(['quality.unit-mismatch']);
    });

    it('row 12a: "14.033/17.423 đạt 80.5%" keeps numerator, denominator and stated percent', () => {
      const f = t().figures.find((x) => x.stt === '12a')!;
      expect(f.indicator).toBe('dinh_danh.huong_dan_vneid');
      expect(f.value).toMatchObject({
        form: 'fraction',
        value: '14033',
        denominator: '17423',
        statedPercent: '80.5',
        statedPercentDecimals: 1,
      });
      expect(f.warnings.map((w) => w.code)).toEqual(['quality.dot-decimal']);
    });

    it('row 1 "15" follows a seven-line Thuyết minh, and row 2 starts on line 9', () => {
      expect(t().figures[0]!.line).toBe(2);
      expect(t().figures[0]!.note.split('\n')).toHaveLength(7);
      expect(t().figures[1]!.line).toBe(9);
      expect(t().figures[1]!.value.raw).toBe('10'); // written " 10"
    });

    it('estimates, including the "Uớc tính" typo, are estimates', () => {
      const est = t().figures.filter((f) => f.value.qualifiers.includes('estimate'));
      expect(est.map((f) => f.value.raw)).toEqual(['Ước tính 100%', 'Ước tính 100%', 'Ước tính 80%', 'Ước tính 80%', 'Uớc tính 80%']);
      expect(t().figures.find((f) => f.value.raw === 'hơn 20')!.value.qualifiers).toEqual(['lower_bound']);
      expect(t().figures.find((f) => f.value.raw === 'trên 90%')!.value).toMatchObject({
        qualifiers: ['lower_bound'],
        form: 'percent',
        value: '90',
      });
    });

    it('"07" and "7" lớp are the same value; three 2026 targets', () => {
      const lop = t().figures.filter((f) => f.indicator === 'hoat_dong.lop_can_bo');
      expect(lop.map((f) => f.value.raw)).toEqual(['7', '07']);
      expect(new Set(lop.map((f) => f.value.value))).toEqual(new Set(['7']));
      const targets = t().figures.filter((f) => f.type === 'mục tiêu');
      expect(targets.map((f) => [f.indicator, f.year])).toEqual([
        ['ty_le.can_bo', 2026],
        ['ty_le.hoc_sinh', 2026],
        ['ty_le.ho_gia_dinh', 2026],
      ]);
    });
  });

  it('Cao Đức: "12564/16900" is a fraction; "01" is one team', () => {
    const figs = reportById(CAO_DUC).figures;
    const f = figs.find((x) => x.indicator === 'dinh_danh.muc_2')!;
    expect(f.value).toMatchObject({
      raw: '12564/16900',
      form: 'fraction',
      value: '12564',
      denominator: '16900',
      decimals: 0,
      qualifiers: [],
    });
    expect(f.warnings).toEqual([]);
    expect(figs.find((x) => x.indicator === 'to_cns.to_cap_xa')!.value).toMatchObject({ raw: '01', value: '1' });
    expect(figs.find((x) => x.indicator === 'mooc.nguoi_dan_hoc')!.value).toMatchObject({ raw: '4500', value: '4500' });
  });

  it('An Nghĩa: "80,06%" is 80.06 with 2 decimals; 35/35; one 2027 target', () => {
    const figs = reportById(AN_NGHIA).figures;
    const f = figs.find((x) => x.indicator === 'ty_le.dinh_danh_dien_tu')!;
    expect(f.value).toMatchObject({ raw: '80,06%', form: 'percent', value: '80.06', decimals: 2 });
    expect(figs.find((x) => x.indicator === 'dinh_danh.khu_dan_cu')!.value).toMatchObject({ raw: '35/35', value: '35', denominator: '35' });
    expect(figs.filter((x) => x.type === 'mục tiêu').map((x) => [x.indicator, x.year])).toEqual([['ty_le.ho_gia_dinh', 2027]]);
  });

  it('Thạch Thất: 10 target rows, five for 2025 and five for 2026', () => {
    const figs = reportById(THACH_THAT).figures;
    expect(figs).toHaveLength(10);
    for (const f of figs) expect(f.type).toBe('mục tiêu');
    expect(figs.map((f) => f.year)).toEqual([2025, 2025, 2025, 2025, 2025, 2026, 2026, 2026, 2026, 2026]);
    expect(reportById(THACH_THAT).meta.kind).toBe('kế hoạch');
  });

  it('is deterministic and independent of file order', () => {
    const again = checkSubmissions([...files].reverse());
    expect(again.problems).toEqual(result.problems);
    expect(again.dataset).toEqual(result.dataset);
  });
});

describe('cross-file checks', () => {
  const modelMdx = (report: string, commune = '"24682"') =>
    `---\ncommune: ${commune}\ntitle: Mô hình thử\ncategory: khác\nstatus: thí điểm\nreport: ${report}\nlocation: Mục I\n---\n\nNội dung.\n`;
  const csvText = 'STT,Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả,Thuyết minh,Nguồn\n1,hoat_dong.van_ban,a,Văn bản,15,,\n';
  const with_ = (...extra: SubmittedFile[]) => checkSubmissions([...files, ...extra]);
  const newProblems = (r: { problems: Problem[] }) =>
    r.problems.filter((p) => !result.problems.some((q) => JSON.stringify(q) === JSON.stringify(p)));

  it('a model pointing at an unknown report', () => {
    const r = with_({ path: 'content/models/24682-thuan-an/moi.mdx', bytes: enc(modelMdx('24682-thuan-an/khong-co')) });
    const ps = newProblems(r);
    expect(ps.map((p) => [p.code, p.severity, p.file, p.field, p.found])).toEqual([
      ['ref.unknown-report', 'error', 'content/models/24682-thuan-an/moi.mdx', 'report', '24682-thuan-an/khong-co'],
    ]);
    expect(ps[0]!.vi).toContain('24682-thuan-an/khong-co');
  });

  it('a model whose report is about another commune', () => {
    const r = with_({ path: 'content/models/09466-cao-duc/moi.mdx', bytes: enc(modelMdx(THUAN_AN, '"09466"')) });
    expect(newProblems(r).map((p) => [p.code, p.field, p.found])).toEqual([['ref.report-commune-mismatch', 'commune', '09466']]);
  });

  it('a model pointing at a report that exists but has its own errors is not also an unknown report', () => {
    const r = with_(
      { path: 'content/reports/24682-thuan-an/hong.mdx', bytes: enc(reportMdx({ date: '26/5/2026' })) },
      { path: 'content/models/24682-thuan-an/moi.mdx', bytes: enc(modelMdx('24682-thuan-an/hong')) },
    );
    expect(newProblems(r).map((p) => [p.code, p.file, p.field])).toEqual([
      ['mdx.frontmatter-field', 'content/reports/24682-thuan-an/hong.mdx', 'date'],
    ]);
  });

  it('a commune code not in the registry', () => {
    const r = with_({ path: 'content/reports/99999-khong-co/bao-cao.mdx', bytes: enc(reportMdx({ commune: '"99999"' })) });
    const ps = newProblems(r);
    expect(ps.map((p) => [p.code, p.severity, p.file, p.field, p.found])).toEqual([
      ['ref.unknown-commune', 'error', 'content/reports/99999-khong-co/bao-cao.mdx', 'commune', '99999'],
    ]);
    expect(ps[0]!.vi).toContain('99999');
    const m = with_({ path: 'content/models/x/y.mdx', bytes: enc(modelMdx(THUAN_AN, '"00000"')) });
    expect(
      newProblems(m)
        .map((p) => p.code)
        .sort(),
    ).toEqual(['ref.report-commune-mismatch', 'ref.unknown-commune']);
  });

  it('an orphan CSV is an error, and its table is still checked', () => {
    const r = with_({ path: 'content/reports/24682-thuan-an/mo-coi.csv', bytes: enc(csvText.replace('15', 'mười lăm')) });
    const ps = newProblems(r);
    expect(ps.map((p) => [p.code, p.severity, p.file, p.line])).toEqual([
      ['file.orphan-csv', 'error', 'content/reports/24682-thuan-an/mo-coi.csv', undefined],
      ['row.unreadable-value', 'error', 'content/reports/24682-thuan-an/mo-coi.csv', 2],
    ]);
    expect(r.dataset.reports).toHaveLength(4);
  });

  it('an orphan CSV checked on its own (requirePairs off) reports only its table problems', () => {
    const r = checkSubmissions([{ path: 'content/reports/x/mo-coi.csv', bytes: enc(csvText) }], { requirePairs: false });
    expect(r.problems).toEqual([]);
  });

  it('a report dated before its period starts → warning quality.date-outside-period', () => {
    const r = with_({
      path: 'content/reports/24682-thuan-an/2024-som.mdx',
      bytes: enc(reportMdx({ date: '2024-12-20', kind: 'kế hoạch', period: '\n  from: "2025"\n  to: "2025"' })),
    });
    const ps = newProblems(r);
    expect(ps.map((p) => [p.code, p.severity, p.field, p.found])).toEqual([
      ['quality.date-outside-period', 'warning', 'date', '2024-12-20'],
    ]);
    expect(hasErrors(r.problems)).toBe(false);
    expect(r.dataset.reports.map((x) => x.id)).toContain('24682-thuan-an/2024-som');
  });

  it('a results report dated before its period ends → warning; a plan may be dated before', () => {
    const period = '\n  from: 2025-01\n  to: 2025-12';
    const report = with_({ path: 'content/reports/24682-thuan-an/a.mdx', bytes: enc(reportMdx({ date: '2025-06-30', period })) });
    expect(newProblems(report).map((p) => p.code)).toEqual(['quality.date-outside-period']);
    const plan = with_({
      path: 'content/reports/24682-thuan-an/a.mdx',
      bytes: enc(reportMdx({ date: '2025-06-30', kind: 'kế hoạch', period })),
    });
    expect(newProblems(plan)).toEqual([]);
    // Partial dates overlap: a report of "2025-12" about a period ending "2025-12-31" is not early.
    const partial = with_({
      path: 'content/reports/24682-thuan-an/a.mdx',
      bytes: enc(reportMdx({ date: '2025-12', period: '\n  to: 2025-12-31' })),
    });
    expect(newProblems(partial)).toEqual([]);
  });

  it('a report paired with its CSV gets the figures; encoding notices are reported on the CSV', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...csvText].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const r = with_(
      { path: 'content/reports/24682-thuan-an/moi.mdx', bytes: enc(reportMdx()) },
      { path: 'content/reports/24682-thuan-an/moi.csv', bytes: utf16 },
    );
    expect(newProblems(r).map((p) => [p.code, p.file])).toEqual([['encoding.utf16', 'content/reports/24682-thuan-an/moi.csv']]);
    const rep = r.dataset.reports.find((x) => x.id === '24682-thuan-an/moi')!;
    expect(rep.figures.map((f) => [f.indicator, f.value.value, f.line])).toEqual([['hoat_dong.van_ban', '15', 2]]);
  });

  it('a TCVN3 CSV is refused with its file named', () => {
    const r = with_(
      { path: 'content/reports/24682-thuan-an/moi.mdx', bytes: enc(reportMdx()) },
      { path: 'content/reports/24682-thuan-an/moi.csv', bytes: new Uint8Array([...'STT,M· chØ tiªu,KÕt qu¶'].map((c) => c.charCodeAt(0))) },
    );
    const ps = newProblems(r);
    expect(ps.map((p) => [p.code, p.severity, p.file])).toEqual([['encoding.tcvn3', 'error', 'content/reports/24682-thuan-an/moi.csv']]);
    expect(ps[0]!.vi).toContain('UTF-8');
  });

  it('every problem names a catalogue code with its severity', () => {
    const r = with_(
      { path: 'content/reports/99999-x/a.mdx', bytes: enc(reportMdx({ commune: '"99999"' })) },
      { path: 'content/reports/x/b.csv', bytes: enc(csvText) },
      { path: 'content/models/x/c.mdx', bytes: enc(modelMdx('khong/co')) },
    );
    expect(r.problems.length).toBeGreaterThan(result.problems.length);
    for (const p of r.problems) {
      expect(p.severity).toBe(problemCatalogue[p.code].severity);
      expect(p.file.startsWith('content/')).toBe(true);
    }
  });
});
