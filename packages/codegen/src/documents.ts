import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DIRECTIONS, type Direction, ENTITY_NAMES, type EntityName } from '@job-contracts/schemas';

/** An emitted schema document, as plain JSON. */
export type JsonSchema = Record<string, unknown>;

const require = createRequire(import.meta.url);

/** The folder holding the emitted documents of the installed @job-contracts/schemas. */
export function documentsDir(): string {
  return dirname(require.resolve('@job-contracts/schemas/json/job.request.json'));
}

/** Every emitted document, by file name, read from disk: generators read the JSON, never TypeBox. */
export function loadDocuments(dir: string = documentsDir()): Map<string, JsonSchema> {
  const documents = new Map<string, JsonSchema>();
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.json')) {
      documents.set(name, JSON.parse(readFileSync(join(dir, name), 'utf8')) as JsonSchema);
    }
  }
  return documents;
}

/** Every (entity, direction) pair, in a stable order. */
export function pairs(): Array<{ entity: EntityName; direction: Direction }> {
  return ENTITY_NAMES.flatMap((entity) => DIRECTIONS.map((direction) => ({ entity, direction })));
}
