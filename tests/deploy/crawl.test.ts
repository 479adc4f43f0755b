/**
 * Deploy test: build under a sub-path (/bdhvs/), serve dist with a real static
 * web server (Debian's nginx, no rewrites), crawl every page and follow every
 * internal link, asset, download, embed and feed URL, fragments included:
 * zero broken.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { buildSite } from '../helpers/build.ts';

const BASE = '/bdhvs/';
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
let origin = '';
let nginx: ChildProcess | undefined;
const work = mkdtempSync(join(tmpdir(), 'bdhvs-deploy-'));
// nginx workers run as an unprivileged user: they must be able to read the site.
chmodSync(work, 0o755);
const dist = join(work, 'dist');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  // Before the build of several minutes, not after it: without nginx this test cannot run.
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX} (set NGINX_PATH): the deploy test needs it`);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  buildSite({ SITE_URL: origin, BASE_PATH: BASE, BDHVS_CACHE_DIR: join(work, 'cache') }, dist);
  const conf = join(work, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  types { application/atom+xml xml; text/csv csv; }
  access_log off;
  client_body_temp_path ${work}/tmp-body;
  proxy_temp_path ${work}/tmp-proxy;
  fastcgi_temp_path ${work}/tmp-fastcgi;
  uwsgi_temp_path ${work}/tmp-uwsgi;
  scgi_temp_path ${work}/tmp-scgi;
  server {
    listen 127.0.0.1:${port};
    location ${BASE} { alias ${dist}/; index index.html; }
    error_page 404 ${BASE}404.html;
  }
}
`,
  );
  nginx = spawn(NGINX, ['-c', conf, '-p', work], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    const ok = await fetch(`${origin}${BASE}`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('nginx did not start');
}, 600_000);

afterAll(() => {
  nginx?.kill();
});

/** Internal URLs referenced by a response body. */
function references(url: string, type: string, body: string): string[] {
  const out: string[] = [];
  if (type.includes('html')) {
    const doc = parse(body);
    for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src], iframe[src], source[src]')) {
      out.push(el.getAttribute('href') ?? el.getAttribute('src') ?? '');
    }
    // Files pages fetch from script (the search index).
    for (const el of doc.querySelectorAll('[data-index]')) out.push(el.getAttribute('data-index')!);
    for (const m of body.matchAll(/url\(([^)]+)\)/g)) out.push(m[1]!.replace(/["']/g, ''));
  } else if (type.includes('xml')) {
    for (const m of body.matchAll(/<loc>([^<]+)<\/loc>|<link[^>]*href="([^"]+)"/g)) out.push(m[1] ?? m[2]!);
  } else if (type.includes('css')) {
    for (const m of body.matchAll(/url\(([^)]+)\)/g)) out.push(m[1]!.replace(/["']/g, ''));
  } else if (url.endsWith('datapackage.json')) {
    const pkg = JSON.parse(body) as { resources?: Array<{ path?: string }> };
    for (const r of pkg.resources ?? []) if (r.path) out.push(r.path);
  } else if (url.endsWith('robots.txt')) {
    for (const m of body.matchAll(/Sitemap: (\S+)/g)) out.push(m[1]!);
  }
  return out
    .filter((h) => h && !/^(mailto:|tel:|data:|javascript:)/i.test(h))
    .map((h) => new URL(h, url))
    .filter((u) => u.origin === origin)
    .map((u) => u.href);
}

describe(`the site deployed under ${BASE} on nginx`, () => {
  it('has no broken internal link, asset, download, embed, feed URL or fragment', async () => {
    const seen = new Set<string>();
    const pages = new Map<string, Set<string>>(); // page URL → ids on it
    const fragments: Array<[from: string, target: string]> = [];
    const broken: string[] = [];
    const outside: string[] = [];
    const queue = [
      `${origin}${BASE}`,
      `${origin}${BASE}en/`,
      `${origin}${BASE}robots.txt`,
      `${origin}${BASE}feed.xml`,
      `${origin}${BASE}en/feed.xml`,
    ];
    for (const u of queue) seen.add(u);
    const referrer = new Map<string, string>();
    const visit = async (u: string, from: string) => {
      const res = await fetch(u);
      if (res.status !== 200) {
        broken.push(`${res.status} ${u} (from ${from})`);
        return;
      }
      const type = res.headers.get('content-type') ?? '';
      if (!/html|xml|css|json|text\/plain/.test(type) && !u.endsWith('.json')) return;
      const body = await res.text();
      if (type.includes('html')) pages.set(u, new Set([...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      for (const ref of references(u, type, body)) {
        const target = new URL(ref);
        if (!target.pathname.startsWith(BASE)) {
          outside.push(`${ref} (from ${u})`);
          continue;
        }
        if (target.hash) fragments.push([u, ref]);
        target.hash = '';
        if (!seen.has(target.href)) {
          seen.add(target.href);
          queue.push(target.href);
          referrer.set(target.href, u);
        }
      }
    };
    // Breadth-first with a few requests in flight.
    let i = 0;
    const worker = async () => {
      while (i < queue.length) {
        const u = queue[i++]!;
        await visit(u, referrer.get(u) ?? 'start');
      }
    };
    while (i < queue.length) await Promise.all(Array.from({ length: 8 }, worker));
    const missingFragments = fragments.filter(([, ref]) => {
      const u = new URL(ref);
      const id = decodeURIComponent(u.hash.slice(1));
      u.hash = '';
      const ids = pages.get(u.href);
      return ids !== undefined && id !== '' && !ids.has(id);
    });
    expect(broken).toEqual([]);
    expect(outside).toEqual([]);
    expect(missingFragments.map(([from, ref]) => `${ref} (from ${from})`)).toEqual([]);
    // Every commune page in both languages was reached by following links.
    const communePages = [...pages.keys()].filter((u) => /-\d{5}\/$/.test(u) && !/\/in\//.test(u));
    expect(communePages.length).toBe(2 * 3321);
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(true);
    console.log(`crawled ${seen.size} URLs (${pages.size} HTML pages, ${fragments.length} fragment links)`);
  }, 900_000);
});
