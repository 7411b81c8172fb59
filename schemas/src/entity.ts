import {
  type TObject,
  type TOptional,
  type TProperties,
  type TSchema,
  type TUnsafe,
  Type,
} from '@sinclair/typebox';
import {
  type Direction,
  type EntityName,
  MAX_NESTING,
  MAX_PARENT_DEPTH,
  SCHEMA_BASE_URI,
} from './constants.js';
import type { AnyField, Field } from './field.js';

/** "At least one of these must be given": a documented "optionally required" group. */
export interface RequiredGroup<Name extends string = string> {
  /** Stable name, as in the reference (`project`, `job_type`, `job_status`). */
  readonly name: string;
  readonly members: readonly Name[];
}

/** "When this embedded flag is true, these fields are required." */
export interface ConditionalRequirement<Name extends string = string> {
  readonly name: string;
  readonly description: string;
  /** The embedded object and the boolean property of it that triggers the rule. */
  readonly when: { readonly object: Name; readonly flag: string };
  readonly require: readonly Name[];
}

/** What an entity file declares. */
export interface EntitySpec<
  F extends Record<string, AnyField>,
  G extends readonly RequiredGroup<keyof F & string>[] = readonly RequiredGroup<keyof F & string>[],
> {
  readonly title: string;
  readonly description: string;
  /** The back-office key other entities use to point at this one (`code`, `reference_back_office`). */
  readonly key?: keyof F & string;
  readonly fields: F;
  readonly groups?: G;
  readonly conditions?: readonly ConditionalRequirement<keyof F & string>[];
}

type ValueOf<F, D extends Direction> =
  F extends Field<infer Req, infer Res, boolean> ? (D extends 'request' ? Req : Res) : never;

type IsAny<T> = 0 extends 1 & T ? true : false;

/**
 * The value of a field in direction `D`, with the parent field typed as `Self`. A parent
 * field (kinds.ts `parent()`) is built before the entity it points at exists, so its value
 * type is `unknown`; it is the only field whose value type is `unknown` (`any` belongs to
 * `AnyField`, the type of a field not known in detail).
 */
type FieldValue<F, D extends Direction, Self> =
  ValueOf<F, D> extends infer V ? (IsAny<V> extends true ? V : unknown extends V ? Self : V) : never;

type RequiredFieldKeys<F extends Record<string, AnyField>> = {
  [K in keyof F]: F[K] extends Field<unknown, unknown, true> ? K : never;
}[keyof F];

/** One member of a group, given: present and not null. */
type GivenMember<
  F extends Record<string, AnyField>,
  M,
  G extends readonly RequiredGroup[],
> = M extends keyof F ? { [K in M]: FieldValue<F[K], 'request', PayloadOf<F, G, 'request'>> & {} } : never;

/**
 * The "at least one of" groups `Left` (of all the groups `G`), intersected: each is a union
 * with one branch per member, so a value must give one member of every group. A member
 * "given" as a blank string or the nil GUID still type-checks: strings are all TypeScript knows.
 */
type GroupsOf<
  F extends Record<string, AnyField>,
  G extends readonly RequiredGroup[],
  Left extends readonly RequiredGroup[] = G,
> = Left extends readonly [infer First extends RequiredGroup, ...infer Rest extends readonly RequiredGroup[]]
  ? GivenMember<F, First['members'][number], G> & GroupsOf<F, G, Rest>
  : unknown;

/**
 * The static type of an entity's payload in direction `D`: its fields as TypeBox's `Static`
 * types them from {@link PropertiesOf}, except the parent field, typed as the payload itself
 * instead of `unknown`, and, for requests, the groups. It refers to itself only inside
 * properties, where TypeScript defers it: that is what makes the recursion legal.
 */
export type PayloadOf<
  F extends Record<string, AnyField>,
  G extends readonly RequiredGroup[],
  D extends Direction,
> = {
  [K in RequiredFieldKeys<F>]: FieldValue<F[K], D, PayloadOf<F, G, D>>;
} & {
  [K in Exclude<keyof F, RequiredFieldKeys<F>>]?: FieldValue<F[K], D, PayloadOf<F, G, D>> | null;
} & (D extends 'request' ? GroupsOf<F, G> : unknown);

