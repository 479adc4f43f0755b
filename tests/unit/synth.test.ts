/**
 * The synthetic data generator (src/tools/synth.ts): deterministic for a
 * seed, valid against the real contract, and covering every qualifier, value
 * form, planted warning, model status and category.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { modelCategories, modelStatuses } from '../../src/domain/schemas.ts';
import { registry } from '../../src/domain/registry.ts';
import { loadDataset } from '../../src/ingestion/load.ts';
import { collectFiles } from '../../src/ingestion/read-files.ts';
import { checkSubmissions } from '../../src/ingestion/submissions.ts';
import { generate, plantedWarnings, qualifierForms, writeSynthetic, type SynthOptions } from '../../src/tools/synth.ts';

const options: SynthOptions = { seed: '7', periods: 3, share: 0.9, limit: 40 };
const temp = mkdtempSync(join(tmpdir(), 'bdhvs-synth-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every file under dir, relative path → bytes. */
function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** The CLI, as `npm run synth -- …` runs it. */
function runCli(out: string, o: SynthOptions): void {
  execFileSync(
    resolve('node_modules/.bin/node'),
    [
      'src/tools/synth.ts',
      '--out',
      out,
      '--seed',
      o.seed,
      '--periods',
      String(o.periods),
      '--share',
      String(o.share),
      '--limit',
      String(o.limit),
    ],
    { stdio: 'pipe' },
  );
}

const first = join(temp, 'a');
const second = join(temp, 'b');
runCli(first, options);
writeSynthetic(second, options);
const files = collectFiles(first, ['.']).map((f) => ({ ...f, path: `content/${f.path}` }));
// As the build checks synthetic content: its simulated periods may lie ahead of the calendar.
const { dataset, problems } = checkSubmissions(files, { requirePairs: true, today: false });
const figures = dataset.reports.flatMap((r) => r.figures);

describe('synthetic data generator', () => {
  it('is deterministic: the same seed gives byte-identical files (CLI and API alike)', () => {
    const a = tree(first);
    const b = tree(second);
    expect([...a.keys()]).toEqual([...b.keys()]);
    expect(a.size).toBeGreaterThan(60);
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
  });

  it('gives different data for a different seed', () => {
    const other = generate({ ...options, seed: '8' }).files;
    const same = generate(options).files;
    expect([...other.values()].join('')).not.toEqual([...same.values()].join(''));
  });

  it('writes the SYNTHETIC marker, which the build reads', () => {
    expect(readFileSync(join(first, 'SYNTHETIC'), 'utf8')).toContain('Synthetic data');
    expect(loadDataset(process.cwd(), first).synthetic).toBe(true);
  });

  it('passes checkSubmissions with zero errors', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset.reports.length).toBeGreaterThan(40);
  });

  it('uses every qualifier, exact figures and every value form', () => {
    const words = new Set(figures.flatMap((f) => f.value.qualifierWords));
    for (const q of qualifierForms) expect(words, q).toContain(q);
    expect(figures.some((f) => f.value.qualifiers.length === 0)).toBe(true);
    const raws = figures.map((f) => f.value.raw);
    expect(
      raws.some((r) => /^\d{1,3}(\.\d{3})+$/.test(r)),
      'thousands dots',
    ).toBe(true);
    expect(
      raws.some((r) => /^\d+,\d+%$/.test(r)),
      'decimal comma percent',
    ).toBe(true);
    expect(
      raws.some((r) => /^\d+%$/.test(r)),
      'whole percent',
    ).toBe(true);
    expect(figures.some((f) => f.value.form === 'fraction' && f.value.statedPercent === undefined)).toBe(true);
    expect(figures.some((f) => f.value.form === 'fraction' && f.value.statedPercent !== undefined && /đạt/.test(f.value.raw))).toBe(true);
    expect(figures.some((f) => f.value.form === 'fraction' && /^\d+(,\d+)?% \(/.test(f.value.raw))).toBe(true);
  });

  it('plants each data-quality warning, in a small share of figures', () => {
    const codes = new Set(problems.map((p) => p.code));
    for (const w of plantedWarnings) expect(codes, w).toContain(`quality.${w}`);
    const warned = figures.filter((f) => f.warnings.length > 0).length;
    expect(warned / figures.length).toBeLessThan(0.05);
  });

  it('has models of every status and category, each pointing at a report of its own unit', () => {
    expect(new Set(dataset.models.map((m) => m.meta.status))).toEqual(new Set(modelStatuses));
    expect(new Set(dataset.models.map((m) => m.meta.category))).toEqual(new Set(modelCategories));
    for (const m of dataset.models) {
      expect(dataset.reports.find((r) => r.id === m.meta.report)?.meta.commune).toBe(m.meta.commune);
    }
  });

  it('leaves a share of units without reports and gives the others one report per period, with history', () => {
    const byCommune = new Map<string, typeof dataset.reports>();
    for (const r of dataset.reports) byCommune.set(r.meta.commune, [...(byCommune.get(r.meta.commune) ?? []), r]);
    expect(byCommune.size).toBe(Math.round(options.limit! * options.share));
    for (const c of byCommune.keys()) expect(registry().commune(c)).toBeDefined();
    for (const reports of byCommune.values()) {
      const periods = reports.map((r) => r.meta.period?.to ?? r.meta.date.slice(0, 7));
      expect(reports.length).toBeLessThanOrEqual(options.periods);
      expect(new Set(periods).size).toBe(periods.length);
    }
    // Some figure changes from one period to the next.
    const changed = [...byCommune.values()].some((reports) => {
      const rate = (r: (typeof reports)[number]) => r.figures.find((f) => f.indicator === 'ty_le.nguoi_truong_thanh')?.value.raw;
      const values = reports.map(rate).filter((v) => v !== undefined);
      return new Set(values).size > 1;
    });
    expect(changed).toBe(true);
    expect(new Set(dataset.reports.map((r) => r.meta.kind))).toEqual(new Set(['báo cáo', 'kế hoạch', 'bài báo']));
  });

  it('states targets in some reports', () => {
    const targets = figures.filter((f) => f.type === 'mục tiêu');
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(t.year).toBeGreaterThanOrEqual(2025);
  });

  it('keeps rates within 30–100% apart from planted unit mismatches', () => {
    for (const f of figures) {
      if (f.value.form !== 'percent' || f.warnings.some((w) => w.code === 'quality.unit-mismatch')) continue;
      expect(Number(f.value.value), f.value.raw).toBeGreaterThanOrEqual(f.value.qualifiers.length > 0 ? 25 : 30);
      expect(Number(f.value.value), f.value.raw).toBeLessThanOrEqual(100);
    }
  });

  it('refuses to overwrite a folder that is not synthetic output', () => {
    const foreign = join(temp, 'foreign');
    rmSync(foreign, { recursive: true, force: true });
    writeSynthetic(join(foreign, 'x'), { ...options, limit: 1 });
    writeFileSync(join(foreign, 'keep.txt'), 'not synthetic');
    expect(() => writeSynthetic(foreign, options)).toThrow(/SYNTHETIC/);
    expect(() => writeSynthetic(resolve('content'), options)).toThrow(/never be committed/);
  });
});
