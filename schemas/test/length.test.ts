import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entities, stringLength } from '../src/index.js';
import { accepts } from './support/ajv.js';
import { withChanges } from './support/payloads.js';

const limit = entities.job.fields.name.maxLength ?? 0;

// Strings around the limit, mixing ASCII, BMP and astral characters and white space.
const nearLimit = fc.string({
  unit: fc.oneof(fc.constantFrom(' ', '\t', 'a', 'é', '中'), fc.constantFrom('😀', '𝄞', '🇧🇪')),
  minLength: Math.floor(limit / 4),
  maxLength: limit + 5,
});

describe('string length', () => {
  it('counts UTF-16 code units, as .NET does', () => {
    expect(stringLength('😀'.repeat(30))).toBe(60);
    expect(stringLength('abc')).toBe(3);
  });

  it('accepts a required name exactly when it has a non-space character and fits in UTF-16 units', () => {
    fc.assert(
      fc.property(fc.oneof(nearLimit, fc.string({ unit: 'binary', maxLength: limit + 5 })), (name) => {
        const expected = stringLength(name) <= limit && /\S/u.test(name);

        expect(accepts('job', 'request', withChanges('job', { name }))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
