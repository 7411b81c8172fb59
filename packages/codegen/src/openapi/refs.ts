/** Where OpenAPI keeps reusable schemas: every `$ref` of a fragment points below it. */
export const SCHEMAS_POINTER = '#/components/schemas/';

/** The `$ref` of a component schema. */
export function schemaRef(name: string): { $ref: string } {
  return { $ref: `${SCHEMAS_POINTER}${name}` };
}

/**
 * A copy of `value` with every `$ref` string replaced by `rewrite($ref)`, at any depth.
 * Walks plain JSON: arrays and objects are copied, everything else is kept as it is.
 */
export function rewriteRefs(value: unknown, rewrite: (ref: string) => string): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => rewriteRefs(item, rewrite));
  }
  if (typeof value !== 'object' || value === null) {
    return value;
  }
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    copy[key] = key === '$ref' && typeof child === 'string' ? rewrite(child) : rewriteRefs(child, rewrite);
  }
  return copy;
}
