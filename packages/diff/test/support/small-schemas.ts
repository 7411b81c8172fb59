// Random small object schemas, edited copies of them, and payloads that probe both: the
// material of the property tests. A schema is built from a plain spec so that edits stay
// simple and every generated document is well formed.

import fc from 'fast-check';
import type { Schema } from './documents.js';

export const FORMATS = ['uuid', 'date-time', 'date-time-optional-offset', 'email'] as const;
const TYPES = ['string', 'integer', 'number', 'boolean'] as const;
const NAMES = ['a', 'b', 'c', 'd'] as const;
const WORDS = ['Open', 'Closed', 'Waiting', 'x'] as const;

export interface PropertySpec {
  type: (typeof TYPES)[number];
  nullable: boolean;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: string[];
  format?: (typeof FORMATS)[number];
}

export interface ObjectSpec {
  properties: Record<string, PropertySpec>;
  required: string[];
  additionalProperties?: boolean;
}

const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arbitrary, { nil: undefined });

/** Drops the keys whose value is undefined, so specs compare and print cleanly. */
function defined(spec: PropertySpec): PropertySpec {
  return Object.fromEntries(Object.entries(spec).filter(([, value]) => value !== undefined)) as PropertySpec;
}

// Keywords that fit the type, with consistent limits: edits are what makes them disagree.
const stringSpec = fc.oneof(
  fc
    .tuple(optional(fc.integer({ min: 0, max: 3 })), optional(fc.integer({ min: 0, max: 4 })))
    .map(([minLength, extra]) => ({
      minLength,
      maxLength: extra === undefined ? undefined : (minLength ?? 0) + extra,
    })),
  fc
    .uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
    .map((values) => ({ enum: values })),
  fc.constantFrom(...FORMATS).map((format) => ({ format })),
);
const numberSpec = fc
  .tuple(optional(fc.integer({ min: -5, max: 5 })), optional(fc.integer({ min: 0, max: 6 })))
  .map(([minimum, extra]) => ({
    minimum,
    maximum: extra === undefined ? undefined : (minimum ?? 0) + extra,
  }));

const propertySpec: fc.Arbitrary<PropertySpec> = fc.oneof(
  fc
    .tuple(fc.boolean(), stringSpec)
    .map(([nullable, rest]) => defined({ type: 'string', nullable, ...rest })),
  fc
    .tuple(fc.constantFrom('integer' as const, 'number' as const), fc.boolean(), numberSpec)
    .map(([type, nullable, rest]) => defined({ type, nullable, ...rest })),
  fc.boolean().map((nullable) => ({ type: 'boolean' as const, nullable })),
);

/** A spec of one to four properties, some required. */
export const objectSpec: fc.Arbitrary<ObjectSpec> = fc
  .record({
    properties: fc.dictionary(fc.constantFrom(...NAMES), propertySpec, { minKeys: 1, maxKeys: 4 }),
    required: fc.subarray([...NAMES]),
    additionalProperties: optional(fc.boolean()),
  })
  .map((spec) => ({
    properties: spec.properties,
    required: spec.required.filter((name) => name in spec.properties),
    ...(spec.additionalProperties === undefined ? {} : { additionalProperties: spec.additionalProperties }),
  }));

/** The JSON Schema of a property spec, written as the emitter writes nullable fields. */
function propertySchema(spec: PropertySpec): Schema {
  const { type, nullable, enum: values, ...rest } = spec;
  return {
    type: nullable ? [type, 'null'] : type,
    ...(values === undefined ? {} : { enum: nullable ? [...values, null] : values }),
    ...rest,
  };
}

/** The JSON Schema of an object spec (without `$schema` and `$id`). */
export function schemaOf(spec: ObjectSpec): Schema {
  return {
    type: 'object',
    properties: Object.fromEntries(
      Object.entries(spec.properties).map(([name, p]) => [name, propertySchema(p)]),
    ),
    ...(spec.required.length > 0 ? { required: spec.required } : {}),
    ...(spec.additionalProperties === undefined ? {} : { additionalProperties: spec.additionalProperties }),
  };
}

