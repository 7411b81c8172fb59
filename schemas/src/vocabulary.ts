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
  /** On a schema of an undescribed value: how many levels of objects and arrays it may nest. */
  'x-max-nesting',
] as const;

/** The value of `x-max-depth` on a document that embeds a parent of its own kind. */
export interface MaxDepth {
  readonly property: string;
  readonly limit: number;
}

/**
 * How many levels of objects and arrays `value` nests, counting at most `stopAfter + 1`.
 * A scalar is 0 levels, `{}` and `[]` are 1, `{ a: [1] }` is 2. Iterative, and a cycle counts
 * as deeper than any limit.
 *
 * @example
 * nestingDepth({ a: [1] }, 32); // 2
 */
export function nestingDepth(value: unknown, stopAfter: number): number {
  let deepest = 0;
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (typeof node !== 'object' || node === null) {
      continue;
    }
    const level = depth + 1;
    if (level > stopAfter) {
      return stopAfter + 1;
    }
    deepest = Math.max(deepest, level);
    // A cycle needs no bookkeeping: it keeps adding levels, so it always runs past the limit.
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      stack.push({ node: child, depth: level });
    }
  }
  return deepest;
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
