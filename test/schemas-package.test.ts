// What a consumer of @job-contracts/schemas sees: the built entry point and the JSON
// documents, resolved through the package's exports map rather than by path.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DIRECTIONS, ENTITY_NAMES, schemaDocument, serializeDocument } from '@job-contracts/schemas';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('@job-contracts/schemas as installed', () => {
  it('exposes every document under json/ through its exports map, identical to the built schemas', () => {
    for (const entity of ENTITY_NAMES) {
      for (const direction of DIRECTIONS) {
        const path = require.resolve(`@job-contracts/schemas/json/${entity}.${direction}.json`);

        expect(readFileSync(path, 'utf8')).toBe(serializeDocument(schemaDocument(entity, direction)));
      }
    }
  });

  it('loads documents with an import attribute, as an ESM consumer would', async () => {
    const { default: document } = await import('@job-contracts/schemas/json/job.request.json', {
      with: { type: 'json' },
    });

    expect(document.$id).toBe('https://job-contracts.dev/schemas/job.request.json');
  });

  it('keeps its sources and build scripts private', () => {
    expect(() => require.resolve('@job-contracts/schemas/src/index.ts')).toThrow();
    expect(() => require.resolve('@job-contracts/schemas/dist/esm/entity.js')).toThrow();
  });
});

describe('@job-contracts/schemas from CommonJS', () => {
  it('requires the entry point and the TypeBox-free runtime subpath', () => {
    const schemas = require('@job-contracts/schemas');
    const runtime = require('@job-contracts/schemas/runtime');

    expect(schemas.schemaDocument('job', 'request').$id).toBe(
      'https://job-contracts.dev/schemas/job.request.json',
    );
    expect(runtime.formats['date-time'].validate('2025-12-29T02:53:27+00:00')).toBe(true);
    expect(runtime).not.toHaveProperty('entities');
  });
});
