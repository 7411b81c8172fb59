import type { JsonSchema } from './documents.js';

// Keywords that only describe: dropping them changes no verdict, and keeps them out of the
// schema constants AJV embeds in generated code.
const ANNOTATIONS = new Set([
  'title',
  'description',
  '$comment',
  'readOnly',
  'writeOnly',
  'examples',
  'x-sensitive',
]);
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_VALUES = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains'];

/**
 * A copy of a schema without its annotation keywords, at every schema position. Property
 * *names* such as `description` are kept: only keywords are dropped.
 */
export function withoutAnnotations(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    return schema;
  }
  const copy: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) {
      continue;
    }
    if (SCHEMA_MAPS.includes(key) && typeof value === 'object' && value !== null) {
      copy[key] = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [name, withoutAnnotations(child)]),
      );
    } else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      copy[key] = value.map(withoutAnnotations);
    } else if (SCHEMA_VALUES.includes(key)) {
      copy[key] = withoutAnnotations(value);
    } else {
      copy[key] = value;
    }
  }
  return copy;
}
