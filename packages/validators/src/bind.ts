import type { entities, RequestOf, ResponseOf } from '@job-contracts/schemas';
import type { Direction, EntityName } from '@job-contracts/schemas/runtime';
import { accepts, checkPayload } from './check.js';
import { type CheckOptions, ContractError, type Result } from './issue.js';
import { validatorsFor } from './registry.js';

/** The TypeScript type of a valid payload of `E` in direction `D`. */
export type Payload<E extends EntityName, D extends Direction> = D extends 'request'
  ? RequestOf<(typeof entities)[E]>
  : ResponseOf<(typeof entities)[E]>;

/** `isJobRequest`-style type guard. */
export type Guard<E extends EntityName, D extends Direction> = (data: unknown) => data is Payload<E, D>;

/** `parseJobRequest`-style parser. */
export type Parser<E extends EntityName, D extends Direction> = (
  data: unknown,
  options?: CheckOptions,
) => Result<Payload<E, D>>;

/** `assertJobRequest`-style asserter. */
export type Asserter<E extends EntityName, D extends Direction> = (
  data: unknown,
  options?: CheckOptions,
) => asserts data is Payload<E, D>;

/** A type guard for one entity and direction: the fast validator alone. */
export function guard<E extends EntityName, D extends Direction>(entity: E, direction: D): Guard<E, D> {
  const { fast } = validatorsFor(entity, direction);
  return (data: unknown): data is Payload<E, D> => accepts(fast, data);
}

/** A parser for one entity and direction. */
export function parser<E extends EntityName, D extends Direction>(entity: E, direction: D): Parser<E, D> {
  return (data, options) => checkPayload(entity, direction, data, options);
}

/** An asserter for one entity and direction: throws a `ContractError` carrying the issues. */
export function asserter<E extends EntityName, D extends Direction>(entity: E, direction: D): Asserter<E, D> {
  return (data, options) => {
    const result = checkPayload(entity, direction, data, options);
    if (!result.ok) {
      throw new ContractError(entity, direction, result.issues);
    }
  };
}
