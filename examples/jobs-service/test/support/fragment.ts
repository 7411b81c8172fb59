// The OpenAPI fragment the service implements, and a plain AJV (draft 2020-12) validator for
// its error body, compiled from the fragment itself rather than from anything the service uses.
import fragment from '@job-contracts/openapi/openapi.3.1.json' with { type: 'json' };
import { Ajv2020 } from 'ajv/dist/2020.js';

const FRAGMENT_ID = 'urn:job-contracts:openapi-fragment';

const ajv = new Ajv2020({ allErrors: true, strict: true });
// The fragment is an OpenAPI document, not a schema: only `components` is read, by pointer.
ajv.addVocabulary(['components']);
ajv.addSchema({ $id: FRAGMENT_ID, components: { schemas: pick(fragment.components.schemas) } });

function pick(schemas: typeof fragment.components.schemas) {
  return { Issue: schemas.Issue, ContractViolation: schemas.ContractViolation };
}

const contractViolation = ajv.getSchema(`${FRAGMENT_ID}#/components/schemas/ContractViolation`);
if (contractViolation === undefined) {
  throw new Error('the fragment has no ContractViolation schema');
}

/** The errors of `body` against the fragment's `ContractViolation` schema; `[]` when it conforms. */
export function contractViolationErrors(body: unknown): unknown[] {
  return contractViolation?.(body) ? [] : [...(contractViolation?.errors ?? [])];
}

type Method = 'get' | 'post' | 'put';

/** The response statuses the fragment declares for an operation, such as `['201', '400']`. */
export function declaredStatuses(path: '/api/Jobs' | '/api/Jobs({id})', method: Method): string[] {
  const operation = (fragment.paths[path] as Partial<Record<Method, { responses: object }>>)[method];
  return operation === undefined ? [] : Object.keys(operation.responses);
}
