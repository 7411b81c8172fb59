import { type Change, whoBreaks } from '../change.js';
import { breakingFirst, countsLine, displayPath, summarize } from './summary.js';

/**
 * Plain text, one line per change, breaking ones first, then a summary line:
 *
 * ```text
 * project.request.json /properties/reference_back_office/maxLength [max-length-decreased] breaks senders: …
 * 1 change: 1 breaking, 0 non-breaking; needs a major version
 * ```
 */
export function formatText(changes: readonly Change[]): string {
  const lines = breakingFirst(changes).map((change) => {
    const who = whoBreaks(change);
    const path = displayPath(change) || '(root)';
    return `${change.document} ${path} [${change.rule}] ${who === undefined ? '' : `breaks ${who}: `}${change.message}`;
  });
  const summary = summarize(changes);
  const bump = summary.bump === 'none' ? '' : `; needs a ${summary.bump} version`;
  return `${[...lines, `${countsLine(summary)}${bump}`].join('\n')}\n`;
}
