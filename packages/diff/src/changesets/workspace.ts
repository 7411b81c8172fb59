import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isJsonObject } from '../json.js';

/** A package of the workspace: its name and whether it is published. */
export interface WorkspacePackage {
  readonly name: string;
  readonly private: boolean;
  /** Its folder, relative to the workspace root. */
  readonly folder: string;
}

/**
 * The folder patterns of `pnpm-workspace.yaml` (`packages:` followed by `- pattern` lines).
 * Only that list is read; pnpm's other settings are ignored.
 */
function pnpmPatterns(text: string): string[] {
  const patterns: string[] = [];
  let inPackages = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\S/.test(line)) {
      inPackages = /^packages\s*:/.test(line);
      continue;
    }
    const match = inPackages ? /^\s+-\s+(["']?)([^"'#]+?)\1\s*(#.*)?$/.exec(line) : null;
    if (match?.[2] !== undefined) {
      patterns.push(match[2]);
    }
  }
  return patterns;
}

/** Folders a pattern names: `packages/*` (one level), or a plain folder; `!` exclusions are skipped. */
async function expand(root: string, pattern: string): Promise<string[]> {
  if (pattern.startsWith('!')) {
    return [];
  }
  if (pattern.endsWith('/*')) {
    const parent = pattern.slice(0, -2);
    const entries = await readdir(join(root, parent), { withFileTypes: true }).catch(() => []);
    return entries.filter((entry) => entry.isDirectory()).map((entry) => `${parent}/${entry.name}`);
  }
  return [pattern.replace(/\/$/, '')];
}

async function readPackage(root: string, folder: string): Promise<WorkspacePackage | undefined> {
  const text = await readFile(join(root, folder, 'package.json'), 'utf8').catch(() => undefined);
  const manifest: unknown = text === undefined ? undefined : JSON.parse(text);
  if (!isJsonObject(manifest) || typeof manifest.name !== 'string') {
    return undefined;
  }
  return { name: manifest.name, private: manifest.private === true, folder };
}

/**
 * The packages of the workspace at `root`, from `pnpm-workspace.yaml`, or from the root
 * `package.json`'s `workspaces` (npm, yarn). Patterns are `dir/*` or a plain folder.
 */
export async function workspacePackages(root: string): Promise<WorkspacePackage[]> {
  const yaml = await readFile(join(root, 'pnpm-workspace.yaml'), 'utf8').catch(() => undefined);
  let patterns = yaml === undefined ? [] : pnpmPatterns(yaml);
  if (yaml === undefined) {
    const manifest: unknown = JSON.parse(
      await readFile(join(root, 'package.json'), 'utf8').catch(() => '{}'),
    );
    const workspaces = isJsonObject(manifest) ? manifest.workspaces : undefined;
    patterns = Array.isArray(workspaces) ? workspaces.filter((entry) => typeof entry === 'string') : [];
  }
  const folders = (await Promise.all(patterns.map((pattern) => expand(root, pattern)))).flat();
  const packages = await Promise.all([...new Set(folders)].map((folder) => readPackage(root, folder)));
  return packages
    .filter((found): found is WorkspacePackage => found !== undefined)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The names of the published (not private) packages of the workspace, sorted. */
export async function publicPackageNames(root: string): Promise<string[]> {
  return (await workspacePackages(root)).filter((found) => !found.private).map((found) => found.name);
}
