/**
 * Figures shown as submitted (issue #13): a count is never drawn as a rate, partial dates are ordered by a stated
 * rule and never written later than stated, a restatement in another form is no revision.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteData, comparableValue, latestResult, sameValue, statedRate } from '../../src/domain/commune-data.ts';
import { compareDocumentDates, orderAmbiguous, partialDateStart, partialDateTimestamp } from '../../src/domain/dates.ts';
import { registry } from '../../src/domain/registry.ts';
import { parseReportTable } from '../../src/ingestion/report-table.ts';
import type { Report } from '../../src/domain/dataset.ts';
import { communeCharts } from '../../src/presentation/commune-charts.ts';
import { revisedCount } from '../../src/presentation/feed.ts';
import { figureHistory } from '../../src/presentation/provenance.ts';

const header = 'STT,Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả\n';
function report(id: string, date: string, rows: string, commune = '24682'): Report {
  const { figures, problems } = parseReportTable(`${id}.csv`, header + rows);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return {
    id: `${commune}-x/${id}`,
    file: `content/reports/${commune}-x/${id}.mdx`,
    meta: { commune, kind: 'báo cáo', title: id, date, issuer: 'UBND xã' },
    figures,
    body: '',
  };
}
const fig = (raw: string, indicator = 'to_cns.thon_co_to') => report('r', '2026', `1,${indicator},a,thôn,"${raw}"\n`).figures[0]!;

describe('compareDocumentDates: partial dates ordered by their first day, never as the end of their span', () => {
  const table: Array<[string, string, '<' | '>' | '=']> = [
    ['2026', '2026-12-15', '<'], // the case: a year-only date is not taken as newer than a day in that year
    ['2026-12-15', '2026', '>'],
    ['2026', '2026-01-01', '<'], // same first day: the less precise first
    ['2026', '2026-01', '<'],
    ['2026-01', '2026-01-01', '<'],
    ['2026-05', '2026-06-02', '<'],
    ['2026-05', '2026-05-31', '<'],
    ['2025-12-31', '2026', '<'],
    ['2027', '2026-12-31', '>'],
    ['2026-05', '2026-05', '='],
    ['2026-06-02', '2026-06-02', '='],
  ];
  it.each(table)('%s %s %s', (a, b, want) => {
    const c = compareDocumentDates(a, b);
    expect(want === '<' ? c < 0 : want === '>' ? c > 0 : c === 0).toBe(true);
  });
  it('flags pairs whose order the dates do not settle', () => {
    expect(orderAmbiguous('2026', '2026-12-15')).toBe(true);
    expect(orderAmbiguous('2026-05', '2026-05-02')).toBe(true);
    expect(orderAmbiguous('2026-05', '2026-06-02')).toBe(false);
    expect(orderAmbiguous('2026', '2026')).toBe(false);
  });
  it('writes a timestamp at the stated precision, never after the build', () => {
    const build = new Date('2026-12-03T11:00:00Z');
    expect(partialDateStart('2026-05')).toBe('2026-05-01');
    expect(partialDateTimestamp('2026', build)).toBe('2026-01-01T00:00:00Z');
    expect(partialDateTimestamp('2026-05', build)).toBe('2026-05-01T00:00:00Z');
    expect(partialDateTimestamp('2026-06-02', build)).toBe('2026-06-02T00:00:00Z');
    expect(partialDateTimestamp('2027', build)).toBe('2026-12-03T11:00:00Z');
  });
});

describe('a year-only report is not shown as newer than a dated one of the same year', () => {
  const yearOnly = report('nam-2026', '2026', '1,ty_le.nguoi_truong_thanh,a,%,80%\n');
  const dated = report('2026-12-15', '2026-12-15', '1,ty_le.nguoi_truong_thanh,a,%,85%\n');
  const site = buildSiteData({ reports: [dated, yearOnly], models: [] }, registry());
  const data = site.communes.get('24682')!;
  it('headlines the dated figure and marks the year-only one as superseded', () => {
    expect(data.reports.map((r) => r.meta.date)).toEqual(['2026-12-15', '2026']);
    const latest = latestResult(data, 'ty_le.nguoi_truong_thanh')!;
    expect(latest.figure.value.raw).toBe('85%');
    expect(figureHistory(data, latest).supersededBy).toBeUndefined();
    const older = { figure: yearOnly.figures[0]!, report: data.reports[1]! };
    expect(figureHistory(data, older).supersededBy?.figure.value.raw).toBe('85%');
  });
  it('draws the dated figure as the last point over time', () => {
    const chart = communeCharts(site, '24682', 'vi').find((c) => c.id === 'theo-thoi-gian-ty-le-nguoi-truong-thanh')!;
    expect(chart.rows.map((r) => r[1])).toEqual(['80%', '85%']);
    const labels = [...chart.svg.matchAll(/class="chart-legend"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(labels.indexOf('năm 2026')).toBeLessThan(labels.indexOf('15/12/2026'));
  });
});

describe('sameValue compares what a figure means, not its text', () => {
  it.each([
    ['19', '19/19', true],
    ['19', '19,0', true],
    ['19/20', '19/20 (95%)', true],
    ['Khoảng 19', 'khoảng 19/19', true],
    ['19', '20', false],
    ['19', '19/20', true], // the later document adds the total; the count is unchanged
    ['19/19', '19/20', false],
    ['19', 'Khoảng 19', false],
    ['19', '19%', false],
  ])('%s vs %s → %s', (a, b, want) => {
    expect(sameValue(fig(a), fig(b))).toBe(want);
  });
  it.each([
    ['80%', '12/15', true],
    ['80%', '12/15 (80%)', true],
    ['80%', '12/16', false],
    ['80%', '80,0%', true],
  ])('rates: %s vs %s → %s', (a, b, want) => {
    expect(sameValue(fig(a, 'ty_le.nguoi_truong_thanh'), fig(b, 'ty_le.nguoi_truong_thanh'))).toBe(want);
  });
  it('"19" later written "19/19" is no revision', () => {
    const a = report('2026-05', '2026-05', '1,to_cns.thon_co_to,a,thôn,19\n');
    const b = report('2026-12-15', '2026-12-15', '1,to_cns.thon_co_to,a,thôn,19/19\n');
    const site = buildSiteData({ reports: [a, b], models: [] }, registry());
    const data = site.communes.get('24682')!;
    expect(revisedCount(site, b)).toBe(0);
    const latest = latestResult(data, 'to_cns.thon_co_to')!;
    expect(figureHistory(data, latest).revised).toBe(false);
  });
});

describe('a count is never drawn as a rate', () => {
  const teamChart = (raw: string) => {
    const site = buildSiteData(
      { reports: [report('2026-05', '2026-05', `1,to_cns.thon_co_to,Số thôn có tổ,thôn,${raw}\n`)], models: [] },
      registry(),
    );
    return communeCharts(site, '24682', 'vi').find((c) => c.id === 'to-cns');
  };
  it('a bare number of villages gets no share-of-villages bar', () => {
    expect(statedRate(fig('19'))).toBeUndefined();
    expect(teamChart('19')).toBeUndefined();
  });
  it('a fraction whose both parts were submitted is drawn as its rate', () => {
    const c = teamChart('19/20')!;
    expect(c.rows).toEqual([[expect.any(String), '19/20']]);
    // 95% of the 394-unit bar track (x from 2 to 396).
    expect(c.svg).toContain('width="374.3"');
  });
});

describe('huge numbers give no NaN', () => {
  // Ingestion refuses numbers of more than limits.numberDigits digits; the presentation must still hold on its own
  // (a second gate), so these figures are made by hand rather than parsed.
  const big = '1' + '0'.repeat(400);
  const huge = (value: string, denominator: string | undefined, indicator = 'to_cns.thon_co_to') => {
    const f = fig(denominator ? '1/2' : '1', indicator);
    return {
      ...f,
      value: { ...f.value, raw: denominator ? `${value}/${denominator}` : value, value, ...(denominator ? { denominator } : {}) },
    };
  };
  it('the rate of a 400-digit fraction is computed exactly', () => {
    expect(comparableValue(huge(big, '2' + '0'.repeat(400), 'ty_le.nguoi_truong_thanh'))).toBe(50);
    expect(statedRate(huge(big, big))).toBe(100);
  });
  it('a number beyond a float is not comparable rather than Infinity', () => {
    expect(comparableValue(huge(big, undefined, 'to_cns.so_to'))).toBeUndefined();
  });
});
