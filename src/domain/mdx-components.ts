/**
 * Components a submission's narrative may use, with the attributes each accepts (literal strings only).
 * Lower-case entries are plain HTML elements that carry no risk. Ingestion refuses anything else; the
 * narrative renderer renders exactly these.
 */
export const allowedComponents: Readonly<Record<string, readonly string[]>> = {
  Callout: ['tone', 'title'],
  br: [],
  sup: [],
  sub: [],
  mark: [],
  abbr: ['title'],
};
