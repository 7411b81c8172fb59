/**
 * How many fixture-generated jobs the property tests send. `JOBS_SERVICE_RUNS` raises it for a
 * longer run (e.g. `JOBS_SERVICE_RUNS=20000`); every other count scales with it.
 */
export const RUNS = Number(process.env.JOBS_SERVICE_RUNS ?? 2000);

if (!Number.isInteger(RUNS) || RUNS < 100) {
  throw new Error(
    `JOBS_SERVICE_RUNS must be an integer of at least 100, got ${process.env.JOBS_SERVICE_RUNS}`,
  );
}

/**
 * The fast-check seed: fixed, so every run sends the same jobs and a failure can be replayed.
 * `JOBS_SERVICE_SEED` picks another; fast-check prints the seed and path of any failure.
 */
export const SEED = Number(process.env.JOBS_SERVICE_SEED ?? 20_261_203);

/** `RUNS` scaled by `fraction`, at least `least`. */
export function scaled(fraction: number, least = 10): number {
  return Math.max(least, Math.round(RUNS * fraction));
}

/** A per-test timeout that grows with the run size. */
export const TIMEOUT = Math.max(60_000, RUNS * 60);
