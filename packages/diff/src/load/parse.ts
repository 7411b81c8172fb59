import { DiffInputError } from '../errors.js';

/** Parses one document's text, naming the file when it is not JSON. */
export function parseDocument(text: string, where: string): unknown {
  try {
    // A byte order mark is not JSON, but editors write one.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DiffInputError('malformed-json', `${where} is not valid JSON: ${reason}`);
  }
}
