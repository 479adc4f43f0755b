/**
 * What `npm run validate` prints, as text: every problem (problems.ts formatReport) and the closing count.
 * Shared by the CLI and the check page in the browser, so both say exactly the same thing.
 */
import { formatReport } from './problems.ts';
import type { CheckResult } from './submissions.ts';

export function validateText(fileCount: number, { dataset, problems }: CheckResult): string {
  const figures = dataset.reports.reduce((n, r) => n + r.figures.length, 0);
  const summary = `Đã kiểm tra ${fileCount} tệp: ${dataset.reports.length} báo cáo, ${figures} số liệu, ${dataset.models.length} mô hình. / Checked ${fileCount} files: ${dataset.reports.length} reports, ${figures} figures, ${dataset.models.length} models.`;
  return problems.length > 0 ? `${formatReport(problems)}\n${summary}` : summary;
}
