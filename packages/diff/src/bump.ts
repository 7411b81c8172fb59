import type { Change } from './change.js';

/** A semantic-versioning bump, or none when nothing changed. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/**
 * The version bump a set of changes calls for: `major` when any is breaking, `minor` when any
 * changes what is accepted (a new optional field, a looser request limit), `patch` when only
 * words changed (descriptions, titles), `none` when nothing did.
 *
 * @example
 * bumpFor(diffDocuments(released, current)); // 'minor'
 */
export function bumpFor(changes: readonly Change[]): Bump {
  if (changes.some((change) => change.severity === 'breaking')) {
    return 'major';
  }
  if (changes.some((change) => change.accepts !== 'same' || change.rule === 'entity-added')) {
    return 'minor';
  }
  return changes.length > 0 ? 'patch' : 'none';
}
