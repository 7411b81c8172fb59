import { type TObject, type TOptional, type TSchema, type TUnsafe, Type } from '@sinclair/typebox';
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
export interface EntitySpec<F extends Record<string, AnyField>> {
  readonly title: string;
  readonly description: string;
  /** The back-office key other entities use to point at this one (`code`, `reference_back_office`). */
  readonly key?: keyof F & string;
  readonly fields: F;
  readonly groups?: readonly RequiredGroup<keyof F & string>[];
  readonly conditions?: readonly ConditionalRequirement<keyof F & string>[];
}

type ValueOf<F, D extends Direction> =
  F extends Field<infer Req, infer Res, boolean> ? (D extends 'request' ? Req : Res) : never;

/** TypeBox properties of an entity's fields in one direction. */
export type PropertiesOf<F extends Record<string, AnyField>, D extends Direction> = {
  [K in keyof F]: F[K] extends Field<unknown, unknown, true>
    ? TUnsafe<ValueOf<F[K], D>>
    : TOptional<TUnsafe<ValueOf<F[K], D> | null>>;
};

/** A defined entity: its fields, rules and the TypeBox schema of each direction. */
export interface Entity<F extends Record<string, AnyField> = Record<string, AnyField>> {
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
  readonly request: TObject<PropertiesOf<F, 'request'>>;
  readonly response: TObject<PropertiesOf<F, 'response'>>;
}

/** The TypeScript type of an entity's request shape (a present, valid value). */
export type RequestOf<E extends Entity> = E['request']['static'];

/** The TypeScript type of an entity's response shape. */
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
 */
export function defineEntity<const F extends Record<string, AnyField>>(
  name: EntityName,
  spec: EntitySpec<F>,
): Entity<F> {
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
    request: build(name, spec, 'request', parentProperty) as TObject<PropertiesOf<F, 'request'>>,
    response: build(name, spec, 'response', parentProperty) as TObject<PropertiesOf<F, 'response'>>,
  };
}
