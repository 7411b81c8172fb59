// Two implementations of the same documents must agree: the precompiled validators, and a
// plain AJV compiling the emitted JSON at run time.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { schemaId } from '@job-contracts/schemas';
import { ajvOptions, ajvPlugin } from '@job-contracts/schemas/runtime';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValid } from '../src/index.js';
import { mutate, mutationsOf } from './support/mutate.js';
import { examplePayload } from './support/payloads.js';

function runtimeAjv(): Ajv2020 {
  const ajv = ajvPlugin(new Ajv2020({ ...ajvOptions, allErrors: false, logger: false }));
  const dir = dirname(createRequire(import.meta.url).resolve('@job-contracts/schemas/json/job.request.json'));
  for (const file of readdirSync(dir)) ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  return ajv;
}

const ajv = runtimeAjv();

describe('precompiled and runtime-compiled validators', () => {
  for (const [direction, file] of [
    ['request', 'job.full.json'],
    ['response', 'job.full.json'],
    ['request', 'job.doc-sample.json'],
  ] as const) {
    it(`agree on every mutation of ${file} as a job ${direction}`, () => {
      const base = examplePayload(file);
      const reference = ajv.getSchema(schemaId('job', direction));
      if (reference === undefined) throw new Error('no job document');

      fc.assert(
        fc.property(mutationsOf(base), (mutations) => {
          const payload = mutate(base, mutations);
          expect(isValid('job', direction, payload)).toBe(reference(payload));
        }),
        { numRuns: 400 },
      );
    });
  }
});
