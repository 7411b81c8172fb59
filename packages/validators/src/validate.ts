import type { Direction, EntityName } from '@job-contracts/schemas/runtime';
import type { Payload } from './bind.js';
import { checkPayload, passes } from './check.js';
import type { CheckOptions, Result } from './issue.js';

/**
 * Checks `data` as an `entity` payload in `direction`. Never throws for any data.
 *
 * @example
 * const result = validate('job', 'request', JSON.parse(body));
 * if (!result.ok) reply.code(400).send({ issues: result.issues });
 */
export function validate<E extends EntityName, D extends Direction>(
  entity: E,
  direction: D,
  data: unknown,
  options?: CheckOptions,
): Result<Payload<E, D>> {
  return checkPayload(entity, direction, data, options);
}

/** True when `data` is a valid `entity` payload in `direction`; the fastest check there is. */
export function isValid<E extends EntityName, D extends Direction>(
  entity: E,
  direction: D,
  data: unknown,
): data is Payload<E, D> {
  return passes(entity, direction, data);
}
