import { EXIT_INVALID, EXIT_OK, type ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { writeText } from '../output.js';
import { type DiffInputs, loadInputs } from './inputs.js';

/** How `job-contracts diff` prints the changes. */
export type DiffFormat = 'text' | 'json' | 'markdown';

/** What `job-contracts diff` was asked to do. */
export interface DiffOptions extends DiffInputs {
  readonly format: DiffFormat;
}

/**
 * Compares two sets of schema documents and prints every change, classified by who it
 * breaks. Returns 1 when a change is breaking, 0 otherwise; unreadable input is a usage
 * error (2).
 */
export async function runDiff(options: DiffOptions, io: CliIo): Promise<ExitCode> {
  const sets = await loadInputs(options, io.cwd, 'diff');
  const { diffDocuments, formatJson, formatMarkdown, formatText } = await import('@job-contracts/diff');
  const changes = diffDocuments(sets.old, sets.new);

  const render = { text: formatText, json: formatJson, markdown: formatMarkdown }[options.format];
  await writeText(io.stdout, render(changes));
  return changes.some((change) => change.severity === 'breaking') ? EXIT_INVALID : EXIT_OK;
}
