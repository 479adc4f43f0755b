import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/ingestion/value.ts';

describe('smoke', () => {
  it('parses a Vietnamese number', () => {
    const r = parseValue('14.033');
    expect(r.ok && r.value.value).toBe('14033');
  });
});
