import type { Direction, EntityName } from '@job-contracts/schemas/runtime';
import { type DocumentFacts, own } from './facts.js';
import { factsOf } from './locate.js';

/** What to do with one property while copying: keep it (maybe changed), or drop it. */
export type PropertyEdit = { readonly keep: true; readonly value: unknown } | { readonly keep: false };

function define(target: Record<string, unknown> | unknown[], key: string, value: unknown): void {
  // defineProperty, not assignment: a "__proto__" key stays a plain property.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A copy of `payload` in which every property of every described object went through
 * `edit`, following embedded entities, lists and parents. Iterative, so a deep payload
 * cannot overflow the stack; an object met twice is copied once, so a cycle is preserved
 * rather than followed forever. The input is never changed.
 */
export function copyAlong<T>(
  entity: EntityName,
  direction: Direction,
  payload: T,
  edit: (facts: DocumentFacts, property: string, value: unknown) => PropertyEdit,
): T {
  if (typeof payload !== 'object' || payload === null) {
    return payload;
  }
  const copies = new Map<object, Record<string, unknown> | unknown[]>();
  const work: Array<{ source: object; entity: EntityName }> = [];
  const copyOf = (source: object, of: EntityName): Record<string, unknown> | unknown[] => {
    let copy = copies.get(source);
    if (copy === undefined) {
      copy = Array.isArray(source) ? [] : {};
      copies.set(source, copy);
      work.push({ source, entity: of });
    }
    return copy;
  };

  const root = copyOf(payload, entity);
  for (let next = work.pop(); next !== undefined; next = work.pop()) {
    const target = copies.get(next.source) as Record<string, unknown> | unknown[];
    const facts = factsOf(next.entity, direction);
    if (Array.isArray(next.source)) {
      next.source.forEach((item, index) => {
        define(
          target,
          String(index),
          typeof item === 'object' && item !== null ? copyOf(item, next.entity) : item,
        );
      });
      continue;
    }
    for (const property of Object.keys(next.source)) {
      const decision = edit(facts, property, (next.source as Record<string, unknown>)[property]);
      if (!decision.keep) {
        continue;
      }
      const embed = own(facts.embeds, property);
      const value = decision.value;
      const descend = embed !== undefined && typeof value === 'object' && value !== null;
      define(target, property, descend ? copyOf(value, embed.entity) : value);
    }
  }
  return root as T;
}