/** TypeBox properties of an entity's fields in one direction. */
export type PropertiesOf<F extends Record<string, AnyField>, D extends Direction> = {
  [K in keyof F]: F[K] extends Field<unknown, unknown, true>
    ? TUnsafe<ValueOf<F[K], D>>
    : TOptional<TUnsafe<ValueOf<F[K], D> | null>>;
};

/**
 * A TypeBox object schema whose static type is narrowed to `S`. TypeBox derives `static`
 * from the properties alone: it cannot see the groups (they live in `allOf`) and types a
 * parent field, a `$ref` to the document itself, as `unknown`. Overriding `static` keeps
 * every TypeBox use of the schema and makes `Static<>` of it `S` (intersected with
 * TypeBox's own type, which `S` refines). An interface, not `TObject<P> & { static: S }`:
 * TypeScript re-instantiates the `this`-typed `static` of such an intersection at every
 * embedded entity, and gives up ("excessively deep") before reaching the leaves.
 */
export interface EntitySchema<P extends TProperties, S> extends TObject<P> {
  static: S & TObject<P>['static'];
}

/** A defined entity: its fields, rules and the TypeBox schema of each direction. */
export interface Entity<
  F extends Record<string, AnyField> = Record<string, AnyField>,
  G extends readonly RequiredGroup[] = readonly RequiredGroup[],
> {
  readonly name: EntityName;
  readonly title: string;
  readonly description: string;
  readonly fields: F;
  /** The back-office key field, when the entity has one. */
  readonly keyField?: AnyField;
  readonly groups: readonly RequiredGroup[];
  readonly conditions: readonly ConditionalRequirement[];
  /** The property that embeds a parent of the same entity, if any. */
  readonly parentProperty?: string;
  /** Its static type is {@link PayloadOf}: the groups and the parent chain included. */
  readonly request: EntitySchema<PropertiesOf<F, 'request'>, PayloadOf<F, G, 'request'>>;
  /** Its static type is {@link PayloadOf}: the parent chain included; responses have no groups. */
  readonly response: EntitySchema<PropertiesOf<F, 'response'>, PayloadOf<F, G, 'response'>>;
}

/**
 * The TypeScript type of an entity's request shape (a present, valid value): its fields, the
 * parent chain typed as the request itself, and one member of every "at least one of" group
 * given (present, not null). Conditional requirements (`conditions`) are not in the type.
 */
export type RequestOf<E extends Entity> = E['request']['static'];

/** The TypeScript type of an entity's response shape, the parent chain typed as the response itself. */
export type ResponseOf<E extends Entity> = E['response']['static'];

/** File name of an entity's document in one direction, e.g. `job.request.json`. */
export function documentFileName(entity: EntityName, direction: Direction): string {
  return `${entity}.${direction}.json`;
}

/** The stable `$id` of an entity's document in one direction. */
export function schemaId(entity: EntityName, direction: Direction): string {
  return SCHEMA_BASE_URI + documentFileName(entity, direction);
}

/** Puts `null` beside a value schema: in the type array for scalars, in `anyOf` otherwise. */
function nullable(schema: Record<string, unknown>): Record<string, unknown> {
  const { type, enum: values, ...rest } = schema;
  if (typeof type === 'string') {
    return {
      type: [type, 'null'],
      ...(Array.isArray(values) ? { enum: [...values, null] } : {}),
      ...rest,
    };
  }
  return { anyOf: [schema, { type: 'null' }] };
}

function annotate(field: AnyField, schema: Record<string, unknown>): Record<string, unknown> {
  return {
    description: field.description,
    ...schema,
    ...(field.readOnly ? { readOnly: true } : {}),
    ...(field.sensitive ? { 'x-sensitive': true } : {}),
  };
}

/** Drops TypeBox's symbol-keyed metadata, leaving plain JSON Schema. */
function plain(schema: TSchema): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
}

