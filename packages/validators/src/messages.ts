import { jsonType } from './pointer.js';

const ARTICLES: Readonly<Record<string, string>> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/** `a, b or c`. */
export function oneOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** `a string or null`, for a list of JSON types. */
export function describeTypes(types: readonly string[]): string {
  // "number" already covers "integer"; list each once, null last.
  const unique = [...new Set(types)].sort((a, b) => Number(a === 'null') - Number(b === 'null'));
  return oneOf(unique.map((type) => ARTICLES[type] ?? type));
}

const PREVIEW_LENGTH = 40;

/** A short, quoted preview of a value for a message; only for fields that are not sensitive. */
export function preview(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > PREVIEW_LENGTH ? `${value.slice(0, PREVIEW_LENGTH)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return jsonType(value);
}

/** A field name for a message: the last segment, or `item 3 of translations` for a list item. */
export function fieldLabel(segments: readonly string[], root: string): string {
  const last = segments.at(-1);
  if (last === undefined) {
    return root;
  }
  const parent = segments.at(-2);
  return /^\d+$/.test(last) && parent !== undefined ? `${parent}[${last}]` : last;
}
