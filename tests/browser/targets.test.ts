/** Target status on a commune with targets, in real Chromium at phone width: visible, not only in the source. */
import { describe, expect, it } from 'vitest';
import { useSiteInChromium } from '../helpers/browser.ts';

const site = useSiteInChromium();

describe('target status on the commune page', () => {
  it('Thạch Thất: the adult rate card shows its 2025 and 2026 targets and their status, visibly', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${site.url}ha-noi/xa-thach-that-09955/`);
    const card = page.locator('#the-ty-le-nguoi-truong-thanh');
    for (const text of [
      'Chưa có kết quả báo cáo; xã đã đặt mục tiêu:',
      'Mục tiêu 2025: 85% — chưa có số liệu để so sánh',
      'Mục tiêu 2026: 100% — chưa có số liệu để so sánh',
    ]) {
      const line = card.getByText(text, { exact: false }).first();
      expect(await line.isVisible()).toBe(true);
      const box = await line.boundingBox();
      expect(box!.width).toBeGreaterThan(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    }
    await page.close();
  });
});
