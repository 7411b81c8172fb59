import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bump } from '../bump.js';

/** One release a changeset asks for. */
export interface ChangesetRelease {
  readonly name: string;
  readonly type: Exclude<Bump, 'none'> | 'none';
}

/** A pending changeset file, read: its releases, or why it could not be read. */
export interface PendingChangeset {
  readonly file: string;
  readonly releases: readonly ChangesetRelease[];
  /** Set when the file is not a changeset the changesets tool would accept. */
  readonly problem?: string;
}

const RELEASE_LINE = /^\s*(["']?)([^"':\s]+)\1\s*:\s*(major|minor|patch|none)\s*$/;

/**
 * Reads one changeset's front matter: the block between the first two `---` lines, one
 * `"package": bump` per line. It accepts the subset of YAML that changeset files use.
 */
export function parseChangeset(file: string, text: string): PendingChangeset {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() !== '');
  const end = lines.findIndex((line, index) => index > start && line.trim() === '---');
  if (start === -1 || lines[start]?.trim() !== '---' || end === -1) {
    return { file, releases: [], problem: 'no front matter between two "---" lines' };
  }
  const releases: ChangesetRelease[] = [];
  for (const line of lines.slice(start + 1, end)) {
    if (line.trim() === '') {
      continue;
    }
    const match = RELEASE_LINE.exec(line);
    if (match === null) {
      return { file, releases, problem: `cannot read the line ${JSON.stringify(line.trim())}` };
    }
    releases.push({ name: match[2] ?? '', type: (match[3] ?? 'none') as ChangesetRelease['type'] });
  }
  return { file, releases };
}

/** Every pending changeset in `folder` (`.changeset`): each `*.md` file but its README. */
export async function readPendingChangesets(folder: string): Promise<PendingChangeset[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const files = names.filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md').sort();
  return Promise.all(
    files.map(async (name) => parseChangeset(name, await readFile(join(folder, name), 'utf8'))),
  );
}
