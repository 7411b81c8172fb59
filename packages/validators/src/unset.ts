import { type Direction, type EntityName, NIL_GUID, UNSET_DATE } from '@job-contracts/schemas/runtime';
import { copyAlong } from './transform.js';

const UNSET_DATE_TIME = new RegExp(`^${UNSET_DATE}[Tt]00:00:00(\\.0{1,7})?([Zz]|[+-]\\d{2}:\\d{2})?$`);

/** True for the nil GUID, which the server writes for an unset reference. Any case. */
export function isUnsetGuid(value: unknown): boolean {
  return typeof value === 'string' && value.length === NIL_GUID.length && value.toLowerCase() === NIL_GUID;
}

/** True for midnight on 1980-01-01, with or without an offset: the server's unset date. */
export function isUnsetDate(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 40 && UNSET_DATE_TIME.test(value);
}

/**
 * A copy of a payload without the values that mean "unset": `null`, the nil GUID in GUID
 * fields and 1980-01-01 in date fields, in the payload and every entity embedded in it.
 * Zeros and `false` stay: the server writes them for unset numbers and flags too, but they
 * cannot be told apart from real ones.
 *
 * @example
 * withoutUnset('job', 'response', { name: 'Fix', skill_id: '00000000-0000-0000-0000-000000000000' });
 * // { name: 'Fix' }
 */
export function withoutUnset<T>(entity: EntityName, direction: Direction, payload: T): T {
  return copyAlong(entity, direction, payload, (facts, property, value) => {
    const unset =
      value === null ||
      (facts.guids.includes(property) && isUnsetGuid(value)) ||
      (facts.dateTimes.includes(property) && isUnsetDate(value));
    return unset ? { keep: false } : { keep: true, value };
  });
}
