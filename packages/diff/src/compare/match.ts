import { canonical, isJsonObject } from '../json.js';
import type { Side } from './context.js';

/**
 * What identifies an entry of `anyOf` or `allOf` across versions, so that a reordered or
 * edited entry is compared with its counterpart rather than reported as removed and added:
 * a named group or condition by its name, a reference by its target, a group member by the
 * property it requires, a typed branch by its type; anything else by its whole value.
 */
export function entryKey(entry: unknown, side: Side): string {
  if (!isJsonObject(entry)) {
    return `value:${canonical(entry)}`;
  }
  if (typeof entry['x-required-group'] === 'string') {
    return `group:${entry['x-required-group']}`;
  }
  if (typeof entry['x-conditional-required'] === 'string') {
    return `condition:${entry['x-conditional-required']}`;
  }
  if (typeof entry.$ref === 'string') {
    const target = side.set.resolve(entry.$ref, side.document);
    return `ref:${target?.identity ?? entry.$ref}`;
  }
  if (Array.isArray(entry.required)) {
    return `required:${canonical([...entry.required].sort())}`;
  }
  if (entry.type !== undefined) {
    const types = Array.isArray(entry.type) ? [...entry.type].sort() : [entry.type];
    return `type:${canonical(types)}`;
  }
  return `value:${canonical(entry)}`;
}

/** The outcome of pairing two lists of entries. */
export interface Pairing {
  readonly matched: ReadonlyArray<readonly [oldIndex: number, newIndex: number]>;
  readonly removed: readonly number[];
  readonly added: readonly number[];
}

/**
 * Pairs entries with equal keys, in order. When exactly one entry is left on each side, they
 * are paired too (an edited entry whose key changed): comparing them says more than
 * "removed and added", and is no less strict.
 */
export function pairEntries(
  oldEntries: readonly unknown[],
  newEntries: readonly unknown[],
  oldSide: Side,
  newSide: Side,
): Pairing {
  const newKeys = newEntries.map((entry) => entryKey(entry, newSide));
  const taken = new Set<number>();
  const matched: Array<readonly [number, number]> = [];
  const removed: number[] = [];
  oldEntries.forEach((entry, oldIndex) => {
    const key = entryKey(entry, oldSide);
    const newIndex = newKeys.findIndex((candidate, index) => candidate === key && !taken.has(index));
    if (newIndex === -1) {
      removed.push(oldIndex);
    } else {
      taken.add(newIndex);
      matched.push([oldIndex, newIndex]);
    }
  });
  const added = newEntries.map((_, index) => index).filter((index) => !taken.has(index));
  const [lastRemoved] = removed;
  const [lastAdded] = added;
  if (removed.length === 1 && added.length === 1 && lastRemoved !== undefined && lastAdded !== undefined) {
    return { matched: [...matched, [lastRemoved, lastAdded]], removed: [], added: [] };
  }
  return { matched, removed, added };
}
