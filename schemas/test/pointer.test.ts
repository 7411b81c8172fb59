// JSON Pointer segments survive escaping, whatever characters a property name holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeSegment, pointerSegments } from '../src/runtime.js';

describe('JSON Pointers (RFC 6901)', () => {
  it('give back the segments they were built from', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' })), (segments) => {
        const pointer = segments.map((segment) => `/${escapeSegment(segment)}`).join('');
        expect(pointerSegments(pointer)).toEqual(segments);
      }),
    );
  });

  it('escape ~ before / and unescape ~1 before ~0, as the RFC says', () => {
    expect(escapeSegment('a/b~c')).toBe('a~1b~0c');
    expect(pointerSegments('/~01')).toEqual(['~1']);
    expect(pointerSegments('/a~1b/~0')).toEqual(['a/b', '~']);
    expect(pointerSegments('')).toEqual([]);
    expect(pointerSegments('/')).toEqual(['']);
  });
});
