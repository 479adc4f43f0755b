/**
 * What `npm run validate` prints, as text: every problem, what was checked, and last the count line
 * ("0 lỗi, N cảnh báo"; formatValidation in problems.ts). Shared by the CLI and the check page in the browser, so
 * both say exactly the same thing.
 */
import { formatValidation } from '../domain/problems/index.ts';
import type { CheckResult } from './submissions.ts';

export function validateText(fileCount: number, { dataset, problems }: CheckResult): string {
  const figures = dataset.reports.reduce((n, r) => n + r.figures.length, 0);
  return formatValidation(problems, { files: fileCount, reports: dataset.reports.length, figures, models: dataset.models.length });
}
