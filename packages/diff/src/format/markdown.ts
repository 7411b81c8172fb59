import { type Change, whoBreaks } from '../change.js';
import { markdownText } from './markdown-text.js';
import { countsLine, displayPath, summarize } from './summary.js';

/** A table cell: Markdown escaped, pipes too (even in code spans, as GitHub requires), on one line. */
function cell(text: string): string {
  return markdownText(text)
    .replaceAll('|', '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

function code(text: string): string {
  return text === '' ? '(root)' : `\`${text.replaceAll('`', "'")}\``;
}

function table(changes: readonly Change[], breaking: boolean): string {
  const header = breaking
    ? '| document | where | rule | breaks | change |\n| --- | --- | --- | --- | --- |'
    : '| document | where | rule | change |\n| --- | --- | --- | --- |';
  const rows = changes.map((change) => {
    const cells = [code(change.document), code(displayPath(change)), code(change.rule)];
    if (breaking) {
      cells.push(whoBreaks(change) ?? '');
    }
    cells.push(cell(change.message));
    return `| ${cells.join(' | ')} |`;
  });
  return [header, ...rows].join('\n');
}

/**
 * Markdown for a pull-request comment: a heading with the counts and the bump, a table of the
 * breaking changes, and the other changes folded in a `<details>` block.
 */
export function formatMarkdown(changes: readonly Change[]): string {
  const summary = summarize(changes);
  if (summary.changes === 0) {
    return '### Schema changes\n\nThe schema documents did not change.\n';
  }
  const verdict =
    summary.breaking > 0
      ? `**Breaking:** this needs a **major** version (a changeset that bumps the packages to major).`
      : `Nothing breaks: a **${summary.bump}** version is enough.`;
  const parts = [`### Schema changes: ${countsLine(summary).replace(/^\d+ changes?: /, '')}`, verdict];
  const breaking = changes.filter((change) => change.severity === 'breaking');
  const other = changes.filter((change) => change.severity !== 'breaking');
  if (breaking.length > 0) {
    parts.push(table(breaking, true));
  }
  if (other.length > 0) {
    const noun = other.length === 1 ? 'non-breaking change' : 'non-breaking changes';
    parts.push(
      `<details>\n<summary>${other.length} ${noun}</summary>\n\n${table(other, false)}\n\n</details>`,
    );
  }
  return `${parts.join('\n\n')}\n`;
}
