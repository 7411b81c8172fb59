// The traps of stock formats, through the generated validators: our own GUID and date-time
// checks are the ones that run.
import { describe, expect, it } from 'vitest';
import { isJob, isJobRequest } from '../src/index.js';
import { guidOf, minimalJob } from './support/payloads.js';

describe('date-time in a request', () => {
  it.each([
    ['2025-12-29T02:53:27.9206821+00:00', true],
    ['2025-12-29T02:53:27Z', true],
    ['2024-02-29T12:00:00+01:00', true],
    ['2025-12-29T02:53:27+0000', false],
    ['2025-12-29T02:53:27+00', false],
    ['2025-06-30T23:59:60Z', false],
    ['2016-12-31T23:59:60Z', false],
    ['0000-01-01T00:00:00Z', false],
    ['2025-02-29T00:00:00Z', false],
    ['2025-12-29T02:53:27.12345678Z', false],
    ['2025-12-29T02:53:27', false],
    ['2025-12-29', false],
  ])('%j is accepted: %s', (value, valid) => {
    expect(isJobRequest(minimalJob({ due_date: value }))).toBe(valid);
  });

  it('may omit the offset in a response, but not the calendar', () => {
    expect(isJob({ name: 'x', due_date: '2025-12-29T02:53:27' })).toBe(true);
    expect(isJob({ name: 'x', due_date: '2025-02-29T02:53:27' })).toBe(false);
  });
});

describe('GUID', () => {
  it.each([
    [guidOf(5), true],
    [guidOf(5).toUpperCase(), true],
    [`urn:uuid:${guidOf(5)}`, false],
    [`{${guidOf(5)}}`, false],
    [guidOf(5).replaceAll('-', ''), false],
  ])('%j is accepted: %s', (value, valid) => {
    expect(isJobRequest(minimalJob({ project_id: value }))).toBe(valid);
  });
});
