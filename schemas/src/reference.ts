import type { Entity, RequestOf, ResponseOf } from './entity.js';
import type { AnyField, Field, FieldOptions } from './field.js';
import { embed, guid, parent, text } from './kinds.js';

/** The names of a reference triad and what it points at. */
export interface TriadSpec<I extends string, K extends string, B extends string> {
  /** What the triad points at, as a noun phrase: `the type of the job`. */
  readonly about: string;
  /** The GUID foreign key, e.g. `project_id`. */
  readonly id?: I;
  /** The back-office key, e.g. `project_reference_back_office` or `job_type_code`. */
  readonly key?: K;
  /** The embedded object, e.g. `project`. */
  readonly embed?: B;
  /** A sentence added to one member's description, where the member needs more words. */
  readonly notes?: { readonly id?: string; readonly key?: string; readonly embed?: string };
  /** Options applied to all three, such as `readOnly` for fields the server derives. */
  readonly options?: FieldOptions<false>;
}

/** The fields a triad adds to an entity. */
export type Triad<I extends string, K extends string, B extends string, Embedded extends AnyField> = {
  readonly [P in I]: Field<string, string, false>;
} & { readonly [P in K]: Field<string, string, false> } & { readonly [P in B]: Embedded };

function sentence(text: string, note: string | undefined): string {
  const capitalized = text.charAt(0).toUpperCase() + text.slice(1);
  return note === undefined ? `${capitalized}.` : `${capitalized}. ${note}`;
}

/** The descriptions of the three members, in the same words for every triad. */
function describe(spec: TriadSpec<string, string, string>): { id: string; key: string; embed: string } {
  const keyKind = spec.key?.endsWith('reference_back_office') ? 'id' : 'code';
  return {
    id: sentence(`GUID of ${spec.about}`, spec.notes?.id),
    key: sentence(
      `back-office (ERP) ${keyKind} of ${spec.about}; a plain string, not an object`,
      spec.notes?.key,
    ),
    embed: sentence(`${spec.about}, embedded whole; the server creates or updates it`, spec.notes?.embed),
  };
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
 * ...reference(jobType, { about: 'the type of the job', id: 'job_type_id', key: 'job_type_code', embed: 'job_type' })
 */
export function reference<
  E extends Entity,
  const I extends string = never,
  const K extends string = never,
  const B extends string = never,
>(target: E, spec: TriadSpec<I, K, B>): Triad<I, K, B, Field<RequestOf<E>, ResponseOf<E>, false>> {
  const words = describe(spec);
  const { options } = spec;
  return collect([
    spec.id === undefined ? undefined : [spec.id, guid(words.id, options)],
    spec.key === undefined
      ? undefined
      : [spec.key, text(words.key, { ...options, maxLength: target.keyField?.maxLength })],
    spec.embed === undefined ? undefined : [spec.embed, embed(target, words.embed, options)],
  ]) as Triad<I, K, B, Field<RequestOf<E>, ResponseOf<E>, false>>;
}

/**
 * The same triad for a parent of the entity being defined (`_parent_id`, `_parent_code`,
 * `_parent_equipment_family`). `keyField` is the entity's own back-office key field, whose
 * length the parent key shares.
 */
export function parentReference<const I extends string, const K extends string, const B extends string>(
  keyField: AnyField,
  spec: TriadSpec<I, K, B> & { readonly id: I; readonly key: K; readonly embed: B },
): Triad<I, K, B, Field<unknown, unknown, false>> {
  const words = describe(spec);
  return collect([
    [spec.id, guid(words.id)],
    [spec.key, text(words.key, { maxLength: keyField.maxLength })],
    [spec.embed, parent(words.embed)],
  ]) as Triad<I, K, B, Field<unknown, unknown, false>>;
}
