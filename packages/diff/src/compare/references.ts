import type { SchemaDocumentEntry, SchemaSet } from '../documents.js';
import { isJsonObject } from '../json.js';
import { childPointer, resolvePointer } from '../pointer.js';

// Where subschemas sit, by keyword: maps of schemas, single schemas, lists of schemas. Walking
// only these never mistakes a property named "$ref", or a `$ref` inside an `enum`, for one.
const SCHEMA_MAPS = ['properties', '$defs', 'patternProperties', 'dependentSchemas'];
const SCHEMA_VALUES = [
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
];
const SCHEMA_LISTS = ['anyOf', 'allOf', 'oneOf', 'prefixItems'];

/** The pointer of every `$ref` of a document, at the schema positions of draft 2020-12. */
export function referencesOf(document: unknown): Array<{ readonly pointer: string; readonly ref: unknown }> {
  const found: Array<{ pointer: string; ref: unknown }> = [];
  const visit = (schema: unknown, pointer: string): void => {
    if (!isJsonObject(schema)) {
      return;
    }
    if (Object.hasOwn(schema, '$ref')) {
      found.push({ pointer: childPointer(pointer, '$ref'), ref: schema.$ref });
    }
    for (const keyword of SCHEMA_MAPS) {
      const map = schema[keyword];
      if (isJsonObject(map)) {
        for (const [name, child] of Object.entries(map)) visit(child, childPointer(pointer, keyword, name));
      }
    }
    for (const keyword of SCHEMA_VALUES) {
      visit(schema[keyword], childPointer(pointer, keyword));
    }
    for (const keyword of SCHEMA_LISTS) {
      const list = schema[keyword];
      if (Array.isArray(list)) {
        for (const [index, child] of list.entries()) visit(child, childPointer(pointer, keyword, index));
      }
    }
  };
  visit(document, '');
  return found;
}

/**
 * The `$ref`s of `after` that resolve to nothing in `newSet` although the same place of
 * `before` resolved (or did not exist). The walk skips text that did not change, so a
 * reference whose target document disappeared would go unnoticed without this sweep.
 */
export function newlyDanglingReferences(
  before: SchemaDocumentEntry | undefined,
  oldSet: SchemaSet,
  after: SchemaDocumentEntry,
  newSet: SchemaSet,
): string[] {
  const resolves = (ref: unknown, entry: SchemaDocumentEntry, set: SchemaSet): boolean =>
    typeof ref === 'string' && set.resolve(ref, entry) !== undefined;
  return referencesOf(after.document)
    .filter(({ ref }) => !resolves(ref, after, newSet))
    .filter(({ pointer }) => {
      const previous = before === undefined ? undefined : resolvePointer(before.document, pointer);
      return before === undefined || previous === undefined || resolves(previous, before, oldSet);
    })
    .map(({ pointer }) => pointer);
}
