import { describe, expect, it } from 'vitest';
import { rateBars } from '../../src/charts/rate-bars.ts';

const chart = (mark?: string) =>
  rateBars({
    id: 'c',
    title: 'T',
    description: 'D',
    legend: { exact: 'exact', qualified: 'qualified', target: 'target' },
    bars: [
      {
        label: 'Adults',
        value: 80,
        display: '80%',
        qualified: false,
        target: { value: 85, display: 'Mục tiêu 2025: 85%', ...(mark ? { mark } : {}) },
      },
    ],
  });

describe('rate bars: the target mark', () => {
  it('is a tick reaching beyond the bar, with its text alternative and a written label', () => {
    const svg = chart('2025: 85%');
    const bar = svg.match(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="18" fill="#/g)!;
    expect(bar.length).toBeGreaterThan(1);
    const tick = svg.match(/<line x1="([\d.]+)" x2="[\d.]+" y1="([\d.]+)" y2="([\d.]+)"[^>]*><title>Mục tiêu 2025: 85%<\/title><\/line>/);
    expect(tick).not.toBeNull();
    expect(Number(tick![3]) - Number(tick![2])).toBeGreaterThan(18); // longer than the bar is high
    expect(svg).toContain('>2025: 85%</text>');
    expect(svg).toContain('>target</text>'); // legend
  });

  it('leaves room under the bar only for a written label', () => {
    const height = (svg: string) => Number(svg.match(/viewBox="0 0 \d+ ([\d.]+)"/)![1]);
    expect(height(chart('2025: 85%')) - height(chart())).toBe(14);
    expect(chart()).not.toContain('>2025: 85%</text>');
  });
});
