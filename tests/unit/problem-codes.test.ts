import { describe, expect, it } from 'vitest';
import { contentProblems } from '../../src/domain/problems/catalogue-content.ts';
import { fileProblems } from '../../src/domain/problems/catalogue-files.ts';
import {
  isProblemCode,
  problem,
  problemCatalogue,
  problemCodes,
  type FigureWarning,
  type ProblemCode,
  type QualityCode,
} from '../../src/domain/problems/index.ts';

describe('problem codes', () => {
  it('the catalogue is its two parts in order, with no code in both', () => {
    expect(problemCodes).toEqual([...Object.keys(fileProblems), ...Object.keys(contentProblems)]);
    const shared = Object.keys(fileProblems).filter((c) => c in contentProblems);
    expect(shared).toEqual([]);
    expect(new Set(problemCodes).size).toBe(problemCodes.length);
  });

  it('tells a code of the catalogue from any other text', () => {
    expect(isProblemCode('quality.dot-decimal')).toBe(true);
    expect(isProblemCode('quality.dot-decimall')).toBe(false);
    expect(isProblemCode('toString')).toBe(false);
  });

  it('every quality code is a warning (they are published beside figures, never stop the build)', () => {
    const quality = problemCodes.filter((c): c is QualityCode => c.startsWith('quality.'));
    expect(quality.length).toBeGreaterThan(5);
    for (const c of quality) expect(problemCatalogue[c].severity).toBe('warning');
  });

  it('a code outside the catalogue fails the typecheck (npm run check)', () => {
    // @ts-expect-error: not a code of the catalogue
    const typo: ProblemCode = 'quality.dot-decimall';
    // @ts-expect-error: an error code is not a figure warning
    const notQuality: FigureWarning = { code: 'csv.empty', detail: '' };
    // @ts-expect-error: problem() takes catalogue codes only
    expect(() => problem('row.unknown-kode', { file: 'x.csv' })).toThrow();
    expect([typo, notQuality.code]).toHaveLength(2);
  });
});
