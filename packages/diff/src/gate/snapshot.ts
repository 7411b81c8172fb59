import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DiffInputError } from '../errors.js';
import { isJsonObject } from '../json.js';

/** What to copy where, relative to `root`. */
export interface ReleaseSnapshotOptions {
  readonly root: string;
  /** @defaultValue 'schemas/json' */
  readonly current?: string;
  /** @defaultValue 'schemas/released/json' */
  readonly released?: string;
  /**
   * The version being released, recorded beside the snapshot.
   * @defaultValue the version in the `package.json` of the folder above `current`
   */
  readonly version?: string;
}

/**
 * Copies the current schema documents to the release snapshot that {@link checkVersionGate}
 * compares with, replacing what was there, and records the version in `release.json` beside
 * the snapshot folder. The release step runs it after `changeset version`.
 */
export async function writeReleaseSnapshot(
  options: ReleaseSnapshotOptions,
): Promise<{ readonly files: number; readonly version: string | undefined }> {
  const current = join(options.root, options.current ?? 'schemas/json');
  const released = join(options.root, options.released ?? 'schemas/released/json');
  const names = (await readdir(current).catch(() => [] as string[])).filter((name) => name.endsWith('.json'));
  if (names.length === 0) {
    throw new DiffInputError('no-documents', `${current} holds no .json documents to snapshot`);
  }
  let version = options.version;
  if (version === undefined) {
    const manifest: unknown = JSON.parse(
      await readFile(join(dirname(current), 'package.json'), 'utf8').catch(() => '{}'),
    );
    version = isJsonObject(manifest) && typeof manifest.version === 'string' ? manifest.version : undefined;
  }

  await rm(released, { recursive: true, force: true });
  await mkdir(released, { recursive: true });
  for (const name of names.sort()) {
    await copyFile(join(current, name), join(released, name));
  }
  if (version !== undefined) {
    await writeFile(join(dirname(released), 'release.json'), `${JSON.stringify({ version }, null, 2)}\n`);
  }
  return { files: names.length, version };
}
