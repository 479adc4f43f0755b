/** The problem catalogue, located problems and their text: one import for the rest of the code. */
export type { Message, Severity } from './message.ts';
export { isProblemCode, problemCatalogue, problemCodes, type FigureWarning, type ProblemCode, type QualityCode } from './catalogue.ts';
export { hasErrors, problem, type Problem } from './problem.ts';
export { cellReference, columnLetter, formatProblem, formatReport, formatValidation, summaryLine } from './format.ts';
