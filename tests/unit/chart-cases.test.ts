/**
 * Edge cases of the three charts, each drawn to its own SVG file snapshot (tests/unit/__snapshots__/charts/):
 * empty data, a value over 100 %, all values qualified, a single point. Update the files on purpose with
 * `npx vitest run --project unit tests/unit/chart-cases.test.ts -u` and look at each changed SVG.
 *
 * Every case also asserts the few things the snapshot alone would not say are intended (nothing drawn outside
 * the chart, no NaN, the figure shown as given), and that the SVG is a whole document: an empty string would
 * otherwise be written and then matched as an empty snapshot file.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { rateBars, type RateBar } from '../../src/charts/rate-bars.ts';
import { histogram } from '../../src/charts/histogram.ts';
import { timeSeries, type TimePoint } from '../../src/charts/time-series.ts';

const legend = { exact: 'Số liệu đo đếm', qualified: 'Ước tính, gần đúng hoặc giới hạn', target: 'Chỉ tiêu', reference: 'Trung vị' };
const dir = join(import.meta.dirname, '__snapshots__', 'charts');

async function snapshot(svg: string, name: string): Promise<void> {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  await expect(svg).toMatchFileSnapshot(`__snapshots__/charts/${name}.svg`);
}

/** The drawn width of each bar (not the grey track, not the hatch pattern's own rect). */
const barWidths = (svg: string) =>
  parse(svg)
    .querySelectorAll('rect')
    .filter((r) => r.getAttribute('height') === '18' && r.getAttribute('fill') !== '#e6e6e6')
    .map((r) => Number(r.getAttribute('width')));
const viewWidth = (svg: string) => Number(parse(svg).querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]);

describe('rateBars cases', () => {
  const bars = (list: RateBar[]) => rateBars({ id: 'ty-le', title: 'Các tỷ lệ', description: 'Mô tả', bars: list, legend });

  it('empty: no bar, still a titled image', async () => {
    const svg = bars([]);
    expect(barWidths(svg)).toEqual([]);
    expect(parse(svg).querySelector('title')!.textContent).toBe('Các tỷ lệ');
    await snapshot(svg, 'rate-bars-empty');
  });
  it('a value over 100 % is drawn to the edge, no further, and labelled as given', async () => {
    const svg = bars([
      { label: 'Vượt', value: 120, display: '120%', qualified: false },
      { label: 'Đủ', value: 100, display: '100%', qualified: false },
    ]);
    const [over, full] = barWidths(svg);
    expect(over).toBe(full);
    expect(over!).toBeLessThanOrEqual(viewWidth(svg));
    expect(
      parse(svg)
        .querySelectorAll('text')
        .map((t) => t.textContent),
    ).toContain('120%');
    await snapshot(svg, 'rate-bars-over-100');
  });
  it('all qualified: every bar hatched', async () => {
    const svg = bars([
      { label: 'Ước tính', value: 80, display: 'Ước tính 80%', qualified: true },
      { label: 'Trên', value: 90, display: 'Trên 90%', qualified: true },
    ]);
    const fills = parse(svg)
      .querySelectorAll('rect')
      .filter((r) => r.getAttribute('height') === '18' && r.getAttribute('fill') !== '#e6e6e6')
      .map((r) => r.getAttribute('fill'));
    expect(fills).toEqual(['url(#ty-le-hatch)', 'url(#ty-le-hatch)']);
    await snapshot(svg, 'rate-bars-all-qualified');
  });
  it('one bar, at zero', async () => {
    const svg = bars([{ label: 'Không', value: 0, display: '0%', qualified: false }]);
    expect(barWidths(svg)).toEqual([0]);
    await snapshot(svg, 'rate-bars-one-zero');
  });
});

