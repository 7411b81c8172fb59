import { DIRECTIONS, type Direction, ENTITY_NAMES, type EntityName } from './constants.js';
import { documentFileName } from './entity.js';
import { entities } from './registry.js';

/** JSON Schema dialect of every emitted document. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** An emitted JSON Schema document: plain JSON, no TypeBox metadata. */
export type SchemaDocument = Readonly<Record<string, unknown>>;

// Top-level keys come out in this order, so the files read top-down; others follow as built.
const KEY_ORDER = [
  '$schema',
  '$id',
  'title',
  'description',
  '$comment',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'allOf',
  'x-max-depth',
];

/**
 * The JSON Schema document of one entity in one direction, as emitted to `schemas/json`.
 *
 * @example
 * const doc = schemaDocument('job', 'request');
 * doc.$id; // 'https://job-contracts.dev/schemas/job.request.json'
 */
export function schemaDocument(entity: EntityName, direction: Direction): SchemaDocument {
  const built = JSON.parse(JSON.stringify(entities[entity][direction])) as Record<string, unknown>;
  const document: Record<string, unknown> = {
    $schema: JSON_SCHEMA_DIALECT,
    ...built,
    $comment: `Generated from schemas/src/entities/${entity}.ts by \`pnpm --filter @job-contracts/schemas build\`. Do not edit. String lengths count UTF-16 code units.`,
  };
  const ordered: Record<string, unknown> = {};
  for (const key of [...KEY_ORDER, ...Object.keys(document)]) {
    if (key in document && !(key in ordered)) {
      ordered[key] = document[key];
    }
  }
  return ordered;
}

/** Every document, with the file name it is emitted under. */
export function allDocuments(): Array<{ fileName: string; document: SchemaDocument }> {
  return ENTITY_NAMES.flatMap((entity) =>
    DIRECTIONS.map((direction) => ({
      fileName: documentFileName(entity, direction),
      document: schemaDocument(entity, direction),
    })),
  );
}

/** The exact bytes a document is emitted as: two-space JSON and a final newline. */
export function serializeDocument(document: SchemaDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
