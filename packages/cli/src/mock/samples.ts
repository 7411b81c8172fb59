import type { Arbitrary, Parameters as SampleParameters } from 'fast-check';

/** `fc.sample`, handed in so fast-check is loaded only by the command that uses it. */
export type Sample = <T>(arbitrary: Arbitrary<T>, parameters: SampleParameters<T>) => T[];

/**
 * How many values are drawn with one seed. Part of the output format: changing it changes
 * what every `--seed` produces for counts above it, so it is fixed, not tuned.
 */
export const CHUNK_SIZE = 1000;

/**
 * The `count` values of `arbitrary` for `seed`, in chunks of {@link CHUNK_SIZE}, so a
 * million values never sit in memory at once. Chunk 0 uses `seed` itself (up to 1000 values
 * are exactly `fc.sample(arbitrary, { seed, numRuns: count })`); chunk k uses a seed derived
 * from both. The same seed and count always give the same values, and a smaller count gives
 * a prefix of a larger one.
 */
export function* chunks<T>(
  sample: Sample,
  arbitrary: Arbitrary<T>,
  seed: number,
  count: number,
): Generator<T[]> {
  for (let chunk = 0; chunk * CHUNK_SIZE < count; chunk++) {
    const numRuns = Math.min(CHUNK_SIZE, count - chunk * CHUNK_SIZE);
    yield sample(arbitrary, { seed: chunkSeed(seed, chunk), numRuns });
  }
}

/** The seed of chunk `chunk`: `seed` for the first, then spread by the golden-ratio constant. */
export function chunkSeed(seed: number, chunk: number): number {
  return (seed + Math.imul(chunk, 0x9e3779b9)) | 0;
}

/** A random 32-bit seed, for a run not given one. */
export function randomSeed(): number {
  return (Math.random() * 0x1_0000_0000) | 0;
}
