import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { EXIT_OK, type ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { writeText } from '../output.js';
import { UsageError } from '../usage-error.js';
import { type DiffInputs, loadInputs } from './inputs.js';

/** What `job-contracts changeset` was asked to do. */
export interface ChangesetOptions extends DiffInputs {
  /** Print the changeset instead of writing it. */
  readonly dryRun: boolean;
  /** Packages to bump; the public packages of the workspace when empty. */
  readonly packages: readonly string[];
  /** Folder to write to; `.changeset` of the workspace root when absent. */
  readonly dir?: string;
}

/** The closest folder at or above `start` that holds a `.changeset` folder. */
function workspaceRoot(start: string): string | undefined {
  let folder = resolve(start);
  for (;;) {
    if (existsSync(join(folder, '.changeset'))) {
      return folder;
    }
    const parent = dirname(folder);
    if (parent === folder) {
      return undefined;
    }
    folder = parent;
  }
}

/**
 * Writes the changeset the schema changes call for: the bump `bumpFor` works out, for every
 * public package, and a changelog entry listing the changes in plain words. Writes nothing
 * when nothing changed; the same changes always give the same file.
 */
export async function runChangeset(options: ChangesetOptions, io: CliIo): Promise<ExitCode> {
  const sets = await loadInputs(options, io.cwd, 'changeset');
  const { changesetFor, diffDocuments, publicPackageNames } = await import('@job-contracts/diff');
  const root = workspaceRoot(io.cwd);
  const help = 'run "job-contracts changeset --help" for usage and examples';

  let packages = [...options.packages];
  if (packages.length === 0) {
    if (root === undefined) {
      throw new UsageError(
        'no .changeset folder here or above, so no packages to bump',
        `name them with --package; ${help}`,
      );
    }
    packages = await publicPackageNames(root);
    if (packages.length === 0) {
      throw new UsageError(
        `the workspace at ${root} has no public packages`,
        `name them with --package; ${help}`,
      );
    }
  }

  const changeset = changesetFor(diffDocuments(sets.old, sets.new), packages);
  if (changeset === undefined) {
    await writeText(io.stdout, 'no schema changes: no changeset needed\n');
    return EXIT_OK;
  }
  if (options.dryRun) {
    await writeText(io.stdout, changeset.text);
    return EXIT_OK;
  }

  const folder =
    options.dir === undefined
      ? root === undefined
        ? undefined
        : join(root, '.changeset')
      : resolve(io.cwd, options.dir);
  if (folder === undefined) {
    throw new UsageError(
      'no .changeset folder here or above',
      `give one with --dir, or print it with --dry-run; ${help}`,
    );
  }
  const file = join(folder, changeset.fileName);
  const shown = relative(io.cwd, file) || file;
  if ((await readFile(file, 'utf8').catch(() => undefined)) === changeset.text) {
    await writeText(io.stdout, `${shown} already says this (${changeset.bump})\n`);
    return EXIT_OK;
  }
  await mkdir(folder, { recursive: true });
  await writeFile(file, changeset.text);
  await writeText(io.stdout, `wrote ${shown}: a ${changeset.bump} bump of ${packages.length} package(s)\n`);
  return EXIT_OK;
}
