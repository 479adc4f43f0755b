/**
 * The language of every built page, in both languages: no space before punctuation or inside brackets (what
 * whitespace between template expressions produces: "đã báo cáo : Xã Thuận An ."), English plurals that agree
 * with their count ("1 units"), and counts written with their group separator ("4/3.321", not "4/3321").
 * Code, scripts and quoted text (elements with a lang attribute: the communes' own words) are left out
 * (tests/helpers/visible-text.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/build.ts';
import { languageProblems, visibleLines } from '../helpers/visible-text.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

describe('the checker', () => {
  it('finds each kind of problem, and leaves code and quoted words alone', () => {
    const page = (body: string) => `<!doctype html><html lang="en"><body>${body}</body></html>`;
    const rules = (html: string, locale = 'en') => languageProblems(page(html), locale).map((p) => p.rule);
    expect(rules('<p><strong>4/3321</strong> units reported\n: <a href="#">Xã Thuận An</a>\n.</p>')).toEqual([
      'space before punctuation',
      'space before punctuation',
      'ungrouped count',
    ]);
    expect(rules('<p>Pilot (\n0)\n</p>')).toEqual(["'( '"]);
    expect(rules('<p>Median (1 units)</p>')).toEqual(['plural after 1']);
    expect(rules('<p>Trung vị (1 units)</p>', 'vi')).toEqual([]);
    expect(rules('<p>(3321 xã)</p>', 'vi')).toEqual(['ungrouped count']);
    expect(rules('<p>Median (1 unit), 2 units, 4/3,321 communes, 02/6/2026; 5/2026, No. 2251/SKH; <code>a ,b</code>.</p>')).toEqual([]);
    expect(rules('<p>Explanation: <span lang="vi">Đến nay có 12 /16900 công dân .</span></p>')).toEqual([]);
    expect(visibleLines(page('<p>a<br>b</p><script>x ,</script><p>c &amp; d</p>'))).toEqual(['a', 'b', 'c & d']);
  });
});

describe('built pages', () => {
  const files = htmlFiles(distDir);

  it('are there in both languages', () => {
    expect(files.some((f) => relative(distDir, f).startsWith('en/'))).toBe(true);
    expect(files.length).toBeGreaterThan(100);
  });

  it('have no space before punctuation, no padded brackets, no "1 units", no ungrouped counts', () => {
    const found: string[] = [];
    for (const file of files) {
      const path = relative(distDir, file);
      const locale = path.startsWith('en/') ? 'en' : 'vi';
      for (const p of languageProblems(readFileSync(file, 'utf8'), locale)) found.push(`${path}: [${p.rule}] …${p.snippet}…`);
    }
    expect(found.slice(0, 40), `${found.length} problems`).toEqual([]);
  });
});
