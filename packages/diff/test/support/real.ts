import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The folder of the emitted documents of @job-contracts/schemas. */
export const jsonDir = dirname(
  createRequire(import.meta.url).resolve('@job-contracts/schemas/json/job.request.json'),
);

/** A fresh copy of every emitted document, by file name: safe to edit. */
export function realDocuments(): Record<string, Record<string, unknown>> {
  const documents: Record<string, Record<string, unknown>> = {};
  for (const name of readdirSync(jsonDir).filter((file) => file.endsWith('.json'))) {
    documents[name] = JSON.parse(readFileSync(join(jsonDir, name), 'utf8'));
  }
  return documents;
}

/** The schema of one property of a document, for editing in place. */
export function property(
  documents: Record<string, Record<string, unknown>>,
  name: string,
  key: string,
): Record<string, unknown> {
  const properties = documents[name]?.properties as Record<string, Record<string, unknown>> | undefined;
  const schema = properties?.[key];
  if (schema === undefined) {
    throw new Error(`${name} has no property ${key}`);
  }
  return schema;
}

/** The `properties` object of a document, for adding or deleting properties. */
export function propertiesOf(
  documents: Record<string, Record<string, unknown>>,
  name: string,
): Record<string, unknown> {
  const properties = documents[name]?.properties as Record<string, unknown> | undefined;
  if (properties === undefined) {
    throw new Error(`${name} has no properties`);
  }
  return properties;
}
