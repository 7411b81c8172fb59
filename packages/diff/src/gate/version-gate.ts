import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type Bump, bumpFor } from '../bump.js';
import type { Change } from '../change.js';
import { readPendingChangesets } from '../changesets/read.js';
import { publicPackageNames } from '../changesets/workspace.js';
import { diffDocuments } from '../diff.js';
import { formatText } from '../format/text.js';
import { loadFolder } from '../load/folder.js';
import { loadGitRef } from '../load/git.js';
import { fixedGroups } from './fixed-groups.js';

/** Where the gate looks, relative to `root`. */
export interface VersionGateOptions {
  /** The repository root: it holds `.changeset/` and the workspace manifest. */
  readonly root: string;
  /**
   * The current documents.
   * @defaultValue 'schemas/json'
   */
  readonly current?: string;
  /**
   * The documents of the last release, copied into the repository by the release step.
   * @defaultValue 'schemas/released/json'
   */
  readonly released?: string;
  /** Compare with `current` as it was at this git revision instead of with `released`. */
  readonly base?: string;
}

/** What the gate decided, and why. */
export interface VersionGateResult {
  readonly ok: boolean;
  /** What the documents were compared with; undefined when there is no release yet. */
  readonly baseline: string | undefined;
  readonly changes: readonly Change[];
  readonly bump: Bump;
  /** Public packages that pending changesets bump to major, directly or through a fixed group. */
  readonly majorPackages: readonly string[];
  /** Changeset files that could not be read, with the reason. */
  readonly problems: readonly string[];
  /** The verdict and what to do, for people. */
  readonly report: string;
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

async function releasedVersion(releasedFolder: string): Promise<string | undefined> {
  const text = await readFile(join(dirname(releasedFolder), 'release.json'), 'utf8').catch(() => undefined);
  const version = text === undefined ? undefined : (JSON.parse(text) as { version?: unknown }).version;
  return typeof version === 'string' ? version : undefined;
}

/** The public packages that pending changesets take to a major version. */
async function declaredMajors(root: string): Promise<{ packages: string[]; problems: string[] }> {
  const folder = join(root, '.changeset');
  const [pending, publicNames, groups] = await Promise.all([
    readPendingChangesets(folder),
    publicPackageNames(root),
    fixedGroups(folder),
  ]);
  const problems = pending
    .filter((changeset) => changeset.problem !== undefined)
    .map((changeset) => `.changeset/${changeset.file}: ${changeset.problem}`);
  const majors = new Set(
    pending.flatMap((changeset) =>
      changeset.releases.filter((release) => release.type === 'major').map((release) => release.name),
    ),
  );
  for (const inGroup of groups) {
    if ([...majors].some(inGroup)) {
      for (const name of publicNames.filter(inGroup)) majors.add(name);
    }
  }
  return { packages: publicNames.filter((name) => majors.has(name)), problems };
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/**
 * The version gate CI runs: compares the current schema documents with those of the last
 * release and fails when a change is breaking and the pending changesets do not bump every
 * public package to a major version. Passes, saying so, when there is no release yet.
 *
 * @example
 * const result = await checkVersionGate({ root: process.cwd() });
 * if (!result.ok) { console.error(result.report); process.exitCode = 1; }
 */
export async function checkVersionGate(options: VersionGateOptions): Promise<VersionGateResult> {
  const current = options.current ?? 'schemas/json';
  const released = options.released ?? 'schemas/released/json';
  const releasedPath = join(options.root, released);
  const { packages: majorPackages, problems } = await declaredMajors(options.root);
  const warnings = problems.map((problem) => `warning: ${problem}`);

  let baseline: string;
  let old: Map<string, unknown>;
  if (options.base !== undefined) {
    baseline = `${current} at ${options.base}`;
    old = await loadGitRef(options.base, current, options.root);
  } else if (await exists(releasedPath)) {
    const version = await releasedVersion(releasedPath);
    baseline = `${version === undefined ? 'the last release' : `release ${version}`} (${released})`;
    old = await loadFolder(releasedPath);
  } else {
    const report = [
      `version gate: passed: there is no release yet (${released} does not exist), so nothing can break.`,
      'The release step writes that folder ("pnpm release:snapshot"); from then on the gate compares with it.',
      ...warnings,
    ].join('\n');
    return {
      ok: true,
      baseline: undefined,
      changes: [],
      bump: 'none',
      majorPackages,
      problems,
      report: `${report}\n`,
    };
  }

  const changes = diffDocuments(old, await loadFolder(join(options.root, current)));
  const bump = bumpFor(changes);
  const breaking = changes.filter((change) => change.severity === 'breaking');
  const publicNames = await publicPackageNames(options.root);
  const uncovered = publicNames.filter((name) => !majorPackages.includes(name));
  const ok = breaking.length === 0 || uncovered.length === 0;

  const lines: string[] = [];
  if (changes.length === 0) {
    lines.push(`version gate: passed: the schema documents are those of ${baseline}.`);
  } else if (breaking.length === 0) {
    lines.push(
      `version gate: passed: ${changes.length} change(s) since ${baseline}, none breaking (a ${bump} version).`,
    );
  } else if (ok) {
    lines.push(
      `version gate: passed: ${breaking.length} breaking change(s) since ${baseline}, and a pending changeset bumps every public package to major.`,
    );
  } else {
    lines.push(
      `version gate: failed: ${breaking.length} breaking change(s) since ${baseline}, but no pending changeset bumps ${uncovered.length === publicNames.length ? 'the public packages' : uncovered.join(', ')} to major.`,
      '',
      indent(formatText(breaking)),
      '',
      'What to do:',
      '- If the break is not intended, make the change compatible in schemas/src (a new field optional,',
      '  a request limit looser, a response limit tighter) and rebuild.',
      '- If it is intended, add a changeset that bumps the public packages to major and says what',
      '  breaks; this writes one:',
      `    node packages/cli/bin/job-contracts.js changeset ${options.base === undefined ? `${released} ${current}` : `--base ${options.base} ${current}`}`,
    );
  }
  lines.push(...warnings);
  return { ok, baseline, changes, bump, majorPackages, problems, report: `${lines.join('\n')}\n` };
}
