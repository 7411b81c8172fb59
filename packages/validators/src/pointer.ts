import { pointerSegments as segments } from '@job-contracts/schemas/runtime';

export { escapeSegment } from '@job-contracts/schemas/runtime';
export { segments };

/** The last segment of a pointer, or undefined for the root. */
export function lastSegment(pointer: string): string | undefined {
  return segments(pointer).at(-1);
}

/** The value at a pointer, following own properties only; undefined when there is none. */
export function valueAt(data: unknown, pointer: string): unknown {
  let current = data;
  for (const segment of segments(pointer)) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** The JSON type name of a value, as an issue's `received`. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
