import { isJsonObject } from './json.js';

/** One RFC 6901 segment: `~` becomes `~0`, `/` becomes `~1`. */
export function escapeSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The pointer of a child: `childPointer('/properties', 'name')` is `/properties/name`. */
export function childPointer(parent: string, ...segments: ReadonlyArray<string | number>): string {
  return segments.reduce<string>(
    (pointer, segment) => `${pointer}/${escapeSegment(String(segment))}`,
    parent,
  );
}

/** The segments of a pointer, unescaped; `''` has none. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') {
    return [];
  }
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The value a pointer names in `root`, or undefined when it names nothing. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  let current: unknown = root;
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(current) && /^(0|[1-9]\d*)$/.test(segment)) {
      current = current[Number(segment)];
    } else if (isJsonObject(current) && Object.hasOwn(current, segment)) {
      current = current[segment];
    } else {
      return undefined;
    }
  }
  return current;
}

/**
 * The longest prefix of `pointer` that names something in `root`. A change to something that
 * exists on one side only points, on the other side, at the closest place that does exist
 * (the object a property was added to, the `required` list a name was added to).
 */
export function existingPrefix(root: unknown, pointer: string): string {
  const segments = pointerSegments(pointer);
  for (let length = segments.length; length > 0; length--) {
    const candidate = childPointer('', ...segments.slice(0, length));
    if (resolvePointer(root, candidate) !== undefined) {
      return candidate;
    }
  }
  return '';
}
