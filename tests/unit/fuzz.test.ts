/**
 * Property/fuzz tests: the seed CSVs mutated thousands of times, and parseValue on random input.
 * A small seeded PRNG keeps every run reproducible; a failure message names the seed and mutations.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../../src/ingestion/decode.ts';
import { parseCsv } from '../../src/ingestion/csv.ts';
import { parseReportTable, type TableParse } from '../../src/ingestion/report-table.ts';
import { parseValue } from '../../src/ingestion/value.ts';
import { problemCatalogue, type Problem } from '../../src/domain/problems/index.ts';
import { cleanText } from '../../src/domain/text.ts';
import { Figure } from '../../src/domain/schemas.ts';

/** mulberry32: a tiny, well-mixed 32-bit PRNG. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rng = ReturnType<typeof mulberry32>;
const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, xs.length)]!;

const SEEDS = [
  'content/reports/05395-an-nghia/2026-01-16-bai-bao.csv',
  'content/reports/09466-cao-duc/2026-06-02-bao-cao-141.csv',
  'content/reports/09955-thach-that/2025-07-11-ke-hoach.csv',
  'content/reports/24682-thuan-an/2026-05-bao-cao-tong-ket.csv',
];
// Override for a longer hunt: FUZZ_MUTATIONS=20000 FUZZ_SEED=7 npx vitest run tests/unit/fuzz.test.ts
const MUTATIONS_PER_FILE = Number(process.env.FUZZ_MUTATIONS ?? 1000);
const SEED_BASE = Number(process.env.FUZZ_SEED ?? 0x5eed);
/** Generous per-test time limit (the unit project default is 5 s); scales with a longer hunt. */
const TIMEOUT = 30_000 * Math.max(1, MUTATIONS_PER_FILE / 1000);

/** Characters a mutation may insert: CSV syntax, digits, number marks, Vietnamese letters, odd spaces. */
const POOL = [
  ';',
  ',',
  '"',
  '\n',
  '\r',
  '\r\n',
  '\t',
  ' ',
  ' ',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '.',
  '.',
  ',',
  '%',
  '/',
  '(',
  ')',
  '-',
  'a',
  'h',
  'n',
  'g',
  'K',
  'x',
  'ă',
  'â',
  'đ',
  'Đ',
  'ê',
  'ô',
  'ơ',
  'ư',
  'Ư',
  'ả',
  'ế',
  'ộ',
  'ữ',
  'ờ',
  'ạ',
  'ố',
  '\u00a0',
  '\u0301',
  '\u0323',
];
/** Multi-character snippets that steer mutations towards meaningful values. */
const TOKENS = [
  'Khoảng ',
  'Ước tính ',
  'Uớc tính ',
  'hơn ',
  'trên dưới ',
  'đạt ',
  '/0',
  '/17.423',
  ' đạt 80.5%',
  '1.500',
  '1,500',
  '%',
  '14.03.3',
  'mục tiêu',
  '2026',
  '""',
];

const collapse = (s: string) => s.replace(/\s+/g, ' ');

/** Physical lines with their terminators, numbered as the parser numbers them. */
function splitLines(text: string): string[] {
  const out: string[] = [];
  const re = /[^\r\n]*(\r\n|\r|\n)/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m[0]);
    last = re.lastIndex;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
const lineCount = (text: string) => splitLines(text).length + (/(\r\n|\r|\n)$/.test(text) || text === '' ? 1 : 0);

interface Case {
  file: string;
  text: string;
  base: TableParse;
  lines: string[];
  /** Lines holding exactly one whole record (below the header): safe to drop or duplicate. */
  safeLines: number[];
  /** Start offsets of the figures' raw values in the text, to aim mutations at values. */
  valueOffsets: number[];
}

