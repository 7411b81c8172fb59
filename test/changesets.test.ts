// The release step on a copy of the workspace's manifests: a changeset for one public package
// moves every public package to the same new version (the fixed group), leaves private
// packages alone, and keeps internal dependency ranges pointing at the new version.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeRun, run } from './support/exec.js';
import { cleanEnv } from './support/npm.js';
import {
  DEPENDENCY_FIELDS,
  type Manifest,
  publicPackages,
  ROOT,
  readManifest,
  workspacePackages,
} from './support/workspace.js';

type Bump = 'major' | 'minor' | 'patch';

const all = workspacePackages();
const published = publicPackages();
const internalNames = new Set(all.map((pkg) => pkg.name));
const copies: string[] = [];

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function bumped(version: string, bump: Bump): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** A public package no other public package depends on: only the fixed group can move the rest. */
function leafPackage(): string {
  const dependedOn = new Set(
    published.flatMap((pkg) =>
      Object.keys({ ...pkg.manifest.dependencies, ...pkg.manifest.peerDependencies }),
    ),
  );
  const leaf = published.find((pkg) => !dependedOn.has(pkg.name));
  if (leaf === undefined) throw new Error('every public package is a dependency of another');
  return leaf.name;
}

/** The root manifest, config and every workspace manifest, in the same layout, in a temp dir. */
function copyWorkspace(pendingChangesets: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'job-contracts-changesets-'));
  copies.push(dir);
  mkdirSync(join(dir, '.changeset'));
  copyFileSync(join(ROOT, '.changeset', 'config.json'), join(dir, '.changeset', 'config.json'));
  if (pendingChangesets) {
    for (const file of readdirSync(join(ROOT, '.changeset'))) {
      if (file.endsWith('.md') && file !== 'README.md') {
        copyFileSync(join(ROOT, '.changeset', file), join(dir, '.changeset', file));
      }
    }
  }
  for (const file of ['package.json', 'pnpm-workspace.yaml']) {
    copyFileSync(join(ROOT, file), join(dir, file));
  }
  for (const pkg of all) {
    mkdirSync(join(dir, pkg.relativeDir), { recursive: true });
    copyFileSync(join(pkg.dir, 'package.json'), join(dir, pkg.relativeDir, 'package.json'));
  }
  // The repository's installed @changesets/cli, reached the way `pnpm version-packages` reaches it.
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * Gives the first public package with internal dependencies explicit ranges
 * (`workspace:^0.1.0` instead of `workspace:*`) in the copy, so the test sees whether
 * `changeset version` rewrites ranges, not only that `workspace:*` survives.
 */
