// Packs a workspace package as a release would: `pnpm pack` writes the tarball that
// `pnpm publish` uploads, with `workspace:*` ranges already replaced by real versions.
import { readFileSync } from 'node:fs';
import { createPackageFromTarballData, type Package } from '@arethetypeswrong/core';
import { runOk } from './exec.js';
import type { Manifest, WorkspacePackage } from './workspace.js';

export interface PackedPackage {
  readonly name: string;
  readonly version: string;
  /** Absolute path of the `.tgz`. */
  readonly tarball: string;
  readonly bytes: Uint8Array;
  /** Paths inside the package (`dist/esm/index.js`, `package.json`), sorted. */
  readonly files: readonly string[];
  /** The package.json as it is in the tarball. */
  readonly manifest: Manifest;
  /** Reads a file of the tarball, or `undefined` when it is not in it. */
  readFile(path: string): string | undefined;
  /** The tarball as @arethetypeswrong/core reads it. */
  readonly contents: Package;
}

export async function packPackage(pkg: WorkspacePackage, destination: string): Promise<PackedPackage> {
  const { stdout } = await runOk('pnpm', ['pack', '--json', '--pack-destination', destination], {
    cwd: pkg.dir,
    killAfterMs: 120_000,
  });
  const packed = JSON.parse(stdout) as { name: string; version: string; filename: string };
  const bytes = new Uint8Array(readFileSync(packed.filename));
  const contents = createPackageFromTarballData(bytes);
  const prefix = `/node_modules/${packed.name}/`;
  const files = contents
    .listFiles()
    .map((file) => file.slice(prefix.length))
    .sort();
  const readFile = (path: string): string | undefined => contents.tryReadFile(`${prefix}${path}`);
  const manifestText = readFile('package.json');
  if (manifestText === undefined) {
    throw new Error(`${packed.filename} has no package.json`);
  }
  return {
    name: packed.name,
    version: packed.version,
    tarball: packed.filename,
    bytes,
    files,
    manifest: JSON.parse(manifestText) as Manifest,
    readFile,
    contents,
  };
}
