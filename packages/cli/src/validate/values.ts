import { type Node, parseTree } from 'jsonc-parser';
import type { Entry } from './entry.js';
import { locateOffset } from './locate.js';
import type { Position } from './position.js';
import { parseJson } from './syntax.js';

/**
 * The payloads of one JSON value found at `origin` in a file. A top-level array is a list of
 * payloads (no entity is an array, and it is what `job-contracts mock --array` writes);
 * anything else is one payload. `toPosition` turns an offset within `text` into a position
 * in the file. The parse tree that places issues is built only when a payload has issues.
 */
export function* valueEntries(text: string, toPosition: (offset: number) => Position): Generator<Entry> {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    yield { kind: 'malformed', position: toPosition(parsed.offset), message: parsed.message };
    return;
  }
  let tree: Node | undefined;
  const treeOf = (): Node | undefined => {
    tree ??= parseTree(text);
    return tree;
  };
  if (!Array.isArray(parsed.value)) {
    yield { kind: 'payload', value: parsed.value, locate: locator(treeOf, toPosition) };
    return;
  }
  for (const [index, value] of parsed.value.entries()) {
    const element = (): Node | undefined => treeOf()?.children?.[index];
    yield { kind: 'payload', value, locate: locator(element, toPosition) };
  }
}

function locator(
  node: () => Node | undefined,
  toPosition: (offset: number) => Position,
): (pointer: string) => Position {
  return (pointer) => {
    const root = node();
    return toPosition(root === undefined ? 0 : locateOffset(root, pointer));
  };
}
