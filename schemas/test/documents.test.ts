import { describe, expect, it } from 'vitest';
import {
  allDocuments,
  DIRECTIONS,
  ENTITY_NAMES,
  JSON_SCHEMA_DIALECT,
  MAX_NESTING,
  SCHEMA_BASE_URI,
  schemaDocument,
  serializeDocument,
} from '../src/index.js';
import { committedDocuments } from './support/ajv.js';

/** Every value of `key` anywhere inside `value`. */
function collect(value: unknown, key: string, found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, key, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [name, item] of Object.entries(value)) {
      if (name === key) found.push(item);
      collect(item, key, found);
    }
  }
  return found;
}

describe('emitted documents', () => {
  it('hold a request and a response document for each of the 13 entities', () => {
    const expected = ENTITY_NAMES.flatMap((entity) =>
      DIRECTIONS.map((direction) => `${entity}.${direction}.json`),
    );

    expect(ENTITY_NAMES).toHaveLength(13);
    expect([...committedDocuments.keys()].sort()).toEqual(expected.sort());
  });

  it('are byte-for-byte what the sources produce, twice over', () => {
    const first = allDocuments().map(({ fileName, document }) => [fileName, serializeDocument(document)]);
    const second = allDocuments().map(({ fileName, document }) => [fileName, serializeDocument(document)]);

    expect(second).toEqual(first);
    for (const [fileName, text] of first) {
      expect(`${JSON.stringify(committedDocuments.get(fileName as string), null, 2)}\n`).toBe(text);
    }
  });

  it.each(ENTITY_NAMES)('%s: have stable ids named after the file, in the 2020-12 dialect', (entity) => {
    for (const direction of DIRECTIONS) {
      const document = schemaDocument(entity, direction);

      expect(document.$schema).toBe(JSON_SCHEMA_DIALECT);
      expect(document.$id).toBe(`${SCHEMA_BASE_URI}${entity}.${direction}.json`);
    }
  });

  it('only refer to documents of the same direction that exist, by relative file name', () => {
    for (const [fileName, document] of committedDocuments) {
      const direction = fileName.split('.')[1];
      for (const ref of collect(document, '$ref')) {
        expect(ref).toMatch(new RegExp(`^[a-z_]+\\.${direction}\\.json$`));
        expect(committedDocuments.has(ref as string)).toBe(true);
      }
    }
  });

  it('describe every property in plain words', () => {
    for (const [fileName, document] of committedDocuments) {
      const properties = document.properties as Record<string, { description?: string }>;
      for (const [name, property] of Object.entries(properties)) {
        expect(property.description, `${fileName} ${name}`).toMatch(/^[A-Z"`].{10,}\.(\))?$/);
        expect(property.description, `${fileName} ${name}`).not.toMatch(/sample string|sugessted|Engloish/i);
      }
    }
  });

  it('close requests to unknown properties and leave responses open, to a bounded depth', () => {
    for (const [fileName, document] of committedDocuments) {
      expect(document.additionalProperties).toEqual(
        fileName.includes('.request.') ? false : { 'x-max-nesting': MAX_NESTING },
      );
    }
  });
});
