/**
 * The build clock: SOURCE_DATE_EPOCH pins "now" for a reproducible build; without it the real time is used,
 * read once so that every page of a build states the same access date.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sourceDateEpoch } from '../../src/presentation/build-clock.ts';

describe('sourceDateEpoch', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['0', '1970-01-01T00:00:00.000Z'],
    ['1780000000', '2026-05-28T20:26:40.000Z'],
    [' 1780000000 ', '2026-05-28T20:26:40.000Z'],
  ])('%j → %s', (value, expected) => {
    expect(sourceDateEpoch(value)?.toISOString()).toBe(expected);
  });

  it.each(['1780000000.5', '-1', '2026-05-28', 'now'])('refuses %j', (value) => {
    expect(() => sourceDateEpoch(value)).toThrow(/SOURCE_DATE_EPOCH must be whole seconds since 1970/);
  });
});

describe('buildNow', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.useRealTimers();
    vi.resetModules();
  });

  it('is the SOURCE_DATE_EPOCH instant when set', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1780000000');
    vi.resetModules();
    const { buildNow } = await import('../../src/presentation/build-clock.ts');
    expect(buildNow().toISOString()).toBe('2026-05-28T20:26:40.000Z');
  });

  it('is the real time otherwise, read once per build', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '');
    vi.useFakeTimers({ now: new Date('2026-12-03T23:59:59Z') });
    vi.resetModules();
    const { buildNow } = await import('../../src/presentation/build-clock.ts');
    expect(buildNow().toISOString()).toBe('2026-12-03T23:59:59.000Z');
    vi.setSystemTime(new Date('2026-12-04T00:00:01Z')); // past midnight, later in the same build
    expect(buildNow().toISOString()).toBe('2026-12-03T23:59:59.000Z');
  });

  it('hands out a copy: a page changing its Date does not move the clock', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '0');
    vi.resetModules();
    const { buildNow } = await import('../../src/presentation/build-clock.ts');
    buildNow().setFullYear(2030);
    expect(buildNow().getTime()).toBe(0);
  });
});
