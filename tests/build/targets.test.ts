import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '../../dist');
const text = (page: string) =>
  readFileSync(join(dist, page), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
/** One card's HTML: from its anchor to the next card (or the end of the list). */
const card = (html: string, id: string) => {
  const i = html.indexOf(`id="${id}"`);
  const next = html.indexOf('<li class="card', i);
  const end = html.indexOf('<h2', i);
  return html.slice(i, next > 0 && next < end ? next : end);
};

describe("a plan's targets on the commune's cards", () => {
  const html = readFileSync(join(dist, 'ha-noi/xa-thach-that-09955/index.html'), 'utf8');
  const adults = card(html, 'the-ty-le-nguoi-truong-thanh')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

  it('shows the 2025 and 2026 targets with their status, not "Chưa báo cáo"', () => {
    expect(adults).toContain('Chưa có kết quả báo cáo; xã đã đặt mục tiêu:');
    expect(adults).toContain('Mục tiêu 2025: 85% — chưa có số liệu để so sánh');
    expect(adults).toContain('Mục tiêu 2026: 100% — chưa có số liệu để so sánh');
    expect(adults).toContain('Mục tiêu của xã, nguồn: Kế hoạch, 11/7/2025 — Mục II.2.a; Kế hoạch, 11/7/2025 — Mục II.2.b');
    expect(adults).not.toContain('Chưa báo cáo');
  });

  it('in English too', () => {
    expect(text('en/ha-noi/xa-thach-that-09955/index.html')).toContain('Target 2025: 85% — no figure to compare yet');
  });
});
