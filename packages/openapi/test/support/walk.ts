/** Calls `visit` on every object and array inside `value`, with its JSON Pointer. */
export function walk(value: unknown, visit: (node: object, pointer: string) => void, pointer = ''): void {
  if (typeof value !== 'object' || value === null) {
    return;
  }
  visit(value, pointer);
  for (const [key, child] of Object.entries(value)) {
    walk(child, visit, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  }
}

/** Every `$ref` inside `value`, with the pointer of the object holding it. */
export function refsIn(value: unknown): Array<{ ref: string; at: string }> {
  const refs: Array<{ ref: string; at: string }> = [];
  walk(value, (node, at) => {
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string') refs.push({ ref, at });
  });
  return refs;
}

/** The value an internal `$ref` (`#/components/schemas/Job`) points to, or undefined. */
export function resolveRef(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) {
    return undefined;
  }
  let current = document;
  for (const token of ref.slice(2).split('/')) {
    const key = decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
