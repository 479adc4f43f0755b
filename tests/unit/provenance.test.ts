/** A figure's history across documents: revised or not, superseded or not, and how the history reads. */
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/domain/commune-data.ts';
import { registry } from '../../src/domain/registry.ts';
import type { Figure, ParsedValue } from '../../src/domain/schemas.ts';
import type { Report } from '../../src/domain/dataset.ts';
import { figureHistory, historyLine, qualifierMeaning, warningText } from '../../src/presentation/provenance.ts';

const value = (raw: string, v: string, qualifiers: ParsedValue['qualifiers'] = [], words: string[] = []): ParsedValue => ({
  raw,
  qualifiers,
  qualifierWords: words,
  form: 'percent',
  value: v,
  decimals: 0,
});
const figure = (line: number, v: ParsedValue, type: Figure['type'] = 'kết quả'): Figure => ({
  indicator: 'ty_le.nguoi_truong_thanh',
  type,
  ...(type === 'mục tiêu' ? { year: 2026 } : {}),
  value: v,
  label: 'Người dân có kỹ năng số',
  unit: '%',
  note: '',
  location: 'Mục II',
  stt: '',
  line,
  warnings: [],
});
const report = (id: string, date: string, figures: Figure[]): Report => ({
  id: `24682-thuan-an/${id}`,
  file: `content/reports/24682-thuan-an/${id}.mdx`,
  meta: { commune: '24682', kind: 'báo cáo', title: id, date, issuer: 'UBND xã Thuận An' },
  figures,
  body: '',
});

const may = report('2026-05', '2026-05', [figure(2, value('Ước tính 80%', '80', ['estimate'], ['Ước tính']))]);
const july = report('2026-07', '2026-07-01', [figure(2, value('Ước tính 80%', '80', ['estimate'], ['Ước tính']))]);
const december = report('2026-12', '2026-12-15', [figure(3, value('85%', '85')), figure(4, value('90%', '90'), 'mục tiêu')]);
const site = buildSiteData({ reports: [december, may, july], models: [] }, registry());
const data = site.communes.get('24682');
const sourced = (r: Report, i = 0) => ({ figure: r.figures[i]!, report: data!.reports.find((x) => x.id === r.id)! });

describe('figureHistory', () => {
  it('tracks one figure per document, oldest first', () => {
    const h = figureHistory(data, sourced(december));
    expect(h.history.map((s) => s.report.id)).toEqual([may.id, july.id, december.id]);
    expect(h.index).toBe(2);
  });

  it('marks a figure revised when it differs from the document before, not when restated', () => {
    expect(figureHistory(data, sourced(december)).revised).toBe(true);
    expect(figureHistory(data, sourced(july)).revised).toBe(false);
    expect(figureHistory(data, sourced(may)).revised).toBe(false);
  });

  it('points older figures to the newer figure that replaced them', () => {
    expect(figureHistory(data, sourced(may)).supersededBy?.report.id).toBe(december.id);
    expect(figureHistory(data, sourced(december)).supersededBy).toBeUndefined();
  });

  it('has no history for targets', () => {
    expect(figureHistory(data, sourced(december, 1))).toEqual({ history: [], index: -1, revised: false });
  });
});

describe('historyLine', () => {
  it('reads value (qualifier, date) → …', () => {
    const h = figureHistory(data, sourced(december)).history;
    expect(historyLine(h, 'vi')).toBe('80% (ước tính, 5/2026) → 80% (ước tính, 01/7/2026) → 85% (15/12/2026)');
    expect(historyLine(h, 'en')).toBe('80% (estimate, May 2026) → 80% (estimate, 1 July 2026) → 85% (15 December 2026)');
  });
});

describe('qualifiers and warnings in words', () => {
  it('explains a qualifier, and says nothing for an exact figure', () => {
    expect(qualifierMeaning(may.figures[0]!.value, 'vi')).toBe('Ước tính — Số ước tính, chưa phải số đo đếm');
    expect(qualifierMeaning(may.figures[0]!.value, 'en')).toBe('Estimate — An estimate, not a count');
    expect(qualifierMeaning(december.figures[0]!.value, 'vi')).toBeUndefined();
  });

  it('writes warnings in full from the problem catalogue, and keeps unknown codes', () => {
    expect(warningText({ code: 'encoding.utf16', detail: '' }, 'vi')).toMatch(/UTF-16/);
    expect(warningText({ code: 'no.such-code', detail: '' }, 'en')).toBe('no.such-code');
  });
});
