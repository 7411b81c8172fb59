/**
 * The rules a validation issue can name: the vocabulary shared by the validators, the OpenAPI
 * `Issue` schema and the fixtures' invalid payloads. Stable: tools match on them.
 *
 * - `required`: a required property is missing, blank, or the nil GUID;
 * - `requiredGroup`: none of an "at least one of" group is given;
 * - `conditionalRequired`: a property required by a condition (the mobile-installation address) is missing or blank;
 * - `type`, `maxLength`, `minLength`, `format`, `enum`, `minimum`, `maximum`: the value breaks that constraint;
 * - `unknownProperty`: a request carries a property its entity does not have;
 * - `maxDepth`: a parent chain, or a value no schema describes, nests too deeply;
 * - `unreadable`: the value could not be read (a getter or proxy threw).
 */
export const RULES = [
  'required',
  'requiredGroup',
  'conditionalRequired',
  'type',
  'maxLength',
  'minLength',
  'format',
  'enum',
  'minimum',
  'maximum',
  'unknownProperty',
  'maxDepth',
  'unreadable',
] as const;

/** One of {@link RULES}. */
export type Rule = (typeof RULES)[number];
