/**
 * Freezes `value` and everything inside it. The fragments are shared by every importer; a
 * caller that changed one would change it for all of them, so none may.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) {
      deepFreeze(child);
    }
  }
  return value;
}
