/**
 * The numbers the site computes and publishes, asserted exactly: comparable values, ranks and ties, medians and
 * computed rates. Table-driven, over small hand-made datasets that go through the real table parser.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteData, comparableValue, latestResult, median, rankCommunes, rankingMedian } from '../../src/domain/commune-data.ts';
import { computedRate } from '../../src/domain/display.ts';
import { registry } from '../../src/domain/registry.ts';
import type { Figure } from '../../src/domain/schemas.ts';
import type { Dataset, Report } from '../../src/domain/dataset.ts';
import { parseReportTable } from '../../src/ingestion/report-table.ts';

const reg = registry();
const H = 'STT,Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả,Thuyết minh,Nguồn';

/** One figure, parsed from a table row exactly as a submission's would be. */
function figure(code: string, unit: string, raw: string): Figure {
  const r = parseReportTable('t.csv', `${H}\n1,${code},Nội dung,${unit},"${raw}",,Mục I\n`);
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return r.figures[0]!;
}

function report(commune: string, date: string, figures: Figure[], name = 'bao-cao'): Report {
  return {
    id: `${commune}-x/${date}-${name}`,
    file: `content/reports/${commune}-x/${date}-${name}.mdx`,
    meta: { commune, kind: 'báo cáo', title: 'Báo cáo', date, issuer: 'UBND xã' },
    figures,
    body: '',
  };
}

const site = (reports: Report[]) => buildSiteData({ reports, models: [] } satisfies Dataset, reg);

describe('comparableValue: the number a figure contributes to medians, ranks and rate charts', () => {
  it.each([
    // indicator, unit, raw, comparable
    ['ty_le.nguoi_truong_thanh', '%', '80,5%', 80.5],
    ['ty_le.nguoi_truong_thanh', '%', 'Ước tính 80%', 80],
    ['ty_le.nguoi_truong_thanh', '%', 'trên 90%', 90],
    ['ty_le.nguoi_truong_thanh', 'Người', '12564/16900', (12564 / 16900) * 100],
    ['ty_le.nguoi_truong_thanh', 'Người', '14.033/17.423 đạt 80,5%', 80.5],
    ['ty_le.nguoi_truong_thanh', 'Người', '14.033', undefined],
    ['to_cns.thanh_vien', 'Người', '65', 65],
    ['to_cns.thanh_vien', 'Người', '1.888', 1888],
    ['to_cns.thanh_vien', '%', '80%', undefined],
    ['dia_phuong.cho_so', 'Chợ', '3', undefined],
    ['dia_phuong.ty_le_cho_so', '%', '30%', undefined],
  ] as const)('%s %s %s → %s', (code, unit, raw, expected) => {
    expect(comparableValue(figure(code, unit, raw))).toBe(expected);
  });
});

describe('computedRate: a fraction shown as a rate, labelled computed', () => {
  it.each([
    ['12564/16900', 'vi', '74,3%'],
    ['12564/16900', 'en', '74.3%'],
    ['35/35', 'vi', '100,0%'],
    ['1/3', 'vi', '33,3%'],
    ['80%', 'vi', undefined],
  ] as const)('%s (%s) → %s', (raw, locale, expected) => {
    expect(computedRate(figure('dinh_danh.muc_2', 'Người', raw).value, locale)).toBe(expected);
  });
});

describe('median', () => {
  it.each([
    [[], undefined],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[80, 80, 100], 80],
  ])('%j → %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('rankCommunes: highest first, ties share a rank, ties in Vietnamese name order', () => {
  // Four units of one province and one of another, with the adult rate.
  const province = reg.provinces[0]!;
  const [a, b, c, d] = reg.communesOf(province.code);
  const other = reg.communesOf(reg.provinces[1]!.code)[0]!;
  const rate = (raw: string) => [figure('ty_le.nguoi_truong_thanh', '%', raw)];
  const s = site([
    report(a!.code, '2026-05-01', rate('70%')),
    report(b!.code, '2026-05-01', rate('90%')),
    report(c!.code, '2026-05-01', rate('Ước tính 90%')),
    report(d!.code, '2026-05-01', [figure('ty_le.nguoi_truong_thanh', 'Người', '14.033')]), // not comparable
    report(other.code, '2026-05-01', rate('100%')),
  ]);

  it('ranks the province', () => {
    const ranking = rankCommunes(s, 'ty_le.nguoi_truong_thanh', province.code);
    const tied = [b!, c!].sort((x, y) => new Intl.Collator('vi').compare(x.name, y.name));
    expect(ranking.map((r) => [r.commune.code, r.value, r.rank])).toEqual([
      [tied[0]!.code, 90, 1],
      [tied[1]!.code, 90, 1],
      [a!.code, 70, 3],
    ]);
    expect(rankingMedian(ranking)).toBe(90);
  });

  it('ranks the nation', () => {
    const ranking = rankCommunes(s, 'ty_le.nguoi_truong_thanh');
    expect(ranking.map((r) => [r.value, r.rank])).toEqual([
      [100, 1],
      [90, 2],
      [90, 2],
      [70, 4],
    ]);
    expect(rankingMedian(ranking)).toBe(90);
  });
});

describe('latestResult: the newest document’s figure is the headline', () => {
  it('takes the newer full date over an older one', () => {
    const code = reg.communes[0]!.code;
    const s = site([
      report(code, '2026-01-15', [figure('ty_le.nguoi_truong_thanh', '%', '60%')], 'a'),
      report(code, '2026-06-02', [figure('ty_le.nguoi_truong_thanh', '%', '75%')], 'b'),
    ]);
    expect(latestResult(s.communes.get(code), 'ty_le.nguoi_truong_thanh')?.figure.value.raw).toBe('75%');
  });
});
