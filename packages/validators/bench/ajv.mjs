// AJV 8 compiling the schema documents at run time, as a service without this package would:
// the documents' formats and vocabulary, and the two keywords with semantics as plain
// `validate` functions. Shared by the in-process benchmark and the cold-start process.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  ajvOptions,
  formats,
  nestingDepth,
  parentDepth,
  SCHEMA_BASE_URI,
  VOCABULARY,
} from '@job-contracts/schemas/runtime';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const JOB_REQUEST_ID = `${SCHEMA_BASE_URI}job.request.json`;

/** Every emitted document, parsed, from the installed @job-contracts/schemas. */
export function loadDocuments() {
  const dir = dirname(createRequire(import.meta.url).resolve('@job-contracts/schemas/json/job.request.json'));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
}

/** An AJV instance holding every document; `getSchema(JOB_REQUEST_ID)` compiles the job request. */
export function createAjv(documents) {
  const ajv = new Ajv2020({ ...ajvOptions, allErrors: false, strictTypes: false, logger: false });
  for (const format of Object.values(formats)) {
    ajv.addFormat(format.name, { type: 'string', validate: format.validate });
  }
  const withSemantics = new Set(['x-max-depth', 'x-max-nesting']);
  ajv.addVocabulary(VOCABULARY.filter((keyword) => !withSemantics.has(keyword)));
  ajv.addKeyword({
    keyword: 'x-max-depth',
    type: 'object',
    schemaType: 'object',
    before: 'properties',
    errors: false,
    validate: (schema, data) => parentDepth(data, schema.property, schema.limit) <= schema.limit,
  });
  ajv.addKeyword({
    keyword: 'x-max-nesting',
    schemaType: 'number',
    errors: false,
    validate: (limit, data) => nestingDepth(data, limit) <= limit,
  });
  for (const document of documents) {
    ajv.addSchema(document);
  }
  return ajv;
}
