import type { EntityName } from '@job-contracts/schemas/runtime';

/** What a schema document says about its properties, read from the emitted JSON at build time. */
export interface DocumentFacts {
  readonly properties: readonly string[];
  readonly sensitive: readonly string[];
  /** Properties holding another entity (or a list of them), and which. */
  readonly embeds: Readonly<Record<string, { readonly entity: EntityName; readonly list: boolean }>>;
  readonly guids: readonly string[];
  readonly dateTimes: readonly string[];
  /** The JSON types each property accepts (`null` included where it is optional). */
  readonly types: Readonly<Record<string, readonly string[]>>;
  /** "At least one of" groups, by their index in the document's `allOf`. */
  readonly groups: Readonly<Record<string, { readonly name: string; readonly members: readonly string[] }>>;
  /** Conditional requirements, by their index in the document's `allOf`. */
  readonly conditions: Readonly<Record<string, { readonly name: string; readonly description: string }>>;
}

/**
 * `record[key]` when `record` has it as an own property. Keys come from payloads, so a
 * plain lookup of `constructor` or `__proto__` would find Object.prototype's members.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
