import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { isAbsolute, posix, relative, resolve } from 'node:path';
import { DiffInputError } from '../errors.js';
import { parseDocument } from './parse.js';

interface GitResult {
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs git with an argument list (never a shell), in `cwd`; rejects with git's own message. */
function git(args: readonly string[], cwd: string, input?: string): Promise<GitResult> {
  return new Promise((resolvePromise, reject) => {
    const child = execFile(
      'git',
      [...args],
      { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const message = stderr.toString('utf8').trim();
        if (error !== null) {
          const reason =
            'code' in error && error.code === 'ENOENT' ? 'git is not installed' : message || error.message;
          reject(new DiffInputError('git-failed', `git ${args[0]} failed: ${reason}`));
        } else {
          resolvePromise({ stdout, stderr: message });
        }
      },
    );
    // A git that fails before reading its input closes the pipe; its exit status says why.
    child.stdin?.on('error', () => undefined);
    if (input === undefined) {
      child.stdin?.end();
    } else {
      child.stdin?.end(input);
    }
  });
}

/** The entries `git ls-tree` lists: mode, type, object id, then a tab and the path. */
const TREE_ENTRY = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s;

/**
 * Reads the `*.json` files of `folder` as they were at git revision `ref`: a tag, a branch or
 * a commit. `folder` is relative to `cwd`, which must be inside the repository. git is run
 * with argument lists, never through a shell, and a ref that could pass for an option is
 * refused.
 *
 * @example
 * const released = await loadGitRef('v1.4.0', 'schemas/json', process.cwd());
 */
export async function loadGitRef(ref: string, folder: string, cwd: string): Promise<Map<string, unknown>> {
  if (ref === '' || ref.startsWith('-') || /[\0\s]/.test(ref)) {
    throw new DiffInputError('invalid-argument', `"${ref}" is not a git revision`);
  }
  const top = (await git(['rev-parse', '--show-toplevel'], cwd)).stdout.toString('utf8').trim();
  // git prints the top level with symbolic links resolved (/tmp may be /private/tmp).
  const absolute = isAbsolute(folder) ? folder : resolve(await realpath(cwd), folder);
  const inRepository = relative(top, absolute).split(/[\\/]/).filter(Boolean).join('/');
  if (inRepository.startsWith('..')) {
    throw new DiffInputError('invalid-argument', `${folder} is outside the git repository at ${top}`);
  }

  const commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top).catch(
    () => undefined,
  );
  if (commit === undefined) {
    throw new DiffInputError(
      'unknown-ref',
      `git knows no commit "${ref}" (fetch tags with "git fetch --tags"?)`,
    );
  }
  const id = commit.stdout.toString('utf8').trim();
  const prefix = inRepository === '' ? '' : `${inRepository}/`;
  const tree = await git(['ls-tree', '-z', '--full-tree', id, '--', prefix || '.'], top);
  const blobs = tree.stdout
    .toString('utf8')
    .split('\0')
    .map((line) => TREE_ENTRY.exec(line))
    .filter((match): match is RegExpExecArray => match !== null && match[2] === 'blob')
    .map((match) => ({ oid: match[3] ?? '', path: match[4] ?? '' }))
    .filter((blob) => blob.path.endsWith('.json') && posix.dirname(blob.path) === (inRepository || '.'))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  if (blobs.length === 0) {
    throw new DiffInputError('no-documents', `${folder} holds no .json documents at ${ref}`);
  }

  // One `cat-file --batch` process reads every blob: "<oid> blob <size>\n<bytes>\n" each.
  const batch = (await git(['cat-file', '--batch'], top, blobs.map((blob) => `${blob.oid}\n`).join('')))
    .stdout;
  const documents = new Map<string, unknown>();
  let offset = 0;
  for (const blob of blobs) {
    const headerEnd = batch.indexOf(0x0a, offset);
    const size = Number(batch.toString('utf8', offset, headerEnd).split(' ')[2]);
    const text = batch.toString('utf8', headerEnd + 1, headerEnd + 1 + size);
    offset = headerEnd + 1 + size + 1;
    documents.set(posix.basename(blob.path), parseDocument(text, `${ref}:${blob.path}`));
  }
  return documents;
}
