// The component schemas of the 3.1 fragment say what the canonical documents say: a plain
// AJV gives the same verdict on every payload, whichever of the two it compiled.
import { DIRECTIONS, type Direction, type EntityName } from '@job-contracts/schemas';
import { describe, expect, it } from 'vitest';
import { canonicalValidators, fragmentValidators } from './support/ajv.js';
import { CASES } from './support/cases.js';
import { readFragment } from './support/files.js';
import { componentName } from './support/names.js';
import { examplePayload, examplePayloadNames } from './support/payloads.js';

const fragment = readFragment('openapi.3.1.json') as { components: { schemas: Record<string, unknown> } };
const canonical = canonicalValidators();
const component = fragmentValidators(fragment.components.schemas);

function verdicts(entity: EntityName, direction: Direction, payload: unknown): [boolean, boolean] {
  const fromCanonical = canonical(entity, direction)(structuredClone(payload));
  const fromFragment = component(componentName(entity, direction))(structuredClone(payload));
  return [fromCanonical, fromFragment];
}

describe('component schemas of the 3.1 fragment and the canonical documents', () => {
  for (const name of examplePayloadNames()) {
    for (const direction of DIRECTIONS) {
      it(`agree on examples/payloads/${name} as a job ${direction}`, () => {
        const [fromCanonical, fromFragment] = verdicts('job', direction, examplePayload(name));

        expect(fromFragment).toBe(fromCanonical);
      });
    }
  }

  // Agreement alone would pass if both accepted everything: pin the verdicts we know.
  for (const [name, valid] of [
    ['job.full.json', true],
    ['job.minimal.json', true],
    ['job.broken.json', false],
  ] as const) {
    it(`${valid ? 'accept' : 'reject'} examples/payloads/${name} as a job request`, () => {
      expect(verdicts('job', 'request', examplePayload(name))).toEqual([valid, valid]);
    });
  }

  for (const { title, entity, direction, payload, valid } of CASES) {
    it(`${valid ? 'accept' : 'reject'} ${entity} ${direction}: ${title}`, () => {
      expect(verdicts(entity, direction, payload)).toEqual([valid, valid]);
    });
  }
});
