import type { EntityName } from './constants.js';

/** What a schema document says about its properties, read from the emitted JSON. Generators
 * compute it; validators read it to word issues, mask sensitive fields and read unset values. */
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
