import type { Direction, EntityName } from '@job-contracts/schemas/runtime';
import { copyAlong } from './transform.js';

/** Options of {@link redact}. */
export interface RedactOptions {
  /**
   * What a sensitive value is replaced with.
   * @defaultValue '[REDACTED]'
   */
  readonly mask?: string;
}

/**
 * A copy of a payload that is safe to log: every field the schemas mark sensitive (a
 * user's bank account, social security number, birth date, private contact data…) holds
 * `mask` instead of its value, in the payload and every entity embedded in it. `null` and
 * absent values stay as they are. Unknown properties are not described, so not masked.
 *
 * @example
 * logger.info({ job: redact('job', 'request', body) }, 'job received');
 */
export function redact<T>(entity: EntityName, direction: Direction, payload: T, options?: RedactOptions): T {
  const mask = options?.mask ?? '[REDACTED]';
  return copyAlong(entity, direction, payload, (facts, property, value) => ({
    keep: true,
    value: value !== null && value !== undefined && facts.sensitive.includes(property) ? mask : value,
  }));
}
