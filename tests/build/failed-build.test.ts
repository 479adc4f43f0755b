/**
 * A build that fails keeps the last good site (#14): the new site is written to a staging folder and replaces
 * the old one only once everything is written. Invalid submissions stop the build with the Vietnamese problem
 * list and a plain final line, not Astro's "unhandled error … hook" and a stack trace.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, SAMPLE_PROVINCES, smallSite } from '../helpers/build.ts';

const work = mkdtempSync(join(tmpdir(), 'bdhvs-failed-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs a build expected to fail; returns its output. */
function failingBuild(env: Record<string, string>, outDir: string): string {
  try {
    // A small site: commune pages for the sample's provinces only; what fails is the same.
    buildSite({ ...smallSite(SAMPLE_PROVINCES), BDHVS_CACHE_DIR: join(work, 'cache'), ...env }, outDir);
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    expect(err.status).not.toBe(0);
    return `${err.stdout}\n${err.stderr}`;
  }
  throw new Error('the build was expected to fail');
}

/** A previously published site: a page and a marker the new build would not write. */
function previousSite(name: string): string {
  const out = join(work, name);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>previous</title>');
  writeFileSync(join(out, 'marker.txt'), 'last good site');
  return out;
}

describe('a failing build', () => {
  it('leaves the previous output exactly as it was when it fails after pages were rendered', () => {
    const out = previousSite('dist-render');
    // The share-image cache path is a file: the images fail while Astro renders the pages.
    const notADir = join(work, 'not-a-folder');
    writeFileSync(notADir, 'x');
    const log = failingBuild({ BDHVS_OG_CACHE: notADir }, out);
    expect(log).toMatch(/generating static routes/);
    expect(readFileSync(join(out, 'marker.txt'), 'utf8')).toBe('last good site');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('previous');
    expect(existsSync(join(out, 'gioi-thieu'))).toBe(false);
  });

  it('stops on invalid submissions with the located Vietnamese problem list and a clear final line', () => {
    const out = previousSite('dist-invalid');
    const content = join(work, 'content');
    cpSync('content', content, { recursive: true });
    const csv = join(content, 'reports/24682-thuan-an/2026-05-bao-cao-tong-ket.csv');
    writeFileSync(csv, `${readFileSync(csv, 'utf8').replace(/\r?\n$/, '')}\n99,ty_le.nguoi_truong_thanh,x,%,abc,,,,\n`);
    const log = failingBuild({ BDHVS_CONTENT_DIR: content }, out);
    expect(log).toContain('LỖI / ERROR content/reports/24682-thuan-an/2026-05-bao-cao-tong-ket.csv, dòng');
    expect(log).toMatch(/cột E \[Kết quả\]/);
    expect(log).toContain('Không dựng trang: 1 lỗi trong dữ liệu gửi lên');
    expect(log.trim().split('\n').at(-1)).toMatch(/^Build stopped: 1 error\(s\) in the submissions/);
    expect(log).not.toMatch(/unhandled error|Stack trace|at check \(/i);
    expect(readFileSync(join(out, 'marker.txt'), 'utf8')).toBe('last good site');
  });
});
