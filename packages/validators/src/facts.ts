import type { DocumentFacts } from '@job-contracts/schemas/runtime';

export type { DocumentFacts };

/**
 * `record[key]` when `record` has it as an own property. Keys come from payloads, so a
 * plain lookup of `constructor` or `__proto__` would find Object.prototype's members.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
