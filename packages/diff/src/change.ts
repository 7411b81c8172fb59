import type { RuleId } from './rules.js';

/** `request`: what a client sends; `response`: what the server returns. */
export type Direction = 'request' | 'response';

/**
 * The direction of a document, read from its file name (`job.request.json`). `unknown` when the
 * name does not say: such a document is checked as if it were used both ways.
 */
export type DocumentDirection = Direction | 'unknown';

/**
 * What a change does to the set of values the schema accepts: `less` (it rejects something
 * the old one accepted), `more` (it accepts something the old one rejected), `different`
 * (both), or `same` (nothing a validator sees: descriptions, names).
 */
export type Accepts = 'less' | 'more' | 'different' | 'same';

/** Whether a change can break a consumer that pinned the old version. */
export type Severity = 'breaking' | 'non-breaking';

/** One difference between the old and the new version of a document. */
export interface Change {
  /** Stable id of the rule that found it, such as `max-length-decreased`. See {@link RULES}. */
  readonly rule: RuleId;
  readonly severity: Severity;
  /** What the change does to the accepted values; with the direction, it decides the severity. */
  readonly accepts: Accepts;
  /** The entity, from the document's file name: `job` for `job.request.json`. */
  readonly entity: string;
  readonly direction: DocumentDirection;
  /** The document's file name, such as `job.request.json`. */
  readonly document: string;
  /**
   * JSON Pointer into the old document: to the changed thing, or, when it exists only in the
   * new document, to the closest place that exists (the object a property was added to).
   * Null when the old set has no such document.
   */
  readonly oldPath: string | null;
  /** The same, into the new document; null when the new set has no such document. */
  readonly newPath: string | null;
  /** One line, in plain words: what changed, with the old and new values. */
  readonly message: string;
}

/**
 * The severity of a change of effect `accepts` in a document of `direction`. A request breaks
 * its senders when it accepts less; a response breaks its readers when it may hold more.
 * A document of unknown direction breaks when either would.
 */
export function severityOf(direction: DocumentDirection, accepts: Accepts): Severity {
  if (accepts === 'same') {
    return 'non-breaking';
  }
  if (accepts === 'different' || direction === 'unknown') {
    return 'breaking';
  }
  const breaks = direction === 'request' ? 'less' : 'more';
  return accepts === breaks ? 'breaking' : 'non-breaking';
}

/**
 * Who a breaking change breaks, in words: `senders` of a request, `readers` of a response,
 * both when the direction is unknown, or `consumers` when the change is not about what is
 * accepted (an `$id`, a sensitive flag).
 */
export function whoBreaks(change: Pick<Change, 'severity' | 'direction' | 'accepts'>): string | undefined {
  if (change.severity !== 'breaking') {
    return undefined;
  }
  if (change.accepts === 'same') {
    return 'consumers';
  }
  if (change.direction === 'request') {
    return 'senders';
  }
  return change.direction === 'response' ? 'readers' : 'senders and readers';
}
