/**
 * The catalogue of problems found in submissions: errors stop the build, warnings are published beside the
 * figure they concern. Codes are stable (warnings are published with them, and the methodology and the data
 * contract list them), so they are a typed union: a code that is not in the catalogue fails the typecheck.
 * The entries are kept in two files by subject; their order here is the order pages and docs list them in.
 */
import { contentProblems } from './catalogue-content.ts';
import { fileProblems } from './catalogue-files.ts';
import type { Message } from './message.ts';

export const problemCatalogue = { ...fileProblems, ...contentProblems } as const satisfies Record<string, Message>;

/** A code in both parts would silently take the second part's message: refused by the typecheck. */
type SharedCodes = keyof typeof fileProblems & keyof typeof contentProblems;
export const partsAreDisjoint: [SharedCodes] extends [never] ? true : never = true;

export type ProblemCode = keyof typeof problemCatalogue;

/** Data-quality warnings: the codes a published figure may carry. */
export type QualityCode = Extract<ProblemCode, `quality.${string}`>;

/** A data-quality warning as a figure carries it: the code and the detail its message is filled with. */
export interface FigureWarning {
  code: QualityCode;
  detail: string;
}

/** Every code, in catalogue order. */
export const problemCodes = Object.keys(problemCatalogue) as readonly ProblemCode[];

export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(problemCatalogue, code);
}
