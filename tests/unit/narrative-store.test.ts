/**
 * Narratives stay in their files: the site model carries a digest, and pages read the text with narrativeOf,
 * which returns only what was checked at the start of the build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset, narrativeDigest, narrativeOf } from '../../src/ingestion/load.ts';

const root = mkdtempSync(join(tmpdir(), 'bdhvs-narrative-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = join(root, 'content/reports/24682-thuan-an');
mkdirSync(dir, { recursive: true });
const file = 'content/reports/24682-thuan-an/2026-05-01-bao-cao.mdx';
const mdx = (body: string) =>
  `---\ncommune: "24682"\nkind: báo cáo\ntitle: Báo cáo\ndate: 2026-05-01\nissuer: UBND xã Thuận An\n---\n\n${body}\n`;
writeFileSync(join(root, file), mdx('## Kết quả\n\nĐã tổ chức 4 lớp.'));

describe('narrativeOf', () => {
  const loaded = loadDataset(root, 'content');
  const report = loaded.dataset.reports[0]!;
  const digest = narrativeDigest(report.body);

  it('reads back exactly the checked narrative', () => {
    expect(narrativeOf(file, digest, root, 'content')).toBe(report.body);
    expect(report.body).toContain('Đã tổ chức 4 lớp.');
  });

  it('stops the build when the file changed after it was checked, naming the file', () => {
    writeFileSync(join(root, file), mdx('## Kết quả\n\n<script>alert(1)</script>'));
    expect(() => narrativeOf(file, digest, root, 'content')).toThrow(/đã thay đổi trong khi đang dựng trang.*2026-05-01-bao-cao\.mdx/s);
    writeFileSync(join(root, file), mdx('## Kết quả\n\nĐã tổ chức 5 lớp.'));
    expect(() => narrativeOf(file, digest, root, 'content')).toThrow(/changed while the site was being built/);
  });

  it('refuses a path outside the content folder', () => {
    expect(() => narrativeOf('/etc/passwd', digest, root, 'content')).toThrow();
  });
});
