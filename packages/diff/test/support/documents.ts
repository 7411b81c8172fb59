import { type Change, type Direction, diffDocuments } from '../../src/index.js';

/** A JSON Schema document, loosely typed for building test pairs. */
export type Schema = Record<string, unknown>;

const BASE = 'https://example.test/schemas/';

/** A minimal draft 2020-12 object document named `<entity>.<direction>.json`. */
export function document(schema: Schema, entity = 'thing', direction: Direction = 'request'): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${BASE}${entity}.${direction}.json`,
    type: 'object',
    ...schema,
  };
}

/** The changes between two versions of one document of `direction`. */
export function diffOne(before: Schema, after: Schema, direction: Direction = 'request'): Change[] {
  const name = `thing.${direction}.json`;
  return diffDocuments(
    { [name]: document(before, 'thing', direction) },
    { [name]: document(after, 'thing', direction) },
  );
}

/** The rule ids of a list of changes, in order. */
export function rulesOf(changes: readonly Change[]): string[] {
  return changes.map((change) => change.rule);
}
