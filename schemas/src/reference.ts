import type { Entity, RequestOf, ResponseOf } from './entity.js';
import type { AnyField, Field, FieldOptions } from './field.js';
import { embed, guid, parent, text } from './kinds.js';

/** A field name and its description. */
type Named<N extends string> = readonly [name: N, description: string];

/** The names of a reference triad; each member is optional, as not every triad has all three. */
export interface TriadNames<I extends string, K extends string, B extends string> {
  /** The GUID foreign key, e.g. `project_id`. */
  readonly id?: Named<I>;
  /** The back-office key, e.g. `project_reference_back_office` or `job_type_code`. */
  readonly key?: Named<K>;
  /** The embedded object, e.g. `project`. */
  readonly embed?: Named<B>;
  /** Options applied to all three, such as `readOnly` for fields the server derives. */
  readonly options?: FieldOptions<false>;
}

/** The fields a triad adds to an entity. */
export type Triad<I extends string, K extends string, B extends string, Embedded extends AnyField> = {
  readonly [P in I]: Field<string, string, false>;
} & { readonly [P in K]: Field<string, string, false> } & { readonly [P in B]: Embedded };

function keyText(
  name: Named<string> | undefined,
  keyField: AnyField | undefined,
  options?: FieldOptions<false>,
) {
  return name && text(name[1], { ...options, maxLength: keyField?.maxLength });
}

function collect(entries: ReadonlyArray<readonly [string, AnyField] | undefined>): Record<string, AnyField> {
  const fields: Record<string, AnyField> = {};
  for (const entry of entries) {
    if (entry !== undefined) {
      fields[entry[0]] = entry[1];
    }
  }
  return fields;
}

/**
 * The three ways to point at another entity: by GUID, by its back-office key, or embedded
 * whole. The key's maximum length is the target's own key length, so it is written once.
 *
 * @example
 * ...reference(jobType, {
 *   id: ['job_type_id', 'GUID of the job type.'],
 *   key: ['job_type_code', 'Back-office code of the job type.'],
 *   embed: ['job_type', 'The job type itself, created or updated on the server.'],
 * })
 */
export function reference<
  E extends Entity,
  const I extends string = never,
  const K extends string = never,
  const B extends string = never,
>(target: E, names: TriadNames<I, K, B>): Triad<I, K, B, Field<RequestOf<E>, ResponseOf<E>, false>> {
  const { id, key, embed: embedded, options } = names;
  return collect([
    id && [id[0], guid(id[1], options)],
    key && [key[0], keyText(key, target.keyField, options) as AnyField],
    embedded && [embedded[0], embed(target, embedded[1], options)],
  ]) as Triad<I, K, B, Field<RequestOf<E>, ResponseOf<E>, false>>;
}

/**
 * The same triad for a parent of the entity being defined (`_parent_id`,
 * `_parent_code`, `_parent_equipment_family`). `keyField` is the entity's own back-office
 * key field, whose length the parent key shares.
 */
export function parentReference<const I extends string, const K extends string, const B extends string>(
  keyField: AnyField,
  names: Required<Pick<TriadNames<I, K, B>, 'id' | 'key' | 'embed'>>,
): Triad<I, K, B, Field<unknown, unknown, false>> {
  return collect([
    [names.id[0], guid(names.id[1])],
    [names.key[0], keyText(names.key, keyField) as AnyField],
    [names.embed[0], parent(names.embed[1])],
  ]) as Triad<I, K, B, Field<unknown, unknown, false>>;
}
