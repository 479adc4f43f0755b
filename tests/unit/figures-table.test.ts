/**
 * The numbers the site computes and publishes, one table per domain function, every expected value computed by
 * hand (not by the function under test): fractionRate, statedRate, comparableValue, computedRate, median,
 * rankCommunes with ties and rankingMedian over qualified values. Values go through the real value parser.
 *
 * Two bugs these tables found (both fixed in src/domain/checks.ts):
 * - "29/100" had the rate 28.999999999999996 ((29/100)·100 rounds twice), so a commune writing 29/100 ranked
 *   below one writing 29% instead of tying with it. The rate is now one correctly rounded division.
 * - computed rates were rounded from that float, so exact halves went either way: 1/2000 = 0,05% showed
 *   "0,1%" but 3/2000 = 0,15% showed "0,1%", 29/400 = 7,25% showed "7,2%". Now rounded half up exactly.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteData, comparableValue, median, rankCommunes, rankingMedian, statedRate } from '../../src/domain/commune-data.ts';
import { fractionRate } from '../../src/domain/checks.ts';
import { computedRate } from '../../src/domain/display.ts';
import { registry } from '../../src/domain/registry.ts';
import type { Figure, ParsedValue } from '../../src/domain/schemas.ts';
import { parseValue } from '../../src/ingestion/value.ts';
import type { Report } from '../../src/domain/dataset.ts';

const reg = registry();

function value(raw: string): ParsedValue {
  const r = parseValue(raw);
  if (!r.ok) throw new Error(`${raw}: ${r.reason}`);
  return r.value;
}

function figure(indicator: string, raw: string, line = 2): Figure {
  return {
    stt: '1',
    indicator,
    label: 'Nội dung',
    unit: '',
    note: '',
    location: 'Mục I',
    line,
    type: 'kết quả',
    value: value(raw),
    warnings: [],
  };
}

describe('fractionRate: numerator / denominator × 100, only for fractions', () => {
  it.each([
    ['12/15', 80],
    ['7/10', 70],
    ['29/100', 29], // (29/100)·100 = 28.999999999999996: the rounding bug
    ['57/100', 57],
    ['3/8', 37.5],
    ['35/35', 100],
    ['0/5', 0],
    ['20/10', 200], // above 100 % is computed, not capped (a quality warning says so)
    ['0,5/2', 25],
    ['1/3', 33.333333333333336], // 100/3, the nearest double
    ['12/15 (80%)', 80], // the stated percent is not the computed rate
    ['khoảng 7/10', 70], // qualifiers do not change the arithmetic
    ['450000000000000/900000000000000', 50], // ×100 beyond 2^53: computed in integers
    ['80%', undefined],
    ['19', undefined],
  ] as const)('%s → %s', (raw, expected) => {
    expect(fractionRate(value(raw))).toBe(expected);
  });
});

describe('statedRate: the rate a figure states or implies, 0–100 and beyond', () => {
  it.each([
    ['80,5%', 80.5],
    ['Ước tính 80%', 80],
    ['trên 90%', 90],
    ['150%', 150],
    ['0%', 0],
    ['14.033/17.423 đạt 80,5%', 80.5], // the stated percent wins over 80.54…
    ['12/15 (81%)', 81], // even when it disagrees (a warning says so)
    ['12/15', 80],
    ['29/100', 29],
    ['19', undefined],
    ['trên 2.000', undefined],
  ] as const)('%s → %s', (raw, expected) => {
    expect(statedRate(figure('ty_le.nguoi_truong_thanh', raw))).toBe(expected);
  });
});

describe('comparableValue: by the indicator’s unit kind', () => {
  it.each([
    // percent indicator: the rate
    ['ty_le.nguoi_truong_thanh', 'Ước tính 80%', 80],
    ['ty_le.nguoi_truong_thanh', '29/100', 29],
    ['ty_le.nguoi_truong_thanh', 'khoảng 7/10', 70],
    ['ty_le.nguoi_truong_thanh', '0%', 0],
    ['ty_le.nguoi_truong_thanh', '105%', 105],
    ['ty_le.nguoi_truong_thanh', '85', undefined], // a bare number is no rate
    // count indicator: the number, bounds kept as written
    ['to_cns.thanh_vien', 'trên 2.000', 2000],
    ['to_cns.thanh_vien', '0', 0],
    ['to_cns.thanh_vien', '1.888,5', 1888.5],
    ['to_cns.thanh_vien', '65%', undefined],
    // count of a total: the numerator
    ['dinh_danh.muc_2', '12.564/16.900', 12564],
    ['dinh_danh.muc_2', '12.564/16.900 (74,3%)', 12564],
    // not in the catalogue, or local: never compared
    ['khong_co.ma_nay', '5', undefined],
    ['dia_phuong.cho_so', '3', undefined],
  ] as const)('%s %s → %s', (code, raw, expected) => {
    expect(comparableValue(figure(code, raw))).toBe(expected);
  });
});

describe('computedRate: a fraction’s rate to one decimal, halves rounded up', () => {
  it.each([
    ['12564/16900', 'vi', '74,3%'], // 74.343…
    ['12564/16900', 'en', '74.3%'],
    ['14033/17423', 'vi', '80,5%'], // 80.542…
    ['1/3', 'vi', '33,3%'],
    ['2/3', 'vi', '66,7%'],
    ['35/35', 'vi', '100,0%'],
    ['0/7', 'vi', '0,0%'],
    ['20/10', 'vi', '200,0%'],
    ['1/2000', 'vi', '0,1%'], // 0.05
    ['3/2000', 'vi', '0,2%'], // 0.15: showed 0,1% before the fix
    ['23/2000', 'vi', '1,2%'], // 1.15: showed 1,1%
    ['29/400', 'vi', '7,3%'], // 7.25: showed 7,2%
    ['1/16', 'vi', '6,3%'], // 6.25
    ['0,5/2', 'vi', '25,0%'],
    ['1234567/1000', 'en', '123,456.7%'],
    ['450000000000000/900000000000000', 'vi', '50,0%'],
    ['80%', 'vi', undefined],
    ['19', 'vi', undefined],
  ] as const)('%s (%s) → %s', (raw, locale, expected) => {
    expect(computedRate(value(raw), locale)).toBe(expected);
  });
});

describe('median: the middle value, or the mean of the two middle ones', () => {
  it.each([
    [[], undefined],
    [[5], 5],
    [[0], 0],
    [[3, 1, 2], 2], // odd, unsorted
    [[4, 1, 3, 2], 2.5], // even: mean of 2 and 3
    [[1, 2], 1.5],
    [[80, 80, 100], 80],
    [[100, 80, 80, 100], 90],
    [[10, 90, 20, 30, 1000], 30], // an outlier does not move it
    [[74.5, 80.5], 77.5],
  ])('%j → %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('does not reorder the values it is given', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

// ---------------------------------------------------------------------------
// Ranks: a small site of the first province's communes, one report each.
// ---------------------------------------------------------------------------

const province = reg.provinces[0]!;
const communes = reg.communesOf(province.code);
const collator = new Intl.Collator('vi');

function report(commune: string, raw: string): Report {
  return {
    id: `${commune}-x/2026-05-bao-cao`,
    file: `content/reports/${commune}-x/2026-05-bao-cao.mdx`,
    meta: { commune, kind: 'báo cáo', title: 'Báo cáo', date: '2026-05-01', issuer: 'UBND xã' },
    figures: [figure('ty_le.nguoi_truong_thanh', raw)],
    body: '',
  };
}

/** Rank and value per submitted text, communes named in Vietnamese order so ties resolve by input order. */
function ranked(raws: readonly string[]): { ranks: [string, number, number][]; median: number | undefined } {
  const named = communes.slice(0, raws.length).sort((a, b) => collator.compare(a.name, b.name));
  const rawOf = new Map(named.map((c, i) => [c.code, raws[i]!]));
  const site = buildSiteData({ reports: named.map((c, i) => report(c.code, raws[i]!)), models: [] }, reg);
  const ranking = rankCommunes(site, 'ty_le.nguoi_truong_thanh', province.code);
  return { ranks: ranking.map((r) => [rawOf.get(r.commune.code)!, r.value, r.rank]), median: rankingMedian(ranking) };
}

