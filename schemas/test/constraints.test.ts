// Every constraint of every field, at its boundary and just past it, against the emitted
// JSON documents. The constraints are read from the entity definitions; reference-facts.test.ts
// checks those definitions against the documented facts.
import { describe, expect, it } from 'vitest';
import {
  type AnyField,
  DIRECTIONS,
  ENTITY_NAMES,
  entities,
  INT32_MAX,
  INT32_MIN,
  NIL_GUID,
} from '../src/index.js';
import { accepts, check, failures } from './support/ajv.js';
import { guidOf, minimal, withChanges } from './support/payloads.js';

const SCALAR_KINDS = new Set(['guid', 'text', 'email', 'code', 'date-time', 'int32', 'decimal', 'boolean']);

/** A valid value of `field` other than null. */
function sampleValue(field: AnyField): unknown {
  switch (field.kind) {
    case 'guid':
      return guidOf(99);
    case 'email':
      return 'someone@example.com';
    case 'code':
      return field.values?.[0];
    case 'date-time':
      return '2026-01-01T08:00:00+01:00';
    case 'int32':
      return 7;
    case 'decimal':
      return 0;
    case 'boolean':
      return true;
    default:
      return 'Some text';
  }
}

/** A string of exactly `units` UTF-16 code units that is a valid value of the field's kind. */
function stringOfUnits(field: AnyField, units: number, filler = 'a'): string {
  const suffix = field.kind === 'email' ? '@example.com' : '';
  return filler.repeat(units - suffix.length) + suffix;
}

