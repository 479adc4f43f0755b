/**
 * Node side of workbook reading. read-excel-file reads asynchronously, while the
 * build loads submissions synchronously (the site model, the integration's
 * setup hook, the methodology page's counts). So the workbooks found under a
 * path are read in one short child process, with the same library and options as
 * the browser page (xlsx.ts), and handed back as JSON. No child is started when
 * there is no .xlsx file.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { SubmittedFile } from './submissions.ts';
import type { RawWorkbook } from './xlsx.ts';

/**
 * The child: reads each base64 workbook with read-excel-file and prints RawWorkbook[] as JSON.
 * It must encode cells exactly as encodeLibrarySheets in xlsx.ts does (a unit test compares both).
 */
const child = `
const lib = require(process.argv[1]);
const read = lib.default || lib;
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', async () => {
  const out = [];
  for (const b64 of JSON.parse(input)) {
    try {
      const buf = Buffer.from(b64, 'base64');
      const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
      const sheets = await read(ab, { trim: false, parseNumber: (n) => ({ n }) });
      out.push({ ok: true, sheets: sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map((c) =>
        c === null || c === undefined ? null : c instanceof Date ? { d: c.toISOString() } : typeof c === 'boolean' ? { b: c } :
        typeof c === 'object' && 'n' in c ? { n: String(c.n) } : String(c))) })) });
    } catch (e) {
      out.push({ ok: false, reason: typeof (e && e.code) === 'string' ? e.code : typeof (e && e.name) === 'string' ? e.name : 'ERROR' });
    }
  }
  process.stdout.write(JSON.stringify(out));
});
`;

/** Read several workbooks synchronously (one child process for all of them). */
export function readWorkbooksSync(workbooks: readonly Uint8Array[]): RawWorkbook[] {
  if (workbooks.length === 0) return [];
  const lib = libraryPath();
  const input = JSON.stringify(workbooks.map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64')));
  const out = execFileSync(process.execPath, ['-e', child, lib], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  return JSON.parse(out) as RawWorkbook[];
}

/** The library's CommonJS entry: beside this module, or (from a bundled copy of it) in the project. */
function libraryPath(): string {
  for (const from of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      return createRequire(from).resolve('read-excel-file/universal');
    } catch {
      // try the next place
    }
  }
  throw new Error('read-excel-file is not installed (npm ci)');
}

/** Attach the read workbook to every .xlsx file (the CLI and the build call this when collecting files). */
export function attachWorkbooks(files: SubmittedFile[]): SubmittedFile[] {
  const xlsx = files.filter((f) => /\.xlsx$/i.test(f.path) && !f.refused);
  const read = readWorkbooksSync(xlsx.map((f) => f.bytes));
  xlsx.forEach((f, i) => (f.workbook = read[i]));
  return files;
}
