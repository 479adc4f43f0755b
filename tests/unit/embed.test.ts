/** Embed snippets and fixed heights for commune portals. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import {
  cardsEmbedHeight,
  chartEmbedHeight,
  embedMessageType,
  embedPath,
  embedResizeScript,
  embedSnippet,
  frameId,
  svgAspect,
} from '../../src/presentation/embed/embed.ts';

const options = {
  src: 'https://bdhvs.example.vn/nhung/lam-dong/xa-thuan-an-24682/ty-le/',
  origin: 'https://bdhvs.example.vn',
  title: 'Các tỷ lệ của Xã "Thuận An" & <b>',
  height: 730,
  frameId: frameId('24682', 'ty-le'),
};

describe('embedSnippet', () => {
  const snippet = embedSnippet(options);
  const doc = parse(snippet);

  it('is an iframe that stands alone at a fixed height, with an escaped title', () => {
    const iframe = doc.querySelector('iframe')!;
    expect(iframe.getAttribute('id')).toBe('bdhvs-24682-ty-le');
    expect(iframe.getAttribute('src')).toBe(options.src);
    expect(iframe.getAttribute('height')).toBe('730');
    expect(iframe.getAttribute('title')).toBe(options.title);
    expect(snippet).not.toContain('<b>');
  });

  it('has a script that only takes heights from the site’s origin and its own frame', () => {
    const script = doc.querySelector('script')!.textContent;
    expect(script).toContain(`e.origin !== "${options.origin}"`);
    expect(script).toContain('e.source !== f.contentWindow');
    expect(script).toContain(`d.type !== '${embedMessageType}'`);
    expect(script).toContain("typeof d.height !== 'number'");
    // Old portal editors: no arrow functions, let or const.
    expect(script).not.toMatch(/=>|\blet\b|\bconst\b/);
  });

  it('sends the message type the snippet expects', () => {
    expect(embedResizeScript).toContain(`type: '${embedMessageType}'`);
    expect(embedResizeScript).toContain('window.parent.postMessage');
  });
});

describe('embed paths', () => {
  it('live under nhung/ with the commune path', () => {
    expect(embedPath('lam-dong/xa-thuan-an-24682', 'the')).toBe('nhung/lam-dong/xa-thuan-an-24682/the/');
  });
});

describe('fixed heights', () => {
  const svg = (h: number) => `<svg viewBox="0 0 400 ${h}"></svg>`;
  const frame = { title: 'Các tỷ lệ của Xã Thuận An', sourceLine: 'Nguồn: trang số liệu của Xã Thuận An, Lâm Đồng — Bình dân học vụ số' };

  it('reads the chart’s proportions', () => {
    expect(svgAspect(svg(200))).toBe(0.5);
    expect(svgAspect('<svg></svg>')).toBe(0);
  });

  it('grow with the chart, the text and extra lines, in steps of 10 px', () => {
    const base = chartEmbedHeight(frame, { svg: svg(200), caption: 'Chú thích.' });
    expect(base % 10).toBe(0);
    expect(base).toBeGreaterThanOrEqual(240 + 100);
    expect(chartEmbedHeight(frame, { svg: svg(400), caption: 'Chú thích.' })).toBeGreaterThan(base + 200);
    expect(chartEmbedHeight(frame, { svg: svg(200), caption: 'Chú thích. '.repeat(20), intro: 'Hạng 1/4.' })).toBeGreaterThan(base + 60);
    expect(chartEmbedHeight({ ...frame, extra: 50 }, { svg: svg(200), caption: 'Chú thích.' })).toBe(base + 50);
  });

  it('add up the cards', () => {
    const card = { heading: 'Tỷ lệ người dân trưởng thành có kỹ năng số', value: 'Ước tính 80%', lines: ['Nguồn: Báo cáo, 5/2026'] };
    const one = cardsEmbedHeight(frame, [card]);
    const two = cardsEmbedHeight(frame, [card, card]);
    expect(two - one).toBeGreaterThan(100);
    expect(cardsEmbedHeight(frame, [card, { heading: 'Số công dân', lines: [] }])).toBeLessThan(two);
  });
});

describe('embeds of a commune with history', async () => {
  const { buildSiteData } = await import('../../src/domain/commune-data.ts');
  const { registry } = await import('../../src/domain/registry.ts');
  const { loadDataset } = await import('../../src/ingestion/load.ts');
  const { communeChartEmbedIds } = await import('../../src/presentation/chart-specs.ts');
  const { communeCharts } = await import('../../src/presentation/commune-charts.ts');
  const { chartEmbedId, chartsEmbedHeight, overTimeEmbedId } = await import('../../src/presentation/embed/embed.ts');
  const { dataset } = loadDataset();
  // Thuận An reports twice: its real report, and the same figures half a year earlier.
  const thuanAn = dataset.reports.find((r) => r.meta.commune === '24682')!;
  const earlier = { ...thuanAn, id: `${thuanAn.id}-truoc`, meta: { ...thuanAn.meta, date: '2025-12', period: undefined } };
  const site = buildSiteData({ ...dataset, reports: [...dataset.reports, earlier] }, registry());
  const charts = communeCharts(site, '24682', 'vi');
  const overTime = charts.filter((c) => c.section === 'overTime');

  it('gives every chart over time one shared embed, and every other chart its own', () => {
    expect(overTime.length).toBeGreaterThan(5);
    expect(overTime.every((c) => chartEmbedId(c) === overTimeEmbedId)).toBe(true);
    const ids = communeChartEmbedIds(site, '24682');
    expect(ids.filter((id) => id === overTimeEmbedId)).toHaveLength(1);
    expect(ids).toEqual([...new Set(charts.map((c) => (c.section === 'overTime' ? overTimeEmbedId : c.id)))]);
    expect(ids.length).toBe(charts.length - overTime.length + 1);
  });

  it('sizes the shared embed for all its charts, more than any one of them', () => {
    const frame = { title: 'Kết quả theo thời gian', sourceLine: 'Nguồn: trang số liệu' };
    const all = chartsEmbedHeight(frame, overTime);
    expect(all).toBeGreaterThan(Math.max(...overTime.map((c) => chartEmbedHeight(frame, c))));
    expect(all % 10).toBe(0);
    expect(chartsEmbedHeight(frame, overTime.slice(0, 1))).toBe(chartEmbedHeight(frame, overTime[0]!));
  });
});
