// Deterministic sampling in chunks, whatever the count.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, chunkSeed, chunks } from '../src/mock/samples.js';

const draw = (seed: number, count: number): number[] =>
  [...chunks(fc.sample, fc.integer(), seed, count)].flat();

describe('chunks', () => {
  it('draws exactly count values, in chunks of CHUNK_SIZE', () => {
    const sizes = [...chunks(fc.sample, fc.integer(), 1, CHUNK_SIZE * 2 + 5)].map((chunk) => chunk.length);
    expect(sizes).toEqual([CHUNK_SIZE, CHUNK_SIZE, 5]);
    expect(draw(1, 0)).toEqual([]);
  });

  it("gives the same values for the same seed, and fc.sample's own for the first chunk", () => {
    expect(draw(42, 2500)).toEqual(draw(42, 2500));
    expect(draw(42, 10)).toEqual(fc.sample(fc.integer(), { seed: 42, numRuns: 10 }));
  });

  it('gives a prefix of a longer run for a shorter count', () => {
    expect(draw(7, 2500).slice(0, 1200)).toEqual(draw(7, 1200));
  });

  it('seeds each chunk differently', () => {
    const seeds = new Set(Array.from({ length: 100 }, (_, chunk) => chunkSeed(5, chunk)));
    expect(seeds.size).toBe(100);
    expect(chunkSeed(5, 0)).toBe(5);
  });
});
