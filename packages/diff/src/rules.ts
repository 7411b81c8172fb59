import type { Accepts } from './change.js';

/** What the catalog says about one rule. */
export interface RuleInfo {
  /** What the rule finds, in a few words. */
  readonly summary: string;
  /**
   * Its effect on the accepted values, or `varies` when that depends on the schemas (a
   * property added to a closed object accepts more; added to an open one, less).
   */
  readonly accepts: Accepts | 'varies';
  /**
   * Breaking in every direction, whatever it does to the accepted values: the diff cannot
   * vouch for it, or consumers depend on more than validation (an `$id`, a sensitive flag).
   */
  readonly alwaysBreaking?: true;
}

/**
 * Every rule the diff reports, by stable id. Ids never change meaning; new rules get new ids.
 * The package README has the same list with an example each (a test keeps them in step).
 */
export const RULES = {
  'entity-added': { summary: 'a document exists only in the new set', accepts: 'same' },
  'entity-removed': {
    summary: 'a document exists only in the old set',
    accepts: 'different',
    alwaysBreaking: true,
  },
  'id-changed': {
    summary: 'the `$id` of a document changed; consumers that look it up by `$id` no longer find it',
    accepts: 'same',
    alwaysBreaking: true,
  },
  'property-added': { summary: 'a property is described in the new schema only', accepts: 'varies' },
  'property-removed': { summary: 'a property is described in the old schema only', accepts: 'varies' },
  'required-added': { summary: 'a property became required', accepts: 'less' },
  'required-removed': { summary: 'a property is no longer required', accepts: 'more' },
  'additional-properties-closed': {
    summary: 'properties not described are now rejected',
    accepts: 'less',
  },
  'additional-properties-opened': {
    summary: 'properties not described are now accepted',
    accepts: 'more',
  },
  'type-narrowed': { summary: 'fewer JSON types are accepted', accepts: 'less' },
  'type-widened': { summary: 'more JSON types are accepted', accepts: 'more' },
  'type-changed': { summary: 'the accepted JSON types changed both ways', accepts: 'different' },
  'max-length-decreased': { summary: 'a lower (or a first) maximum string length', accepts: 'less' },
  'max-length-increased': { summary: 'a higher (or no) maximum string length', accepts: 'more' },
  'min-length-increased': { summary: 'a higher (or a first) minimum string length', accepts: 'less' },
  'min-length-decreased': { summary: 'a lower (or no) minimum string length', accepts: 'more' },
  'pattern-added': { summary: 'a string must now match a pattern', accepts: 'less' },
  'pattern-removed': { summary: 'a string no longer has to match a pattern', accepts: 'more' },
  'pattern-changed': { summary: 'a string must match a different pattern', accepts: 'different' },
  'format-added': { summary: 'a string must now have a format', accepts: 'less' },
  'format-removed': { summary: 'a string no longer has to have a format', accepts: 'more' },
  'format-changed': {
    summary: 'a string must have another format (wider, narrower or unrelated)',
    accepts: 'varies',
  },
  'minimum-increased': { summary: 'a higher (or a first) minimum', accepts: 'less' },
  'minimum-decreased': { summary: 'a lower (or no) minimum', accepts: 'more' },
  'maximum-decreased': { summary: 'a lower (or a first) maximum', accepts: 'less' },
  'maximum-increased': { summary: 'a higher (or no) maximum', accepts: 'more' },
  'enum-added': { summary: 'a value must now be one of a list', accepts: 'less' },
  'enum-removed': { summary: 'a value is no longer limited to a list', accepts: 'more' },
  'enum-value-removed': { summary: 'a value left an enum', accepts: 'less' },
  'enum-value-added': { summary: 'a value joined an enum', accepts: 'more' },
  'const-added': { summary: 'a value must now be one constant', accepts: 'less' },
  'const-removed': { summary: 'a value is no longer fixed to a constant', accepts: 'more' },
  'const-changed': { summary: 'a value must be another constant', accepts: 'different' },
  'any-of-added': { summary: 'a value must now match one of several schemas', accepts: 'less' },
  'any-of-removed': { summary: 'a value no longer has to match one of several schemas', accepts: 'more' },
  'any-of-branch-added': { summary: 'one more alternative in an `anyOf`', accepts: 'more' },
  'any-of-branch-removed': { summary: 'one alternative fewer in an `anyOf`', accepts: 'less' },
  'all-of-entry-added': { summary: 'one more schema a value must match (`allOf`)', accepts: 'less' },
  'all-of-entry-removed': { summary: 'one schema fewer a value must match (`allOf`)', accepts: 'more' },
  'required-group-added': { summary: 'a new "at least one of" group', accepts: 'less' },
  'required-group-removed': { summary: 'an "at least one of" group was dropped', accepts: 'more' },
  'required-group-tightened': {
    summary: 'an "at least one of" group lost a member: fewer ways to satisfy it',
    accepts: 'less',
  },
  'required-group-loosened': {
    summary: 'an "at least one of" group gained a member: more ways to satisfy it',
    accepts: 'more',
  },
  'conditional-required-added': { summary: 'a new conditional requirement (`if`/`then`)', accepts: 'less' },
  'conditional-required-removed': { summary: 'a conditional requirement was dropped', accepts: 'more' },
  'conditional-required-tightened': {
    summary: 'a conditional requirement requires more, or applies to more payloads',
    accepts: 'less',
  },
  'conditional-required-loosened': {
    summary: 'a conditional requirement requires less, or applies to fewer payloads',
    accepts: 'more',
  },
  'condition-changed': { summary: 'an `if`/`then`/`else` changed', accepts: 'varies' },
  'max-depth-decreased': {
    summary: 'a parent chain may be less deep (`x-max-depth`), or is bounded for the first time',
    accepts: 'less',
  },
  'max-depth-increased': {
    summary: 'a parent chain may be deeper, or is no longer bounded',
    accepts: 'more',
  },
  'max-depth-changed': { summary: 'the depth bound now applies to another property', accepts: 'different' },
  'max-nesting-decreased': {
    summary: 'a value nobody describes may nest less deeply (`x-max-nesting`)',
    accepts: 'less',
  },
  'max-nesting-increased': { summary: 'a value nobody describes may nest more deeply', accepts: 'more' },
  'false-schema-added': { summary: 'a schema became `false`: it accepts nothing', accepts: 'less' },
  'false-schema-removed': { summary: 'a `false` schema became a real one', accepts: 'more' },
  'ref-target-changed': {
    summary: 'a `$ref` points elsewhere (or a schema was inlined); the targets are compared',
    accepts: 'varies',
  },
  'ref-unresolved': {
    summary: 'a `$ref` points at nothing in its set of documents',
    accepts: 'different',
    alwaysBreaking: true,
  },
  'definition-added': {
    summary: 'a `$defs` entry was added (it is checked where it is used)',
    accepts: 'same',
  },
  'definition-removed': {
    summary: 'a `$defs` entry was removed (it is checked where it was used)',
    accepts: 'same',
  },
  'description-changed': { summary: 'a description changed', accepts: 'same' },
  'annotation-changed': {
    summary: 'a title, comment, example, default, `readOnly` or a rule name changed',
    accepts: 'same',
  },
  'sensitive-added': { summary: 'a property is now marked `x-sensitive`', accepts: 'same' },
  'sensitive-removed': {
    summary: 'a property is no longer marked `x-sensitive`: tools will start echoing its values',
    accepts: 'same',
    alwaysBreaking: true,
  },
  'unsupported-change': {
    summary: 'a keyword the diff does not understand changed (or may change meaning)',
    accepts: 'different',
    alwaysBreaking: true,
  },
} as const satisfies Record<string, RuleInfo>;

/** The id of a rule in {@link RULES}. */
export type RuleId = keyof typeof RULES;

/** Every rule id, in catalog order. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];
