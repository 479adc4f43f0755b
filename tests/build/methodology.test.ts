/**
 * The methodology page is MDX (src/pages/gioi-thieu/index.mdx, en/…) built from the site's own components: its
 * sections keep their ids, the catalogue table lists every indicator as loaded from data/indicators.json, and the
 * example of the checker's output is what `npm run validate` prints for the example table.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/build.ts';
import { indicators } from '../../src/domain/indicators.ts';
import { validatorExample } from '../../src/check/validator-example.ts';

const page = (path: string) => parse(readFileSync(join(distDir, path, 'index.html'), 'utf8'));

describe.each(['gioi-thieu', 'en/gioi-thieu'])('%s', (path) => {
  const html = page(path);
  it('keeps the ids other pages link to', () => {
    for (const id of ['nguon', 'nguyen-van', 'danh-muc', 'cach-viet-so', 'muc-do', 'tinh-toan', 'canh-bao', 'rieng-tu', 'bao-loi'])
      expect(html.getElementById(id), id).not.toBeNull();
  });
  it('lists every indicator of the catalogue with its label', () => {
    const rows = html.querySelectorAll('#danh-muc + p + .table-wrap tbody tr th[scope=row] code').map((c) => c.textContent);
    expect(rows).toEqual(expect.arrayContaining(indicators.map((d) => d.code)));
    expect(rows).toHaveLength(indicators.length);
    const label = path.startsWith('en') ? indicators[0]!.en : indicators[0]!.vi;
    expect(html.querySelector('#danh-muc + p + .table-wrap')!.textContent).toContain(label);
  });
  it('shows the counts of the current data', () => {
    expect(html.querySelector('#nguon + p + p')!.textContent).toMatch(/\b4\b.*\b60\b.*\b4\b.*3[.,]321/);
  });
});

describe('the example of the checker output', () => {
  it('is what npm run validate prints for the example table', () => {
    const { file, csv, output } = validatorExample();
    const dir = mkdtempSync(join(tmpdir(), 'bdhvs-method-'));
    try {
      writeFileSync(join(dir, file), csv);
      let printed = '';
      try {
        printed = execFileSync(process.execPath, [resolve('src/tools/validate.ts'), file], { cwd: dir, encoding: 'utf8' });
      } catch (e) {
        printed = (e as { stdout: string }).stdout;
      }
      expect(printed.trimEnd()).toBe(output);
      expect(output).toMatch(/LỖI \/ ERROR .*cột E \[Kết quả\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const shown = page('gioi-thieu')
      .querySelectorAll('.guide pre')
      .map((p) => p.textContent);
    expect(shown).toEqual(
      [csv, output].map((t) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;')).map((t) => parse(`<p>${t}</p>`).textContent),
    );
  });
});
