import { type Bump, bumpFor } from '../bump.js';
import type { Change } from '../change.js';

/** Counts of a list of changes, and the bump they call for. */
export interface DiffSummary {
  readonly changes: number;
  readonly breaking: number;
  readonly nonBreaking: number;
  readonly bump: Bump;
}

/** Counts the changes and works out the bump. */
export function summarize(changes: readonly Change[]): DiffSummary {
  const breaking = changes.filter((change) => change.severity === 'breaking').length;
  return {
    changes: changes.length,
    breaking,
    nonBreaking: changes.length - breaking,
    bump: bumpFor(changes),
  };
}

/** Breaking changes first, each group in the order the diff found them. */
export function breakingFirst(changes: readonly Change[]): Change[] {
  return [
    ...changes.filter((change) => change.severity === 'breaking'),
    ...changes.filter((change) => change.severity !== 'breaking'),
  ];
}

/**
 * One pointer for a person to read: the one both documents share, or the more precise one when
 * the thing exists on one side only; both when an entry moved.
 */
export function displayPath(change: Pick<Change, 'oldPath' | 'newPath'>): string {
  const { oldPath, newPath } = change;
  if (oldPath === null || newPath === null) {
    return oldPath ?? newPath ?? '';
  }
  if (oldPath === newPath || oldPath.startsWith(`${newPath}/`) || newPath === '') {
    return oldPath;
  }
  if (newPath.startsWith(`${oldPath}/`) || oldPath === '') {
    return newPath;
  }
  return `${oldPath} → ${newPath}`;
}

/** `3 changes: 1 breaking, 2 non-breaking`. */
export function countsLine(summary: DiffSummary): string {
  if (summary.changes === 0) {
    return 'no changes';
  }
  const noun = summary.changes === 1 ? 'change' : 'changes';
  return `${summary.changes} ${noun}: ${summary.breaking} breaking, ${summary.nonBreaking} non-breaking`;
}
