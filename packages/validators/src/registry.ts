import { DIRECTIONS, type Direction, ENTITY_NAMES, type EntityName } from '@job-contracts/schemas/runtime';
import { loadValidators as loadDetailed } from './generated/detailed.js';
import { validators as fastValidators, type GeneratedValidator } from './generated/fast.js';
import { ContractUsageError } from './issue.js';

/** The two generated validators of one entity and direction. */
export interface ValidatorPair {
  /** Stops at the first error: answers "valid or not". */
  readonly fast: GeneratedValidator;
  /** Collects every error; loaded on first use, and run only once `fast` has said no. */
  readonly detailed: GeneratedValidator;
}

// Built once: looking a pair up must cost nothing on the hot path.
const pairs = new Map<string, ValidatorPair>();
for (const entity of ENTITY_NAMES) {
  for (const direction of DIRECTIONS) {
    pairs.set(`${entity}.${direction}`, {
      fast: fastValidators[entity][direction],
      get detailed() {
        return loadDetailed()[entity][direction];
      },
    });
  }
}

/**
 * The validators of an entity and direction. Asking for one that does not exist is a
 * programming mistake, reported at once rather than as an issue with the payload.
 */
export function validatorsFor(entity: EntityName, direction: Direction): ValidatorPair {
  const pair = pairs.get(`${entity}.${direction}`);
  if (pair === undefined) {
    throw new ContractUsageError(
      (ENTITY_NAMES as readonly string[]).includes(entity)
        ? `unknown direction ${JSON.stringify(direction)}: use "request" or "response"`
        : `unknown entity ${JSON.stringify(entity)}: use one of ${ENTITY_NAMES.join(', ')}`,
    );
  }
  return pair;
}
