import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DiffInputError } from '../errors.js';
import { parseDocument } from './parse.js';

/**
 * Reads every `*.json` file directly in `folder` (not in subfolders) as a set of schema
 * documents keyed by file name, ready for {@link diffDocuments}.
 *
 * @example
 * const current = await loadFolder('schemas/json');
 * current.get('job.request.json'); // the parsed document
 */
export async function loadFolder(folder: string): Promise<Map<string, unknown>> {
  const path = resolve(folder);
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) {
    throw new DiffInputError('not-found', `folder ${folder} does not exist`);
  }
  if (!info.isDirectory()) {
    throw new DiffInputError('not-a-folder', `${folder} is not a folder`);
  }
  const names = (await readdir(path)).filter((name) => name.endsWith('.json')).sort();
  if (names.length === 0) {
    throw new DiffInputError('no-documents', `folder ${folder} holds no .json documents`);
  }
  const documents = new Map<string, unknown>();
  for (const name of names) {
    documents.set(name, parseDocument(await readFile(join(path, name), 'utf8'), join(folder, name)));
  }
  return documents;
}
