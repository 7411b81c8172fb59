import { createScanner } from 'jsonc-parser';
import type { Entry } from './entry.js';
import { LineIndex } from './position.js';
import { syntaxError } from './syntax.js';
import { valueEntries } from './values.js';

// jsonc-parser's SyntaxKind and ScanError, by number: its enums are `const`, which isolated modules cannot read.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const NULL_KEYWORD = 7;
const NUMERIC_LITERAL = 11;
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const LINE_BREAK = 14;
const TRIVIA = 15;
const EOF = 17;
const NO_SCAN_ERROR = 0;

/** Where one top-level value lies in a document, or where the document stops being JSON. */
type Span =
  | { readonly start: number; readonly end: number }
  | { readonly errorAt: number; readonly resume: number };

/**
 * The payloads of a JSON document held in memory: one value, or several one after another
 * (pretty-printed payloads concatenated). After a syntax error, reading resumes at the next
 * line that starts with `{` or `[` in its first column, where a new pretty-printed value
 * most likely begins.
 */
export function* documentEntries(text: string): Generator<Entry> {
  const lines = new LineIndex(text);
  for (const span of topLevelSpans(text)) {
    if ('errorAt' in span) {
      const rest = text.slice(span.errorAt, span.resume);
      const found = syntaxError(rest);
      yield {
        kind: 'malformed',
        position: lines.position(span.errorAt + found.offset),
        message: found.message,
      };
      continue;
    }
    yield* valueEntries(text.slice(span.start, span.end), (offset) => lines.position(span.start + offset));
  }
}

/**
 * Splits a document into its top-level values by matching brackets over jsonc-parser's
 * tokens. What lies between the brackets is left to `JSON.parse`, which is faster and
 * stricter than any check here.
 */
function* topLevelSpans(text: string): Generator<Span> {
  const scanner = createScanner(text, false);
  const next = (): number => {
    let token = scanner.scan();
    while (token === LINE_BREAK || token === TRIVIA) {
      token = scanner.scan();
    }
    return token;
  };
  let token = next();
  while (token !== EOF) {
    const start = scanner.getTokenOffset();
    // The closing brackets still owed, innermost last; a mismatch means the text is broken here.
    const owed: number[] = [];
    let broken = false;
    for (;;) {
      if (scanner.getTokenError() !== NO_SCAN_ERROR || token === LINE_COMMENT || token === BLOCK_COMMENT) {
        broken = true;
      } else if (token === OPEN_BRACE || token === OPEN_BRACKET) {
        owed.push(token === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET);
      } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
        broken = owed.pop() !== token;
      } else if (owed.length === 0 && !(token >= NULL_KEYWORD && token <= NUMERIC_LITERAL)) {
        broken = true; // a comma, colon or stray character where a value should start
      }
      if (broken || owed.length === 0) {
        break;
      }
      token = next();
      if (token === EOF) {
        broken = true;
        break;
      }
    }
    if (broken) {
      const resume = resumeOffset(text, start);
      yield { errorAt: start, resume };
      scanner.setPosition(resume);
    } else {
      yield { start, end: scanner.getTokenOffset() + scanner.getTokenLength() };
    }
    token = next();
  }
}

// The start of the first line after the one holding `offset` that opens with `{` or `[`.
function resumeOffset(text: string, offset: number): number {
  const pattern = /\n[[{]/g;
  pattern.lastIndex = offset;
  const match = pattern.exec(text);
  return match === null ? text.length : match.index + 1;
}
