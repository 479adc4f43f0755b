/**
 * The build's "now", read by the pages and feeds instead of `new Date()`: the moment given by SOURCE_DATE_EPOCH
 * (seconds since 1970-01-01 UTC, the reproducible-builds convention) when it is set, else the real time. It dates
 * the citations' "accessed on" (the build date, which a browser script replaces with the reader's date) and a
 * feed with no entry yet. Read once per build, so every page of one build states the same date.
 */
let buildTime: Date | undefined;

/** The instant SOURCE_DATE_EPOCH names; undefined when it is unset or empty. A malformed value is refused. */
export function sourceDateEpoch(value: string | undefined): Date | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^\d+$/.test(value.trim())) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (got "${value}")`);
  return new Date(Number(value.trim()) * 1000);
}

/** The build's "now": SOURCE_DATE_EPOCH if set, else the time of the first call. */
export function buildNow(): Date {
  buildTime ??= sourceDateEpoch(process.env.SOURCE_DATE_EPOCH) ?? new Date();
  return new Date(buildTime.getTime());
}
