/**
 * Open-data tables built from the real content/: every figure survives the
 * trip to CSV and back exactly (raw text byte for byte), the JSON says the
 * same, and the Data Package describes every CSV with the columns it has.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/domain/commune-data.ts';
import { indicators } from '../../src/domain/indicators.ts';
import { registry } from '../../src/domain/registry.ts';
import { loadDataset } from '../../src/ingestion/load.ts';
import { parseReportTable } from '../../src/ingestion/report-table.ts';
import type { Report } from '../../src/domain/dataset.ts';
import { BOM } from '../../src/presentation/csv-writer.ts';
import {
  columnTypes,
  communeTable,
  communeJson,
  csvChunks,
  csvDownloads,
  dataPackage,
  figureSchemaPath,
  figuresTable,
  fromCsvCell,
  indicatorsTable,
  jsonChunks,
  nationalTables,
  reportingCommunes,
  reportsTable,
  rowObjects,
  tableSchema,
  targetsTable,
  toCsv,
  toJson,
  unitsTable,
  type BuiltTable,
  type Cell,
  type OpenDataContext,
  type Table,
} from '../../src/presentation/open-data.ts';

const loaded = loadDataset();
const site = buildSiteData(loaded.dataset, registry());
const root = 'https://example.gov.vn/bdhvs/';
const ctx: OpenDataContext = {
  version: loaded.version,
  synthetic: loaded.synthetic,
  links: {
    report: (id) => `${root}bao-cao/${id}/`,
    commune: (c) => `${root}${c.path}/`,
    province: (p) => `${root}${p.slug}/`,
    data: `${root}du-lieu/`,
  },
};
const allFigures = loaded.dataset.reports.flatMap((r) => r.figures.map((f) => ({ r, f })));

/** CSV text back to typed rows, as a consumer would read it: strip the BOM, parse, undo neutralisation per column. */
function readBack(t: BuiltTable, text: string): Cell[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(BOM.length), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  expect(header).toEqual(t.info.columns.map((c) => c.name));
  return rows.map((cells) => cells.map((text, i) => fromCsvCell(t.info.columns[i]!, text)));
}

function roundTrip(table: Table): { built: BuiltTable; back: Cell[][] } {
  const built = table.build(site, ctx);
  return { built, back: readBack(built, toCsv(built)) };
}

