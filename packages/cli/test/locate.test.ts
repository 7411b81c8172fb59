// Placing a JSON Pointer in source text: lines, columns, missing properties, escapes.

import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { locateOffset } from '../src/validate/locate.js';
import { LineIndex } from '../src/validate/position.js';

function place(text: string, pointer: string): { line: number; column: number } {
  const tree = parseTree(text);
  if (tree === undefined) {
    throw new Error('test text is not JSON');
  }
  return new LineIndex(text).position(locateOffset(tree, pointer));
}

const TEXT = `{
  "a": {
    "b": [10, {"c/d": 1, "e~f": 2}],
    "dup": 1,
    "dup": 2
  }
}`;

describe('locateOffset', () => {
  it('puts the root at its first character', () => {
    expect(place(TEXT, '')).toEqual({ line: 1, column: 1 });
  });

  it('puts a property at its key', () => {
    expect(place(TEXT, '/a')).toEqual({ line: 2, column: 3 });
    expect(place(TEXT, '/a/b')).toEqual({ line: 3, column: 5 });
  });

  it('puts an array item at its value', () => {
    expect(place(TEXT, '/a/b/0')).toEqual({ line: 3, column: 11 });
    expect(place(TEXT, '/a/b/1')).toEqual({ line: 3, column: 15 });
  });

  it('decodes ~1 and ~0', () => {
    expect(place(TEXT, '/a/b/1/c~1d')).toEqual({ line: 3, column: 16 });
    expect(place(TEXT, '/a/b/1/e~0f')).toEqual({ line: 3, column: 26 });
  });

  it('puts a missing property at the object that lacks it', () => {
    expect(place(TEXT, '/a/missing')).toEqual({ line: 2, column: 3 });
    expect(place(TEXT, '/missing')).toEqual({ line: 1, column: 1 });
    expect(place(TEXT, '/a/b/7')).toEqual({ line: 3, column: 5 });
  });

  it('takes the last of duplicate keys, as JSON.parse does', () => {
    expect(place(TEXT, '/a/dup')).toEqual({ line: 5, column: 5 });
  });
});

describe('LineIndex', () => {
  it('counts lines from the given first line, and columns in UTF-16 code units', () => {
    const index = new LineIndex('ab\n😀x\n', 10);
    expect(index.position(0)).toEqual({ line: 10, column: 1 });
    expect(index.position(3)).toEqual({ line: 11, column: 1 });
    expect(index.position(5)).toEqual({ line: 11, column: 3 });
    expect(index.position(7)).toEqual({ line: 12, column: 1 });
  });
});
