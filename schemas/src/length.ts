/**
 * The unit in which every `maxLength` and `minLength` of these schemas is counted.
 *
 * The backend is ASP.NET, whose `string.Length` counts UTF-16 code units: an emoji outside
 * the Basic Multilingual Plane takes two. JSON Schema itself counts code points, so a
 * generic validator is more lenient than the server for astral characters. This is the
 * only place that decides the unit; validators built on AJV apply it through
 * {@link ajvOptions}.
 */
export const LENGTH_UNIT = 'utf-16 code units';

/**
 * Length of a string as the server counts it.
 *
 * @example
 * stringLength('😀'); // 2
 */
export function stringLength(value: string): number {
  return value.length;
}

/**
 * The AJV options these schemas are meant to be compiled with.
 *
 * `unicode: false` makes AJV measure strings with `.length`, which is exactly
 * {@link LENGTH_UNIT}. The rest keeps a failing payload failing: no coercion, no defaults,
 * no removal of unknown properties, and only own properties are looked at.
 */
export const ajvOptions = {
  unicode: false,
  ownProperties: true,
  coerceTypes: false,
  useDefaults: false,
  removeAdditional: false,
  $data: false,
} as const;
