import { type TSchema, Type } from '@sinclair/typebox';
import {
  type EntityName,
  INT32_MAX,
  INT32_MIN,
  MAX_NESTING,
  NON_BLANK_PATTERN,
  NON_NIL_GUID_PATTERN,
} from './constants.js';
import type { Entity, RequestOf, ResponseOf } from './entity.js';
import { type Field, type FieldOptions, makeField } from './field.js';
import { dateTimeFormat, dateTimeOptionalOffsetFormat, emailFormat, guidFormat } from './formats.js';

const GIVEN_GUID = { type: 'string', pattern: NON_NIL_GUID_PATTERN } as const;
const GIVEN_TEXT = { type: 'string', pattern: NON_BLANK_PATTERN } as const;
// `additionalProperties: true` says outright what JSON Schema assumes: tools that read an
// object without properties as empty (openapi-typescript does) then read it right.
const GIVEN_OBJECT = { type: 'object', additionalProperties: true } as const;

/** A GUID. A required one must not be the nil GUID, which the server reads as "unset". */
export function guid<const R extends boolean = false>(
  description: string,
  options?: FieldOptions<R>,
): Field<string, string, NoInfer<R>> {
  const required = options?.required === true;
  return makeField(description, options, {
    kind: 'guid',
    given: GIVEN_GUID,
    schema: () =>
      Type.String({ format: guidFormat.name, ...(required ? { pattern: NON_NIL_GUID_PATTERN } : {}) }),
  });
}

/** Options of a text field. */
export interface TextOptions<R extends boolean> extends FieldOptions<R> {
  /** Longest accepted value, in UTF-16 code units; omit where the reference documents none. */
  readonly maxLength?: number;
}

/** A string. A required one must contain a character that is not white space. */
export function text<const R extends boolean = false>(
  description: string,
  options?: TextOptions<R>,
): Field<string, string, NoInfer<R>> {
  return makeField(description, options, {
    kind: 'text',
    given: GIVEN_TEXT,
    maxLength: options?.maxLength,
    schema: () => Type.String(textKeywords(options)),
  });
}

function textKeywords(options: TextOptions<boolean> | undefined): Record<string, unknown> {
  return {
    ...(options?.maxLength === undefined ? {} : { maxLength: options.maxLength }),
    ...(options?.required === true ? { pattern: NON_BLANK_PATTERN } : {}),
  };
}

/**
 * An e-mail address. Requests check its form; responses only its length, because the
 * server may hold addresses written before any check existed.
 */
export function email<const R extends boolean = false>(
  description: string,
  options?: TextOptions<R>,
): Field<string, string, NoInfer<R>> {
  return makeField(description, options, {
    kind: 'email',
    given: GIVEN_TEXT,
    maxLength: options?.maxLength,
    schema: ({ direction }) =>
      Type.String({
        ...textKeywords(options),
        ...(direction === 'request' ? { format: emailFormat.name } : {}),
      }),
  });
}

/** Options of a code field. */
export interface CodeOptions<R extends boolean> extends FieldOptions<R> {
  /**
   * Enforce the list in responses too. Off by default, so that a reader survives a server
   * that has learned a new code.
   * @defaultValue false
   */
  readonly inResponses?: boolean;
}

/** A string drawn from a fixed list of codes. */
export function code<
  const V extends string,
  const R extends boolean = false,
  const InResponses extends boolean = false,
>(
  description: string,
  values: readonly V[],
  options?: CodeOptions<R> & { readonly inResponses?: InResponses },
): Field<V, InResponses extends true ? V : string, NoInfer<R>> {
  return makeField(description, options, {
    kind: 'code',
    given: GIVEN_TEXT,
    values,
    schema: ({ direction }) =>
      direction === 'request' || options?.inResponses === true
        ? Type.Unsafe<V>({ type: 'string', enum: [...values] })
        : Type.String(),
  });
}

/**
 * A date and time. Requests must give an explicit UTC offset; responses may omit it, as the
 * server writes some dates (the 1980-01-01 "unset" sentinel among them) without one.
 */
