/** The shape of one catalogue entry: a severity and the message in both languages, filled with a detail. */

export type Severity = 'error' | 'warning';

export interface Message {
  severity: Severity;
  vi: (d: string) => string;
  en: (d: string) => string;
}
