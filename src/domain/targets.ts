/**
 * Whether a commune is on target: for a commune and an indicator, the targets that apply (the commune's own,
 * from the rows of type `mục tiêu` in its submitted plans, each with its year) and, for each, how the latest
 * result compares with it. Pure; no words (presentation/headline-cards.ts says it in words).
 *
 * The comparison never claims more than the figure says:
 * - an exact figure (or an estimate, an approximation: flagged as such) meets a target when it is at least the
 *   target; otherwise the gap is the target minus the figure (percentage points for rates, units for counts);
 * - a lower bound ("trên 80%": the real figure is above 80) meets a target of 80 or less; below that nothing can be
 *   said; "ít nhất 80%" meets a target of 80 or less too;
 * - an upper bound ("dưới 80%") misses a target of 80 or more (the gap is not known); "không quá 80%" misses a
 *   target above 80; otherwise nothing can be said;
 * - no result, or one that gives no comparable number (a count where a rate belongs): no comparable figure.
 * National and provincial targets are not stored: the seed documents state none (see data/README.md).
 */
import { comparableValue, latestResult, type CommuneData, type SourcedFigure } from './commune-data.ts';

export type TargetStatus =
  /** The figure is at least the target. */
  | 'met'
  /** The figure is below the target (gap known for exact figures, estimates and approximations). */
  | 'not_met'
  /** A bound that does not decide either way. */
  | 'undetermined'
  /** No result, or none with a comparable number. */
  | 'no_figure';

export interface TargetCheck {
  /** Whose target: only the commune's own are stored. */
  scope: 'commune';
  target: SourcedFigure;
  year: number;
  /** The result compared, when there is one. */
  result?: SourcedFigure;
  status: TargetStatus;
  /** Target minus figure, as decimal text with the figures' own precision ("4.5"), when the figure is below it and the gap is known. */
  gap?: string;
  /** The result is an estimate or an approximation: "ước đạt", never "đạt". */
  estimated: boolean;
}

/** Digits after the decimal point of a decimal text. */
const decimals = (n: number) => {
  const s = String(n);
  const i = s.indexOf('.');
  return i < 0 || /e/i.test(s) ? 0 : s.length - i - 1;
};

/** a − b as decimal text at the precision of the two, without float noise ("85" − "80.5" = "4.5"). */
export function decimalGap(a: number, b: number): string {
  const d = Math.min(6, Math.max(decimals(a), decimals(b)));
  return (a - b).toFixed(d);
}

/** How one result compares with one target value. */
export function compareWithTarget(
  result: SourcedFigure | undefined,
  target: number | undefined,
): Pick<TargetCheck, 'status' | 'gap' | 'estimated'> {
  const v = result ? comparableValue(result.figure) : undefined;
  if (!result || v === undefined || target === undefined) return { status: 'no_figure', estimated: false };
  const q = result.figure.value.qualifiers;
  const estimated = q.includes('estimate') || q.includes('approximate');
  if (q.includes('lower_bound') || q.includes('at_least')) return { status: v >= target ? 'met' : 'undetermined', estimated };
  if (q.includes('upper_bound')) return { status: v <= target ? 'not_met' : 'undetermined', estimated };
  if (q.includes('at_most')) return { status: v < target ? 'not_met' : 'undetermined', estimated };
  if (v >= target) return { status: 'met', estimated };
  return { status: 'not_met', gap: decimalGap(target, v), estimated };
}

/** The commune's targets for an indicator (oldest year first, then table order), each checked against its latest result. */
export function targetChecks(c: CommuneData | undefined, indicator: string): TargetCheck[] {
  const targets = [...(c?.targets.get(indicator) ?? [])]
    .filter((t) => t.figure.year !== undefined)
    .sort((a, b) => a.figure.year! - b.figure.year!);
  // One target per year: the newest document's (the list is newest report first), first row stated.
  const byYear = new Map<number, SourcedFigure>();
  for (const t of targets) if (!byYear.has(t.figure.year!)) byYear.set(t.figure.year!, t);
  const result = latestResult(c, indicator);
  return [...byYear.entries()].map(([year, target]) => ({
    scope: 'commune' as const,
    target,
    year,
    ...(result ? { result } : {}),
    ...compareWithTarget(result, comparableValue(target.figure)),
  }));
}