describe('histogram cases', () => {
  const draw = (values: { value: number; qualified: boolean }[]) =>
    histogram({
      id: 'phan-bo',
      title: 'Phân bố',
      description: `${values.length} đơn vị`,
      values,
      binLabel: (from, to) => `${from}–${to}%`,
      countLabel: String,
      legend,
    });
  /** Heights of the drawn (non-zero) bar segments, in bin order. */
  const segments = (svg: string) =>
    parse(svg)
      .querySelectorAll('rect')
      .filter((r) => r.parentNode.tagName !== 'PATTERN' && r.getAttribute('width') !== '12')
      .map((r) => r.getAttribute('fill'));

  it('empty: ten empty bins', async () => {
    const svg = draw([]);
    expect(svg).toContain('>0–100%</text>');
    expect(parse(svg).querySelectorAll('text.chart-value')).toHaveLength(0);
    await snapshot(svg, 'histogram-empty');
  });
  it('a value over 100 % counts in the last bin', async () => {
    const svg = draw([
      { value: 130, qualified: false },
      { value: 95, qualified: false },
    ]);
    await snapshot(svg, 'histogram-over-100');
  });
  it('all qualified: only hatched segments', async () => {
    const svg = draw([
      { value: 80, qualified: true },
      { value: 85, qualified: true },
      { value: 40, qualified: true },
    ]);
    expect(segments(svg).filter((f) => f === '#0072B2')).toEqual([]);
    await snapshot(svg, 'histogram-all-qualified');
  });
  it('one value', async () => {
    await snapshot(draw([{ value: 50, qualified: false }]), 'histogram-one');
  });
});

describe('timeSeries cases', () => {
  const draw = (points: TimePoint[], percent = true) =>
    timeSeries({ id: 'theo-thoi-gian', title: 'Theo thời gian', description: `${points.length} báo cáo`, percent, points, legend });
  /** The data points (the legend's two circles left out). */
  const circles = (svg: string) =>
    parse(svg)
      .querySelectorAll('circle')
      .filter((c) => c.getAttribute('r') === '5' && c.getAttribute('cx') !== '46');

  it('empty: no point, no line', async () => {
    const svg = draw([]);
    expect(circles(svg)).toHaveLength(0);
    expect(parse(svg).querySelector('path')!.getAttribute('d')).toBe('');
    await snapshot(svg, 'time-series-empty');
  });
  it('one point: drawn, centred on a month either side', async () => {
    const svg = draw([{ date: '2026-05-31', value: 80, display: '80%', dateLabel: '5/2026', qualified: false }]);
    expect(circles(svg)).toHaveLength(1);
    const cx = Number(circles(svg)[0]!.getAttribute('cx'));
    expect(cx).toBeGreaterThan(0);
    expect(cx).toBeLessThan(viewWidth(svg));
    await snapshot(svg, 'time-series-one');
  });
  it('a value over 100 % stays inside the chart and is labelled as given', async () => {
    const svg = draw([
      { date: '2025-12-31', value: 90, display: '90%', dateLabel: '12/2025', qualified: false },
      { date: '2026-05-31', value: 118, display: '118%', dateLabel: '5/2026', qualified: false },
    ]);
    // The point and its label stay inside (they were drawn at y −4 and cut off), the axis says how far it goes.
    for (const c of circles(svg)) expect(Number(c.getAttribute('cy'))).toBeGreaterThanOrEqual(5);
    for (const t of parse(svg).querySelectorAll('text')) expect(Number(t.getAttribute('y'))).toBeGreaterThanOrEqual(10);
    // The axis's top label (120 %, the nice bound above 118) stands at the top of the axis, where 120 % is.
    const topLabel = parse(svg)
      .querySelectorAll('text')
      .find((t) => t.textContent === '120%')!;
    expect(topLabel.getAttribute('y')).toBe('28');
    expect(
      parse(svg)
        .querySelectorAll('text')
        .map((t) => t.textContent),
    ).toContain('118%');
    await snapshot(svg, 'time-series-over-100');
  });
  it('all qualified: every point hollow', async () => {
    const svg = draw([
      { date: '2025-12-31', value: 60, display: 'Khoảng 60%', dateLabel: '12/2025', qualified: true },
      { date: '2026-05-31', value: 80, display: 'Ước tính 80%', dateLabel: '5/2026', qualified: true },
    ]);
    expect(circles(svg).map((c) => c.getAttribute('fill'))).toEqual(['#fff', '#fff']);
    await snapshot(svg, 'time-series-all-qualified');
  });
});

describe('the snapshot files', () => {
  it('are none empty', () => {
    const files = [
      ...readdirSync(dir).map((f) => join(dir, f)),
      ...readdirSync(join(dir, '..'))
        .filter((f) => f.endsWith('.svg'))
        .map((f) => join(dir, '..', f)),
    ];
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => statSync(f).size === 0)).toEqual([]);
  });
});
