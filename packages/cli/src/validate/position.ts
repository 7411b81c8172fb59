/** A place in a source text: 1-based line, and 1-based column counted in UTF-16 code units as editors do. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Turns offsets into a text into positions. Built once per document: it records where each
 * line starts, and answers by binary search.
 */
export class LineIndex {
  readonly #starts: number[] = [0];
  readonly #firstLine: number;

  /** `firstLine` is the line number of the text's first line in its file. */
  constructor(text: string, firstLine = 1) {
    this.#firstLine = firstLine;
    for (let offset = 0; offset < text.length; offset++) {
      if (text.charCodeAt(offset) === 10) {
        this.#starts.push(offset + 1);
      }
    }
  }

  /** The position of `offset` (clamped to the text). */
  position(offset: number): Position {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.#starts[middle] as number) <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    const start = this.#starts[low] as number;
    return { line: this.#firstLine + low, column: Math.max(offset - start, 0) + 1 };
  }
}
