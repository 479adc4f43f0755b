/**
 * Every page carries a Content-Security-Policy (a <meta http-equiv>: a static site sets no headers) that lets
 * only its own scripts and styles run: each inline script and style is allowed by its hash, and no page relies on
 * what the policy forbids (style or event-handler attributes, external scripts, frame-ancestors in a meta tag).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { distDir } from '../helpers/build.ts';

function* htmlFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* htmlFiles(p);
    else if (e.name.endsWith('.html')) yield p;
  }
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The pages to check: every page but the unit pages of units that have not reported beyond a sample (same template). */
function pages(): string[] {
  const all = [...htmlFiles(distDir)];
  const quiet = all.filter((f) => /\/(xa|phuong|dac-khu)-[^/]+-\d{5}\/index\.html$/.test(f));
  return [...all.filter((f) => !quiet.includes(f)), ...quiet.filter((_, i) => i % 97 === 0)];
}

describe('Content-Security-Policy', () => {
  const files = pages();
  it('is set on every page, allowing each inline script and style by its hash', () => {
    expect(files.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const f of files) {
      const html = readFileSync(f, 'utf8');
      const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
      const metas = root.querySelectorAll('meta[http-equiv="content-security-policy"]');
      const where = relative(distDir, f);
      if (metas.length !== 1) {
        problems.push(`${where}: ${metas.length} CSP meta tags`);
        continue;
      }
      const policy = metas[0]!.getAttribute('content')!;
      const directives = new Map(
        policy
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...values]) => [name!, values]),
      );
      for (const d of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri']) {
        if (!directives.has(d)) problems.push(`${where}: no ${d}`);
      }
      if (directives.has('frame-ancestors')) problems.push(`${where}: frame-ancestors is ignored in a meta tag`);
      const scriptSrc = directives.get('script-src') ?? [];
      const styleSrc = directives.get('style-src') ?? [];
      for (const v of [...scriptSrc, ...styleSrc]) if (/unsafe-inline|unsafe-eval|\*/.test(v)) problems.push(`${where}: ${v}`);
      // The meta tag must come before anything it governs.
      const head = html.slice(0, html.indexOf('http-equiv="content-security-policy"'));
      if (/<script|<style|<link[^>]+stylesheet/.test(head)) problems.push(`${where}: a script or style before the CSP meta tag`);
      for (const s of root.querySelectorAll('script')) {
        const src = s.getAttribute('src');
        if (src) {
          if (/^(https?:)?\/\//.test(src)) problems.push(`${where}: external script ${src}`);
          continue;
        }
        if (s.getAttribute('type') === 'application/ld+json' || s.getAttribute('type') === 'application/json') continue;
        if (!scriptSrc.includes(sha256(s.rawText))) problems.push(`${where}: inline script without its hash: ${s.rawText.slice(0, 60)}`);
      }
      for (const s of root.querySelectorAll('style')) {
        if (!styleSrc.includes(sha256(s.rawText))) problems.push(`${where}: style without its hash`);
      }
      for (const el of root.querySelectorAll('*')) {
        for (const a of Object.keys(el.attributes)) {
          if (a === 'style' || /^on[a-z]+$/.test(a)) problems.push(`${where}: <${el.tagName.toLowerCase()} ${a}> is blocked by the CSP`);
        }
      }
      if (problems.length > 20) break;
    }
    expect(problems).toEqual([]);
  });
});
