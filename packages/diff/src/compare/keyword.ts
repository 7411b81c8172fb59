import type { JsonObject } from '../json.js';
import type { Context } from './context.js';

/** Compares two schemas, reporting into the context's findings. */
export type CompareSchemas = (oldSchema: unknown, newSchema: unknown, context: Context) => void;

/**
 * Compares one family of keywords of two object schemas (`maxLength`, or `properties`,
 * `required` and `additionalProperties` together). `recurse` compares subschemas; it is passed
 * in rather than imported so that keyword modules do not depend on the dispatcher.
 */
export interface KeywordComparer {
  /** The keywords it owns: it runs when either schema has one of them. */
  readonly keywords: readonly string[];
  compare(oldSchema: JsonObject, newSchema: JsonObject, context: Context, recurse: CompareSchemas): void;
}