describe('rankCommunes and rankingMedian: highest first, equal rates share a rank, the next rank skips', () => {
  it.each<[string, string[], [string, number, number][], number | undefined]>([
    [
      'distinct',
      ['70%', '90%', '80%'],
      [
        ['90%', 90, 1],
        ['80%', 80, 2],
        ['70%', 70, 3],
      ],
      80,
    ],
    [
      'a tie at the top',
      ['90%', '90%', '70%'],
      [
        ['90%', 90, 1],
        ['90%', 90, 1],
        ['70%', 70, 3],
      ],
      90,
    ],
    [
      'a tie below',
      ['100%', '60%', '60%', '50%'],
      [
        ['100%', 100, 1],
        ['60%', 60, 2],
        ['60%', 60, 2],
        ['50%', 50, 4],
      ],
      60,
    ],
    [
      'all tied',
      ['75%', '75%', '75%'],
      [
        ['75%', 75, 1],
        ['75%', 75, 1],
        ['75%', 75, 1],
      ],
      75,
    ],
    [
      'the same rate written three ways ties',
      ['29%', '29/100', '29,0%'],
      [
        ['29%', 29, 1],
        ['29/100', 29, 1],
        ['29,0%', 29, 1],
      ],
      29,
    ],
    [
      'qualified values rank and count as written',
      ['Ước tính 80%', 'trên 90%', 'dưới 50%', 'khoảng 60%'],
      [
        ['trên 90%', 90, 1],
        ['Ước tính 80%', 80, 2],
        ['khoảng 60%', 60, 3],
        ['dưới 50%', 50, 4],
      ],
      70,
    ],
    [
      'a stated percent ranks, not its fraction',
      ['12/15 (81%)', '12/15'],
      [
        ['12/15 (81%)', 81, 1],
        ['12/15', 80, 2],
      ],
      80.5,
    ],
    [
      'zero is a rank',
      ['0%', '10%'],
      [
        ['10%', 10, 1],
        ['0%', 0, 2],
      ],
      5,
    ],
    ['a bare number is left out', ['85', '40%', '14.033'], [['40%', 40, 1]], 40],
    ['nothing comparable: no ranking, no median', ['85'], [], undefined],
  ])('%s', (_name, raws, expected, expectedMedian) => {
    const { ranks, median: m } = ranked(raws);
    expect(ranks).toEqual(expected);
    expect(m).toBe(expectedMedian);
  });
});
