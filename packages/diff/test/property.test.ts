// The law the gate rests on: when a payload's verdict differs between the old and the new
// schema, the diff reported a change where the payload differs, with an effect that explains
// the flip and the severity the direction calls for. Plain AJV 2020 is the referee.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Change, type Direction, diffDocuments } from '../src/index.js';
import { resolvePointer } from '../src/pointer.js';
import { accepts } from './support/ajv.js';
import { document, type Schema } from './support/documents.js';
import { type ObjectSpec, objectSpec, payloads, schemaOf, specPair } from './support/small-schemas.js';

/** Schema pairs per property; `DIFF_RUNS=5000` for a longer run. */
const RUNS = Number(process.env.DIFF_RUNS ?? 300);
const TIMEOUT = Math.max(30_000, RUNS * 40);

/** A place in the schemas where a payload's verdict flipped, and which way. */
interface Culprit {
  /** The pointer under which a change must have been reported. */
  readonly prefix: string;
  /** `less`: the new schema rejects what the old accepted there; `more`: the reverse. */
  readonly flip: 'less' | 'more';
}

function subschema(schema: Schema, name: string): unknown {
  const properties = schema.properties as Record<string, unknown>;
  return Object.hasOwn(properties, name) ? properties[name] : (schema.additionalProperties ?? true);
}

/** Where, property by property, the two schemas judge the payload differently. */
function culprits(before: Schema, after: Schema, payload: Record<string, unknown>): Culprit[] {
  const found: Culprit[] = [];
  const known = (schema: Schema, name: string): boolean =>
    Object.hasOwn(schema.properties as Record<string, unknown>, name);
  const required = (schema: Schema, name: string): boolean =>
    ((schema.required as string[] | undefined) ?? []).includes(name);
  const names = new Set([
    ...Object.keys(payload),
    ...Object.keys(before.properties as object),
    ...Object.keys(after.properties as object),
  ]);
  for (const name of names) {
    if (!Object.hasOwn(payload, name)) {
      if (required(before, name) !== required(after, name)) {
        found.push({ prefix: '/required', flip: required(after, name) ? 'less' : 'more' });
      }
      continue;
    }
    const wasAccepted = accepts(subschema(before, name), payload[name]);
    const isAccepted = accepts(subschema(after, name), payload[name]);
    if (wasAccepted !== isAccepted) {
      const prefix =
        known(before, name) || known(after, name) ? `/properties/${name}` : '/additionalProperties';
      found.push({ prefix, flip: isAccepted ? 'more' : 'less' });
    }
  }
  return found;
}

function under(path: string | null, prefix: string): boolean {
  return path !== null && (path === prefix || path.startsWith(`${prefix}/`));
}

function breaksFor(direction: Direction, flip: 'less' | 'more'): boolean {
  return direction === 'request' ? flip === 'less' : flip === 'more';
}

function diffSpecs(
  before: ObjectSpec,
  after: ObjectSpec,
  direction: Direction,
): { changes: Change[]; old: Schema; new: Schema } {
  const name = `thing.${direction}.json`;
  const old = document(schemaOf(before), 'thing', direction);
  const next = document(schemaOf(after), 'thing', direction);
  return { changes: diffDocuments({ [name]: old }, { [name]: next }), old, new: next };
}

describe.each(['request', 'response'] as const)('random %s schemas and an edited copy', (direction) => {
  it(
    'report a change, of the right effect and severity, wherever a payload is judged differently',
    () => {
      fc.assert(
        fc.property(
          specPair.chain((pair) =>
            fc.tuple(
              fc.constant(pair),
              fc.array(payloads(pair[0], pair[1]), { minLength: 30, maxLength: 30 }),
            ),
          ),
          ([[before, after], samples]) => {
            const { changes, old, new: next } = diffSpecs(before, after, direction);
            for (const payload of samples) {
              if (accepts(old, payload) === accepts(next, payload)) {
                continue;
              }
              const flips = culprits(old, next, payload);
              expect(flips, `no culprit for ${JSON.stringify(payload)}`).not.toEqual([]);
              for (const { prefix, flip } of flips) {
                const covering = changes.filter(
                  (change) =>
                    (under(change.oldPath, prefix) || under(change.newPath, prefix)) &&
                    (change.accepts === flip || change.accepts === 'different'),
                );
                expect(covering, `${flip} at ${prefix} for ${JSON.stringify(payload)}`).not.toEqual([]);
                if (breaksFor(direction, flip)) {
                  expect(covering.some((change) => change.severity === 'breaking')).toBe(true);
                }
              }
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it('point into each document at something that exists', () => {
    fc.assert(
      fc.property(specPair, ([before, after]) => {
        const { changes, old, new: next } = diffSpecs(before, after, direction);
        for (const change of changes) {
          expect(resolvePointer(old, change.oldPath ?? '')).toBeDefined();
          expect(resolvePointer(next, change.newPath ?? '')).toBeDefined();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('report the opposite effects when old and new swap', () => {
    const count = (changes: Change[], effect: string) =>
      changes.filter((change) => change.accepts === effect).length;
    fc.assert(
      fc.property(specPair, ([before, after]) => {
        const forward = diffSpecs(before, after, direction).changes;
        const backward = diffSpecs(after, before, direction).changes;
        expect(count(backward, 'more')).toBe(count(forward, 'less'));
        expect(count(backward, 'less')).toBe(count(forward, 'more'));
        expect(count(backward, 'different')).toBe(count(forward, 'different'));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('identical documents', () => {
  it('have no changes', () => {
    fc.assert(
      fc.property(
        objectSpec,
        fc.constantFrom('request', 'response') as fc.Arbitrary<Direction>,
        (spec, direction) => {
          expect(diffSpecs(spec, structuredClone(spec), direction).changes).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('have no changes whatever the order of their keys and entries', () => {
    fc.assert(
      fc.property(objectSpec, (spec) => {
        const schema = schemaOf(spec);
        const reversed = Object.fromEntries(Object.entries(schema).reverse());
        reversed.properties = Object.fromEntries(Object.entries(schema.properties as object).reverse());
        const name = 'thing.request.json';
        expect(diffDocuments({ [name]: document(schema) }, { [name]: document(reversed) })).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
