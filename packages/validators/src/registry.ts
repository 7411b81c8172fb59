import { DIRECTIONS, type Direction, ENTITY_NAMES, type EntityName } from '@job-contracts/schemas/runtime';
import { validators as detailedValidators } from './generated/detailed.js';
import { validators as fastValidators, type GeneratedValidator } from './generated/fast.js';
import { ContractUsageError } from './issue.js';

/** The two generated validators of one entity and direction. */
export interface ValidatorPair {
  /** Stops at the first error: answers "valid or not". */
  readonly fast: GeneratedValidator;
  /** Collects every error; run only once `fast` has said no. */
  readonly detailed: GeneratedValidator;
}

/**
 * The validators of an entity and direction. Asking for one that does not exist is a
 * programming mistake, reported at once rather than as an issue with the payload.
 */
export function validatorsFor(entity: EntityName, direction: Direction): ValidatorPair {
  const fast = Object.hasOwn(fastValidators, entity) ? fastValidators[entity] : undefined;
  if (fast === undefined || !(DIRECTIONS as readonly string[]).includes(direction)) {
    throw new ContractUsageError(
      fast === undefined
        ? `unknown entity ${JSON.stringify(entity)}: use one of ${ENTITY_NAMES.join(', ')}`
        : `unknown direction ${JSON.stringify(direction)}: use "request" or "response"`,
    );
  }
  return { fast: fast[direction], detailed: detailedValidators[entity][direction] };
}