describe('the national figures table', () => {
  const { built, back } = roundTrip(figuresTable);
  const rows = rowObjects(built);
  const backRows = rowObjects({ info: built.info, rows: back });

  it('has one row per figure of every report', () => {
    expect(allFigures.length).toBeGreaterThanOrEqual(60);
    expect(built.rows).toHaveLength(allFigures.length);
  });

  it('reads back from CSV exactly equal to the source rows', () => {
    expect(back).toEqual(built.rows);
  });

  it('keeps every figure: raw text byte for byte (NFC), parsed value, qualifiers, warnings, provenance', () => {
    for (const { r, f } of allFigures) {
      const row = backRows.find((x) => x['report_id'] === r.id && x['csv_line'] === f.line);
      expect(row, `${r.id} line ${f.line}`).toBeDefined();
      expect(Buffer.from(row!['value_raw'] as string, 'utf8')).toEqual(Buffer.from(f.value.raw, 'utf8'));
      expect(f.value.raw).toBe(f.value.raw.normalize('NFC'));
      expect(row).toMatchObject({
        indicator_code: f.indicator,
        row_type: f.type,
        target_year: f.year ?? null,
        value: f.value.value,
        decimals: f.value.decimals,
        form: f.value.form,
        denominator: f.value.denominator ?? null,
        stated_percent: f.value.statedPercent ?? null,
        stated_percent_decimals: f.value.statedPercentDecimals ?? null,
        qualifiers: f.value.qualifiers,
        qualifier_words: f.value.qualifierWords,
        unit: f.unit || null,
        label: f.label || null,
        note: f.note || null,
        location: f.location || null,
        stt: f.stt || null,
        warnings: f.warnings.map((w) => w.code),
        commune_code: r.meta.commune,
        document_kind: r.meta.kind,
        document_number: r.meta.number ?? null,
        document_date: r.meta.date,
        document_issuer: r.meta.issuer,
        report_url: `${root}bao-cao/${r.id}/`,
        data_version: loaded.version,
      });
    }
  });

  it('has a unique primary key (report_id, csv_line)', () => {
    const keys = rows.map((r) => `${r['report_id']}#${r['csv_line']}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives the same rows in JSON, with the data version first', () => {
    const json = JSON.parse(toJson(built, ctx)) as { version: string; rows: unknown[] };
    expect(Object.keys(json)[0]).toBe('version');
    expect(json.version).toBe(loaded.version);
    expect(json.rows).toEqual(rows);
  });
});

describe('the other tables', () => {
  it.each(nationalTables.map((t) => [t.name, t] as const))('%s reads back from CSV exactly', (_name, table) => {
    const { built, back } = roundTrip(table);
    expect(back).toEqual(built.rows);
    expect(built.info.columns.at(-1)!.name).toBe('data_version');
    const key = built.info.primaryKey.map((k) => built.info.columns.findIndex((c) => c.name === k));
    const keys = built.rows.map((row) => JSON.stringify(key.map((i) => row[i])));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('targets are exactly the target rows', () => {
    const targets = rowObjects(targetsTable.build(site, ctx));
    expect(targets.length).toBe(allFigures.filter(({ f }) => f.type === 'mục tiêu').length);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((r) => r['row_type'] === 'mục tiêu' && typeof r['target_year'] === 'number')).toBe(true);
  });

  it('the registry has the 34 provinces and 3,321 units, with reporting counts', () => {
    const units = rowObjects(unitsTable.build(site, ctx));
    expect(units.filter((u) => u['level'] === 'tỉnh')).toHaveLength(34);
    expect(units.filter((u) => u['level'] === 'xã')).toHaveLength(3321);
    const reported = units.filter((u) => u['level'] === 'xã' && (u['reports'] as number) > 0);
    expect(reported.map((u) => u['code']).sort()).toEqual([...site.reporting].sort());
    const total = units.filter((u) => u['level'] === 'tỉnh').reduce((n, u) => n + (u['figures'] as number), 0);
    expect(total).toBe(allFigures.length);
    expect(units.find((u) => u['code'] === '09466')).toMatchObject({ name: 'Xã Cao Đức', kind: 'xã', province_code: '24' });
  });

  it('the catalogue lists every indicator, and the documents list every report', () => {
    expect(rowObjects(indicatorsTable.build(site, ctx)).map((r) => r['code'])).toEqual(indicators.map((d) => d.code));
    const reports = rowObjects(reportsTable.build(site, ctx));
    expect(reports.map((r) => r['report_id'])).toEqual(site.reports.map((r) => r.id));
    for (const r of reports) expect(r['figures']).toBe((r['results'] as number) + (r['targets'] as number));
  });

  it('each reporting commune has its own table with all its figures, and a JSON with its documents', () => {
    const communes = reportingCommunes(site);
    expect(communes.map((c) => c.code).sort()).toEqual([...site.reporting].sort());
    for (const c of communes) {
      const { built, back } = roundTrip(communeTable(c));
      expect(back).toEqual(built.rows);
      const mine = allFigures.filter(({ r }) => r.meta.commune === c.code);
      expect(built.rows).toHaveLength(mine.length);
      const json = JSON.parse(communeJson(site, ctx, c.code)) as {
        version: string;
        commune: { code: string };
        reports: unknown[];
        rows: unknown[];
      };
      expect(json.version).toBe(loaded.version);
      expect(json.commune.code).toBe(c.code);
      expect(json.reports).toHaveLength(site.communes.get(c.code)!.reports.length);
      expect(json.rows).toEqual(rowObjects(built));
    }
  });
});

describe('hostile text survives and is neutralised', () => {
  const header = 'STT,Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả,Thuyết minh,Nguồn\n';
  const csv =
    header +
    '+1,to_cns.so_to,"-5 tổ ""cũ""",@Tổ,14,"=HYPERLINK(""http://x"",""bấm"")","\'=x"\n' +
    '2,hoat_dong.lop_can_bo,"Lớp, tập huấn",Lớp,Khoảng 7,"- dòng một\n- dòng hai",\tMục I\n';
  const { figures, problems } = parseReportTable('x/hostile.csv', csv);
  const report: Report = {
    id: 'x/hostile',
    file: 'x/hostile.mdx',
    meta: { commune: '24682', kind: 'báo cáo', title: "=cmd|' /C calc'!A0", date: '2026-05', issuer: 'UBND xã Thuận An' },
    figures,
    body: '',
  };
  const hostile = buildSiteData({ reports: [report], models: [] }, registry());

  it('parses the hostile table', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(figures).toHaveLength(2);
  });

  it('prefixes formula-like text cells and reads them back exactly', () => {
    const built = figuresTable.build(hostile, ctx);
    const text = toCsv(built);
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""bấm"")"`);
    expect(text).toContain(`,'+1,`);
    expect(text).toContain(`,'@Tổ,`);
    expect(text).toContain(`,''=x,`);
    expect(text).toContain(`"'- dòng một\n- dòng hai"`);
    expect(text).toContain(`,'=cmd|' /C calc'!A0,`);
    expect(readBack(built, text)).toEqual(built.rows);
    const back = rowObjects({ info: built.info, rows: readBack(built, text) });
    expect(back[0]).toMatchObject({ stt: '+1', label: '-5 tổ "cũ"', unit: '@Tổ', location: "'=x", note: '=HYPERLINK("http://x","bấm")' });
    expect(back[1]).toMatchObject({ qualifiers: ['approximate'], qualifier_words: ['Khoảng'], note: '- dòng một\n- dòng hai' });
  });
});

