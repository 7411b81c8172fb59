import { documentEntries } from './document.js';
import type { Entry } from './entry.js';
import { parseJson } from './syntax.js';
import { valueEntries } from './values.js';

/** How an input was read: one payload per line, or as one JSON text. */
export type InputFormat = 'ndjson' | 'json';

/** The entries of one input, and how it turned out to be laid out. */
export interface InputReading {
  /** Source order; pulls lines from the input as it is iterated. */
  readonly entries: AsyncIterable<Entry>;
  /** Known once the first non-blank line has been read. */
  format(): InputFormat;
}

/**
 * Reads an input line by line. `ndjson` (from a `.ndjson` or `.jsonl` name) reads one payload
 * per line. Otherwise the content decides: if the first non-blank line is a JSON value by
 * itself the input is NDJSON, streamed; if not, it is one JSON text (a pretty-printed
 * payload, or several in a row), which is gathered and read whole. Blank lines are skipped.
 */
export function readEntries(lines: AsyncIterable<string>, layout: 'ndjson' | 'detect'): InputReading {
  let format: InputFormat = 'ndjson';
  let decided = layout === 'ndjson';
  async function* entries(): AsyncGenerator<Entry> {
    const document: string[] = [];
    let lineNumber = 0;
    for await (const raw of lines) {
      lineNumber++;
      // A byte order mark is not JSON, and editors do not count it as a column.
      const line = lineNumber === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (format === 'json') {
        document.push(line);
        continue;
      }
      if (line.trim() === '') {
        if (!decided) {
          document.push(line); // may yet be the head of a JSON text, where lines count
        }
        continue;
      }
      if (!decided) {
        decided = true;
        if (!parseJson(line).ok) {
          format = 'json';
          document.push(line);
          continue;
        }
      }
      const at = lineNumber;
      yield* valueEntries(line, (offset) => ({ line: at, column: offset + 1 }));
    }
    if (format === 'json') {
      yield* documentEntries(document.join('\n'));
    }
  }
  return { entries: entries(), format: () => format };
}