function loadCase(file: string): Case {
  const d = decodeBytes(readFileSync(file));
  if (!d.ok) throw new Error(`seed ${file} does not decode`);
  const text = d.text;
  const base = parseReportTable(file, text);
  const lines = splitLines(text);
  const { records } = parseCsv(text);
  const safeLines: number[] = [];
  records.forEach((r, i) => {
    const next = records[i + 1];
    const single = next ? next.line === r.line + 1 : r.line === lines.length;
    if (r.line > 1 && single && r.cells.some((c) => c.trim() !== '') && /(\r\n|\r|\n)$/.test(lines[r.line - 1]!)) safeLines.push(r.line);
  });
  const lineStart = (n: number) => lines.slice(0, n - 1).reduce((s, l) => s + l.length, 0);
  const valueOffsets = base.figures.map((f) => {
    const at = text.indexOf(f.value.raw, lineStart(f.line));
    return at < 0 ? lineStart(f.line) : at;
  });
  return { file, text, base, lines, safeLines, valueOffsets };
}

const cases = SEEDS.map(loadCase);

// ---------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------

type Mutation = { kind: string; at: number; what?: string };

function charMutation(rng: Rng, c: Case, text: string): { text: string; m: Mutation } {
  const chars = Array.from(text);
  // Half the time aim at (or next to) a value cell; otherwise anywhere.
  const aimed = rng() < 0.5 && c.valueOffsets.length > 0;
  const approx = aimed
    ? Array.from(text.slice(0, Math.min(text.length, pick(rng, c.valueOffsets) + int(rng, 8) - 2))).length
    : int(rng, chars.length + 1);
  const at = Math.max(0, Math.min(chars.length, approx));
  const kind = pick(rng, ['delete', 'insert', 'replace', 'swap', 'token', 'truncate', 'delete-run'] as const);
  switch (kind) {
    case 'delete':
      chars.splice(at, 1);
      return { text: chars.join(''), m: { kind, at } };
    case 'delete-run': {
      const n = 1 + int(rng, 12);
      chars.splice(at, n);
      return { text: chars.join(''), m: { kind, at, what: String(n) } };
    }
    case 'insert': {
      const ch = pick(rng, POOL);
      chars.splice(at, 0, ch);
      return { text: chars.join(''), m: { kind, at, what: ch } };
    }
    case 'replace': {
      const ch = pick(rng, POOL);
      chars.splice(at, 1, ch);
      return { text: chars.join(''), m: { kind, at, what: ch } };
    }
    case 'swap':
      if (at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
      return { text: chars.join(''), m: { kind, at } };
    case 'token': {
      const tok = pick(rng, TOKENS);
      chars.splice(at, 0, tok);
      return { text: chars.join(''), m: { kind, at, what: tok } };
    }
    case 'truncate':
      return { text: chars.slice(0, at).join(''), m: { kind, at } };
  }
}

function lineMutation(rng: Rng, text: string): { text: string; m: Mutation } {
  const lines = splitLines(text);
  if (lines.length === 0) return { text, m: { kind: 'noop', at: 0 } };
  const at = int(rng, lines.length);
  const kind = pick(rng, ['drop-line', 'dup-line'] as const);
  if (kind === 'drop-line') lines.splice(at, 1);
  else lines.splice(at + 1, 0, /(\r\n|\r|\n)$/.test(lines[at]!) ? lines[at]! : `${lines[at]!}\n`);
  return { text: lines.join(''), m: { kind, at: at + 1 } };
}

/** Byte-level damage after encoding: stray bytes, cut multi-byte sequences. */
function byteMutation(rng: Rng, bytes: Uint8Array): { bytes: Uint8Array; m: Mutation } {
  const arr = [...bytes];
  const at = int(rng, arr.length + 1);
  const kind = pick(rng, ['byte-insert', 'byte-delete', 'byte-bom'] as const);
  if (kind === 'byte-insert') arr.splice(at, 0, int(rng, 256));
  else if (kind === 'byte-delete') arr.splice(at, 1);
  else arr.unshift(0xef, 0xbb, 0xbf);
  return { bytes: new Uint8Array(arr), m: { kind, at } };
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

const fail = (ctx: string, msg: string): never => {
  throw new Error(`${msg}\n  context: ${ctx}`);
};

function checkProblem(p: Problem, file: string, lines: number, ctx: string) {
  if (p.file !== file) fail(ctx, `problem without its file: ${JSON.stringify(p)}`);
  const def = problemCatalogue[p.code];
  if (!def) fail(ctx, `problem with unknown code ${p.code}`);
  if (p.severity !== def.severity) fail(ctx, `problem ${p.code} with severity ${p.severity}`);
  if (p.line !== undefined && !(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines))
    fail(ctx, `problem ${p.code} at bad line ${p.line} (of ${lines})`);
  if (p.column !== undefined && !(Number.isInteger(p.column) && p.column >= 1)) fail(ctx, `problem ${p.code} at bad column ${p.column}`);
  if (typeof p.vi !== 'string' || p.vi.trim() === '' || typeof p.en !== 'string' || p.en.trim() === '')
    fail(ctx, `problem ${p.code} without messages`);
}

function checkTable(file: string, input: string, r: TableParse, ctx: string) {
  const lines = lineCount(input);
  // Cells are read as NFC (decodeBytes normalises; line and in-row mutations skip it and may add combining marks).
  const text = input.normalize('NFC');
  const flat = collapse(text);
  const physical = splitLines(text);
  for (const p of r.problems) checkProblem(p, file, lines, ctx);
  for (const f of r.figures) {
    const s = Figure.safeParse(f);
    if (!s.success) fail(ctx, `figure breaks the schema: ${JSON.stringify(f)} ${s.error.message}`);
    const again = parseValue(f.value.raw);
    if (!again.ok) fail(ctx, `figure raw ${JSON.stringify(f.value.raw)} does not re-parse`);
    expect(again.ok && again.value, ctx).toEqual(f.value);
    if (!flat.includes(f.value.raw)) fail(ctx, `figure raw ${JSON.stringify(f.value.raw)} does not occur in the input`);
    if (!(f.line >= 1 && f.line <= lines)) fail(ctx, `figure at bad line ${f.line}`);
    // The value cell starts on the figure's line: the raw occurs in the text from that line on.
    const fromLine = collapse(physical.slice(f.line - 1).join(''));
    if (!fromLine.includes(f.value.raw))
      fail(ctx, `figure ${JSON.stringify(f.value.raw)} located at line ${f.line}, but it is not there or after`);
    if (cleanText(f.value.raw) !== f.value.raw) fail(ctx, `raw not clean: ${JSON.stringify(f.value.raw)}`);
  }
  // Every figure warning is also a located problem, and vice versa.
  const fromFigures = r.figures.flatMap((f) => f.warnings.map((w) => `${f.line}|${w.code}`)).sort();
  const fromProblems = r.problems
    .filter((p) => p.code.startsWith('quality.'))
    .map((p) => `${p.line}|${p.code}`)
    .sort();
  expect(fromProblems, ctx).toEqual(fromFigures);
}

/** A figure without the warnings that depend on other rows (duplicates), for row-by-row comparison. */
const rowView = (f: Figure) => ({ ...f, warnings: f.warnings.filter((w) => w.code !== 'quality.conflicting-duplicate') });
const problemView = (ps: readonly Problem[]) => ps.filter((p) => p.code !== 'quality.conflicting-duplicate');

function expectUntouchedRows(c: Case, kind: 'drop-line' | 'dup-line', k: number, r: TableParse, ctx: string) {
  const shift = (line: number) => (line > k ? line + (kind === 'drop-line' ? -1 : 1) : line);
  const expected: Figure[] = [];
  for (const f of c.base.figures) {
    if (f.line === k && kind === 'drop-line') continue;
    expected.push({ ...f, line: shift(f.line) });
    if (f.line === k && kind === 'dup-line') expected.push({ ...f, line: k + 1 });
  }
  expect(r.figures.map(rowView), ctx).toEqual(expected.map(rowView));
  const expectedProblems: Problem[] = [];
  for (const p of problemView(c.base.problems)) {
    if (p.line === k && kind === 'drop-line') continue;
    expectedProblems.push(p.line === undefined ? p : { ...p, line: shift(p.line) });
    if (p.line === k && kind === 'dup-line') expectedProblems.push({ ...p, line: k + 1 });
  }
  const key = (p: Problem) => `${p.line}|${p.code}|${p.column}|${p.found}`;
  expect(problemView(r.problems).map(key).sort(), ctx).toEqual(expectedProblems.map(key).sort());
}

/**
 * A character mutation confined to one single-record line, never adding or removing a quote or a
 * line break and never touching a character next to a quote (so the CSV grammar of every other
 * line is unchanged). Returns undefined when the chosen spot is next to a quote.
 */
function inRowMutation(rng: Rng, c: Case): { text: string; k: number; m: Mutation } | undefined {
  const k = pick(rng, c.safeLines);
  const line = c.lines[k - 1]!;
  const body = Array.from(line.replace(/(\r\n|\r|\n)$/, ''));
  const terminator = line.slice(body.join('').length);
  const at = int(rng, body.length + 1);
  if (body[at - 1] === '"' || body[at] === '"' || body[at + 1] === '"') return undefined;
  const safePool = POOL.filter((ch) => !/["\r\n]/.test(ch));
  const kind = pick(rng, ['delete', 'insert', 'replace', 'token'] as const);
  let what = '';
  if (kind === 'delete') body.splice(at, 1);
  else if (kind === 'insert') body.splice(at, 0, (what = pick(rng, safePool)));
  else if (kind === 'replace') body.splice(at, 1, (what = pick(rng, safePool)));
  else
    body.splice(
      at,
      0,
      (what = pick(
        rng,
        TOKENS.filter((t) => !t.includes('"')),
      )),
    );
  const lines = [...c.lines];
  lines[k - 1] = body.join('') + terminator;
  return { text: lines.join(''), k, m: { kind, at, what } };
}

function expectOtherRowsUnchanged(c: Case, k: number, r: TableParse, ctx: string) {
  expect(r.figures.filter((f) => f.line !== k).map(rowView), ctx).toEqual(c.base.figures.filter((f) => f.line !== k).map(rowView));
  const key = (p: Problem) => `${p.line}|${p.code}|${p.column}|${p.found}`;
  const others = (ps: readonly Problem[]) =>
    problemView(ps)
      .filter((p) => p.line !== k)
      .map(key)
      .sort();
  expect(others(r.problems), ctx).toEqual(others(c.base.problems));
}

// ---------------------------------------------------------------------------

describe('fuzz: mutated seed CSVs', () => {
  it('the seeds themselves satisfy the properties', () => {
    for (const c of cases) {
      checkTable(c.file, c.text, c.base, c.file);
      expect(c.base.figures.length).toBeGreaterThan(5);
      expect(c.safeLines.length).toBeGreaterThan(5);
    }
  });

  it('the property checks are not vacuous: tampered results are caught', () => {
    const c = cases[3]!;
    const f0 = c.base.figures[0]!;
    const tamper = (figures: Figure[], problems = c.base.problems): TableParse => ({ figures, problems });
    const rest = c.base.figures.slice(1);
    // A value that was never written.
    expect(() =>
      checkTable(c.file, c.text, tamper([{ ...f0, value: { ...f0.value, raw: '99.999', value: '99999' } }, ...rest]), 't'),
    ).toThrow();
    // A figure located after its row.
    expect(() => checkTable(c.file, c.text, tamper([{ ...f0, line: c.lines.length }, ...rest]), 't')).toThrow();
    // A value that does not match its raw text.
    expect(() => checkTable(c.file, c.text, tamper([{ ...f0, value: { ...f0.value, value: '16' } }, ...rest]), 't')).toThrow();
    // A warning without its problem.
    expect(() =>
      checkTable(
        c.file,
        c.text,
        tamper([{ ...f0, warnings: [...f0.warnings, { code: 'quality.percent-range', detail: '' }] }, ...rest]),
        't',
      ),
    ).toThrow();
    // A problem without a line number that makes sense.
    expect(() => checkTable(c.file, c.text, tamper(c.base.figures, [{ ...c.base.problems[0]!, line: 0 }]), 't')).toThrow();
    // A row that changed although its line was not touched.
    const k = c.safeLines[0]!;
    const moved = { ...c.base, figures: c.base.figures.map((f) => (f.line === k + 3 ? { ...f, note: `${f.note}!` } : f)) };
    expect(() => expectUntouchedRows(c, 'drop-line', k, moved, 't')).toThrow();
    expect(() => expectOtherRowsUnchanged(c, k, moved, 't')).toThrow();
    expect(() => expectOtherRowsUnchanged(c, k + 3, moved, 't')).not.toThrow();
  });

  it.each(cases.map((c, i) => [c.file, i] as const))(
    '%s (#%d): mutations keep every property',
    (_, index) => {
      const c = cases[index]!;
      const seed = SEED_BASE + index * 7919;
      const rng = mulberry32(seed);
      let parsed = 0;
      let withFigures = 0;
      let refused = 0;
      for (let iter = 0; iter < MUTATIONS_PER_FILE; iter++) {
        const log: Mutation[] = [];
        let text = c.text;
        const n = 1 + int(rng, 3);
        const mode = rng();
        if (mode < 0.2) {
          const mut = inRowMutation(rng, c);
          if (mut) {
            const ctx = `${c.file} seed=${seed} iter=${iter} in-row line ${mut.k} ${JSON.stringify(mut.m)}`;
            const r = parseReportTable(c.file, mut.text);
            checkTable(c.file, mut.text, r, ctx);
            expectOtherRowsUnchanged(c, mut.k, r, ctx);
            parsed++;
            if (r.figures.length > 0) withFigures++;
            continue;
          }
        }
        if (mode >= 0.2 && mode < 0.4) {
          // One line dropped or duplicated, on a line that holds exactly one whole record.
          const k = pick(rng, c.safeLines);
          const kind = rng() < 0.5 ? ('drop-line' as const) : ('dup-line' as const);
          const lines = [...c.lines];
          if (kind === 'drop-line') lines.splice(k - 1, 1);
          else lines.splice(k, 0, lines[k - 1]!);
          text = lines.join('');
          const ctx = `${c.file} seed=${seed} iter=${iter} ${kind} ${k}`;
          const r = parseReportTable(c.file, text);
          checkTable(c.file, text, r, ctx);
          expectUntouchedRows(c, kind, k, r, ctx);
          parsed++;
          continue;
        }
        for (let j = 0; j < n; j++) {
          const mut = rng() < 0.2 ? lineMutation(rng, text) : charMutation(rng, c, text);
          text = mut.text;
          log.push(mut.m);
        }
        let bytes: Uint8Array = new TextEncoder().encode(text);
        if (rng() < 0.1) {
          const b = byteMutation(rng, bytes);
          bytes = b.bytes;
          log.push(b.m);
        }
        const ctx = `${c.file} seed=${seed} iter=${iter} ${JSON.stringify(log)}`;
        let decoded: ReturnType<typeof decodeBytes>;
        try {
          decoded = decodeBytes(bytes);
        } catch (e) {
          return fail(ctx, `decodeBytes threw: ${String(e)}`);
        }
        if (!decoded.ok) {
          expect(problemCatalogue[decoded.code], ctx).toBeDefined();
          refused++;
          continue;
        }
        expect(decoded.text.normalize('NFC'), ctx).toBe(decoded.text);
        let r: TableParse;
        try {
          r = parseReportTable(c.file, decoded.text);
        } catch (e) {
          return fail(ctx, `parseReportTable threw: ${String(e)}`);
        }
        checkTable(c.file, decoded.text, r, ctx);
        parsed++;
        if (r.figures.length > 0) withFigures++;
      }
      // The fuzz really exercised the parser (not only refusals).
      expect(parsed).toBeGreaterThan(MUTATIONS_PER_FILE * 0.8);
      expect(withFigures).toBeGreaterThan(MUTATIONS_PER_FILE * 0.5);
      expect(refused).toBeLessThan(MUTATIONS_PER_FILE * 0.2);
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------
// parseValue on random strings
// ---------------------------------------------------------------------------

const VALUE_POOL = [
  '0',
  '1',
  '2',
  '5',
  '9',
  '0',
  '3',
  '.',
  ',',
  '%',
  '/',
  ' ',
  ' ',
  '(',
  ')',
  '=',
  '-',
  'đạt',
  'Khoảng',
  'khoảng',
  'Ước tính',
  'Uớc tính',
  'hơn',
  'trên',
  'dưới',
  'gần',
  'trên dưới',
  'ít nhất',
  'a',
  'x',
  'ư',
  '\u00a0',
  '\t',
  '\u0301',
  'KHOẢNG',
];

function checkValueInvariants(input: string, ctx: string) {
  let r: ReturnType<typeof parseValue>;
  try {
    r = parseValue(input);
  } catch (e) {
    return fail(ctx, `parseValue threw: ${String(e)}`);
  }
  if (!r.ok) {
    expect(['empty', 'unreadable', 'zero-denominator', 'negative'], ctx).toContain(r.reason);
    return r;
  }
  const v = r.value;
  const dec = /^\d+(\.\d+)?$/;
  const digitsAfterDot = (s: string) => (s.includes('.') ? s.split('.')[1]!.length : 0);
  if (!dec.test(v.value)) fail(ctx, `value ${v.value}`);
  if (v.decimals !== digitsAfterDot(v.value)) fail(ctx, `decimals ${v.decimals} for ${v.value}`);
  if (/^0\d/.test(v.value)) fail(ctx, `leading zero kept in ${v.value}`);
  if (v.denominator !== undefined) {
    if (!dec.test(v.denominator)) fail(ctx, `denominator ${v.denominator}`);
    if (Number(v.denominator) === 0) fail(ctx, 'zero denominator accepted');
  }
  if ((v.form === 'fraction') !== (v.denominator !== undefined)) fail(ctx, `form ${v.form} with denominator ${v.denominator}`);
  if (v.statedPercent !== undefined) {
    if (!dec.test(v.statedPercent)) fail(ctx, `statedPercent ${v.statedPercent}`);
    if (v.statedPercentDecimals !== digitsAfterDot(v.statedPercent)) fail(ctx, `statedPercentDecimals ${v.statedPercentDecimals}`);
    if (v.form !== 'fraction') fail(ctx, 'stated percent without a fraction');
  }
  if (v.raw !== cleanText(input).replace(/\s+/g, ' ')) fail(ctx, `raw ${JSON.stringify(v.raw)} is not the cleaned input`);
  if (v.raw.normalize('NFC') !== v.raw) fail(ctx, 'raw not NFC');
  if (new Set(v.qualifiers).size !== v.qualifiers.length) fail(ctx, 'repeated qualifier');
  if (v.qualifierWords.length < v.qualifiers.length) fail(ctx, 'qualifier without its words');
  for (const w of v.qualifierWords) if (!v.raw.includes(w)) fail(ctx, `qualifier word ${JSON.stringify(w)} not in raw`);
  const again = parseValue(v.raw);
  expect(again, ctx).toEqual(r);
  return r;
}

describe('fuzz: parseValue', () => {
  it(
    'random strings: never throws; accepted values satisfy the invariants',
    () => {
      const rng = mulberry32(SEED_BASE ^ 20260602);
      let accepted = 0;
      for (let i = 0; i < MUTATIONS_PER_FILE * 20; i++) {
        const parts: string[] = [];
        const n = 1 + int(rng, 8);
        for (let j = 0; j < n; j++) parts.push(pick(rng, VALUE_POOL));
        const input = rng() < 0.3 ? parts.join('').normalize('NFD') : parts.join('');
        if (checkValueInvariants(input, `input=${JSON.stringify(input)}`).ok) accepted++;
      }
      expect(accepted).toBeGreaterThan(1000);
    },
    TIMEOUT,
  );

  it(
    'well-formed Vietnamese numbers are read exactly (generated with their expected meaning)',
    () => {
      const rng = mulberry32(SEED_BASE ^ 14033);
      const qualifiers: Array<[string, string]> = [
        ['Khoảng', 'approximate'],
        ['khoảng', 'approximate'],
        ['gần', 'approximate'],
        ['trên dưới', 'approximate'],
        ['Ước tính', 'estimate'],
        ['Uớc tính', 'estimate'],
        ['hơn', 'lower_bound'],
        ['trên', 'lower_bound'],
        ['ít nhất', 'at_least'],
        ['dưới', 'upper_bound'],
        ['tối đa', 'at_most'],
      ];
      /** A number written the Vietnamese way, with its canonical decimal text. */
      const number = (allowFraction: boolean) => {
        const magnitude = pick(rng, [1, 2, 3, 4, 5, 6, 7, 9]);
        let intDigits = String(int(rng, 10 ** magnitude));
        const grouped = intDigits.length > 3 && rng() < 0.7;
        const written = grouped ? intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : intDigits;
        const fracLen = allowFraction && rng() < 0.4 ? 1 + int(rng, 3) : 0;
        const frac = Array.from({ length: fracLen }, () => String(int(rng, 10))).join('');
        const pad = !grouped && rng() < 0.1 ? '0' : ''; // "07"
        intDigits = intDigits.replace(/^0+(?=\d)/, '');
        return {
          text: `${pad}${written}${frac ? `,${frac}` : ''}`,
          value: frac ? `${intDigits}.${frac}` : intDigits,
          decimals: fracLen,
          singleDotGroup: grouped && written.split('.').length === 2 && !frac,
          commaThree: !grouped && fracLen === 3,
        };
      };
      for (let i = 0; i < MUTATIONS_PER_FILE * 5; i++) {
        const q = rng() < 0.4 ? pick(rng, qualifiers) : undefined;
        const shape = pick(rng, ['number', 'percent', 'fraction', 'fraction-stated'] as const);
        const a = number(shape !== 'fraction' && shape !== 'fraction-stated');
        let input: string;
        let expected: Record<string, unknown>;
        let ambiguous: boolean;
        if (shape === 'number') {
          input = a.text;
          expected = { form: 'number', value: a.value, decimals: a.decimals };
          ambiguous = a.commaThree;
        } else if (shape === 'percent') {
          input = `${a.text}${rng() < 0.2 ? ' ' : ''}%`;
          expected = { form: 'percent', value: a.value, decimals: a.decimals };
          ambiguous = a.singleDotGroup;
        } else {
          let b = number(false);
          while (Number(b.value) === 0) b = number(false);
          input = `${a.text}/${b.text}`;
          expected = { form: 'fraction', value: a.value, decimals: a.decimals, denominator: b.value };
          ambiguous = false;
          if (shape === 'fraction-stated') {
            const p = number(true);
            input += `${pick(rng, [' đạt ', ' (', ' = ', ', '])}${p.text}%`;
            if (input.includes(' (')) input += ')';
            expected = { ...expected, statedPercent: p.value, statedPercentDecimals: p.decimals };
            ambiguous = p.singleDotGroup;
          }
        }
        if (q) input = `${q[0]} ${input}`;
        const ctx = `input=${JSON.stringify(input)}`;
        const r = checkValueInvariants(input, ctx);
        if (!r.ok) fail(ctx, `refused (${r.reason})`);
        expect(r.ok && r.value, ctx).toMatchObject({
          ...expected,
          raw: input,
          qualifiers: q ? [q[1]] : [],
          qualifierWords: q ? [q[0]] : [],
        });
        expect(r.ok && r.warnings.includes('ambiguous-number'), ctx).toBe(ambiguous);
        expect(r.ok && r.warnings.includes('dot-decimal'), ctx).toBe(false);
      }
    },
    TIMEOUT,
  );
});
