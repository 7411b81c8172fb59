import { type ParseError, parseTree } from 'jsonc-parser';

/** The outcome of reading one JSON text: its value, or where and why it is not JSON. */
export type ParseOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly offset: number; readonly message: string };

// jsonc-parser's ParseErrorCode, by number: its enum is `const`, which isolated modules cannot read.
const PARSE_ERRORS: Readonly<Record<number, string>> = {
  1: 'unexpected character',
  2: 'invalid number',
  3: 'property name expected',
  4: 'value expected',
  5: 'colon expected',
  6: 'comma expected',
  7: 'closing brace expected',
  8: 'closing bracket expected',
  9: 'end of value expected: more than one JSON value here',
  10: 'comments are not allowed in JSON',
  11: 'unterminated comment',
  12: 'unterminated string',
  13: 'unterminated number',
  14: 'invalid unicode escape',
  15: 'invalid escape character',
  16: 'control character in a string',
};

/**
 * Parses `text` as JSON. The value comes from `JSON.parse`, so it is exactly what a server
 * would see (a `__proto__` key stays a plain own property); only when that fails is the text
 * scanned again, with jsonc-parser, to say where.
 */
export function parseJson(text: string): ParseOutcome {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, ...syntaxError(text) };
  }
}

/** Where `text` (known not to be JSON) goes wrong, and a short reason, prefixed "malformed JSON". */
export function syntaxError(text: string): { offset: number; message: string } {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first === undefined) {
    // JSON.parse and jsonc-parser disagree only on exotic input; point at the start.
    return { offset: 0, message: 'malformed JSON' };
  }
  return { offset: first.offset, message: `malformed JSON: ${PARSE_ERRORS[first.error] ?? 'syntax error'}` };
}