function property(field: AnyField, name: EntityName, direction: Direction): TSchema {
  const value = plain(field.schema({ entity: name, direction }));
  const schema = annotate(field, field.required ? value : nullable(value));
  return field.required ? Type.Unsafe(schema) : Type.Optional(Type.Unsafe(schema));
}

function groupSchema(group: RequiredGroup, fields: Record<string, AnyField>): Record<string, unknown> {
  const members = group.members.map((member) => `\`${member}\``).join(', ');
  return {
    'x-required-group': group.name,
    description: `At least one of ${members} must be given; null, a blank string or the nil GUID does not count.`,
    anyOf: group.members.map((member) => ({
      required: [member],
      properties: { [member]: fields[member]?.given },
    })),
  };
}

function conditionSchema(
  rule: ConditionalRequirement,
  fields: Record<string, AnyField>,
): Record<string, unknown> {
  return {
    'x-conditional-required': rule.name,
    description: rule.description,
    if: {
      required: [rule.when.object],
      properties: {
        [rule.when.object]: {
          type: 'object',
          required: [rule.when.flag],
          properties: { [rule.when.flag]: { const: true } },
        },
      },
    },
    // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, not a thenable.
    then: {
      required: [...rule.require],
      properties: Object.fromEntries(rule.require.map((member) => [member, fields[member]?.given])),
    },
  };
}

function build<F extends Record<string, AnyField>>(
  name: EntityName,
  spec: EntitySpec<F>,
  direction: Direction,
  parentProperty: string | undefined,
): TObject {
  const properties: Record<string, TSchema> = {};
  for (const [key, field] of Object.entries(spec.fields)) {
    properties[key] = property(field, name, direction);
  }

  const isRequest = direction === 'request';
  const rules = isRequest
    ? [
        ...(spec.groups ?? []).map((group) => groupSchema(group, spec.fields)),
        ...(spec.conditions ?? []).map((rule) => conditionSchema(rule, spec.fields)),
      ]
    : [];
  return Type.Object(properties, {
    $id: schemaId(name, direction),
    title: `${spec.title} (${direction})`,
    description: `${spec.description} ${isRequest ? REQUEST_NOTE : RESPONSE_NOTE}`,
    // A response may carry properties a newer server added; they are accepted unread, up to a depth.
    additionalProperties: isRequest ? false : Type.Unsafe({ 'x-max-nesting': MAX_NESTING }),
    ...(rules.length > 0 ? { allOf: rules } : {}),
    ...(parentProperty ? { 'x-max-depth': { property: parentProperty, limit: MAX_PARENT_DEPTH } } : {}),
  });
}

const REQUEST_NOTE =
  'This is the shape a client sends in POST or PUT: unknown properties are rejected, optional properties may be null.';
const RESPONSE_NOTE =
  'This is the shape the server returns: unknown properties are allowed, and unset values may come back as null, the nil GUID or 1980-01-01.';

/**
 * Defines an entity once; its request and response schemas are derived from the fields.
 *
 * @example
 * export const skill = defineEntity('skill', {
 *   title: 'Skill',
 *   description: 'A competence a job can require.',
 *   key: 'code',
 *   fields: { name: text('Name of the skill.', { required: true, maxLength: 50 }) },
 * });
 *
 * @typeParam G - The groups, inferred as literal types (a `const` type parameter): the
 * request's static type needs each group's member names to require one of them.
 */
export function defineEntity<
  const F extends Record<string, AnyField>,
  const G extends readonly RequiredGroup<keyof F & string>[] = readonly [],
>(name: EntityName, spec: EntitySpec<F, G>): Entity<F, G> {
  const parentProperty = Object.entries(spec.fields).find(([, field]) => field.kind === 'parent')?.[0];
  return {
    name,
    title: spec.title,
    description: spec.description,
    fields: spec.fields,
    keyField: spec.key === undefined ? undefined : spec.fields[spec.key],
    groups: spec.groups ?? [],
    conditions: spec.conditions ?? [],
    parentProperty,
    request: build(name, spec, 'request', parentProperty) as Entity<F, G>['request'],
    response: build(name, spec, 'response', parentProperty) as Entity<F, G>['response'],
  };
}
