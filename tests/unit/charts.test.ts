/** Chart functions are pure: the same data gives the same SVG (snapshots), and the SVG says what it shows. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { rateBars, wrapLabel } from '../../src/charts/rate-bars.ts';
import { histogram, binRates } from '../../src/charts/histogram.ts';
import { buildSiteData, rankCommunes } from '../../src/domain/commune-data.ts';
import { registry } from '../../src/domain/registry.ts';
import type { Report } from '../../src/domain/dataset.ts';
import { timeSeries } from '../../src/charts/time-series.ts';

const legend = { exact: 'Số liệu đo đếm', qualified: 'Ước tính, gần đúng hoặc giới hạn', target: 'Chỉ tiêu', reference: 'Trung vị' };

describe('rateBars', () => {
  const svg = rateBars({
    id: 'ty-le',
    title: 'Các tỷ lệ của Xã Thuận An',
    description: 'Người trưởng thành có kỹ năng số: Ước tính 80%. Cán bộ: 100%.',
    bars: [
      {
        label: 'Tỷ lệ người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản',
        value: 80,
        display: 'Ước tính 80%',
        qualified: true,
        target: { value: 85, display: 'Chỉ tiêu 2025: 85%' },
      },
      { label: 'Cán bộ', value: 100, display: '100%', qualified: false },
      { label: 'Trung vị toàn quốc', value: 80.06, display: '80,1%', qualified: false, reference: true },
    ],
    legend,
  });
  const doc = parse(svg);

  it('matches its snapshot', async () => {
    await expect(svg).toMatchFileSnapshot('__snapshots__/rate-bars.svg');
  });
  it('is an accessible image with a title and a description naming the figures', () => {
    const root = doc.querySelector('svg')!;
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('ty-le-title ty-le-desc');
    expect(doc.querySelector('title')!.textContent).toBe('Các tỷ lệ của Xã Thuận An');
    expect(doc.querySelector('desc')!.textContent).toContain('Ước tính 80%');
  });
  it('draws the qualified figure hatched and the exact one solid', () => {
    const bars = doc.querySelectorAll('rect').filter((r) => r.getAttribute('height') === '18' && r.getAttribute('fill') !== '#e6e6e6');
    expect(bars[0]!.getAttribute('fill')).toBe('url(#ty-le-hatch)');
    expect(bars[1]!.getAttribute('fill')).toBe('#0072B2');
    expect(bars[2]!.getAttribute('fill')).toBe('#555555');
  });
  it('shows the values as given, with their qualifier, and marks the target', () => {
    const texts = doc.querySelectorAll('text').map((t) => t.textContent);
    expect(texts).toContain('Ước tính 80%');
    expect(texts).toContain('100%');
    expect(doc.querySelectorAll('line').filter((l) => l.parentNode.tagName !== 'PATTERN')).toHaveLength(1);
    expect(doc.querySelector('line title')!.textContent).toBe('Chỉ tiêu 2025: 85%');
  });
  it('wraps long labels to the width', () => {
    const lines = wrapLabel('Tỷ lệ người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản', 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Tỷ lệ người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản');
  });
  it('escapes text', () => {
    const s = rateBars({ id: 'x', title: '<script>', description: 'a & b', bars: [], legend });
    expect(s).toContain('&lt;script&gt;');
    expect(s).toContain('a &amp; b');
  });
});

describe('histogram', () => {
  const values = [
    { value: 90, qualified: false },
    { value: 80, qualified: true },
    { value: 70, qualified: false },
    { value: 100, qualified: false },
    { value: 85, qualified: false },
  ];
  it('bins rates by ten points, 100 in the last bin', () => {
    const bins = binRates(values);
    expect(bins).toHaveLength(10);
    expect(bins[9]).toEqual({ from: 90, to: 100, exact: 2, qualified: 0 });
    expect(bins[8]).toEqual({ from: 80, to: 90, exact: 1, qualified: 1 });
    expect(bins[7]).toEqual({ from: 70, to: 80, exact: 1, qualified: 0 });
  });
  it('matches its snapshot', async () => {
    const svg = histogram({
      id: 'phan-bo',
      title: 'Phân bố',
      description: '5 đơn vị',
      values,
      binLabel: () => 'Tỷ lệ (%)',
      countLabel: (n) => String(n),
      legend,
    });
    expect(svg).toContain('role="img"');
    await expect(svg).toMatchFileSnapshot('__snapshots__/histogram.svg');
  });
});

describe('histogram with numbers beyond a float', () => {
  it('a 400-digit fraction gives its rate, never NaN; a NaN value is left out', () => {
    const big = '1' + '0'.repeat(400);
    // Built directly: this is the presentation's own guard, whatever limits ingestion sets.
    const raw = `${big}/${big}0`;
    const value = { raw, qualifiers: [], qualifierWords: [], form: 'fraction' as const, value: big, decimals: 0, denominator: `${big}0` };
    const figures = [
      {
        indicator: 'ty_le.nguoi_truong_thanh',
        type: 'kết quả' as const,
        value,
        label: 'a',
        unit: 'người',
        note: '',
        location: '',
        stt: '1',
        line: 2,
        warnings: [],
      },
    ];
    const report: Report = {
      id: '24682-x/r',
      file: 'content/reports/24682-x/r.mdx',
      meta: { commune: '24682', kind: 'báo cáo', title: 'r', date: '2026', issuer: 'UBND' },
      figures,
      body: '',
    };
    const site = buildSiteData({ reports: [report], models: [] }, registry());
    const ranking = rankCommunes(site, 'ty_le.nguoi_truong_thanh');
    expect(ranking.map((r) => r.value)).toEqual([10]);
    const values = [...ranking.map((r) => ({ value: r.value, qualified: false })), { value: Number.NaN, qualified: false }];
    expect(binRates(values)[1]).toMatchObject({ exact: 1 });
    const svg = histogram({ id: 'h', title: 't', description: 'd', values, binLabel: () => '%', countLabel: String, legend });
    expect(svg).not.toContain('NaN');
    expect(binRates(values).reduce((n, b) => n + b.exact, 0)).toBe(1);
  });
});

describe('timeSeries', () => {
  it('matches its snapshot and draws qualified points hollow', async () => {
    const svg = timeSeries({
      id: 'theo-thoi-gian',
      title: 'Theo thời gian',
      description: '2 báo cáo',
      percent: true,
      points: [
        { date: '2026-05-31', value: 80, display: 'Ước tính 80%', dateLabel: '5/2026', qualified: true },
        { date: '2025-12-31', value: 70, display: '70%', dateLabel: '12/2025', qualified: false },
      ],
      legend,
    });
    const circles = parse(svg).querySelectorAll('circle');
    // Sorted by date: the 2025 point (exact, filled) comes first.
    expect(circles[0]!.getAttribute('fill')).toBe('#0072B2');
    expect(circles[1]!.getAttribute('fill')).toBe('#fff');
    await expect(svg).toMatchFileSnapshot('__snapshots__/time-series.svg');
  });
});
