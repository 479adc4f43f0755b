import { describe, expect, it } from 'vitest';
import { compareWithTarget, decimalGap, targetChecks } from '../../src/domain/targets.ts';
import type { CommuneData, SourcedFigure } from '../../src/domain/commune-data.ts';
import type { Figure, Qualifier } from '../../src/domain/schemas.ts';
import type { Report } from '../../src/domain/dataset.ts';

const report = (id: string) => ({ id, meta: { date: '2026-05-01' } }) as unknown as Report;

function fig(
  value: string,
  opts: { qualifiers?: Qualifier[]; type?: Figure['type']; year?: number; form?: 'percent' | 'number' } = {},
): Figure {
  return {
    indicator: 'ty_le.nguoi_truong_thanh',
    type: opts.type ?? 'kết quả',
    ...(opts.year ? { year: opts.year } : {}),
    value: {
      raw: value,
      qualifiers: opts.qualifiers ?? [],
      qualifierWords: [],
      form: opts.form ?? 'percent',
      value,
      decimals: value.includes('.') ? value.split('.')[1]!.length : 0,
    },
    label: '',
    unit: '%',
    note: '',
    location: '',
    stt: '1',
    line: 2,
    warnings: [],
  } as Figure;
}
const src = (f: Figure): SourcedFigure => ({ figure: f, report: report('r') });

describe('compareWithTarget', () => {
  it.each([
    // value, qualifiers, target, status, gap, estimated
    ['85', [], 85, 'met', undefined, false],
    ['90', [], 85, 'met', undefined, false],
    ['80.5', [], 85, 'not_met', '4.5', false],
    ['80', ['estimate'], 85, 'not_met', '5', true],
    ['86', ['estimate'], 85, 'met', undefined, true],
    ['84', ['approximate'], 85, 'not_met', '1', true],
    // "trên 80%": above 80, so it meets 80 but says nothing about 85
    ['80', ['lower_bound'], 80, 'met', undefined, false],
    ['80', ['lower_bound'], 85, 'undetermined', undefined, false],
    ['85', ['at_least'], 85, 'met', undefined, false],
    ['80', ['at_least'], 85, 'undetermined', undefined, false],
    // "dưới 80%": below 80, so it misses 80, gap unknown
    ['80', ['upper_bound'], 80, 'not_met', undefined, false],
    ['90', ['upper_bound'], 85, 'undetermined', undefined, false],
    ['80', ['at_most'], 80, 'undetermined', undefined, false],
    ['79', ['at_most'], 80, 'not_met', undefined, false],
  ] as const)('%s %j vs %d → %s', (value, qualifiers, target, status, gap, estimated) => {
    const r = compareWithTarget(src(fig(value, { qualifiers: [...qualifiers] })), target);
    expect(r.status).toBe(status);
    expect(r.gap).toBe(gap);
    expect(r.estimated).toBe(estimated);
  });

  it('has no comparable figure without a result, or with a bare count for a rate', () => {
    expect(compareWithTarget(undefined, 85).status).toBe('no_figure');
    expect(compareWithTarget(src(fig('19', { form: 'number' })), 85).status).toBe('no_figure');
  });
});

describe('decimalGap', () => {
  it.each([
    [85, 80.5, '4.5'],
    [100, 80.06, '19.94'],
    [100, 99.9, '0.1'],
    [85, 80, '5'],
  ])('%d − %d = %s', (a, b, gap) => expect(decimalGap(a, b)).toBe(gap));
});

describe('targetChecks', () => {
  const data = (results: Figure[], targets: Figure[]) =>
    ({
      results: new Map(results.length ? [['ty_le.nguoi_truong_thanh', results.map(src)]] : []),
      targets: new Map(targets.length ? [['ty_le.nguoi_truong_thanh', targets.map(src)]] : []),
    }) as unknown as CommuneData;

  it('gives each year once, oldest first, compared with the latest result', () => {
    const c = data([fig('90')], [fig('100', { type: 'mục tiêu', year: 2026 }), fig('85', { type: 'mục tiêu', year: 2025 })]);
    expect(targetChecks(c, 'ty_le.nguoi_truong_thanh').map((t) => [t.year, t.status, t.gap])).toEqual([
      [2025, 'met', undefined],
      [2026, 'not_met', '10'],
    ]);
  });

  it('a plan alone: its targets with no comparable figure', () => {
    const c = data([], [fig('85', { type: 'mục tiêu', year: 2025 })]);
    const [t] = targetChecks(c, 'ty_le.nguoi_truong_thanh');
    expect(t?.status).toBe('no_figure');
    expect(t?.result).toBeUndefined();
  });

  it('nothing when the commune set no target', () => {
    expect(targetChecks(data([fig('90')], []), 'ty_le.nguoi_truong_thanh')).toEqual([]);
    expect(targetChecks(undefined, 'ty_le.nguoi_truong_thanh')).toEqual([]);
  });
});
