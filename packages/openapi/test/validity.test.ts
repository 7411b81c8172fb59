// Both fragments, as committed and in both serializations, are valid OpenAPI documents by the
// official JSON Schemas of the specification.
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openapi30, openapi31 } from '../src/index.js';
import { FRAGMENT_FILES, readFragment } from './support/files.js';

describe('@seriousme/openapi-schema-validator', () => {
  for (const file of FRAGMENT_FILES) {
    it(`finds no error in ${file}`, async () => {
      const document = readFragment(file);
      const result = await new Validator().validate(document);

      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
    });
  }

  it('finds no error in the exported objects', async () => {
    for (const document of [openapi31, openapi30]) {
      const result = await new Validator().validate(structuredClone(document) as never);

      expect(result.errors ?? []).toEqual([]);
    }
  });

  it('reads the version each fragment declares', async () => {
    const validator = new Validator();
    await validator.validate(readFragment('openapi.3.1.json'));
    expect(validator.version).toBe('3.1');
    await validator.validate(readFragment('openapi.3.0.json'));
    expect(validator.version).toBe('3.0');
  });
});

describe('the validator', () => {
  it('is live: it rejects a 3.0 document that still has a 3.1 type array', async () => {
    const document = readFragment('openapi.3.0.json') as {
      components: { schemas: { Job: { properties: Record<string, unknown> } } };
    };
    document.components.schemas.Job.properties.due_date = { type: ['string', 'null'] };
    const result = await new Validator().validate(document);

    expect(result.valid).toBe(false);
  });
});
