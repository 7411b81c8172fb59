import { describe, expect, it } from 'vitest';
import { isUnsetDate, isUnsetGuid, withoutUnset } from '../src/index.js';
import { guidOf } from './support/payloads.js';

describe('unset sentinels', () => {
  it.each([
    ['00000000-0000-0000-0000-000000000000', true],
    [guidOf(1), false],
    ['', false],
    [null, false],
  ])('isUnsetGuid(%j) is %s', (value, expected) => {
    expect(isUnsetGuid(value)).toBe(expected);
  });

  it.each([
    ['1980-01-01T00:00:00', true],
    ['1980-01-01T00:00:00Z', true],
    ['1980-01-01T00:00:00.0000000+00:00', true],
    ['1980-01-01T00:00:01', false],
    ['1980-01-02T00:00:00', false],
    ['2025-12-29T02:53:27', false],
    [19800101, false],
  ])('isUnsetDate(%j) is %s', (value, expected) => {
    expect(isUnsetDate(value)).toBe(expected);
  });

  it('reads sentinels and nulls as absent, in embedded entities too, and keeps zeros and false', () => {
    const job = {
      name: 'Fix',
      skill_id: '00000000-0000-0000-0000-000000000000',
      due_date: '1980-01-01T00:00:00',
      description: null,
      estimated_time: 0,
      project: { id: guidOf(2), date_built: '1980-01-01T00:00:00', is_mobile_installation: false },
    };

    expect(withoutUnset('job', 'response', job)).toEqual({
      name: 'Fix',
      estimated_time: 0,
      project: { id: guidOf(2), is_mobile_installation: false },
    });
  });

  it('leaves a sentinel-looking value alone in a field that is not a GUID or a date', () => {
    const job = { name: '00000000-0000-0000-0000-000000000000', customer_reference: '1980-01-01T00:00:00' };

    expect(withoutUnset('job', 'response', job)).toEqual(job);
  });
});