for (const entity of ENTITY_NAMES) {
  const scalarFields = Object.entries(entities[entity].fields).filter(([, field]) =>
    SCALAR_KINDS.has(field.kind),
  );

  for (const direction of DIRECTIONS) {
    describe(`${entity} ${direction}`, () => {
      const payload = (changes: Record<string, unknown>) => withChanges(entity, changes);
      const expectFailure = (changes: Record<string, unknown>, path: string, keyword: string) =>
        expect(failures(entity, direction, payload(changes))).toContainEqual({ path, keyword });

      it('accepts the minimal payload', () => {
        expect(failures(entity, direction, payload({}))).toEqual([]);
      });

      for (const [name, field] of scalarFields) {
        const path = `/${name}`;
        // In a request, the minimal payload satisfies each group with one member; emptying
        // that member must break the group, and nothing else.
        const carriesGroup =
          direction === 'request' &&
          name in minimal[entity] &&
          entities[entity].groups.some((group) => group.members.includes(name));
        const expectUnset = (value: unknown) => {
          const errors = check(entity, direction, payload({ [name]: value }));
          if (carriesGroup) {
            expect(errors.map((error) => error.keyword)).toContain('anyOf');
            expect(errors.every((error) => error.schemaPath.startsWith('#/allOf/'))).toBe(true);
          } else {
            expect(errors).toEqual([]);
          }
        };

        it(`accepts a valid ${name}`, () => {
          expect(failures(entity, direction, payload({ [name]: sampleValue(field) }))).toEqual([]);
        });

        if (field.required) {
          it(`rejects a payload without ${name}`, () => {
            expectFailure({ [name]: undefined }, '', 'required');
          });
          it(`rejects a null ${name}`, () => {
            expectFailure({ [name]: null }, path, 'type');
          });
        } else {
          it(`accepts a null ${name}${carriesGroup ? ', which does not count for its group' : ''}`, () => {
            expectUnset(null);
          });
        }

        if (field.required && field.kind === 'text') {
          it(`rejects a ${name} of white space only`, () => {
            expectFailure({ [name]: ' \t\u00a0 ' }, path, 'pattern');
          });
        }

        if (field.maxLength !== undefined) {
          const limit = field.maxLength;
          it(`accepts a ${name} of ${limit} units and rejects one of ${limit + 1}`, () => {
            expect(accepts(entity, direction, payload({ [name]: stringOfUnits(field, limit) }))).toBe(true);
            expectFailure({ [name]: stringOfUnits(field, limit + 1) }, path, 'maxLength');
          });
          if (field.kind === 'text') {
            it(`counts an emoji in ${name} as two units`, () => {
              const full = '😀'.repeat(Math.floor(limit / 2)) + 'a'.repeat(limit % 2);
              expect(accepts(entity, direction, payload({ [name]: full }))).toBe(true);
              expectFailure({ [name]: `${full}😀`.slice(0, limit + 1) }, path, 'maxLength');
              expectFailure({ [name]: `😀${full}` }, path, 'maxLength');
            });
          }
        }

        if (field.kind === 'guid') {
          it(`checks that ${name} is a GUID`, () => {
            expect(accepts(entity, direction, payload({ [name]: guidOf(12).toUpperCase() }))).toBe(true);
            expectFailure({ [name]: 'sample string 1' }, path, 'format');
            expectFailure({ [name]: `urn:uuid:${guidOf(12)}` }, path, 'format');
            expectFailure({ [name]: `{${guidOf(12)}}` }, path, 'format');
          });
          if (field.required) {
            it(`rejects the nil GUID as ${name}`, () => {
              expectFailure({ [name]: NIL_GUID }, path, 'pattern');
            });
          } else {
            it(`accepts the nil GUID as ${name}${carriesGroup ? ', which does not count for its group' : ''}`, () => {
              expectUnset(NIL_GUID);
            });
          }
        }

        if (field.kind === 'date-time') {
          it(`checks the offset of ${name}`, () => {
            expect(accepts(entity, direction, payload({ [name]: '2025-12-29T02:53:27.9206821+00:00' }))).toBe(
              true,
            );
            const local = payload({ [name]: '2025-12-29T02:53:27' });
            if (direction === 'request') {
              expectFailure({ [name]: '2025-12-29T02:53:27' }, path, 'format');
            } else {
              expect(accepts(entity, direction, local)).toBe(true);
              expect(accepts(entity, direction, payload({ [name]: '1980-01-01T00:00:00' }))).toBe(true);
            }
            expectFailure({ [name]: '2025-02-29T00:00:00Z' }, path, 'format');
          });
        }

        if (field.kind === 'int32') {
          it(`bounds ${name} to Int32`, () => {
            expect(accepts(entity, direction, payload({ [name]: INT32_MAX }))).toBe(true);
            expect(accepts(entity, direction, payload({ [name]: INT32_MIN }))).toBe(true);
            expectFailure({ [name]: INT32_MAX + 1 }, path, 'maximum');
            expectFailure({ [name]: INT32_MIN - 1 }, path, 'minimum');
            expectFailure({ [name]: 1.5 }, path, 'type');
            expectFailure({ [name]: '7' }, path, 'type');
          });
        }

        if (field.kind === 'decimal' && field.minimum !== undefined && field.maximum !== undefined) {
          const { minimum, maximum } = field;
          it(`bounds ${name} to [${minimum}, ${maximum}]`, () => {
            expect(accepts(entity, direction, payload({ [name]: minimum }))).toBe(true);
            expect(accepts(entity, direction, payload({ [name]: maximum }))).toBe(true);
            expectFailure({ [name]: maximum + 1e-9 }, path, 'maximum');
            expectFailure({ [name]: minimum - 1e-9 }, path, 'minimum');
          });
        }

        if (field.kind === 'code') {
          it(`accepts every listed ${name}`, () => {
            for (const value of field.values ?? []) {
              expect(accepts(entity, direction, payload({ [name]: value }))).toBe(true);
            }
          });
        }

        if (field.kind === 'email') {
          it(`checks the form of ${name} in ${direction}s`, () => {
            const notAnAddress = payload({ [name]: 'sample string 16' });
            if (direction === 'request') {
              expectFailure({ [name]: 'sample string 16' }, path, 'format');
            } else {
              expect(accepts(entity, direction, notAnAddress)).toBe(true);
            }
          });
        }

        if (field.kind === 'boolean') {
          it(`rejects a ${name} given as a string`, () => {
            expectFailure({ [name]: 'true' }, path, 'type');
          });
        }
      }

      it(`${direction === 'request' ? 'rejects' : 'accepts'} an unknown property`, () => {
        const extra = payload({ job_status: 'Open', unexpected: 1 });
        if (direction === 'request') {
          expectFailure({ unexpected: 1 }, '', 'additionalProperties');
        } else {
          expect(accepts(entity, direction, extra)).toBe(true);
        }
      });

      it('rejects a value that is not an object', () => {
        for (const value of [null, [], 'job', 42, true]) {
          expect(failures(entity, direction, value)).toContainEqual({ path: '', keyword: 'type' });
        }
      });
    });
  }
}
