import { ENTITY_NAMES, type EntityName } from '@job-contracts/schemas/runtime';
import { InvalidArgumentError } from 'commander';
import { closest } from './suggest.js';
import { UsageError } from './usage-error.js';

/** The entity named on the command line, or a usage error that suggests the likely one. */
export function parseEntity(name: string): EntityName {
  if ((ENTITY_NAMES as readonly string[]).includes(name)) {
    return name as EntityName;
  }
  const suggestion = closest(name, ENTITY_NAMES);
  const didYouMean = suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
  throw new UsageError(`unknown entity "${name}"${didYouMean}`, 'run "job-contracts schemas" to list them');
}

/** Commander parser for a whole number of at least `min`. */
export function integerAtLeast(min: number): (value: string) => number {
  return (value) => {
    const parsed = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min) {
      throw new InvalidArgumentError(`Expected a whole number of at least ${min}.`);
    }
    return parsed;
  };
}

// fast-check seeds are 32-bit; any value in [-2^31, 2^32) is accepted and folded into that.
const SEED_MIN = -(2 ** 31);
const SEED_LIMIT = 2 ** 32;

/** Commander parser for `--seed`: a 32-bit integer, signed or unsigned. */
export function parseSeed(value: string): number {
  const parsed = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < SEED_MIN || parsed >= SEED_LIMIT) {
    throw new InvalidArgumentError('Expected a 32-bit integer, such as 42.');
  }
  return parsed | 0;
}

/** Commander collector for a repeatable option: each use appends one value. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
