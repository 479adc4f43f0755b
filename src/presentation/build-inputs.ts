/**
 * The one sanctioned bridge from presentation to ingestion (tests/unit/layers.test.ts allows exactly this file).
 *
 * Pages need a few facts about the content being built that only ingestion can give, because they come from
 * reading the content folder: the data version (a hash of every input file) and the synthetic marker, each
 * narrative read again from its file (the content store holds only its digest, see narrativeOf), the count of
 * each problem code (the methodology's warning table), and the build's value parser (the methodology runs its
 * number-rule examples through it, so the page cannot drift from what the build does). Everything else in
 * presentation, views and components imports the domain, never ingestion.
 */
export { dataVersion, isSynthetic, narrativeOf, problemCounts } from '../ingestion/load.ts';
export { parseValue } from '../ingestion/value.ts';
