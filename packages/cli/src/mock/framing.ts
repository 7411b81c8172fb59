/** Turns serialized values into the text of the output format, one value at a time. */
export interface Framing {
  item(json: string): string;
  end(): string;
}

/** NDJSON: one value per line. */
export function ndjsonFraming(): Framing {
  return { item: (json) => `${json}\n`, end: () => '' };
}

/**
 * A JSON array with one value per line, written as it goes: valid JSON that still reads
 * (and diffs) line by line, and needs no more memory for a million values than for one.
 */
export function arrayFraming(): Framing {
  let first = true;
  return {
    item: (json) => {
      const prefix = first ? '[\n' : ',\n';
      first = false;
      return `${prefix}${json}`;
    },
    end: () => (first ? '[]\n' : '\n]\n'),
  };
}
