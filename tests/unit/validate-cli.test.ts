/** `npm run validate <folder>` on a content folder outside the repository reads it the way the build does. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSynthetic } from '../../src/tools/synth.ts';

const root = resolve(import.meta.dirname, '../..');
const node = join(root, 'node_modules/.bin/node');
const dir = mkdtempSync(join(tmpdir(), 'bdhvs-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(args: string[], env: Record<string, string> = {}): { out: string; code: number } {
  try {
    return {
      out: execFileSync(node, [join(root, 'src/tools/validate.ts'), ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ...env },
      }),
      code: 0,
    };
  } catch (e) {
    const err = e as { stdout: string; status: number };
    return { out: err.stdout, code: err.status };
  }
}

describe('validate on a content folder elsewhere', () => {
  const data = join(dir, 'data');
  const stats = writeSynthetic(data, { seed: '7', periods: 2, share: 1, limit: 40 });

  it('finds the reports its models point to, and names files by their real path', () => {
    expect(stats.models).toBeGreaterThan(0);
    const { out, code } = validate([data]);
    expect(out).toContain(`${stats.models} mô hình`);
    expect(out).not.toContain('ref.unknown-report');
    expect(out).toMatch(/^0 lỗi, \d+ cảnh báo/m);
    expect(code).toBe(0);
  });

  it('reads BDHVS_CONTENT_DIR when no path is given, as the build does', () => {
    const { out, code } = validate([], { BDHVS_CONTENT_DIR: data });
    expect(out).toContain(`${stats.reports} báo cáo`);
    expect(code).toBe(0);
  });

  it('locates an error under the folder’s own path', () => {
    const broken = join(dir, 'broken');
    writeSynthetic(broken, { seed: '7', periods: 2, share: 1, limit: 3 });
    writeFileSync(join(broken, 'reports', 'x.mdx'), '---\ncommune: "24682"\n---\n');
    const { out, code } = validate([broken]);
    expect(code).toBe(1);
    expect(out).toMatch(/broken\/reports\/x\.mdx/);
    expect(out).not.toMatch(/(^|\s)content\/reports\/x\.mdx/m);
  });
});
