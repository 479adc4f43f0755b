/** Print sheet and share image of a commune that stated no headline figure say what it did report. */
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/domain/commune-data.ts';
import { registry } from '../../src/domain/registry.ts';
import { parseReportTable } from '../../src/ingestion/report-table.ts';
import type { Report } from '../../src/domain/dataset.ts';
import { summaryFigures } from '../../src/presentation/headline-cards.ts';
import { communeCard } from '../../src/presentation/share-cards.ts';
import { shareImageAlt } from '../../src/presentation/share-image.ts';

const csv = 'STT,Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả\n1,to_cns.so_to,Số tổ công nghệ số,Tổ,13\n';
const { figures } = parseReportTable('r.csv', csv);
const r: Report = {
  id: '24682-thuan-an/2026-05',
  file: 'content/reports/24682-thuan-an/2026-05.mdx',
  meta: { commune: '24682', kind: 'báo cáo', title: 'Báo cáo', date: '2026-05', issuer: 'UBND xã Thuận An' },
  figures,
  body: '',
};
const site = buildSiteData({ reports: [r], models: [] }, registry());

describe('a commune whose figures include no headline indicator', () => {
  it('is summarised by the figures it stated', () => {
    const s = summaryFigures(site.communes.get('24682'));
    expect(s.headline).toBe(false);
    expect(s.figures.map((f) => [f.def.code, f.source?.figure.value.raw])).toEqual([['to_cns.so_to', '13']]);
  });
  it('gets a share image showing that figure, not a note that it has not reported', () => {
    for (const locale of ['vi', 'en'] as const) {
      const card = communeCard(site, '24682', locale, 'https://x.vn/');
      expect(card.lead?.value).toBe('13');
      expect(card.note).toBeUndefined();
      expect(shareImageAlt(card)).not.toMatch(/chưa báo cáo|chưa gửi|not reported/i);
    }
  });
  it('a commune without reports still reads as not reported', () => {
    expect(summaryFigures(undefined).headline).toBe(true);
    expect(summaryFigures(undefined).figures.every((f) => !f.source)).toBe(true);
  });
});
