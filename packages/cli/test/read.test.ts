// Reading inputs: NDJSON or one JSON text, told apart by name or content.

import { describe, expect, it } from 'vitest';
import type { Entry } from '../src/validate/entry.js';
import { readEntries } from '../src/validate/read.js';

async function read(text: string, layout: 'ndjson' | 'detect' = 'detect') {
  async function* lines(): AsyncGenerator<string> {
    yield* text.split(/\r?\n/);
  }
  const reading = readEntries(lines(), layout);
  const entries: Entry[] = [];
  for await (const entry of reading.entries) {
    entries.push(entry);
  }
  const summary = entries.map((entry) =>
    entry.kind === 'payload'
      ? { value: entry.value, at: entry.locate('') }
      : { error: entry.message, at: entry.position },
  );
  return { format: reading.format(), entries: summary };
}

describe('readEntries', () => {
  it('reads NDJSON when the first line is a value, skipping blank lines', async () => {
    expect(await read('\n{"a":1}\n\n  [2, 3]\n')).toEqual({
      format: 'ndjson',
      entries: [
        { value: { a: 1 }, at: { line: 2, column: 1 } },
        { value: 2, at: { line: 4, column: 4 } },
        { value: 3, at: { line: 4, column: 7 } },
      ],
    });
  });

  it('reads one JSON text when the first line is not a value', async () => {
    expect(await read('\n{\n  "a": 1\n}\n')).toEqual({
      format: 'json',
      entries: [{ value: { a: 1 }, at: { line: 2, column: 1 } }],
    });
  });

  it('reads several values in a row, and literals as payloads', async () => {
    const { entries } = await read('{\n}\n"x" 3\nnull');
    expect(entries.map((entry) => ('value' in entry ? entry.value : entry.error))).toEqual([
      {},
      'x',
      3,
      null,
    ]);
  });

  it('stops at a broken value and resumes at the next line that opens a value', async () => {
    expect((await read('{\n  "a": [1,\n}\n{"b": 2}\n] junk\n[\n]')).entries).toEqual([
      { error: 'malformed JSON: value expected', at: { line: 3, column: 1 } },
      { value: { b: 2 }, at: { line: 4, column: 1 } },
      { error: 'malformed JSON: value expected', at: { line: 5, column: 1 } },
      // an empty list holds no payloads
    ]);
  });

  it('rejects comments, which JSON does not have', async () => {
    expect((await read('// note\n{\n}')).entries).toEqual([
      { error: 'malformed JSON: comments are not allowed in JSON', at: { line: 1, column: 1 } },
      { value: {}, at: { line: 2, column: 1 } },
    ]);
  });

  it('reports an unfinished value at the end', async () => {
    expect((await read('{\n  "a": 1\n')).entries).toEqual([
      { error: 'malformed JSON: closing brace expected', at: { line: 3, column: 1 } },
    ]);
  });

  it('keeps __proto__ as a plain property, as JSON.parse does', async () => {
    const { entries } = await read('{"__proto__": {"polluted": true}}');
    const value = (entries[0] as { value: object }).value;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
  });

  it('ignores a byte order mark', async () => {
    expect((await read('\ufeff{"a": [1}')).entries).toEqual([
      { error: 'malformed JSON: comma expected', at: { line: 1, column: 9 } },
    ]);
  });

  it('reads every line as a payload in NDJSON layout', async () => {
    expect(await read('{\n{}', 'ndjson')).toEqual({
      format: 'ndjson',
      entries: [
        { error: 'malformed JSON: closing brace expected', at: { line: 1, column: 2 } },
        { value: {}, at: { line: 2, column: 1 } },
      ],
    });
  });
});