/** One edit of a spec: which kind, which property, and a value to use. */
interface Edit {
  readonly kind: number;
  readonly name: (typeof NAMES)[number];
  readonly number: number;
  readonly word: (typeof WORDS)[number];
  readonly format: (typeof FORMATS)[number];
  readonly type: (typeof TYPES)[number];
  readonly flag: boolean;
}

const EDIT_KINDS = 12;

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.integer({ min: 0, max: EDIT_KINDS - 1 }),
  name: fc.constantFrom(...NAMES),
  number: fc.integer({ min: -6, max: 6 }),
  word: fc.constantFrom(...WORDS),
  format: fc.constantFrom(...FORMATS),
  type: fc.constantFrom(...TYPES),
  flag: fc.boolean(),
});

function setOrClear<K extends keyof PropertySpec>(
  spec: PropertySpec,
  key: K,
  value: PropertySpec[K] | undefined,
): void {
  if (value === undefined) {
    delete spec[key];
  } else {
    spec[key] = value;
  }
}

/** Applies one edit in place: each kind tightens or loosens one keyword, as `flag` says. */
function applyEdit(spec: ObjectSpec, change: Edit): void {
  const property = spec.properties[change.name];
  const bound = change.flag ? undefined : Math.abs(change.number);
  switch (change.kind) {
    case 0:
      if (property) setOrClear(property, 'maxLength', bound);
      return;
    case 1:
      if (property) setOrClear(property, 'minLength', bound === undefined ? undefined : Math.min(bound, 3));
      return;
    case 2:
      if (property) setOrClear(property, 'minimum', change.flag ? undefined : change.number);
      return;
    case 3:
      if (property) setOrClear(property, 'maximum', change.flag ? undefined : change.number);
      return;
    case 4:
      if (property) property.nullable = change.flag;
      return;
    case 5:
      if (property) property.type = change.type;
      return;
    case 6:
      if (property) {
        const values = property.enum ?? [];
        const next = change.flag
          ? [...new Set([...values, change.word])]
          : values.filter((v) => v !== change.word);
        setOrClear(property, 'enum', next.length === 0 ? undefined : next);
      }
      return;
    case 7:
      if (property) setOrClear(property, 'format', change.flag ? change.format : undefined);
      return;
    case 8:
      spec.required = change.flag
        ? [...new Set([...spec.required, change.name])].filter((name) => name in spec.properties)
        : spec.required.filter((name) => name !== change.name);
      return;
    case 9:
      if (change.flag) {
        spec.properties[change.name] = { type: change.type, nullable: true };
      } else {
        delete spec.properties[change.name];
        spec.required = spec.required.filter((name) => name !== change.name);
      }
      return;
    case 10:
      if (change.flag) {
        spec.additionalProperties = change.number > 0;
      } else {
        delete spec.additionalProperties;
      }
      return;
    default:
      if (property && property.enum === undefined) property.enum = [change.word];
  }
}

/** A spec, and a copy changed by one to three random edits. */
export const specPair: fc.Arbitrary<readonly [ObjectSpec, ObjectSpec]> = fc
  .tuple(objectSpec, fc.array(edit, { minLength: 1, maxLength: 3 }))
  .map(([spec, edits]) => {
    const edited = structuredClone(spec);
    for (const change of edits) applyEdit(edited, change);
    return [spec, edited] as const;
  });

const FORMAT_SAMPLES = [
  '8ebaecad-6bc5-402d-83eb-95919d2aa646',
  '8ebaecad6bc5402d83eb95919d2aa646',
  '2025-12-29T02:53:27+00:00',
  '2025-12-29T02:53:27',
  'name@example.com',
  'not an address',
  ' ',
  '',
];

