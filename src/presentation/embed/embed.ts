/**
 * Embeds for commune web portals: the URL of each embed page, the iframe
 * snippet editors paste (with a few lines of script that let the frame take
 * its content's height) and the fixed height used when a portal strips
 * scripts. Pure: the pages and the tests share these.
 */
import { esc } from '../../charts/svg.ts';
import { useTranslations, type Locale } from '../../i18n/ui.ts';

/** The message an embed posts to its parent page: { type, height }. */
export const embedMessageType = 'bdhvs:height';

/** Embed id of the headline figures; chart embeds use the chart id. */
export const cardsEmbedId = 'the';

/**
 * Embed id of a commune's charts over time, all in one frame: a commune with several reports has one such chart
 * per indicator (about 20), and a page for each made embeds three quarters of a national site's pages.
 */
export const overTimeEmbedId = 'theo-thoi-gian';

/** The embed a chart is part of: its own, or the over-time group. */
export function chartEmbedId(chart: { id: string; section: string }): string {
  return chart.section === 'overTime' ? overTimeEmbedId : chart.id;
}

/** Embed page path below the base: nhung/lam-dong/xa-thuan-an-24682/ty-le/. */
export function embedPath(communePath: string, embedId: string): string {
  return `nhung/${communePath}/${embedId}/`;
}

/**
 * Script inside each embed page: post the document's height to the parent
 * whenever it changes (load, resize, a <details> opened). The height of the
 * <html> box is the content's, even when the frame is taller.
 */
export const embedResizeScript = `(function () {
  if (window.parent === window) return;
  var last = 0;
  function send() {
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    window.parent.postMessage({ type: '${embedMessageType}', height: h }, '*');
  }
  window.addEventListener('load', send);
  window.addEventListener('resize', send);
  document.addEventListener('toggle', send, true);
  if (window.ResizeObserver) new ResizeObserver(send).observe(document.documentElement);
  send();
})();`;

export interface SnippetOptions {
  /** Absolute URL of the embed page. */
  src: string;
  /** The site's origin (scheme, host, port): only messages from it may set the height. */
  origin: string;
  /** Names the frame for screen readers. */
  title: string;
  /** Fixed height in px, used as is when the portal strips scripts. */
  height: number;
  /** Unique on the portal page: lets the parent script find its frame. */
  frameId: string;
}

/**
 * The code editors paste: an iframe that works alone at a fixed height, then
 * a script (ES5, for old portal editors) that accepts height messages only
 * from the site's origin and only from this frame.
 */
export function embedSnippet(o: SnippetOptions): string {
  const id = JSON.stringify(o.frameId);
  const origin = JSON.stringify(o.origin);
  return `<iframe id="${esc(o.frameId)}" src="${esc(o.src)}" title="${esc(o.title)}" width="100%" height="${o.height}" style="width:100%;max-width:40rem;border:0" loading="lazy"></iframe>
<script>
window.addEventListener('message', function (e) {
  var f = document.getElementById(${id});
  var d = e.data;
  if (!f || e.origin !== ${origin} || e.source !== f.contentWindow) return;
  if (!d || d.type !== '${embedMessageType}' || typeof d.height !== 'number' || !(d.height > 0 && d.height < 20000)) return;
  f.style.height = Math.ceil(d.height) + 'px';
});
</script>`;
}

/** The frame id of an embed: bdhvs-24682-ty-le. */
export function frameId(communeCode: string, embedId: string): string {
  return `bdhvs-${communeCode}-${embedId}`;
}

/** A chart's height per unit of width (from its viewBox). */
export function svgAspect(svg: string): number {
  const m = /viewBox="[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  return m ? Number(m[2]) / Number(m[1]) : 0;
}

/*
 * Fixed heights are estimated from the text, since nothing is measured at
 * build time: lines of each kind of text in a 320 px frame (the narrowest
 * phone; wider frames need less), with line heights from site.css. The browser test checks
 * the estimates against Chromium for every sample embed.
 */
const lineCount = (text: string, charsPerLine: number) => Math.max(1, Math.ceil(text.length / charsPerLine));
/** Small text (0.875rem): characters per line and line height, across the frame and inside a card. */
const small = { frame: 42, card: 38, height: 21 };

/** The text around every embed: its title, its "Nguồn" line, and room for extra lines (the synthetic-data banner). */
export interface EmbedFrameText {
  title: string;
  sourceLine: string;
  extra?: number;
}

/** Padding, title, the "Nguồn" and data-version lines. */
const frameChrome = (f: EmbedFrameText) =>
  16 + lineCount(f.title, 31) * 25 + 8 + (lineCount(f.sourceLine, small.frame) + 1) * small.height + 14 + (f.extra ?? 0);

/** The "Nguồn" line of a commune's embeds: the link's label and the whole line. */
export function embedSource(commune: string, province: string, locale: Locale): { label: string; line: string } {
  const t = useTranslations(locale);
  const label = t('embed.fullPage', { name: commune, province });
  return { label, line: `${t('embed.source')}: ${label} — ${t('site.name')}` };
}

/** What a headline card shows, as text (src/presentation/headline-cards.ts). */
export interface CardText {
  heading: string;
  /** The value as displayed, qualifier included; undefined when not reported. */
  value?: string;
  /** Small lines under the value, the source line last. */
  lines: string[];
}

/** The fixed height of the headline-figures embed: one column of cards (wider frames show two, and need less). */
export function cardsEmbedHeight(frame: EmbedFrameText, cards: readonly CardText[]): number {
  const card = (c: CardText) =>
    26 +
    lineCount(c.heading, 31) * 23 +
    4 +
    (c.value === undefined ? 40 : lineCount(c.value, 18) * 39 + 8) +
    c.lines.reduce((h, l) => h + lineCount(l, small.card) * small.height + 14, 0);
  const body = cards.reduce((h, c) => h + card(c) + 12, 0);
  return Math.ceil((frameChrome(frame) + body) / 10) * 10;
}

/** Widest a chart is drawn (30rem, site.css). */
const chartMaxWidth = 480;

/** What a chart embed shows around the chart (src/presentation/commune-charts.ts). */
export interface ChartText {
  svg: string;
  caption: string;
  intro?: string;
}

/**
 * The fixed height of a chart embed: the chart at its widest (it shrinks in
 * narrower frames faster than the text around it grows), the text at 320 px.
 */
export function chartEmbedHeight(frame: EmbedFrameText, c: ChartText): number {
  return chartsEmbedHeight(frame, [c]);
}

/** The fixed height of an embed of several charts one under the other (the over-time group). */
export function chartsEmbedHeight(frame: EmbedFrameText, charts: readonly ChartText[]): number {
  const chart = (c: ChartText) =>
    svgAspect(c.svg) * chartMaxWidth +
    (c.intro ? lineCount(c.intro, small.frame) * small.height + 14 : 0) +
    lineCount(c.caption, small.frame) * small.height +
    // The data table's summary line and the margins around it.
    24 +
    16;
  return Math.ceil((frameChrome(frame) + charts.reduce((h, c) => h + chart(c), 0)) / 10) * 10;
}
