// RFC 6901 JSON Pointers, as issues and reports name places in a payload or a document.

/** Escapes one segment: `~` as `~0`, then `/` as `~1`. */
export function escapeSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The segments of a pointer, unescaped (`~1` before `~0`). `""`, the root, has none. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') {
    return [];
  }
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}
