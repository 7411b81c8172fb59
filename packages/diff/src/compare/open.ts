import { isJsonObject } from '../json.js';
import { annotationKeywords } from './annotations.js';

// Keywords that leave a schema accepting every value: the annotations, and `x-max-nesting`,
// on purpose (see `isOpenSchema`).
const HARMLESS: ReadonlySet<string> = new Set([...annotationKeywords.keywords, 'x-max-nesting']);

/**
 * True for a schema that accepts any value: `true`, `{}`, or one with annotations only. A
 * response's `additionalProperties: { "x-max-nesting": 32 }` counts as open: the bound guards
 * validators against hostile depth and is not weighed against a property that takes its place
 * (see the package README, "Known limits").
 */
export function isOpenSchema(schema: unknown): boolean {
  if (schema === true) {
    return true;
  }
  return isJsonObject(schema) && Object.keys(schema).every((keyword) => HARMLESS.has(keyword));
}