/** Values that sit on and beside the limits of either spec's property, and a few of every type. */
function valuesFor(specs: readonly (PropertySpec | undefined)[]): fc.Arbitrary<unknown> {
  const lengths = new Set([0, 1, 2, 7]);
  const numbers = new Set([0, 1.5, -1, 100]);
  const words = new Set<string>(FORMAT_SAMPLES);
  for (const spec of specs) {
    if (spec === undefined) continue;
    for (const length of [spec.maxLength, spec.minLength]) {
      if (length !== undefined)
        for (const near of [length - 1, length, length + 1]) if (near >= 0) lengths.add(near);
    }
    for (const limit of [spec.minimum, spec.maximum]) {
      if (limit !== undefined)
        for (const near of [limit - 1, limit, limit + 1, limit + 0.5]) numbers.add(near);
    }
    for (const value of spec.enum ?? []) words.add(value);
  }
  return fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.constantFrom(...numbers),
    fc.constantFrom(...words),
    fc.constantFrom(...lengths).map((length) => 'x'.repeat(length)),
    fc.constant({}),
  );
}

const VALID_FOR_FORMAT: Readonly<Record<(typeof FORMATS)[number], string>> = {
  uuid: '8ebaecad-6bc5-402d-83eb-95919d2aa646',
  'date-time': '2025-12-29T02:53:27+00:00',
  'date-time-optional-offset': '2025-12-29T02:53:27',
  email: 'name@example.com',
};

/** A value the property spec accepts, most of the time (a format and a length may disagree). */
function validFor(spec: PropertySpec): fc.Arbitrary<unknown> {
  const low = spec.minimum ?? -10;
  const high = Math.max(low, spec.maximum ?? 10);
  let value: fc.Arbitrary<unknown>;
  if (spec.type === 'boolean') {
    value = fc.boolean();
  } else if (spec.type === 'integer' || spec.type === 'number') {
    // The limits themselves are where an edit moves the verdict; they come up half the time.
    const whole = fc.oneof(
      fc.constantFrom(Math.ceil(low), Math.floor(high)),
      fc.integer({ min: Math.ceil(low), max: Math.floor(high) }),
    );
    value =
      spec.type === 'integer'
        ? whole
        : fc.oneof(
            whole,
            whole.map((n) => Math.min(high, n + 0.5)),
          );
  } else if (spec.enum !== undefined) {
    value = fc.constantFrom(...spec.enum);
  } else if (spec.format !== undefined) {
    value = fc.constant(VALID_FOR_FORMAT[spec.format]);
  } else {
    const shortest = spec.minLength ?? 0;
    const longest = Math.max(shortest, spec.maxLength ?? 8);
    value = fc
      .oneof(fc.constantFrom(shortest, longest), fc.integer({ min: shortest, max: longest }))
      .map((length) => 'x'.repeat(length));
  }
  return spec.nullable
    ? fc.oneof({ arbitrary: value, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 })
    : value;
}

/**
 * Payloads for a pair of specs, built to be accepted by one side most of the time, so that a
 * change shows up as a flipped verdict: each property the chosen side knows gets a value
 * valid for it, a boundary value of either side, or nothing; a property it does not know is
 * mostly left out.
 */
export function payloads(before: ObjectSpec, after: ObjectSpec): fc.Arbitrary<Record<string, unknown>> {
  const names = [...new Set([...Object.keys(before.properties), ...Object.keys(after.properties), 'extra'])];
  return fc.constantFrom(before, after).chain((side) => {
    const entries = names.map((name) => {
      const noise = valuesFor([before.properties[name], after.properties[name]]);
      const known = side.properties[name];
      const value: fc.Arbitrary<unknown> =
        known === undefined
          ? fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: noise, weight: 1 })
          : fc.oneof(
              { arbitrary: validFor(known), weight: 10 },
              { arbitrary: noise, weight: 2 },
              { arbitrary: fc.constant(undefined), weight: side.required.includes(name) ? 1 : 3 },
            );
      return value.map((picked) => [name, picked] as const);
    });
    return fc
      .tuple(...entries)
      .map((pairs) => Object.fromEntries(pairs.filter(([, value]) => value !== undefined)));
  });
}
