/** A JSON object as parsed: string keys, unknown values. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A canonical text for a JSON value: object keys sorted, so two values are equal exactly when
 * their canonical texts are. Used to compare enum values, keyword values and branches.
 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (isJsonObject(value)) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Deep equality of two JSON values (object key order does not matter, array order does). */
export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

/** A short, single-line rendering of a value for a message: long values are cut. */
export function preview(value: unknown, limit = 60): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
