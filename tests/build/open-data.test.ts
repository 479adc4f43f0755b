/**
 * Open data in the built site: every download exists (national tables and
 * each reporting commune's), CSVs start with a BOM, JSONs carry the data
 * version, datapackage.json points to files that exist with the size and hash
 * it states, the national CSV parsed back equals its JSON, and the data and
 * methodology pages link to everything in both languages.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/ingestion/load.ts';
import { BOM } from '../../src/presentation/csv-writer.ts';
import { figuresTable, fromCsvCell, nationalTables, type Cell, type ColumnInfo } from '../../src/presentation/open-data.ts';
import { problemCatalogue } from '../../src/domain/problems/index.ts';
import { qualifierKinds } from '../../src/domain/schemas.ts';
import { distDir } from '../helpers/build.ts';

const dataDir = join(distDir, 'du-lieu');
const read = (path: string) => readFileSync(join(dataDir, path), 'utf8');
const readJson = <T>(path: string) => JSON.parse(read(path)) as T;
const { dataset, version } = loadDataset();
const communes = [...new Set(dataset.reports.map((r) => r.meta.commune))].sort();

interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  encoding: string;
  schema: string | { fields: ColumnInfo[] };
}
const pkg = readJson<{ version: string; homepage: string; resources: Resource[] }>('datapackage.json');
/** The site root the build used (Astro `site` + base), from the package's homepage. */
const siteRoot = pkg.homepage.replace(/du-lieu\/$/, '');

function csvRows(path: string): { header: string[]; rows: string[][] } {
  const text = read(path);
  expect(text.startsWith(BOM), `${path} starts with a BOM`).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(BOM.length), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors, path).toEqual([]);
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}

describe('open-data downloads', () => {
  it('has every national table as CSV (with BOM) and JSON (with the data version)', () => {
    for (const t of nationalTables) {
      const { header, rows } = csvRows(`${t.path}.csv`);
      expect(header).toEqual(t.columns.map((c) => c.name));
      expect(header).toContain('data_version');
      const json = readJson<{ version: string; rows: unknown[] }>(`${t.path}.json`);
      expect(json.version).toBe(version);
      expect(json.rows).toHaveLength(rows.length);
    }
  });

  it('has a CSV and a JSON for each reporting commune, with all its figures', () => {
    expect(communes.length).toBeGreaterThan(0);
    for (const code of communes) {
      const figures = dataset.reports.filter((r) => r.meta.commune === code).reduce((n, r) => n + r.figures.length, 0);
      expect(csvRows(`xa/${code}.csv`).rows).toHaveLength(figures);
      const json = readJson<{ version: string; commune: { code: string }; rows: unknown[] }>(`xa/${code}.json`);
      expect(json.version).toBe(version);
      expect(json.commune.code).toBe(code);
      expect(json.rows).toHaveLength(figures);
    }
  });

  it('the national CSV parsed back equals the JSON, row for row', () => {
    const { header, rows } = csvRows('so-lieu.csv');
    const columns = header.map((name) => figuresTable.columns.find((c) => c.name === name)!);
    const fromCsv = rows.map((cells) => Object.fromEntries(cells.map((text, i) => [header[i]!, fromCsvCell(columns[i]!, text)])));
    const json = readJson<{ rows: Record<string, Cell>[] }>('so-lieu.json');
    expect(fromCsv).toEqual(json.rows);
    expect(fromCsv).toHaveLength(dataset.reports.reduce((n, r) => n + r.figures.length, 0));
  });

  it('links every figure to a report page that exists', () => {
    const json = readJson<{ rows: Record<string, Cell>[] }>('so-lieu.json');
    for (const row of json.rows) {
      const href = row['report_url'] as string;
      expect(href.startsWith(siteRoot), href).toBe(true);
      expect(existsSync(join(distDir, href.slice(siteRoot.length), 'index.html')), href).toBe(true);
    }
  });

  it('datapackage.json describes files that exist, with their size and hash', () => {
    expect(pkg.version).toBe(version);
    const paths = pkg.resources.map((r) => r.path);
    for (const p of ['so-lieu.csv', 'chi-tieu.csv', 'danh-muc-chi-tieu.csv', 'don-vi.csv', 'van-ban.csv']) expect(paths).toContain(p);
    for (const code of communes) expect(paths).toContain(`xa/${code}.csv`);
    for (const r of pkg.resources) {
      const file = join(dataDir, r.path);
      expect(existsSync(file), r.path).toBe(true);
      const bytes = readFileSync(file);
      expect(bytes.length, r.path).toBe(r.bytes);
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, r.path).toBe(r.hash);
      expect(r.encoding).toBe('utf-8-sig');
      const schema = typeof r.schema === 'string' ? readJson<{ fields: ColumnInfo[] }>(r.schema) : r.schema;
      expect(schema.fields.map((f) => f.name)).toEqual(csvRows(r.path).header);
    }
  });
});

describe('data and methodology pages', () => {
  const page = (path: string) => parse(readFileSync(join(distDir, path, 'index.html'), 'utf8'));
  const hrefs = (path: string) =>
    page(path)
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href') ?? '');

  it.each(['du-lieu', 'en/du-lieu'])('%s links to every download and documents every column', (path) => {
    const links = hrefs(path);
    const base = new URL(siteRoot).pathname;
    for (const r of pkg.resources) expect(links, r.path).toContain(`${base}du-lieu/${r.path}`);
    for (const t of nationalTables) expect(links).toContain(`${base}du-lieu/${t.path}.json`);
    expect(links).toContain(`${base}du-lieu/datapackage.json`);
    const text = page(path).textContent;
    for (const c of figuresTable.columns) expect(text).toContain(c.name);
    expect(text).toContain(version);
  });

  it.each(['gioi-thieu', 'en/gioi-thieu'])('%s explains every quality warning and qualifier', (path) => {
    const html = page(path);
    for (const code of Object.keys(problemCatalogue).filter((c) => c.startsWith('quality.')))
      expect(html.getElementById(code), code).not.toBeNull();
    for (const q of qualifierKinds) expect(html.getElementById(`muc-do-${q}`), q).not.toBeNull();
  });

  it('every page footer links to both pages', () => {
    const base = new URL(siteRoot).pathname;
    expect(hrefs('')).toEqual(expect.arrayContaining([`${base}du-lieu/`, `${base}gioi-thieu/`]));
    expect(hrefs('en')).toEqual(expect.arrayContaining([`${base}en/du-lieu/`, `${base}en/gioi-thieu/`]));
  });
});
