// ajvPlugin on a fresh, strict AJV: what a team compiling our documents with its own AJV
// (or through Fastify's `ajv.plugins`) gets.
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ajvOptions, ajvPlugin, MAX_NESTING, MAX_PARENT_DEPTH, schemaId } from '../src/index.js';
import { committedDocuments } from './support/ajv.js';

function strictAjv(): Ajv2020 {
  const ajv = ajvPlugin(new Ajv2020({ ...ajvOptions, strict: true, strictTypes: false, logger: false }));
  for (const document of committedDocuments.values()) ajv.addSchema(document);
  return ajv;
}

/** A job request with `parents` nested `_parent_job`s. */
function chain(parents: number): Record<string, unknown> {
  const job = (parent?: Record<string, unknown>): Record<string, unknown> => ({
    name: 'Replace pump',
    project_id: '6f1c2b1e-1d2a-4c3b-9a8f-0123456789ab',
    job_type_code: 'REPAIR',
    job_status_code: 'Open',
    ...(parent === undefined ? {} : { _parent_job: parent }),
  });
  let value = job();
  for (let i = 0; i < parents; i++) value = job(value);
  return value;
}

describe('ajvPlugin', () => {
  it('returns the instance it was given, as a plugin list expects', () => {
    const ajv = new Ajv2020({ ...ajvOptions, logger: false });
    expect(ajvPlugin(ajv)).toBe(ajv);
  });

  it('lets a strict AJV compile every document', () => {
    const ajv = strictAjv();
    for (const document of committedDocuments.values()) {
      expect(ajv.getSchema(String(document.$id))).toBeTypeOf('function');
    }
  });

  it('checks the formats as the backend reads them', () => {
    const validate = strictAjv().getSchema(schemaId('job', 'request'));
    expect(validate?.(chain(0))).toBe(true);
    expect(validate?.({ ...chain(0), due_date: '2025-12-29T02:53:27' })).toBe(false);
    expect(validate?.({ ...chain(0), due_date: '2025-12-29T02:53:27.9206821+00:00' })).toBe(true);
    expect(validate?.({ ...chain(0), project_id: 'urn:uuid:6f1c2b1e-1d2a-4c3b-9a8f-0123456789ab' })).toBe(
      false,
    );
  });

  it(`accepts parent chains up to ${MAX_PARENT_DEPTH} and rejects longer ones`, () => {
    const validate = strictAjv().getSchema(schemaId('job', 'request'));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_PARENT_DEPTH + 3 }), (parents) => {
        expect(validate?.(chain(parents))).toBe(parents <= MAX_PARENT_DEPTH);
      }),
    );
  });

  it('rejects a chain of 100 000 parents without overflowing the stack', () => {
    const validate = strictAjv().getSchema(schemaId('job', 'request'));
    expect(validate?.(chain(100_000))).toBe(false);
  });

  it(`limits undescribed values to ${MAX_NESTING} levels in responses`, () => {
    const validate = strictAjv().getSchema(schemaId('job', 'response'));
    const nested = (levels: number): unknown => (levels === 0 ? 1 : { level: nested(levels - 1) });
    const response = { ...chain(0), id: '6f1c2b1e-1d2a-4c3b-9a8f-0123456789ab' };
    expect(validate?.({ ...response, newer_field: nested(MAX_NESTING) })).toBe(true);
    expect(validate?.({ ...response, newer_field: nested(MAX_NESTING + 1) })).toBe(false);
  });
});
