/**
 * The annotation keywords these schemas add to JSON Schema. A strict validator must be told
 * about them (AJV: `ajv.addVocabulary(VOCABULARY)`); a lenient one ignores them.
 */
export const VOCABULARY = [
  /** `true` on a property holding personal data: never echo it, mask it in logs. */
  'x-sensitive',
  /** On an `anyOf` of `required`: the name of an "at least one of" group. */
  'x-required-group',
  /** On an `if`/`then`: the name of a conditional requirement. */
  'x-conditional-required',
  /** On a document: `{ property, limit }`, how deep the self-embedding parent chain may go. */
  'x-max-depth',
] as const;

/** The value of `x-max-depth` on a document that embeds a parent of its own kind. */
export interface MaxDepth {
  readonly property: string;
  readonly limit: number;
}

/**
 * How many parents hang below `value` through `property`, counting at most `stopAfter + 1`
 * so a hostile chain is never walked further than needed. Iterative: never overflows.
 *
 * @example
 * parentDepth({ _parent_job: { _parent_job: {} } }, '_parent_job', 5); // 2
 */
export function parentDepth(value: unknown, property: string, stopAfter: number): number {
  let depth = 0;
  let current = value;
  while (depth <= stopAfter) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, property)) {
      return depth;
    }
    const next = (current as Record<string, unknown>)[property];
    if (typeof next !== 'object' || next === null) {
      return depth;
    }
    depth += 1;
    current = next;
  }
  return depth;
}
