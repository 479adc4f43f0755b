/**
 * A report page grows linearly with its rows (#14): 2,000 rows of one indicator (74 KB of CSV) made a 140 MB page,
 * each row repeating a conflict detail that lists every row, and each figure's history walking every row again.
 */
import { describe, expect, it } from 'vitest';
import { buildSiteData, historyOf } from '../../src/domain/commune-data.ts';
import { registry } from '../../src/domain/registry.ts';
import { parseReportTable } from '../../src/ingestion/report-table.ts';
import type { Report } from '../../src/domain/dataset.ts';
import { figureHistory, longWarning, pageWarnings } from '../../src/presentation/provenance.ts';

// Ingestion now refuses more than limits.rowsPerIndicator rows of one indicator (#14); the page must hold on its
// own all the same, so 2,000 figures are made from a parsed 20-row conflict, each carrying its long shared detail.
const rows = 2000;
const csv = `STT,Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả\n${Array.from({ length: 20 }, (_, i) => `${i + 1},to_cns.so_to,Số tổ,Tổ,${i + 1}`).join('\n')}\n`;
const parsed = parseReportTable('r.csv', csv).figures;
const sharedDetail = `${parsed[0]!.warnings[0]!.detail} ${'dòng khác; '.repeat(400)}`;
const figures = Array.from({ length: rows }, (_, i) => ({
  ...parsed[i % parsed.length]!,
  line: i + 2,
  warnings: [{ code: parsed[0]!.warnings[0]!.code, detail: sharedDetail }],
}));
const report: Report = {
  id: '24682-thuan-an/dai',
  file: 'content/reports/24682-thuan-an/dai.mdx',
  meta: { commune: '24682', kind: 'báo cáo', title: 'Dài', date: '2026-05', issuer: 'UBND' },
  figures,
  body: '',
};

describe('a report of 2,000 conflicting rows for one indicator', () => {
  it('writes a long shared warning once, then points to it: warnings text linear in rows', () => {
    expect(figures).toHaveLength(rows);
    for (const locale of ['vi', 'en'] as const) {
      const shown = pageWarnings(figures, locale);
      const full = shown.flat().filter((w) => w.sameAs === undefined && w.text.length > longWarning);
      const total = shown.flat().reduce((n, w) => n + w.text.length, 0);
      // However long ingestion makes the shared detail, it is written out once per distinct warning.
      const longest = Math.max(...shown.flat().map((w) => w.text.length));
      expect(total).toBeLessThan(rows * (longWarning + 60) + full.length * longest);
      for (const w of shown.slice(1).flat()) if (w.sameAs !== undefined) expect(w.sameAs).toBe(0);
    }
  });
  it('short warnings stay in full on every row', () => {
    const short = [{ ...figures[0]!, warnings: [{ code: 'quality.percent-range', detail: '120%' }] }];
    const twice = [short[0]!, { ...short[0]!, line: 99 }];
    expect(pageWarnings(twice, 'vi').map((w) => w[0]!.sameAs)).toEqual([undefined, undefined]);
  });
  it('computes the indicator history once, not once per figure', () => {
    const site = buildSiteData({ reports: [report], models: [] }, registry());
    const data = site.communes.get('24682')!;
    expect(historyOf(data, 'to_cns.so_to')).toBe(historyOf(data, 'to_cns.so_to'));
    const h = figureHistory(data, { figure: figures[0]!, report: data.reports[0]! });
    expect(h.history).toHaveLength(1);
    expect(figureHistory(data, { figure: figures[1]!, report: data.reports[0]! }).history).toBe(h.history);
  });
});