function pinInternalRanges(dir: string): { name: string; relativeDir: string; dependencies: string[] } {
  for (const pkg of published) {
    const dependencies = Object.keys(pkg.manifest.dependencies ?? {}).filter((name) =>
      internalNames.has(name),
    );
    if (dependencies.length === 0) continue;
    const file = join(dir, pkg.relativeDir, 'package.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { dependencies: Record<string, string> };
    for (const dependency of dependencies) {
      manifest.dependencies[dependency] = `workspace:^${pkg.manifest.version}`;
    }
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    return { name: pkg.name, relativeDir: pkg.relativeDir, dependencies };
  }
  throw new Error('no public package depends on another one');
}

async function versionPackages(dir: string): Promise<void> {
  const result = await run('pnpm', ['run', 'version-packages'], {
    cwd: dir,
    env: cleanEnv(),
    killAfterMs: 120_000,
  });
  expect(result.status, describeRun(result)).toBe(0);
}

function manifestsAfter(dir: string): Map<string, Manifest> {
  return new Map(all.map((pkg) => [pkg.name, readManifest(join(dir, pkg.relativeDir))]));
}

/** Internal ranges that would not pick up `version`: only `workspace:*`-style or ones naming it pass. */
function staleRanges(manifests: Map<string, Manifest>, version: string): string[] {
  const stale: string[] = [];
  for (const [name, manifest] of manifests) {
    for (const field of DEPENDENCY_FIELDS) {
      for (const [dependency, range] of Object.entries(manifest[field] ?? {})) {
        if (!internalNames.has(dependency) || manifests.get(dependency)?.private === true) continue;
        if (/^workspace:[*^~]$/.test(range) || range.endsWith(version)) continue;
        stale.push(`${name} ${field}.${dependency}: ${range}`);
      }
    }
  }
  return stale;
}

function expectFixedGroupAt(dir: string, version: string): void {
  const after = manifestsAfter(dir);
  for (const pkg of all) {
    const expected = pkg.manifest.private === true ? pkg.manifest.version : version;
    expect(after.get(pkg.name)?.version, pkg.name).toBe(expected);
  }
  expect(staleRanges(after, version)).toEqual([]);
}

describe('changeset version (pnpm version-packages)', () => {
  it('is what the root scripts run', () => {
    const scripts = readManifest(ROOT).scripts ?? {};
    expect(scripts.changeset).toBe('changeset');
    expect(scripts['version-packages']).toBe('changeset version');
  });

  it('starts from one shared version for the public packages', () => {
    expect(published.length).toBeGreaterThan(1);
    expect(new Set(published.map((pkg) => pkg.manifest.version)).size).toBe(1);
  });

  it.each<Bump>(['minor', 'patch'])(
    'a %s changeset for one package moves every public package to the same version',
    async (bump) => {
      const dir = copyWorkspace(false);
      const target = leafPackage();
      const summary = `Rehearse a ${bump} release of ${target}.`;
      writeFileSync(
        join(dir, '.changeset', 'rehearsal.md'),
        `---\n"${target}": ${bump}\n---\n\n${summary}\n`,
      );
      const pinned = pinInternalRanges(dir);

      await versionPackages(dir);

      const version = bumped(published[0]?.manifest.version ?? '', bump);
      expectFixedGroupAt(dir, version);
      expect(existsSync(join(dir, '.changeset', 'rehearsal.md')), 'the changeset is consumed').toBe(false);
      for (const pkg of all) {
        const changelog = join(dir, pkg.relativeDir, 'CHANGELOG.md');
        if (pkg.manifest.private === true) {
          expect(existsSync(changelog), `${pkg.name} gets no changelog`).toBe(false);
        } else {
          expect(readFileSync(changelog, 'utf8'), pkg.name).toContain(`## ${version}`);
        }
      }
      // The pinned package's ranges (`workspace:^<old>`) now name the new version.
      const ranges = readManifest(join(dir, pinned.relativeDir)).dependencies ?? {};
      for (const dependency of pinned.dependencies) {
        expect(ranges[dependency], `${pinned.name} → ${dependency}`).toBe(`workspace:^${version}`);
      }
      const targetDir = all.find((pkg) => pkg.name === target)?.relativeDir ?? '';
      expect(readFileSync(join(dir, targetDir, 'CHANGELOG.md'), 'utf8')).toContain(summary);
    },
    60_000,
  );

  it("applies the repository's pending changesets as one release of the whole group", async () => {
    const pending = readdirSync(join(ROOT, '.changeset')).filter(
      (file) => file.endsWith('.md') && file !== 'README.md',
    );
    const dir = copyWorkspace(true);

    await versionPackages(dir);

    const after = manifestsAfter(dir);
    const versions = new Set(published.map((pkg) => after.get(pkg.name)?.version));
    expect(versions.size, [...versions].join(', ')).toBe(1);
    const [version = ''] = versions;
    if (pending.length === 0) {
      expect(version).toBe(published[0]?.manifest.version);
    } else {
      expect(version).not.toBe(published[0]?.manifest.version);
    }
    expectFixedGroupAt(dir, version);
  }, 60_000);
});
