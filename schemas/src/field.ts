import type { TSchema } from '@sinclair/typebox';
import type { Direction, EntityName } from './constants.js';

/** Where a field's schema is being built: which entity, and which direction. */
export interface BuildContext {
  readonly entity: EntityName;
  readonly direction: Direction;
}

/** The family a field belongs to; tools such as the fixtures compiler read it. */
export type FieldKind =
  | 'guid'
  | 'text'
  | 'email'
  | 'code'
  | 'date-time'
  | 'int32'
  | 'decimal'
  | 'boolean'
  | 'embed'
  | 'parent'
  | 'list'
  | 'opaque';

/** Options every field kind takes. */
export interface FieldOptions<Required extends boolean = boolean> {
  /**
   * The field must be present (and, for strings, not blank).
   * @defaultValue false
   */
  readonly required?: Required;
  /**
   * The server fills or computes the field: a request may carry it, but it is ignored.
   * @defaultValue false
   */
  readonly readOnly?: boolean;
  /**
   * The field holds personal data: errors never echo it, logs mask it, fixtures fake it.
   * @defaultValue false
   */
  readonly sensitive?: boolean;
}

/**
 * One property of an entity, defined once and rendered for both directions.
 *
 * `Req` and `Res` are the TypeScript types of a present, non-null value in a request and a
 * response; `Required` says whether the property must be present.
 */
export interface Field<Req = unknown, Res = unknown, Required extends boolean = boolean> {
  readonly kind: FieldKind;
  readonly description: string;
  readonly required: Required;
  readonly readOnly: boolean;
  readonly sensitive: boolean;
  /** Longest accepted string, in UTF-16 code units, when the field is text. */
  readonly maxLength?: number;
  /** The accepted values, for `code` fields. */
  readonly values?: readonly string[];
  /** Inclusive bounds, for `decimal` fields that have them. */
  readonly minimum?: number;
  readonly maximum?: number;
  /** The entity this field embeds, for `embed` and `list` fields. */
  readonly embeds?: EntityName;
  /** Schema of a present, non-null value, without description or annotations. */
  schema(context: BuildContext): TSchema;
  /** What a value must look like to count as given in an "at least one of" group. */
  readonly given: Readonly<Record<string, unknown>>;
  /** Type-level only: never set at run time. */
  readonly types?: { readonly request: Req; readonly response: Res };
}

/** Any field, whatever its value types. */
// biome-ignore lint/suspicious/noExplicitAny: a field of any value type is the point here.
export type AnyField = Field<any, any, boolean>;

/** Builds the common part of a field from its kind-specific part and the shared options. */
export function makeField<Req, Res, Required extends boolean>(
  description: string,
  options: FieldOptions<Required> | undefined,
  spec: Pick<Field, 'kind' | 'schema' | 'given' | 'maxLength' | 'embeds' | 'values' | 'minimum' | 'maximum'>,
): Field<Req, Res, Required> {
  return {
    ...spec,
    description,
    required: (options?.required ?? false) as Required,
    readOnly: options?.readOnly ?? false,
    sensitive: options?.sensitive ?? false,
  };
}
