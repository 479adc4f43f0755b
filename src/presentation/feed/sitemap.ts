/**
 * sitemap.xml and robots.txt, written after the build from the pages Astro
 * actually produced, so they never list a page that does not exist.
 * Pure functions: page paths in, file text out.
 */

/** Pages that should not be indexed: embeds (shown inside portals), print pages and the 404 page. */
export function isIndexable(pathname: string): boolean {
  // Files (downloads, feeds, the search index) are not pages.
  if (/\.[a-z0-9]+$/i.test(pathname)) return false;
  return !/(^|\/)nhung\//.test(pathname) && !/(^|\/)404\/?$/.test(pathname) && !/(^|\/)in\//.test(pathname);
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `site` is the absolute site URL including the base, ending with a slash. */
export function sitemapXml(site: string, pathnames: readonly string[]): string {
  const urls = [...new Set(pathnames.filter(isIndexable).map((p) => p.replace(/^\/+/, '')))].sort();
  const body = urls.map((p) => `<url><loc>${esc(new URL(p, site).href)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export function robotsTxt(site: string): string {
  const base = new URL(site).pathname;
  return `User-agent: *\nAllow: ${base}\nDisallow: ${base}nhung/\nDisallow: ${base}en/nhung/\n\nSitemap: ${new URL('sitemap.xml', site).href}\n`;
}
