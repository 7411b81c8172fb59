import type { Direction, EntityName } from '@job-contracts/schemas/runtime';
import { factsOf } from './locate.js';
import { escapeSegment } from './pointer.js';

/** A list too long to check in one detailed pass, and what its items are. */
export interface LongList {
  readonly path: string;
  readonly entity: EntityName;
  readonly items: readonly unknown[];
}

// Known structure is shallow (a few embedded entities, parent chains of at most a handful);
// deeper than this, the detailed validator stops at the parent-chain limit anyway.
const MAX_FOLLOWED_DEPTH = 64;

/**
 * A view of `data` in which every schema-described list longer than `limit` keeps only its
 * first `limit` items, and the lists that were cut. A detailed pass over the view reports a
 * bounded number of errors; the cut items are checked one at a time afterwards. `data` is
 * returned as it is when nothing needs cutting, and is never changed.
 */
export function shortenLists(
  entity: EntityName,
  direction: Direction,
  data: unknown,
  limit: number,
): { view: unknown; lists: LongList[] } {
  const lists: LongList[] = [];

  const visit = (value: unknown, current: EntityName, path: string, depth: number): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > MAX_FOLLOWED_DEPTH) {
      return value;
    }
    let copy: Record<string, unknown> | undefined;
    for (const [property, embed] of Object.entries(factsOf(current, direction).embeds)) {
      if (!Object.hasOwn(value, property)) {
        continue;
      }
      const child = (value as Record<string, unknown>)[property];
      const childPath = `${path}/${escapeSegment(property)}`;
      let replacement: unknown = child;
      if (embed.list && Array.isArray(child)) {
        const kept = child.length > limit ? child.slice(0, limit) : child;
        if (kept !== child) {
          lists.push({ path: childPath, entity: embed.entity, items: child });
        }
        const visited = kept.map((item, index) =>
          visit(item, embed.entity, `${childPath}/${index}`, depth + 1),
        );
        replacement = visited.some((item, index) => item !== kept[index]) ? visited : kept;
      } else if (!embed.list) {
        replacement = visit(child, embed.entity, childPath, depth + 1);
      }
      if (replacement !== child) {
        copy ??= { ...(value as Record<string, unknown>) };
        Object.defineProperty(copy, property, {
          value: replacement,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
    return copy ?? value;
  };

  const view = visit(data, entity, '', 0);
  return { view, lists };
}