describe('the Data Package', () => {
  const pkg = dataPackage(site, ctx) as {
    profile: string;
    version: string;
    homepage: string;
    resources: Array<{
      name: string;
      path: string;
      encoding: string;
      bytes: number;
      hash: string;
      title: string;
      description: string;
      schema: string | { fields: Array<{ name: string; type: string; title: string; description: string }>; primaryKey: string[] };
    }>;
  };
  const downloads = csvDownloads(site, ctx);

  it('is a tabular data package at the data version', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.version).toBe(loaded.version);
    expect(pkg.homepage).toBe(`${root}du-lieu/`);
  });

  it('describes every CSV download, with its size, hash, encoding and columns', () => {
    expect(pkg.resources.map((r) => r.path)).toEqual(downloads.map((d) => d.path));
    expect(pkg.resources.map((r) => r.path)).toEqual(
      expect.arrayContaining(['so-lieu.csv', 'chi-tieu.csv', 'danh-muc-chi-tieu.csv', 'don-vi.csv', 'van-ban.csv', 'xa/24682.csv']),
    );
    for (const [i, r] of pkg.resources.entries()) {
      const d = downloads[i]!;
      expect(r.name).toMatch(/^[a-z0-9._-]+$/);
      expect(r.encoding).toBe('utf-8-sig');
      expect(r.bytes).toBe(Buffer.byteLength(d.text, 'utf8'));
      expect(r.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(r.title.length).toBeGreaterThan(0);
      const schema = typeof r.schema === 'string' ? (tableSchema(figuresTable) as typeof r.schema & object) : r.schema;
      if (typeof r.schema === 'string') expect(r.schema).toBe(figureSchemaPath);
      const header = Papa.parse<string[]>(d.text.slice(1), { delimiter: ',', newline: '\r\n', preview: 1 }).data[0];
      expect(schema.fields.map((f) => f.name)).toEqual(header);
      // Vietnamese titles, English descriptions: the same definitions the CSV was written from.
      expect(schema.fields).toEqual(
        d.info.columns.map((c) => expect.objectContaining({ name: c.name, title: c.title, description: c.en })),
      );
      for (const f of schema.fields) expect(['string', 'integer', 'number', 'year']).toContain(f.type);
    }
  });

  it('has a type for every column type', () => {
    for (const t of columnTypes) {
      const sample = { ...figuresTable, columns: [{ name: 'x', type: t, title: 'x', vi: 'x', en: 'x' }] };
      expect((tableSchema(sample) as { fields: unknown[] }).fields).toHaveLength(1);
    }
  });
});

