/** A conforming XML 1.0 parser for tests (saxes): feeds, sitemaps and SVG must be real XML. */
import { SaxesParser } from 'saxes';

/** Parses with a conforming XML parser (saxes): throws on anything that is not well-formed XML 1.0. */
export function parseXml(xml: string): { elements: string[]; text: Map<string, string[]> } {
  const parser = new SaxesParser({ xmlns: true });
  const elements: string[] = [];
  const text = new Map<string, string[]>();
  const stack: string[] = [];
  let error: Error | undefined;
  parser.on('error', (e) => (error ??= e));
  parser.on('opentag', (t) => {
    elements.push(t.local);
    stack.push(t.local);
  });
  parser.on('closetag', () => stack.pop());
  parser.on('text', (t) => {
    const k = stack.join('/');
    text.set(k, [...(text.get(k) ?? []), t]);
  });
  parser.write(xml).close();
  if (error) throw error;
  return { elements, text };
}
