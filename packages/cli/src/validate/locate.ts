import { pointerSegments } from '@job-contracts/schemas/runtime';
import type { Node } from 'jsonc-parser';

/**
 * The offset an issue at `pointer` is reported at, within the tree of its payload. The
 * pointer is followed as far as the text goes: a missing property is reported at the object
 * that should hold it. A value that belongs to a property is reported at the property's key,
 * where an editor's eye lands on the line (`"name": …`), and which is what an
 * `unknownProperty` issue is about.
 */
export function locateOffset(root: Node, pointer: string): number {
  let node = root;
  for (const segment of pointerSegments(pointer)) {
    const child = childAt(node, segment);
    if (child === undefined) {
      break;
    }
    node = child;
  }
  const parent = node.parent;
  return parent?.type === 'property' ? parent.offset : node.offset;
}

function childAt(node: Node, segment: string): Node | undefined {
  const children = node.children ?? [];
  if (node.type === 'array') {
    return /^(0|[1-9]\d*)$/.test(segment) ? children[Number(segment)] : undefined;
  }
  if (node.type !== 'object') {
    return undefined;
  }
  // JSON.parse keeps the last of duplicate keys, so the issue is about the last one.
  for (let index = children.length - 1; index >= 0; index--) {
    const property = children[index];
    if (property?.children?.[0]?.value === segment) {
      return property.children[1];
    }
  }
  return undefined;
}