describe('national tables written piece by piece', () => {
  it('give exactly the text of the whole-table writers, for every national table', () => {
    for (const table of nationalTables) {
      const built = table.build(site, ctx);
      const csv = [...csvChunks(table, table.rows(site, ctx))];
      const json = [...jsonChunks(table, table.rows(site, ctx), ctx)];
      expect(csv.join('')).toBe(toCsv(built));
      expect(json.join('')).toBe(toJson(built, ctx));
      expect(JSON.parse(json.join(''))).toMatchObject({ version: ctx.version, name: table.name });
      // One piece per row plus the header (CSV) or the head and tail (JSON): nothing is built whole.
      expect(csv).toHaveLength(built.rows.length + 1);
      expect(json).toHaveLength(built.rows.length + 2);
    }
  });

  it('an empty table is still valid JSON and a header-only CSV', () => {
    const table = nationalTables[0]!;
    expect(JSON.parse([...jsonChunks(table, [], ctx)].join('')).rows).toEqual([]);
    expect([...csvChunks(table, [])].join('')).toBe(`${BOM}${table.columns.map((c) => c.name).join(',')}\r\n`);
  });
});

describe('which figure is the latest', () => {
  const header = 'STT,Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả,Thuyết minh,Nguồn,Loại,Năm\n';
  const doc = (id: string, date: string, rows: string): Report => {
    const { figures, problems } = parseReportTable(`${id}.csv`, header + rows);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    return {
      id: `24682-thuan-an/${id}`,
      file: `${id}.mdx`,
      meta: { commune: '24682', kind: 'báo cáo', title: id, date, issuer: 'UBND' },
      figures,
      body: '',
    };
  };
  const older = doc(
    'nam-2026',
    '2026',
    '1,ty_le.nguoi_truong_thanh,a,%,80%,,,,\n2,to_cns.thon_co_to,b,thôn,19,,,,\n3,ty_le.nguoi_truong_thanh,c,%,90%,,,mục tiêu,2027\n',
  );
  const newer = doc('2026-12-15', '2026-12-15', '1,ty_le.nguoi_truong_thanh,a,%,85%,,,,\n2,to_cns.thon_co_to,b,thôn,19/19,,,,\n');
  const s2 = buildSiteData({ reports: [older, newer], models: [] }, registry());
  const rows = rowObjects(communeTable(registry().commune('24682')!).build(s2, ctx));
  const at = (id: string, line: number) => rows.find((r) => r['report_id'] === `24682-thuan-an/${id}` && r['csv_line'] === line)!;
  it('marks each figure latest, superseded or restated, naming the newest figure', () => {
    expect(at('2026-12-15', 2)).toMatchObject({ status: 'latest', superseded_by: null });
    expect(at('2026-12-15', 3)).toMatchObject({ status: 'latest', superseded_by: null });
    expect(at('nam-2026', 2)).toMatchObject({ status: 'superseded', superseded_by: '24682-thuan-an/2026-12-15#dong-2' });
    expect(at('nam-2026', 3)).toMatchObject({ status: 'restated', superseded_by: '24682-thuan-an/2026-12-15#dong-3' });
    // A target for 2027 no later document restates: the latest for its year.
    expect(at('nam-2026', 4)).toMatchObject({ status: 'latest', superseded_by: null });
  });
  it('describes the columns in both languages and in the Table Schema', () => {
    const schema = tableSchema(figuresTable) as { fields: Array<{ name: string; description: string; constraints?: { enum?: string[] } }> };
    const status = schema.fields.find((f) => f.name === 'status')!;
    expect(status.constraints?.enum).toEqual(['latest', 'superseded', 'restated']);
    const col = figuresTable.columns.find((c) => c.name === 'superseded_by')!;
    expect(col.vi).toMatch(/mới nhất/);
    expect(col.en).toMatch(/newest figure/);
  });
});
