/**
 * The search index: every commune, province and model, with a folded
 * (no diacritics, lower case) text to match against. Built at build time,
 * served as one JSON file, searched in the browser with the same fold().
 */
import type { SiteData } from '../domain/commune-data.ts';
import { fold } from '../domain/text.ts';

/**
 * [folded text, title, context, locale-neutral path, kind] — kind: 0 province, 1 commune that reported,
 * 2 commune not reported yet, 3 model. Context is the province (communes) or the commune (models);
 * the page adds words in its own language.
 */
export type SearchEntry = [string, string, string, string, 0 | 1 | 2 | 3];

export function buildSearchIndex(site: SiteData): SearchEntry[] {
  const reg = site.registry;
  const out: SearchEntry[] = [];
  for (const p of reg.provinces) out.push([fold(`${p.name} ${p.shortName}`), p.name, '', `${p.slug}/`, 0]);
  for (const c of reg.communes) {
    const p = reg.province(c.provinceCode)!;
    const reported = site.reporting.has(c.code);
    out.push([
      fold(`${c.name} ${p.shortName} ${c.code}`),
      c.name,
      `${p.name}${reported ? '' : ' · chưa báo cáo'}`,
      `${c.path}/`,
      reported ? 1 : 2,
    ]);
  }
  for (const m of site.models) {
    const c = reg.commune(m.meta.commune)!;
    out.push([
      fold(`${m.meta.title} ${c.name} ${reg.province(c.provinceCode)!.shortName}`),
      m.meta.title,
      `Mô hình · ${c.name}`,
      `mo-hinh/${m.id}/`,
      3,
    ]);
  }
  return out;
}

/** Entries matching every word of the query (as word prefixes), best first. */
export function searchEntries(entries: readonly SearchEntry[], query: string, limit = 50): SearchEntry[] {
  const words = fold(query)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return [];
  const hits: Array<{ e: SearchEntry; score: number }> = [];
  for (const e of entries) {
    const tokens = e[0].split(/[^a-z0-9]+/);
    if (!words.every((w) => tokens.some((t) => t.startsWith(w)))) continue;
    const title = fold(e[1]);
    const q = words.join(' ');
    const score = (title.endsWith(q) || title === q ? 0 : 10) + e[4];
    hits.push({ e, score });
  }
  hits.sort((a, b) => a.score - b.score || a.e[1].localeCompare(b.e[1], 'vi'));
  return hits.slice(0, limit).map((h) => h.e);
}
