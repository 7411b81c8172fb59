// The workspace as pnpm sees it: every package, and the public ones among them (those a
// release publishes). Nothing here names a package, so a new one is picked up by itself.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');

/** The fields of a package.json these tests read. */
export interface Manifest {
  readonly name: string;
  readonly version?: string;
  readonly private?: boolean;
  readonly description?: string;
  readonly license?: string;
  readonly repository?: unknown;
  readonly type?: string;
  readonly main?: string;
  readonly types?: string;
  readonly exports?: unknown;
  readonly files?: readonly string[];
  readonly sideEffects?: unknown;
  readonly engines?: Readonly<Record<string, string>>;
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly scripts?: Readonly<Record<string, string>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
}

export interface WorkspacePackage {
  readonly name: string;
  /** Absolute path of the package folder. */
  readonly dir: string;
  /** Folder relative to the root, with forward slashes (`packages/cli`). */
  readonly relativeDir: string;
  readonly manifest: Manifest;
}

export const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
] as const;

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

let cached: readonly WorkspacePackage[] | undefined;

/** Every package of the workspace except the root, from `pnpm ls`, sorted by folder. */
export function workspacePackages(): readonly WorkspacePackage[] {
  if (cached === undefined) {
    const listed = JSON.parse(
      execFileSync('pnpm', ['ls', '--recursive', '--depth', '-1', '--json'], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    ) as { path: string }[];
    cached = listed
      .filter((entry) => entry.path !== ROOT)
      .map((entry) => {
        const manifest = readManifest(entry.path);
        return {
          name: manifest.name,
          dir: entry.path,
          relativeDir: relative(ROOT, entry.path).split(sep).join('/'),
          manifest,
        };
      })
      .sort((a, b) => a.relativeDir.localeCompare(b.relativeDir));
  }
  return cached;
}

/** The packages a release publishes: every workspace package not marked private. */
export function publicPackages(): readonly WorkspacePackage[] {
  return workspacePackages().filter((pkg) => pkg.manifest.private !== true);
}

/** Where public packages may live. */
export function isPublicPackageFolder(relativeDir: string): boolean {
  return relativeDir === 'schemas' || /^packages\/[^/]+$/.test(relativeDir);
}
