// A plain AJV 2020 instance over the emitted JSON documents: what the tests prove is the
// JSON on disk, not the TypeBox objects it was made from.
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { ajvOptions, ajvPlugin, type Direction, type EntityName, schemaId } from '../../src/index.js';

const jsonDir = new URL('../../json/', import.meta.url);

/** The committed documents, parsed, by file name. */
export const committedDocuments: ReadonlyMap<string, Record<string, unknown>> = new Map(
  readdirSync(jsonDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name, JSON.parse(readFileSync(new URL(name, jsonDir), 'utf8'))]),
);

// AJV 8 flags `unicode: false` as deprecated but still honours it (limitLength reads it);
// it is how lengths are counted in UTF-16 code units, so only that one notice is dropped.
const logger = {
  log: console.log,
  warn: (...args: unknown[]) => {
    if (!String(args[0]).startsWith('DEPRECATED: option unicode')) console.warn(...args);
  },
  error: console.error,
};

function createAjv(): Ajv2020 {
  const ajv = ajvPlugin(
    new Ajv2020({ ...ajvOptions, allErrors: true, strict: true, strictTypes: false, logger }),
  );
  for (const document of committedDocuments.values()) {
    ajv.addSchema(document);
  }
  return ajv;
}

const ajv = createAjv();

/** A failed check, reduced to what tests compare. */
export interface Failure {
  readonly path: string;
  readonly keyword: string;
}

/** The errors AJV reports for `data`, or an empty list when it is valid. */
export function check(entity: EntityName, direction: Direction, data: unknown): ErrorObject[] {
  const validate = ajv.getSchema(schemaId(entity, direction));
  if (validate === undefined) {
    throw new Error(`no document for ${entity}.${direction}`);
  }
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** True when `data` is valid. */
export function accepts(entity: EntityName, direction: Direction, data: unknown): boolean {
  return check(entity, direction, data).length === 0;
}

/**
 * The errors that say what is wrong, without the echoes a failed `anyOf` leaves behind
 * (`must match a schema in anyOf`, and `must be null` from the `T | null` branches).
 */
export function leafFailures(entity: EntityName, direction: Direction, data: unknown): Failure[] {
  return check(entity, direction, data)
    .filter(
      (error) => error.keyword !== 'anyOf' && !(error.keyword === 'type' && error.params.type === 'null'),
    )
    .map((error) => ({ path: error.instancePath, keyword: error.keyword }));
}

/** The distinct (path, keyword) pairs of the errors, sorted. */
export function failures(entity: EntityName, direction: Direction, data: unknown): Failure[] {
  const seen = new Map<string, Failure>();
  for (const error of check(entity, direction, data)) {
    seen.set(`${error.instancePath} ${error.keyword}`, { path: error.instancePath, keyword: error.keyword });
  }
  return [...seen.values()].sort((a, b) => `${a.path} ${a.keyword}`.localeCompare(`${b.path} ${b.keyword}`));
}
