import { resolve } from 'node:path';
import type { DiffInputError } from '@job-contracts/diff';
import { UsageError } from '../usage-error.js';

/** Which two sets of documents to compare, as the command line gave them. */
export interface DiffInputs {
  /** Two folders, old then new; or, with `base`, at most one: the working-tree folder. */
  readonly folders: readonly string[];
  /** A git revision: compare the folder as it was there with the working tree. */
  readonly base?: string;
}

/** Where the documents are, when `--base` is given without a folder. */
export const DEFAULT_FOLDER = 'schemas/json';

/** The two sets of documents, read; a usage error when the arguments do not name two. */
export async function loadInputs(
  inputs: DiffInputs,
  cwd: string,
  command: string,
): Promise<{ readonly old: Map<string, unknown>; readonly new: Map<string, unknown> }> {
  const help = `run "job-contracts ${command} --help" for usage and examples`;
  const { folders, base } = inputs;
  if (base !== undefined && folders.length > 1) {
    throw new UsageError('--base compares one folder with its state at a revision; got two folders', help);
  }
  if (base === undefined && folders.length !== 2) {
    throw new UsageError(
      folders.length === 0
        ? 'nothing to compare'
        : `one folder given (${folders[0]}); the new one is missing`,
      `give two folders, old then new, or --base <revision>; ${help}`,
    );
  }

  // Loaded here, not at the top: the other commands do without it.
  const { DiffInputError: InputError, loadFolder, loadGitRef } = await import('@job-contracts/diff');
  try {
    if (base !== undefined) {
      const folder = folders[0] ?? DEFAULT_FOLDER;
      return { old: await loadGitRef(base, folder, cwd), new: await loadFolder(resolve(cwd, folder)) };
    }
    const [before = '', after = ''] = folders;
    return { old: await loadFolder(resolve(cwd, before)), new: await loadFolder(resolve(cwd, after)) };
  } catch (error) {
    if (error instanceof InputError) {
      throw new UsageError(error.message, hintFor(error));
    }
    throw error;
  }
}

function hintFor(error: DiffInputError): string {
  switch (error.code) {
    case 'unknown-ref':
      return 'name a tag, branch or commit ("git tag --list"); a CI clone may need "git fetch --tags"';
    case 'git-failed':
      return '--base needs git and a folder inside a git repository';
    case 'malformed-json':
    case 'not-a-schema':
      return 'fix the file, or remove it from the folder';
    default:
      return 'folders are relative to the current directory and must hold the .json schema documents';
  }
}
