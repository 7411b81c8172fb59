import type { Bump } from '../bump.js';
import type { Change } from '../change.js';
import { summarize } from './summary.js';

/** What `formatJson` prints: the changes, their counts and the bump they need. */
export interface DiffReport {
  /** True when nothing is breaking. */
  readonly ok: boolean;
  readonly bump: Bump;
  readonly totals: { readonly changes: number; readonly breaking: number; readonly nonBreaking: number };
  readonly changes: readonly Change[];
}

/** The report as an object, for callers that post-process it. */
export function diffReport(changes: readonly Change[]): DiffReport {
  const summary = summarize(changes);
  return {
    ok: summary.breaking === 0,
    bump: summary.bump,
    totals: { changes: summary.changes, breaking: summary.breaking, nonBreaking: summary.nonBreaking },
    changes,
  };
}

/** The report as two-space-indented JSON with a final newline; see {@link DiffReport}. */
export function formatJson(changes: readonly Change[]): string {
  return `${JSON.stringify(diffReport(changes), null, 2)}\n`;
}