export function dateTime<const R extends boolean = false>(
  description: string,
  options?: FieldOptions<R>,
): Field<string, string, NoInfer<R>> {
  return makeField(description, options, {
    kind: 'date-time',
    given: GIVEN_TEXT,
    schema: ({ direction }) =>
      Type.String({
        format: direction === 'request' ? dateTimeFormat.name : dateTimeOptionalOffsetFormat.name,
      }),
  });
}

/** A .NET `Int32`. */
export function int32<const R extends boolean = false>(
  description: string,
  options?: FieldOptions<R>,
): Field<number, number, NoInfer<R>> {
  return makeField(description, options, {
    kind: 'int32',
    given: { type: 'integer' },
    schema: () => Type.Integer({ minimum: INT32_MIN, maximum: INT32_MAX }),
  });
}

/** Options of a decimal field. */
export interface DecimalOptions<R extends boolean> extends FieldOptions<R> {
  readonly minimum?: number;
  readonly maximum?: number;
}

/** A decimal number, optionally bounded on both ends (inclusive). */
export function decimal<const R extends boolean = false>(
  description: string,
  options?: DecimalOptions<R>,
): Field<number, number, NoInfer<R>> {
  return makeField(description, options, {
    kind: 'decimal',
    given: { type: 'number' },
    minimum: options?.minimum,
    maximum: options?.maximum,
    schema: () =>
      Type.Number({
        ...(options?.minimum === undefined ? {} : { minimum: options.minimum }),
        ...(options?.maximum === undefined ? {} : { maximum: options.maximum }),
      }),
  });
}

/** A boolean flag. The server reads a missing flag as false. */
export function flag<const R extends boolean = false>(
  description: string,
  options?: FieldOptions<R>,
): Field<boolean, boolean, NoInfer<R>> {
  return makeField(description, options, {
    kind: 'boolean',
    given: { type: 'boolean' },
    schema: () => Type.Boolean(),
  });
}

/** The document of `entity` in the direction being built, as a relative reference. */
function refTo<T>(entity: EntityName, direction: string): TSchema {
  return Type.Unsafe<T>({ $ref: `${entity}.${direction}.json` });
}

/** Another entity embedded whole. Embedding is an upsert on the server. */
export function embed<E extends Entity>(
  target: E,
  description: string,
  options?: FieldOptions<false>,
): Field<RequestOf<E>, ResponseOf<E>, false> {
  return makeField(description, options, {
    kind: 'embed',
    embeds: target.name,
    given: GIVEN_OBJECT,
    schema: ({ direction }) => refTo(target.name, direction),
  });
}

/**
 * The entity being defined, embedded in itself as a parent (`_parent_job`). The chain is
 * bounded by `MAX_PARENT_DEPTH`, which the emitted document names in `x-max-depth`.
 */
export function parent(description: string): Field<unknown, unknown, false> {
  return makeField(description, undefined, {
    kind: 'parent',
    given: GIVEN_OBJECT,
    schema: ({ entity, direction }) => refTo(entity, direction),
  });
}

/** A list of another entity, embedded whole. */
export function list<E extends Entity>(
  target: E,
  description: string,
): Field<RequestOf<E>[], ResponseOf<E>[], false> {
  return makeField(description, undefined, {
    kind: 'list',
    embeds: target.name,
    given: { type: 'array', minItems: 1 },
    schema: ({ direction }) => Type.Array(refTo(target.name, direction)),
  });
}

/**
 * An object of an entity this toolkit does not model (a company's sales territory, say).
 * Any object is accepted; its contents are the server's business.
 */
export function opaque(description: string): Field<Record<string, unknown>, Record<string, unknown>, false> {
  return makeField(description, undefined, {
    kind: 'opaque',
    given: GIVEN_OBJECT,
    schema: () =>
      Type.Unsafe<Record<string, unknown>>({
        type: 'object',
        additionalProperties: true,
        'x-max-nesting': MAX_NESTING,
      }),
  });
}
