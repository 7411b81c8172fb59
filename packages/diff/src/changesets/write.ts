import { createHash } from 'node:crypto';
import { type Bump, bumpFor } from '../bump.js';
import { type Change, whoBreaks } from '../change.js';
import { markdownText } from '../format/markdown-text.js';
import { displayPath } from '../format/summary.js';
import { canonical } from '../json.js';

/** A changeset file for a set of changes: its suggested name and its text. */
export interface Changeset {
  readonly bump: Exclude<Bump, 'none'>;
  /** A file name derived from the changes, so that writing twice does not make two files. */
  readonly fileName: string;
  readonly text: string;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function headline(bump: Exclude<Bump, 'none'>, breaking: number, other: number): string {
  if (bump === 'major') {
    const rest = other > 0 ? `, and ${plural(other, 'compatible change')}` : '';
    return `Change the schema documents incompatibly: ${plural(breaking, 'breaking change')}${rest}.`;
  }
  if (bump === 'minor') {
    return `Extend the schema documents compatibly: ${plural(other, 'change')}, none breaking.`;
  }
  return `Reword the schema documents: ${plural(other, 'change')} to descriptions and names only.`;
}

function item(change: Change): string {
  const who = whoBreaks(change);
  const where = displayPath(change);
  const location = where === '' ? change.document : `${change.document} ${where}`;
  return `- \`${location}\`: ${markdownText(change.message)}${who === undefined ? '' : ` (breaks ${who})`}.`;
}

/**
 * The changeset the changes call for: every package of `packages` bumped at
 * {@link bumpFor}'s level, and a changelog entry listing the changes in plain words, breaking
 * ones first. Undefined when nothing changed.
 *
 * The front matter keeps a blank line inside each `---` fence, which the changesets parser
 * accepts: without it, a Markdown formatter (Biome, Prettier) reads the last package line as
 * a setext heading and rewrites it to `## …`, which the parser then rejects.
 *
 * @example
 * const changeset = changesetFor(changes, ['@job-contracts/schemas', '@job-contracts/types']);
 * if (changeset) writeFileSync(`.changeset/${changeset.fileName}`, changeset.text);
 */
export function changesetFor(changes: readonly Change[], packages: readonly string[]): Changeset | undefined {
  const bump = bumpFor(changes);
  if (bump === 'none') {
    return undefined;
  }
  if (packages.length === 0) {
    throw new TypeError('changesetFor needs at least one package to bump');
  }
  const breaking = changes.filter((change) => change.severity === 'breaking');
  const other = changes.filter((change) => change.severity !== 'breaking');
  const releases = [...packages].sort().map((name) => `"${name}": ${bump}`);
  const sections = [headline(bump, breaking.length, other.length)];
  if (breaking.length > 0) {
    sections.push(`Breaking changes:\n\n${breaking.map(item).join('\n')}`);
  }
  if (other.length > 0) {
    sections.push(`${breaking.length > 0 ? 'Other changes' : 'Changes'}:\n\n${other.map(item).join('\n')}`);
  }
  const digest = createHash('sha256').update(canonical(changes)).digest('hex').slice(0, 8);
  return {
    bump,
    fileName: `schemas-${bump}-${digest}.md`,
    text: `---\n\n${releases.join('\n')}\n\n---\n\n${sections.join('\n\n')}\n`,
  };
}
