// Reading sets of documents: folders on disk and folders at a git revision.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiffInputError, diffDocuments, loadFolder, loadGitRef } from '../src/index.js';
import { document } from './support/documents.js';
import { temporaryFolder } from './support/folders.js';
import { commitAll, git } from './support/git.js';

let folder: ReturnType<typeof temporaryFolder>;

beforeEach(() => {
  folder = temporaryFolder();
});

afterEach(() => {
  folder.remove();
});

function write(relative: string, content: unknown): void {
  const path = join(folder.path, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
}

async function inputError(promise: Promise<unknown>): Promise<DiffInputError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DiffInputError);
  return error as DiffInputError;
}

describe('loadFolder', () => {
  it('reads the .json files of a folder, by file name, and nothing below it', async () => {
    write('schemas/b.request.json', document({}, 'b'));
    write('schemas/a.request.json', `\uFEFF${JSON.stringify(document({}, 'a'))}`);
    write('schemas/notes.txt', 'not a schema');
    write('schemas/nested/c.request.json', document({}, 'c'));

    const documents = await loadFolder(join(folder.path, 'schemas'));

    expect([...documents.keys()]).toEqual(['a.request.json', 'b.request.json']);
  });

  it.each([
    ['a folder that does not exist', 'missing', 'not-found'],
    ['a file', 'file.json', 'not-a-folder'],
    ['a folder without documents', 'empty', 'no-documents'],
  ])('rejects %s', async (_, name, code) => {
    write('file.json', {});
    mkdirSync(join(folder.path, 'empty'));

    expect((await inputError(loadFolder(join(folder.path, name)))).code).toBe(code);
  });

  it('names the file that is not JSON', async () => {
    write('schemas/a.request.json', '{ "type": ');

    const error = await inputError(loadFolder(join(folder.path, 'schemas')));

    expect(error.code).toBe('malformed-json');
    expect(error.message).toMatch(/a\.request\.json is not valid JSON/);
  });

  it('rejects a document that is not a schema when it is diffed', () => {
    expect(() => diffDocuments({ 'a.request.json': 42 }, {})).toThrow(DiffInputError);
  });
});

describe('loadGitRef', () => {
  it('reads a folder as it was at a revision, from anywhere in the repository', async () => {
    write('schemas/json/a.request.json', document({ properties: { name: { maxLength: 50 } } }, 'a'));
    write('schemas/json/b.response.json', document({}, 'b', 'response'));
    write('other/x.json', {});
    commitAll(folder.path);
    write('schemas/json/a.request.json', document({ properties: { name: { maxLength: 10 } } }, 'a'));

    const fromRoot = await loadGitRef('HEAD', 'schemas/json', folder.path);
    const fromBelow = await loadGitRef('HEAD', '../json', join(folder.path, 'schemas', 'json'));
    const now = await loadFolder(join(folder.path, 'schemas/json'));

    expect([...fromRoot.keys()]).toEqual(['a.request.json', 'b.response.json']);
    expect(fromBelow).toEqual(fromRoot);
    expect(diffDocuments(fromRoot, now).map((change) => change.rule)).toEqual(['max-length-decreased']);
  });

  it('reads tags and commits, and refuses what is not a revision', async () => {
    write('json/a.request.json', document({}, 'a'));
    commitAll(folder.path);
    git(folder.path, 'tag', 'v1.0.0');

    expect((await loadGitRef('v1.0.0', 'json', folder.path)).size).toBe(1);
    expect((await inputError(loadGitRef('v9.9.9', 'json', folder.path))).code).toBe('unknown-ref');
    expect((await inputError(loadGitRef('--output=/tmp/x', 'json', folder.path))).code).toBe(
      'invalid-argument',
    );
    expect((await inputError(loadGitRef('HEAD', 'nowhere', folder.path))).code).toBe('no-documents');
    expect((await inputError(loadGitRef('HEAD', '../..', folder.path))).code).toBe('invalid-argument');
  });

  it('reports a folder outside any repository', async () => {
    const error = await inputError(loadGitRef('HEAD', '.', folder.path));

    expect(error.code).toBe('git-failed');
  });
});
