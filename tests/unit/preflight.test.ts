/** A figure the pages cannot show stops the build with where it is, not a stack trace from the renderer (#14). */
import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/domain/commune-data.ts';
import { registry } from '../../src/domain/registry.ts';
import { loadDataset } from '../../src/ingestion/load.ts';
import { parseReportTable } from '../../src/ingestion/report-table.ts';
import type { Report } from '../../src/domain/dataset.ts';
import { formatFailures, preflight } from '../../src/presentation/preflight.ts';

describe('preflight', () => {
  it('passes the sample site', () => {
    expect(preflight(buildSiteData(loadDataset().dataset, registry()))).toEqual([]);
  });

  it('names the file, line and column of a figure that cannot be shown, in Vietnamese first', () => {
    const csv = 'STT,Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả\n1,ty_le.nguoi_truong_thanh,a,%,12/15\n2,to_cns.so_to,b,Tổ,13\n';
    const { figures } = parseReportTable('content/reports/24682-thuan-an/r.csv', csv);
    // A value no ingestion produces (digits are checked there): this gate must not rely on it.
    const broken = { ...figures[0]!, value: { ...figures[0]!.value, value: '9'.repeat(20) + 'x' } };
    const report: Report = {
      id: '24682-thuan-an/r',
      file: 'content/reports/24682-thuan-an/r.mdx',
      tableFile: 'content/reports/24682-thuan-an/r.csv',
      meta: { commune: '24682', kind: 'báo cáo', title: 'r', date: '2026-05', issuer: 'UBND' },
      figures: [broken, figures[1]!],
      body: '',
    };
    const failures = preflight(buildSiteData({ reports: [report], models: [] }, registry()));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ file: 'content/reports/24682-thuan-an/r.csv', line: 2, field: 'Kết quả', found: '12/15' });
    const text = formatFailures(failures);
    expect(text).toMatch(/^LỖI \/ ERROR content\/reports\/24682-thuan-an\/r\.csv, dòng 2 \[Kết quả\]: Không dựng được trang/);
    expect(text).toContain('(This figure could not be shown');
    expect(text.split('\n').at(-1)).toBe('1 số liệu không dựng được trang / 1 figure(s) could not be built.');
  });
});
