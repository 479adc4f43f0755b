/**
 * Narratives are rendered from the checked Markdown tree, never compiled:
 * the allow-listed elements become their HTML, headings get the ids Astro's
 * Markdown gives them, and nothing else of a submission becomes markup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { narrativeHtml } from '../../src/presentation/narrative.ts';
import { checkMdxBody } from '../../src/ingestion/mdx-body.ts';

describe('narrativeHtml', () => {
  it('renders Markdown, with heading ids as Astro gives them (Vietnamese letters kept)', () => {
    const html = narrativeHtml('---\ncommune: "24682"\n---\nMở đầu **đậm**.\n\n## Kết quả nổi bật\n\n- Một\n- Hai\n\n## Kết quả nổi bật\n');
    expect(html).toContain('<p>Mở đầu <strong>đậm</strong>.</p>');
    expect(html).toContain('<h2 id="kết-quả-nổi-bật">Kết quả nổi bật</h2>');
    expect(html).toContain('<h2 id="kết-quả-nổi-bật-1">');
    expect(html).toContain('<ul>\n<li>Một</li>\n<li>Hai</li>\n</ul>');
    expect(html).not.toContain('commune');
  });

  it('renders the allow-listed elements with their allowed attributes only', () => {
    const src =
      '<Callout tone="lưu ý" title="Chú ý">Số liệu **ước tính**.</Callout>\n\n<Callout>Ghi chú.</Callout>\n\nDiện tích 12 km<sup>2</sup>, H<sub>2</sub>O, <mark>mới</mark>, <abbr title="Ủy ban nhân dân">UBND</abbr>.<br />Hết.';
    expect(checkMdxBody('x.mdx', src)).toEqual([]);
    const html = narrativeHtml(src);
    // On one line a Callout is inline content; it is still rendered as a note, not inside a paragraph.
    expect(html).toContain('<aside class="note note-warning"><strong>Chú ý. </strong>Số liệu <strong>ước tính</strong>.</aside>');
    expect(html).toContain('<aside class="note">Ghi chú.</aside>');
    expect(html).not.toContain('<p><aside');
    expect(narrativeHtml('<Callout tone="warning">\n\nĐoạn một.\n\n</Callout>')).toBe(
      '<aside class="note note-warning"><p>Đoạn một.</p></aside>',
    );
    expect(html).toContain('km<sup>2</sup>');
    expect(html).toContain('H<sub>2</sub>O');
    expect(html).toContain('<mark>mới</mark>');
    expect(html).toContain('<abbr title="Ủy ban nhân dân">UBND</abbr>');
    expect(html).toContain('<br>Hết.');
  });

  it('never turns refused constructs into markup, even if called on unchecked text', () => {
    const src = '<script>alert(1)</script>\n\n<iframe src="https://x.example" />\n\n{1 + 1}\n\n<sup onClick="x()">a</sup>';
    expect(checkMdxBody('x.mdx', src).length).toBeGreaterThan(0);
    const html = narrativeHtml(src);
    expect(html).not.toMatch(/<script|<iframe|onclick|1 \+ 1/i);
    expect(html).toContain('<sup>a</sup>');
  });

  it('drops unsafe and protocol-relative URLs on its own, without the checker', () => {
    const src = [
      '[a](javascript:alert(1)) [b](JaVa%0ascript:alert(1)) [c](data:text/html,x) [d](vbscript:x)',
      '[e](//evil.example/x) [f](/\\evil.example/y) ![g](//evil.example/p.png) ![h](data:image/png;base64,AAAA)',
      '[ok](https://x.vn/a) [mail](mailto:a@x.vn) [rel](../bao-cao/) [anchor](#muc-1) ![pic](https://x.vn/p.png)',
    ].join('\n\n');
    const html = narrativeHtml(src);
    expect(html).not.toMatch(/javascript|vbscript|data:/i);
    expect(html).not.toMatch(/(href|src)="[/\\]{2}/);
    expect(html).not.toContain('//evil.example');
    expect(html).toContain('<a>e</a>');
    expect(html).not.toContain('alt="g"');
    expect(html).toContain('<a href="https://x.vn/a">ok</a>');
    expect(html).toContain('<a href="mailto:a@x.vn">mail</a>');
    expect(html).toContain('<a href="../bao-cao/">rel</a>');
    expect(html).toContain('<a href="#muc-1">anchor</a>');
    expect(html).toContain('<img src="https://x.vn/p.png" alt="pic">');
  });

  it('renders every seed narrative', () => {
    const root = join(import.meta.dirname, '../../content/reports');
    for (const dir of readdirSync(root)) {
      for (const f of readdirSync(join(root, dir)).filter((n) => n.endsWith('.mdx'))) {
        const html = narrativeHtml(readFileSync(join(root, dir, f), 'utf8'));
        expect(html).toMatch(/<h2 id="[^"]+">/);
        expect(html).not.toContain('---');
      }
    }
  });
});
